// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <pace/diag/diagnostic.hpp>
#include <pace/model/framework.hpp>

namespace pace {

// Parses a measurement framework file (rubrics/iso33020.toml format). No I/O: `path` only names
// the text in diagnostics. Returns nullopt when any error was reported.
std::optional<Framework> load_framework(std::string_view text, const std::string& path,
                                        Diagnostics& diags);

} // namespace pace
