// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <pace/report/review_pack.hpp>

#include "shipped_rubric.hpp"

namespace {

using pace::test::check_text;
using pace::test::shipped_rubric;

// Last year: COR.1 rated so that its plan to level 1 is exactly "BP1 N -> F, BP6 N -> F"
// (the mean 28.5% needs two indicators raised by 85 points to pass 50%); COR.2 at Site-B.
constexpr const char* kLastYear = R"(
schema = 1
[assessment]
id = "t-2025"
organisation = "T Ltd"
date = 2025-03-01
rubric = "iso27022-isms"
max_level = 1
target = 1

[[evidence]]
id = "E-1"
kind = "document"
title = "Policy"

[[process]]
id = "COR.1"
[process.ratings]
BP1 = "N"
BP2 = "P"
BP3 = "P-"
BP4 = "P+"
BP5 = "L-"
BP6 = "N"

[[process]]
id = "COR.2"
instance = "Site-B"
[process.ratings]
BP1 = "P"
BP2 = "P"
BP3 = "P"
BP4 = "P"
BP5 = "P"
BP6 = "P"
)";

// This year: BP1 reached F (closed), BP6 only L (still open); COR.2 was assessed without the
// Site-B instance (its actions cannot be checked). E-2 is cited twice, E-3 never.
constexpr const char* kThisYear = R"(
schema = 1
[assessment]
id = "t-2026"
organisation = "T Ltd"
date = 2026-03-01
rubric = "iso27022-isms"
max_level = 1
target = 1

[[evidence]]
id = "E-2"
kind = "record"
title = "Minutes"

[[evidence]]
id = "E-3"
kind = "document"
title = "Never cited"

[[process]]
id = "COR.1"
[process.ratings]
BP1 = { rating = "F", evidence = ["E-2"] }
BP2 = "P"
BP3 = "P-"
BP4 = "P+"
BP5 = { rating = "L-", evidence = ["E-2"] }
BP6 = "L"

[[process]]
id = "COR.2"
[process.ratings]
BP1 = "F"
BP2 = "F"
BP3 = "F"
BP4 = "F"
BP5 = "F"
BP6 = "F"
)";

pace::Questionnaire checked(const char* text) {
  auto c = check_text(text);
  INFO(c.rendered());
  REQUIRE_FALSE(c.diags.has_errors());
  return c.questionnaire;
}

} // namespace

TEST_CASE("last year's actions are closed, still open or not reassessed", "[report][review]") {
  pace::Questionnaire older = checked(kLastYear);
  pace::Questionnaire newer = checked(kThisYear);
  pace::ReviewPack pack = pace::make_review_pack({&newer, &shipped_rubric(), nullptr},
                                                 {{&older, &shipped_rubric(), nullptr}}, {});
  std::vector<std::string> cor1;
  for (const auto& a : pack.previous_actions) {
    if (a.process != "COR.1") continue;
    cor1.push_back(a.step.indicator + " " + a.step.from + "->" + a.step.to + " " +
                   std::string(pace::to_string(a.status)) + " " + a.rating_now);
  }
  CHECK(cor1 == std::vector<std::string>{"BP1 N->F closed F", "BP6 N->F open L"});
  size_t site_b = 0;
  for (const auto& a : pack.previous_actions) {
    if (a.process != "COR.2") continue;
    ++site_b;
    CHECK(a.step.instance == "Site-B");
    CHECK(a.status == pace::ActionStatus::not_reassessed);
  }
  CHECK(site_b > 0);

  REQUIRE(pack.comparison);
  REQUIRE(pack.changes);
  CHECK(pack.changes->improved == 1); // COR.1 0 -> 1
  // COR.2 0 -> 1, but Site-B gave way to an unnamed instance: no instance was kept.
  CHECK(pack.changes->sample_changed == 1);
  CHECK(pack.trend_labels == std::vector<std::string>{"2025", "2026"});
  REQUIRE(pack.previous.size() == 1);
  CHECK(pack.previous.front().id == "t-2025");
}

TEST_CASE("the evidence register lists who cites each item", "[report][review]") {
  pace::Questionnaire q = checked(kThisYear);
  pace::ReviewPack pack = pace::make_review_pack({&q, &shipped_rubric(), nullptr}, {}, {});
  REQUIRE(pack.evidence.size() == 2);
  const auto& cited = pack.evidence[0].cited_by;
  REQUIRE(cited.size() == 2);
  CHECK(cited[0].process == "COR.1");
  CHECK(cited[0].indicator == "BP1");
  CHECK(cited[0].rating == "F");
  CHECK(cited[1].indicator == "BP5");
  CHECK(pack.evidence[1].cited_by.empty());
  CHECK(pack.uncited == std::vector<std::string>{"E-3"});
}

TEST_CASE("the summary counts targets and keeps the largest gaps first", "[report][review]") {
  pace::Questionnaire q = checked(kLastYear);
  pace::ReviewOptions options;
  options.largest_gaps = 1;
  pace::ReviewPack pack = pace::make_review_pack({&q, &shipped_rubric(), nullptr}, {}, options);
  CHECK(pack.summary.processes == 17);
  CHECK(pack.summary.assessed == 2);
  CHECK(pack.summary.with_target == 2);
  CHECK(pack.summary.on_target == 0);
  CHECK(pack.summary.largest_gaps == 1);
  CHECK(pack.gaps.size() == 2);
  CHECK(pack.columns == std::vector<std::string>{"PA1.1"});
  CHECK(pack.top_level == 1);
  CHECK_FALSE(pack.comparison);
  CHECK(pack.previous_actions.empty());
  // Every step of every plan is in the action list, in gap order.
  size_t steps = 0;
  for (const auto& g : pack.gaps)
    steps += g.plan.steps.size();
  CHECK(pack.actions.size() == steps);
}
