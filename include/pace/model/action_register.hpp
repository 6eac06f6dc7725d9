// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pace/diag/source_pos.hpp>
#include <pace/model/date.hpp>

namespace pace {

// Where an agreed action stands, as management records it.
enum class ActionProgress { proposed, agreed, in_progress, done, dropped };
std::string_view to_string(ActionProgress p); // "proposed" ... "in_progress" ...
std::optional<ActionProgress> action_progress_from(std::string_view text);
const std::vector<std::string>& action_progress_names();
// The note for an unknown status: a did-you-mean when one is close, and the valid values.
std::string status_hint(std::string_view wrong);

// One [[action]] of an organisation's register: what management agreed to do about a gap or a
// finding, kept across assessments.
struct RegisteredAction {
  std::string id; // stable; a plan's rows carry it ("COR.3/HQ/GP2.2.3")
  std::string title;
  std::string process;
  std::string instance; // "" for the unnamed instance
  std::vector<std::string> indicators;
  std::vector<std::string> findings;
  std::string owner;
  std::optional<Date> due;
  ActionProgress status = ActionProgress::proposed;
  std::optional<Date> agreed_on;
  std::optional<Date> closed_on;
  std::string from_rating; // the rating when the action was planned ("" when not recorded)
  std::string to_rating;   // the rating the plan asked for ("" means F)
  std::string note;
  SourcePos pos;
  SourcePos process_pos;
  std::vector<SourcePos> indicator_pos;
  std::vector<SourcePos> finding_pos;
  SourcePos status_pos;
  SourcePos to_rating_pos;
  bool operator==(const RegisteredAction&) const = default;
};

struct ActionRegister {
  int schema = 0;
  std::string path;
  std::string organisation;
  std::string rubric; // the rubric its process and indicator ids belong to
  SourcePos rubric_pos;
  std::vector<RegisteredAction> actions; // file order
  const RegisteredAction* find(std::string_view id) const;
  bool operator==(const ActionRegister&) const = default;
};

} // namespace pace
