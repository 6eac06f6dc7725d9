// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <pace/diag/diagnostic.hpp>
#include <pace/model/crosswalk.hpp>
#include <pace/model/rubric.hpp>

namespace pace {

// Checks a loaded crosswalk against the two rubric editions it is used between. Errors: the
// editions differ from [crosswalk] from/to (then nothing else is checked); a process id unknown
// on its side (did-you-mean, or a note when the id belongs to the other rubric); an indicator id
// unknown in its process. Warnings: two old indicators landing on one new indicator; a process of
// either rubric that neither keeps its id nor is mapped, retired or added.
void check_crosswalk(const Crosswalk& cw, const Rubric& from, const Rubric& to, Diagnostics& diags);

} // namespace pace
