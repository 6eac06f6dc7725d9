// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <pace/diag/diagnostic.hpp>
#include <pace/model/action_register.hpp>

namespace pace {

// Reads an action register (assessments/README.md, "The action register"): a [register] table
// and [[action]] blocks. Reports every problem to `diags`; nullopt only when the TOML does not
// parse (callers check diags for errors). Ids are checked against a rubric separately
// (check_action_register), so one run reports both kinds of error.
std::optional<ActionRegister> load_action_register(std::string_view text, const std::string& path,
                                                   Diagnostics& diags);

// True when `text` is TOML whose top level has a [register] table: how `pace validate` tells a
// register from a questionnaire.
bool is_action_register(std::string_view text);

} // namespace pace
