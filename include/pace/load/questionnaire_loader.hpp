// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <pace/diag/diagnostic.hpp>
#include <pace/model/questionnaire.hpp>

namespace pace {

// How the TOML is read. By blocks: each [[evidence]] and [[process]] block is parsed, converted
// and freed in turn, so memory follows the largest block rather than the file (toml++ trees take
// ~11 bytes per byte of text); whenever the blocks do not parse on their own the whole document
// is read instead, so both give the same model and diagnostics (tests compare them).
enum class TomlReading { by_blocks, whole_document };

// Parses an evidence questionnaire (assessments/README.md format) without looking at the rubric:
// structure, types, required fields and value ranges. Rating labels are kept as written; the
// checker resolves them against the framework. Returns nullopt only when the TOML itself does
// not parse; otherwise a best-effort model plus every problem found in the sink.
std::optional<Questionnaire> load_questionnaire(std::string_view text, const std::string& path,
                                                Diagnostics& diags,
                                                TomlReading reading = TomlReading::by_blocks);

} // namespace pace
