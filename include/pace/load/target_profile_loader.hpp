// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <pace/diag/diagnostic.hpp>
#include <pace/model/rubric.hpp>
#include <pace/model/target_profile.hpp>

namespace pace {

// Parses a target profile (rubrics/README.md, "Target profiles") and checks it against the
// rubric it is applied to: known process ids (with did-you-mean), levels within the framework,
// the rubric id when the profile names one. No I/O: `path` only names the text in diagnostics.
// Returns nullopt when any error was reported.
std::optional<TargetProfile> load_target_profile(std::string_view text, const std::string& path,
                                                 const Rubric& rubric, Diagnostics& diags);

} // namespace pace
