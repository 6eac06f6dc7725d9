// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <pace/score/maturity.hpp>

#include "hand_made_sheet.hpp"

namespace {

using pace::MaturityLevelDef;
using pace::ProcessResult;
using pace::test::hand_process;
using pace::test::maturity_level;
using pace::test::not_assessed;

// ML1: A and B performed; ML2 lists nothing; ML3: A and C established; ML4: A predictable.
const std::vector<MaturityLevelDef>& model() {
  static const std::vector<MaturityLevelDef> m = {
      maturity_level(1, {{"A", 1}, {"B", 1}}),
      maturity_level(2, {}),
      maturity_level(3, {{"C", 3}, {"A", 3}}),
      maturity_level(4, {{"A", 4}}),
  };
  return m;
}

std::vector<ProcessResult> processes(int a, int b, int c) {
  return {hand_process("A", "core", a), hand_process("B", "core", b), hand_process("C", "core", c)};
}

} // namespace

TEST_CASE("maturity: no model, no level", "[score][maturity]") {
  CHECK_FALSE(pace::assess_maturity(processes(5, 5, 5), {}).has_value());
}

TEST_CASE("maturity: the highest level whose cumulative sets all hold", "[score][maturity]") {
  auto m = pace::assess_maturity(processes(3, 1, 3), model());
  REQUIRE(m);
  CHECK(m->level == 3);
  CHECK(m->name == "ML3");
  CHECK(m->top == 4);
  REQUIRE(m->next == 4);
  CHECK(m->next_name == "ML4");
  REQUIRE(m->blockers.size() == 1);
  CHECK(m->blockers[0].process == "A");
  CHECK(m->blockers[0].required == 4);
  CHECK(m->blockers[0].achieved == 3);
}

TEST_CASE("maturity: a level that lists no process holds once the levels below hold",
          "[score][maturity]") {
  // ML2 is empty: with ML1 met and ML3 missed, the organisation is at ML2, not ML1.
  auto m = pace::assess_maturity(processes(2, 1, 2), model());
  REQUIRE(m);
  CHECK(m->level == 2);
  CHECK(m->next == 3);
  // Blockers follow process order (A before C), not the model's listing order (C before A).
  REQUIRE(m->blockers.size() == 2);
  CHECK(m->blockers[0].process == "A");
  CHECK(m->blockers[0].achieved == 2);
  CHECK(m->blockers[1].process == "C");
  CHECK(m->blockers[1].required == 3);
  CHECK(m->blockers[1].achieved == 2);

  // An empty first level holds as well.
  std::vector<MaturityLevelDef> empty_first = {maturity_level(1, {}),
                                               maturity_level(2, {{"B", 2}})};
  auto e = pace::assess_maturity(processes(0, 0, 0), empty_first);
  REQUIRE(e);
  CHECK(e->level == 1);
  CHECK(e->name == "ML1");
  REQUIRE(e->blockers.size() == 1);
  CHECK(e->blockers[0].process == "B");
}

TEST_CASE("maturity: a process not assessed fails its requirement", "[score][maturity]") {
  std::vector<ProcessResult> p = processes(5, 5, 5);
  p[2] = not_assessed("C", "core");
  auto m = pace::assess_maturity(p, model());
  REQUIRE(m);
  CHECK(m->level == 2);
  REQUIRE(m->next == 3);
  REQUIRE(m->blockers.size() == 1);
  CHECK(m->blockers[0].process == "C");
  CHECK(m->blockers[0].required == 3);
  CHECK_FALSE(m->blockers[0].achieved.has_value());

  // A process the model names but the sheet lacks counts as not assessed too, listed last.
  std::vector<ProcessResult> without_b = {hand_process("A", "core", 5)};
  auto w = pace::assess_maturity(without_b, model());
  REQUIRE(w);
  CHECK(w->level == 0);
  REQUIRE(w->blockers.size() == 1);
  CHECK(w->blockers[0].process == "B");
  CHECK_FALSE(w->blockers[0].achieved.has_value());
}

TEST_CASE("maturity: level 0 and the top level", "[score][maturity]") {
  auto zero = pace::assess_maturity(processes(3, 0, 3), model());
  REQUIRE(zero);
  CHECK(zero->level == 0);
  CHECK(zero->name.empty());
  CHECK(zero->next == 1);
  CHECK(zero->next_name == "ML1");
  REQUIRE(zero->blockers.size() == 1);
  CHECK(zero->blockers[0].process == "B");
  CHECK(zero->blockers[0].required == 1);
  CHECK(zero->blockers[0].achieved == 0);

  auto top = pace::assess_maturity(processes(4, 1, 3), model());
  REQUIRE(top);
  CHECK(top->level == 4);
  CHECK(top->name == "ML4");
  CHECK_FALSE(top->next.has_value());
  CHECK(top->blockers.empty());
}

TEST_CASE("maturity: exactly the required level is enough", "[score][maturity]") {
  // A tie between achieved and required level meets the requirement.
  auto m = pace::assess_maturity(processes(4, 1, 3), {maturity_level(1, {{"A", 4}, {"C", 3}})});
  REQUIRE(m);
  CHECK(m->level == 1);
  CHECK_FALSE(m->next.has_value());
}
