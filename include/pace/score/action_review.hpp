// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <string>
#include <vector>

#include <pace/model/action_register.hpp>
#include <pace/model/date.hpp>
#include <pace/model/questionnaire.hpp>
#include <pace/model/rubric.hpp>

namespace pace {

// Where an action stands on a given day. Open means proposed, agreed or in progress.
enum class ActionStanding { overdue, due_soon, open, done, dropped };
std::string_view to_string(ActionStanding s); // "overdue" | "due_soon" | "open" | ...

struct RegisterLine {
  size_t action = 0; // index into the register's actions
  ActionStanding standing = ActionStanding::open;
  int days_left = 0; // to the due date (negative: overdue); 0 when there is none
};

struct ActionTally {
  int open = 0;
  int overdue = 0; // counted in open too
  int done = 0;
  int dropped = 0;
};

// Orders process ids naturally ("COR.2" before "COR.10"), for the by-process totals.
struct NaturalOrder {
  bool operator()(const std::string& a, const std::string& b) const;
};

struct ActionSummary {
  Date as_of;
  int soon_days = 30;
  std::vector<RegisterLine> lines; // overdue (most overdue first), due soon, open, done, dropped
  std::map<std::string, ActionTally> by_owner; // "" for actions nobody owns yet
  std::map<std::string, ActionTally, NaturalOrder> by_process;
  ActionTally total;
};

// Sorts every action of the register into its standing on `as_of`: open actions past their due
// date are overdue, those due within `soon_days` (inclusive) due soon.
ActionSummary summarise_actions(const ActionRegister& reg, const Date& as_of, int soon_days = 30);

// Was a closed action effective? Checked against a later assessment: every indicator it names,
// in its process and instance, rated (by every assessor) at least the band it asked for.
enum class ClosureVerdict { effective, not_effective, not_reassessed };
std::string_view to_string(ClosureVerdict v); // "effective" | "not_effective" | "not_reassessed"

struct ClosureRating {
  std::string indicator;
  std::string assessor;
  std::string rating; // as rated in the new assessment; "" when not rated there
  bool reached = false;
};

struct ClosureCheck {
  size_t action = 0;
  ClosureVerdict verdict = ClosureVerdict::not_reassessed;
  std::string asked;              // the rating the plan asked for ("F" unless the action says)
  std::vector<ClosureRating> now; // per indicator and assessor, in the action's order
  std::string reason;             // for not_reassessed: why not
};

// One check per action whose status is done, in register order. `q` must have been checked
// against `rubric` (the rubric the register names).
std::vector<ClosureCheck> check_closures(const ActionRegister& reg, const Questionnaire& q,
                                         const Rubric& rubric);

} // namespace pace
