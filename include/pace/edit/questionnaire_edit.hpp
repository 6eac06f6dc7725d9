// SPDX-License-Identifier: MIT
// Surgical edits of a questionnaire's TOML text: only the bytes of what changes are rewritten,
// so comments, order, formatting and every untouched line stay as they were. Pure: text in,
// text out; the caller re-loads and checks the result (pace serve refuses it on new errors).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pace/diag/diagnostic.hpp>
#include <pace/model/questionnaire.hpp>

namespace pace {

// One indicator of one [[process]] block (process, instance, assessor as in the file). Fields
// left empty (nullopt) keep their value; note "" and evidence [] remove the field; rating ""
// clears the rating. A rating made only of digits (and one '.') is written as a TOML number.
struct IndicatorEdit {
  std::string process;
  std::string instance;
  std::string assessor;
  std::string indicator;
  std::optional<std::string> rating;
  std::optional<std::string> note;
  std::optional<std::vector<std::string>> evidence;
};

// A new [[evidence]] item, inserted after the last [[evidence]] block (before the first
// [[process]] block when the register is empty). `date` is YYYY-MM-DD or empty.
struct EvidenceItem {
  std::string id;
  std::string kind;
  std::string title;
  std::string ref;
  std::string date;
};

// Applies the edit to `text`, of which `q` is the loaded model (load_questionnaire of the same
// text). An indicator the block does not hold yet is inserted on a line of its own in the block's
// [process.ratings] table. Returns nullopt with an error in diags when the block does not exist,
// a value is not valid UTF-8, or the place cannot be edited in place (then the file is left as
// it is; the error says why).
std::optional<std::string> apply_indicator_edit(std::string_view text, const Questionnaire& q,
                                                const IndicatorEdit& edit, Diagnostics& diags);

// Inserts the item into the evidence register; nullopt with an error in diags when its id is
// already taken or a field is not valid UTF-8.
std::optional<std::string> add_evidence_item(std::string_view text, const Questionnaire& q,
                                             const EvidenceItem& item, Diagnostics& diags);

// A TOML basic string literal ("...") holding `value`: quotes, backslashes and every control
// character escaped. `value` must be valid UTF-8.
std::string toml_string(std::string_view value);

// A key as TOML needs it: bare when it consists of A-Z a-z 0-9 _ -, else quoted.
std::string toml_key(std::string_view key);

bool is_valid_utf8(std::string_view text);

} // namespace pace
