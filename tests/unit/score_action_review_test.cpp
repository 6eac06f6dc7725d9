// SPDX-License-Identifier: MIT
// Where registered actions stand on a day, and whether closed ones worked.
#include <catch2/catch.hpp>

#include <pace/load/action_register_loader.hpp>
#include <pace/score/action_review.hpp>

#include "shipped_rubric.hpp"

using pace::ActionStanding;
using pace::ClosureVerdict;
using pace::Date;
using pace::Diagnostics;

namespace {

pace::ActionRegister register_of(const std::string& actions) {
  Diagnostics diags;
  auto reg = pace::load_action_register("schema = 1\n[register]\norganisation = \"T\"\n"
                                        "rubric = \"iso27022-isms\"\n" +
                                            actions,
                                        "actions.toml", diags);
  REQUIRE(reg);
  REQUIRE_FALSE(diags.has_errors());
  return *reg;
}

} // namespace

TEST_CASE("date: days between dates", "[model][date]") {
  CHECK(pace::days_between(Date{2026, 1, 31}, Date{2026, 3, 11}) == 39);
  CHECK(pace::days_between(Date{2024, 2, 28}, Date{2024, 3, 1}) == 2); // leap year
  CHECK(pace::days_between(Date{2100, 2, 28}, Date{2100, 3, 1}) == 1); // not a leap year
  CHECK(pace::days_between(Date{2026, 3, 11}, Date{2025, 3, 11}) == -365);
}

TEST_CASE("actions: standing on a day, edges included", "[score][actions]") {
  auto reg = register_of(R"(
[[action]]
id = "a"
title = "due yesterday"
process = "COR.3"
due = 2026-03-10
status = "agreed"
[[action]]
id = "b"
title = "due today"
process = "COR.3"
owner = "X"
due = 2026-03-11
status = "in_progress"
[[action]]
id = "c"
title = "due in exactly 30 days"
process = "COR.10"
due = 2026-04-10
status = "proposed"
[[action]]
id = "d"
title = "due in 31 days"
process = "COR.2"
owner = "X"
due = 2026-04-11
status = "agreed"
[[action]]
id = "e"
title = "done although overdue"
process = "COR.2"
owner = "X"
due = 2026-01-01
status = "done"
closed_on = 2026-02-01
[[action]]
id = "f"
title = "no due date"
process = "COR.3"
status = "agreed"
[[action]]
id = "g"
title = "dropped"
process = "COR.3"
status = "dropped"
closed_on = 2026-02-01
)");
  auto s = pace::summarise_actions(reg, Date{2026, 3, 11});
  std::vector<std::string> order;
  std::vector<ActionStanding> standing;
  for (const auto& line : s.lines) {
    order.push_back(reg.actions[line.action].id);
    standing.push_back(line.standing);
  }
  CHECK(order == std::vector<std::string>{"a", "b", "c", "d", "f", "e", "g"});
  CHECK(standing == std::vector<ActionStanding>{ActionStanding::overdue, ActionStanding::due_soon,
                                                ActionStanding::due_soon, ActionStanding::open,
                                                ActionStanding::open, ActionStanding::done,
                                                ActionStanding::dropped});
  CHECK(s.lines[0].days_left == -1);
  CHECK(s.lines[1].days_left == 0);
  CHECK(s.lines[2].days_left == 30);
  CHECK(s.total.open == 5);
  CHECK(s.total.overdue == 1);
  CHECK(s.total.done == 1);
  CHECK(s.total.dropped == 1);
  CHECK(s.by_owner.at("X").open == 2);
  CHECK(s.by_owner.at("X").done == 1);
  CHECK(s.by_owner.at("").overdue == 1);
  std::vector<std::string> processes;
  for (const auto& [p, t] : s.by_process)
    processes.push_back(p);
  CHECK(processes == std::vector<std::string>{"COR.2", "COR.3", "COR.10"});
}

TEST_CASE("actions: a closure is effective only when every rating reached the band",
          "[score][actions]") {
  auto checked = pace::test::check_text(R"(schema = 1
[assessment]
id = "t"
organisation = "T"
date = 2026-03-11
rubric = "iso27022-isms"
max_level = 2
assessors = ["A", "B"]
[[process]]
id = "COR.9"
assessor = "A"
[process.ratings]
BP1 = "F"
BP2 = "L"
BP3 = "na"
"GP2.2.3" = "F"
[[process]]
id = "COR.9"
assessor = "B"
[process.ratings]
BP1 = "F"
BP2 = "F"
BP3 = "na"
"GP2.2.3" = 90
)");
  auto reg = register_of(R"(
[[action]]
id = "worked"
title = "t"
process = "COR.9"
indicators = ["BP1", "GP2.2.3"]
status = "done"
closed_on = 2026-01-01
[[action]]
id = "one rater below"
title = "t"
process = "COR.9"
indicators = ["BP2"]
status = "done"
closed_on = 2026-01-01
[[action]]
id = "L was enough"
title = "t"
process = "COR.9"
indicators = ["BP2"]
to_rating = "L"
status = "done"
closed_on = 2026-01-01
[[action]]
id = "na"
title = "t"
process = "COR.9"
indicators = ["BP3"]
status = "done"
closed_on = 2026-01-01
[[action]]
id = "other instance"
title = "t"
process = "COR.9"
instance = "Site"
indicators = ["BP1"]
status = "done"
closed_on = 2026-01-01
[[action]]
id = "still open"
title = "t"
process = "COR.9"
indicators = ["BP1"]
status = "agreed"
)");
  auto checks = pace::check_closures(reg, checked.questionnaire, pace::test::shipped_rubric());
  REQUIRE(checks.size() == 5);
  CHECK(checks[0].verdict == ClosureVerdict::effective);
  REQUIRE(checks[0].now.size() == 4);
  CHECK(checks[0].now[3].assessor == "B");
  CHECK(checks[0].now[3].rating == "90");
  CHECK(checks[0].now[3].reached);
  CHECK(checks[1].verdict == ClosureVerdict::not_effective);
  CHECK(checks[1].now[0].rating == "L");
  CHECK_FALSE(checks[1].now[0].reached);
  CHECK(checks[1].now[1].reached);
  CHECK(checks[2].verdict == ClosureVerdict::effective);
  CHECK(checks[2].asked == "L");
  CHECK(checks[3].verdict == ClosureVerdict::not_reassessed);
  CHECK(checks[3].reason == "not every indicator it names is rated in the assessment");
  CHECK(checks[4].verdict == ClosureVerdict::not_reassessed);
  CHECK(checks[4].reason == "the assessment does not rate COR.9 instance 'Site'");
}

TEST_CASE("actions: the register's own rules", "[load][actions]") {
  Diagnostics diags;
  auto reg = pace::load_action_register(R"(schema = 1
[register]
organisation = "T"
rubric = "iso27022-isms"
[[action]]
id = "a"
title = "t"
process = "COR.3"
status = "don"
[[action]]
id = "a"
title = "t"
process = "COR.3"
status = "agreed"
closed_on = 2026-01-01
[[action]]
id = "b"
title = "t"
process = "COR.3"
status = "done"
agreed_on = 2026-02-01
closed_on = 2026-01-01
[[action]]
id = "c"
title = "t"
process = "COR.3"
status = "dropped"
owner = "x"
ownr = "y"
)",
                                        "actions.toml", diags);
  CHECK(diags.has_errors());
  std::vector<std::string> messages;
  for (const auto& d : diags.items())
    messages.push_back(d.message + (d.note.empty() ? "" : " | " + d.note));
  CHECK(messages == std::vector<std::string>{
                        "unknown status 'don' for action 'a' | did you mean 'done'? (valid: "
                        "proposed, agreed, in_progress, done, dropped)",
                        "duplicate action id 'a' | first used at line 6",
                        "action 'a' has a 'closed_on' date but is agreed | set status to \"done\" "
                        "or \"dropped\", or remove closed_on",
                        "action 'b' is closed on 2026-01-01, before it was agreed (2026-02-01)",
                        "unknown field 'ownr' in [[action]] | did you mean 'owner'?",
                        "action 'c' is dropped but has no 'closed_on' date"});
}
