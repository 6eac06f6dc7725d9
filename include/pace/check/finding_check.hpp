// SPDX-License-Identifier: MIT
#pragma once

#include <pace/diag/diagnostic.hpp>
#include <pace/model/questionnaire.hpp>
#include <pace/model/rubric.hpp>

namespace pace {

// Checks the [[finding]] blocks of a loaded questionnaire: ids unique; the process known to the
// rubric and assessed in this questionnaire, the instance one of its blocks; every evidence id
// in the register; every indicator a practice of that process. Kind, severity and text are the
// loader's. Appends to `diags`, with did-you-mean hints.
void check_findings(const Questionnaire& q, const Rubric& rubric, Diagnostics& diags);

} // namespace pace
