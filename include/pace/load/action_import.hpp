// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pace/diag/diagnostic.hpp>

namespace pace {

struct ImportSummary {
  std::vector<std::string> added;   // action ids, in CSV order
  std::vector<std::string> updated; // action ids whose owner, due date or status changed
  int unchanged = 0;
  int left_blank = 0; // new rows with no owner, due date or status: not taken up
};

// Applies a level-up plan CSV (`pace gaps --format csv`, owner, due_date and status filled in by
// the assessor and management) to an action register's text: rows whose action_id the register
// has update that action's owner, due and status; other rows with at least one of the three
// filled in become new [[action]] blocks at the end (rows left blank were not taken up). Only the
// bytes of changed values are rewritten and new keys go on lines of their own, so comments and
// every untouched line stay byte for byte; importing the same CSV again changes nothing. Returns
// the new text, or nullopt when `diags` got an error (nothing to write).
std::optional<std::string> import_plan_csv(std::string_view register_text,
                                           const std::string& register_path,
                                           std::string_view csv_text, const std::string& csv_path,
                                           Diagnostics& diags, ImportSummary& summary);

// A TOML basic string for `text`: quotes, backslashes and control characters escaped.
std::string toml_quote(std::string_view text);

} // namespace pace
