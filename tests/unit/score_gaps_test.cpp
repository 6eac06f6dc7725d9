// SPDX-License-Identifier: MIT
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include <pace/score/gaps.hpp>
#include <pace/score/score.hpp>

#include "shipped_rubric.hpp"

using pace::natural_less;
using pace::test::check_text;
using pace::test::shipped_rubric;

namespace {

// Four processes at level 0 below their targets, one (COR.1) at level 1.
const char* const kQuestionnaire = R"(schema = 1
[assessment]
id = "unit"
organisation = "Test Ltd"
date = 2026-03-14
rubric = "iso27022-isms"
max_level = 2
rating_method = "R1"

[[evidence]]
id = "E-1"
kind = "document"
title = "Procedure"

[[process]]
id = "COR.10"
target = 1
[process.ratings]
BP1 = "P"
BP2 = { rating = "N", note = "nothing yet", evidence = ["E-1"] }

[[process]]
id = "SUP.1"
target = 2
[process.ratings]
BP1 = "P"

[[process]]
id = "COR.2"
target = 1
[process.ratings]
BP1 = "P"

[[process]]
id = "MGT.1"
target = 1
[process.ratings]
BP1 = "P"

[[process]]
id = "COR.1"
target = 1
[process.ratings]
BP1 = "F"
)";

std::vector<std::string> ids(const pace::GapReport& report) {
  std::vector<std::string> result;
  for (const auto& g : report.gaps)
    result.push_back(g.id);
  return result;
}

} // namespace

TEST_CASE("gaps: process ids sort naturally", "[score][gaps]") {
  CHECK(natural_less("COR.2", "COR.10"));
  CHECK_FALSE(natural_less("COR.10", "COR.2"));
  CHECK(natural_less("COR.9", "COR.10"));
  CHECK(natural_less("COR.1", "MGT.1"));
  CHECK_FALSE(natural_less("COR.3", "COR.3"));
  CHECK(natural_less("COR.3", "COR.3a"));
  CHECK(natural_less("SUP.01", "SUP.1")); // equal numbers: the plain order decides
}

TEST_CASE("gaps: sorted by gap, then category, then id", "[score][gaps]") {
  auto checked = check_text(kQuestionnaire);
  INFO(checked.rendered());
  REQUIRE_FALSE(checked.diags.has_errors());
  const auto& q = checked.questionnaire;
  auto sheet = pace::score(q, shipped_rubric());
  auto report = pace::analyse_gaps(q, shipped_rubric(), sheet, std::nullopt, {});
  CHECK(ids(report) == std::vector<std::string>{"SUP.1", "MGT.1", "COR.2", "COR.10"});
  CHECK(report.not_assessed.empty());
  CHECK(report.borderline.size() == 5);

  const auto& cor10 = report.gaps[3];
  CHECK(cor10.capability_level == 0);
  CHECK(cor10.target == 1);
  CHECK(cor10.why_not_next == "COR.10 is at level 0: level 1 needs PA 1.1 at least L (it is P, "
                              "20.0%)");
  REQUIRE(cor10.blocking.size() == 1);
  const auto& pa = cor10.blocking[0];
  CHECK(pa.attribute.id == "PA1.1");
  CHECK(pa.required == pace::BaseRating::l);
  // Lowest first, the unrated base practices after the rated ones, in rubric order.
  REQUIRE(pa.indicators.size() >= 3);
  CHECK(pa.indicators[0].id == "BP2");
  CHECK(pa.indicators[0].rating == "N");
  CHECK(pa.indicators[0].percent == 7.5);
  CHECK(pa.indicators[0].note == "nothing yet");
  CHECK(pa.indicators[0].evidence == std::vector<std::string>{"E-1"});
  CHECK(pa.indicators[1].id == "BP1");
  CHECK(pa.indicators[2].id == "BP3");
  CHECK_FALSE(pa.indicators[2].percent.has_value());
  CHECK(cor10.plan.status == pace::PlanStatus::minimal);
  CHECK(cor10.plan.reaches_level >= 1);

  // SUP.1 needs PA2.1 and PA2.2, which nobody rated: they block too, and rating them is the plan.
  const auto& sup1 = report.gaps[0];
  REQUIRE(sup1.blocking.size() == 3);
  CHECK(sup1.blocking[1].attribute.id == "PA2.1");
  CHECK_FALSE(sup1.blocking[1].attribute.achievement.has_value());
  CHECK(sup1.plan.status == pace::PlanStatus::minimal);
  CHECK(sup1.plan.reaches_level == 2);
}

TEST_CASE("gaps: a target profile replaces the questionnaire's targets", "[score][gaps]") {
  auto checked = check_text(kQuestionnaire);
  REQUIRE_FALSE(checked.diags.has_errors());
  const auto& q = checked.questionnaire;
  auto sheet = pace::score(q, shipped_rubric());
  pace::TargetProfile profile;
  profile.id = "p";
  profile.processes = {{"COR.1", 2, {}}, {"SUP.1", 0, {}}};
  pace::apply_targets(sheet, profile);
  auto report = pace::analyse_gaps(q, shipped_rubric(), sheet, profile, {});
  // Without a default only COR.1 keeps a target above its level; SUP.1's 0 is met.
  CHECK(ids(report) == std::vector<std::string>{"COR.1"});
  CHECK(report.not_assessed.empty());
  REQUIRE(report.profile);

  profile.default_level = 1;
  sheet = pace::score(q, shipped_rubric());
  pace::apply_targets(sheet, profile);
  report = pace::analyse_gaps(q, shipped_rubric(), sheet, profile, {});
  CHECK(ids(report) == std::vector<std::string>{"MGT.1", "COR.1", "COR.2", "COR.10"});
  CHECK(report.not_assessed.size() == 12); // every other process of the rubric gets the default
}
