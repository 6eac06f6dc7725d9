// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <pace/diag/diagnostic.hpp>
#include <pace/model/questionnaire.hpp>

namespace pace {

// Parses an evidence questionnaire (assessments/README.md format) without looking at the rubric:
// structure, types, required fields and value ranges. Rating labels are kept as written; the
// checker resolves them against the framework. Returns nullopt only when the TOML itself does
// not parse; otherwise a best-effort model plus every problem found in the sink.
std::optional<Questionnaire> load_questionnaire(std::string_view text, const std::string& path,
                                                Diagnostics& diags);

} // namespace pace
