// SPDX-License-Identifier: MIT
// Whole questionnaires scored against the shipped rubric (COR.9 has five base practices).
#include <string>

#include <catch2/catch.hpp>

#include <pace/score/score.hpp>

#include "shipped_rubric.hpp"

using pace::AttributeSource;
using pace::BaseRating;
using pace::test::attribute_of;
using pace::test::process_of;
using pace::test::score_text;

namespace {

// The [assessment] header every questionnaire below shares; `extra` goes at its end.
std::string header(const std::string& extra) {
  return R"(schema = 1
[assessment]
id = "unit"
organisation = "Test Ltd"
date = 2026-03-14
rubric = "iso27022-isms"
)" + extra +
         "\n";
}

} // namespace

TEST_CASE("score: R2 and R1 differ when instances rate unequal numbers of indicators", "[score]") {
  // HQ: F F F N -> 71.25 (L); Branch: N -> 7.5 (N).
  const std::string blocks = R"(
[[process]]
id = "COR.9"
instance = "HQ"
[process.ratings]
BP1 = "F"
BP2 = "F"
BP3 = "F"
BP4 = "N"

[[process]]
id = "COR.9"
instance = "Branch"
[process.ratings]
BP1 = "N"
)";
  auto r2 = score_text(header("max_level = 1\nrating_method = \"R2\"") + blocks);
  auto r1 = score_text(header("max_level = 1\nrating_method = \"R1\"") + blocks);
  const auto& p2 = process_of(r2, "COR.9");
  const auto& p1 = process_of(r1, "COR.9");

  REQUIRE(p2.instances.size() == 2);
  CHECK(p2.instances[0].instance == "HQ");
  CHECK(*attribute_of(p2.instances[0].attributes, "PA1.1").achievement == 71.25);
  CHECK(attribute_of(p2.instances[0].attributes, "PA1.1").label == "L");
  CHECK(p2.instances[0].capability_level == 1);
  CHECK(p2.instances[1].instance == "Branch");
  CHECK(*attribute_of(p2.instances[1].attributes, "PA1.1").achievement == 7.5);
  CHECK(p2.instances[1].capability_level == 0);

  // R2: the mean of the two instance achievements (71.25 + 7.5) / 2.
  const auto& pa2 = attribute_of(p2.attributes, "PA1.1");
  CHECK(*pa2.achievement == 39.375);
  CHECK(pa2.label == "P");
  CHECK(pa2.source == AttributeSource::computed);
  CHECK(pa2.indicators_rated == 5);
  CHECK(pa2.indicators_total == 10);
  CHECK(p2.capability_level == 0);

  // R1: the mean of all five rated indicators at once (3 x 92.5 + 2 x 7.5) / 5.
  const auto& pa1 = attribute_of(p1.attributes, "PA1.1");
  CHECK(*pa1.achievement == 58.5);
  CHECK(pa1.label == "L");
  CHECK(pa1.source == AttributeSource::computed);
  CHECK(p1.capability_level == 1);
  CHECK(*pa1.achievement != *pa2.achievement);
}

TEST_CASE("score: R3 takes PA ratings from overrides alone", "[score]") {
  auto sheet = score_text(header("max_level = 1\nrating_method = \"R3\"") + R"(
[[process]]
id = "COR.9"
instance = "HQ"
[process.ratings]
BP1 = "F"
BP2 = "L"
[process.attributes]
"PA1.1" = { rating = "L", note = "outcomes met at both sites, with gaps in BP3" }

[[process]]
id = "COR.9"
instance = "Branch"
[process.ratings]
BP1 = "N"
)");
  const auto& p = process_of(sheet, "COR.9");
  const auto& pa = attribute_of(p.attributes, "PA1.1");
  CHECK(pa.source == AttributeSource::assessor_override);
  CHECK(*pa.achievement == 67.5);
  CHECK(pa.label == "L");
  CHECK(pa.note == "outcomes met at both sites, with gaps in BP3");
  // The indicators are only support: the mean of F, L and N.
  REQUIRE(pa.indicator_achievement);
  CHECK(*pa.indicator_achievement == Approx((92.5 + 67.5 + 7.5) / 3));
  CHECK(p.capability_level == 1);

  const auto& hq = attribute_of(p.instances[0].attributes, "PA1.1");
  CHECK(hq.source == AttributeSource::assessor_override);
  CHECK(*hq.achievement == 67.5);
  CHECK(*hq.indicator_achievement == 80.0);
  const auto& branch = attribute_of(p.instances[1].attributes, "PA1.1");
  CHECK(branch.source == AttributeSource::not_rated);
  CHECK_FALSE(branch.achievement);
  CHECK(*branch.indicator_achievement == 7.5);
}

TEST_CASE("score: under R3 indicators without an override leave the PA not rated", "[score]") {
  auto sheet = score_text(header("max_level = 1\nrating_method = \"R3\"") + R"(
[[process]]
id = "COR.9"
[process.ratings]
BP1 = "F"
BP2 = "F"
BP3 = "F"
BP4 = "F"
BP5 = "F"
)");
  const auto& p = process_of(sheet, "COR.9");
  const auto& pa = attribute_of(p.attributes, "PA1.1");
  CHECK(pa.source == AttributeSource::not_rated);
  CHECK_FALSE(pa.achievement);
  CHECK(pa.label.empty());
  CHECK(*pa.indicator_achievement == 92.5);
  CHECK(p.capability_level == 0);
  CHECK(p.why_not_next == "COR.9 is at level 0: level 1 needs PA 1.1 at least L (it is not rated)");
}

TEST_CASE("score: an override replaces the computed value under R2", "[score]") {
  auto sheet = score_text(header("max_level = 1") + R"(
[[process]]
id = "COR.9"
[process.ratings]
BP1 = "F"
BP2 = "F"
BP3 = "F"
BP4 = "F"
BP5 = "F"
[process.attributes]
"PA1.1" = { rating = "P", note = "records could not be shown for the last two quarters" }
)");
  const auto& p = process_of(sheet, "COR.9");
  const auto& pa = attribute_of(p.attributes, "PA1.1");
  CHECK(pa.source == AttributeSource::assessor_override);
  CHECK(*pa.achievement == 32.5);
  CHECK(pa.label == "P");
  CHECK(pa.note == "records could not be shown for the last two quarters");
  CHECK(pa.indicators_rated == 5);
  CHECK_FALSE(pa.indicator_achievement); // only R3 reports it
  CHECK(p.capability_level == 0);
  CHECK(p.why_not_next == "COR.9 is at level 0: level 1 needs PA 1.1 at least L (it is P, 32.5%)");
}

TEST_CASE("score: PAs above max_level are not assessed", "[score]") {
  auto sheet = score_text(header("max_level = 1") + R"(
[[process]]
id = "COR.9"
[process.ratings]
BP1 = "F"
BP2 = "F"
BP3 = "F"
BP4 = "F"
BP5 = "F"

[[process]]
id = "COR.10"
max_level = 2
[process.ratings]
BP1 = "F"
)");
  const auto& p = process_of(sheet, "COR.9");
  CHECK(p.max_level == 1);
  CHECK(attribute_of(p.attributes, "PA1.1").source == AttributeSource::computed);
  for (const char* id : {"PA2.1", "PA2.2", "PA3.1", "PA3.2", "PA4.1", "PA4.2", "PA5.1", "PA5.2"}) {
    INFO(id);
    const auto& a = attribute_of(p.attributes, id);
    CHECK(a.source == AttributeSource::not_assessed);
    CHECK_FALSE(a.achievement);
    CHECK(a.indicators_rated == 0);
  }
  CHECK(p.capability_level == 1);
  CHECK(p.why_not_next == "COR.9 is at level 1, the highest level assessed (max_level 1)");

  // A block's own max_level widens the scope: PA 2.x are then not rated rather than not assessed.
  const auto& wider = process_of(sheet, "COR.10");
  CHECK(wider.max_level == 2);
  CHECK(attribute_of(wider.attributes, "PA2.1").source == AttributeSource::not_rated);
  CHECK(attribute_of(wider.attributes, "PA2.1").indicators_total == 7);
  CHECK(attribute_of(wider.attributes, "PA3.1").source == AttributeSource::not_assessed);
}

TEST_CASE("score: a PA with no rated indicator is not rated and stops the level", "[score]") {
  auto sheet = score_text(header("max_level = 2") + R"(
[[process]]
id = "COR.9"
[process.ratings]
BP1 = "F"
BP2 = "F"
BP3 = "F"
BP4 = "F"
BP5 = "F"
"GP2.1.1" = ""
"GP2.2.1" = "L"
)");
  const auto& p = process_of(sheet, "COR.9");
  const auto& pa21 = attribute_of(p.attributes, "PA2.1");
  CHECK(pa21.source == AttributeSource::not_rated);
  CHECK_FALSE(pa21.achievement);
  CHECK(pa21.indicators_rated == 0);
  CHECK(pa21.indicators_total == 7);
  const auto& pa22 = attribute_of(p.attributes, "PA2.2");
  CHECK(pa22.source == AttributeSource::computed);
  CHECK(pa22.label == "L");
  CHECK(p.capability_level == 1);
  CHECK(p.why_not_next == "COR.9 is at level 1: level 2 needs PA 2.1 at least L (it is not rated)");
}

TEST_CASE("score: 'na' is left out of the aggregation", "[score]") {
  auto sheet = score_text(header("max_level = 1") + R"(
[[process]]
id = "COR.9"
[process.ratings]
BP1 = "F"
BP2 = { rating = "na", note = "no external parties involved" }
BP3 = "N"
BP4 = ""
)");
  const auto& pa = attribute_of(process_of(sheet, "COR.9").attributes, "PA1.1");
  // (92.5 + 7.5) / 2 = 50, exactly on the P/L edge: P.
  CHECK(*pa.achievement == 50.0);
  CHECK(pa.label == "P");
  CHECK(pa.indicators_rated == 2);
  CHECK(pa.indicators_na == 1);
  CHECK(pa.indicators_total == 5);
}

TEST_CASE("score: explicit numbers are used as written", "[score]") {
  auto sheet = score_text(header("max_level = 1") + R"(
[[process]]
id = "COR.9"
[process.ratings]
BP1 = 85
BP2 = { rating = 85 }

[[process]]
id = "COR.10"
[process.ratings]
BP1 = 85.5
BP2 = "L"
BP3 = 0
)");
  const auto& cor9 = attribute_of(process_of(sheet, "COR.9").attributes, "PA1.1");
  CHECK(*cor9.achievement == 85.0);
  CHECK(cor9.label == "L");
  const auto& cor10 = attribute_of(process_of(sheet, "COR.10").attributes, "PA1.1");
  CHECK(*cor10.achievement == 51.0); // (85.5 + 67.5 + 0) / 3
  CHECK(cor10.label == "L");
}

TEST_CASE("score: target and gap", "[score]") {
  auto sheet = score_text(header("max_level = 1\ntarget = 3") + R"(
[[process]]
id = "COR.9"
[process.ratings]
BP1 = "L"

[[process]]
id = "COR.10"
target = 1
[process.ratings]
BP1 = "F"

[[process]]
id = "COR.11"
target = 0
[process.ratings]
BP1 = "N"
)");
  const auto& cor9 = process_of(sheet, "COR.9");
  CHECK(cor9.capability_level == 1);
  CHECK(cor9.target == 3);
  CHECK(cor9.gap() == 2);
  const auto& cor10 = process_of(sheet, "COR.10");
  CHECK(cor10.target == 1);
  CHECK(cor10.gap() == 0);
  const auto& cor11 = process_of(sheet, "COR.11");
  CHECK(cor11.target == 0);
  CHECK(cor11.capability_level == 0);
  CHECK(cor11.gap() == 0);
  // Processes the questionnaire lacks still carry the assessment's target.
  const auto& mgt1 = process_of(sheet, "MGT.1");
  CHECK_FALSE(mgt1.assessed);
  CHECK(mgt1.target == 3);
}

TEST_CASE("score: with several instance targets the first block's wins", "[score]") {
  const std::string blocks = R"(
[[process]]
id = "COR.9"
instance = "HQ"
target = 2
[process.ratings]
BP1 = "F"

[[process]]
id = "COR.9"
instance = "Branch"
target = 3
[process.ratings]
BP1 = "F"
)";
  // Whatever the assessment's own target, even when it equals the first block's.
  for (const char* assessment_target : {"target = 1", "target = 2", "target = 3"}) {
    INFO(assessment_target);
    auto sheet = score_text(header(std::string("max_level = 1\n") + assessment_target) + blocks);
    CHECK(process_of(sheet, "COR.9").target == 2);
  }
}

TEST_CASE("score: median and min aggregation end to end", "[score]") {
  const std::string blocks = R"(
[[process]]
id = "COR.9"
instance = "HQ"
[process.ratings]
BP1 = "F"
BP2 = "F"
BP3 = "N"
BP4 = "N"

[[process]]
id = "COR.9"
instance = "Branch"
[process.ratings]
BP1 = "F"
BP2 = "L"
BP3 = "L"
)";
  auto mean = score_text(header("max_level = 1\naggregation = \"mean\"") + blocks);
  auto median = score_text(header("max_level = 1\naggregation = \"median\"") + blocks);
  auto min = score_text(header("max_level = 1\naggregation = \"min\"") + blocks);
  auto instance_pa = [](const pace::ScoreSheet& s, size_t i) {
    return *attribute_of(process_of(s, "COR.9").instances[i].attributes, "PA1.1").achievement;
  };
  auto process_pa = [](const pace::ScoreSheet& s) {
    return attribute_of(process_of(s, "COR.9").attributes, "PA1.1");
  };
  // HQ: mean 50; the median of four takes the lower middle (7.5, not 92.5); min 7.5.
  CHECK(instance_pa(mean, 0) == 50.0);
  CHECK(instance_pa(median, 0) == 7.5);
  CHECK(instance_pa(min, 0) == 7.5);
  // Branch: mean 75.8333; median 67.5; min 67.5.
  CHECK(instance_pa(mean, 1) == Approx(227.5 / 3));
  CHECK(instance_pa(median, 1) == 67.5);
  CHECK(instance_pa(min, 1) == 67.5);
  // Over the two instances, by the same method.
  CHECK(*process_pa(mean).achievement == Approx((50.0 + 227.5 / 3) / 2));
  CHECK(process_pa(mean).label == "L");
  CHECK(*process_pa(median).achievement == 7.5); // lower middle of {7.5, 67.5}
  CHECK(process_pa(median).label == "N");
  CHECK(*process_pa(min).achievement == 7.5);
  CHECK(process_pa(min).label == "N");
}

TEST_CASE("score: refined scale labels", "[score]") {
  auto sheet = score_text(header("max_level = 2\nscale = \"refined\"") + R"(
[[process]]
id = "COR.9"
[process.ratings]
BP1 = "F"
BP2 = "F"
BP3 = "F"
BP4 = "F"
BP5 = "F"
"GP2.1.1" = "L"
"GP2.1.2" = "F"
"GP2.2.1" = "P+"
"GP2.2.2" = "L-"
)");
  const auto& p = process_of(sheet, "COR.9");
  CHECK(attribute_of(p.attributes, "PA1.1").label == "F");
  CHECK(attribute_of(p.attributes, "PA2.1").label == "L+"); // 80
  CHECK(*attribute_of(p.attributes, "PA2.2").achievement == 50.0);
  CHECK(attribute_of(p.attributes, "PA2.2").label == "P+");
  CHECK(*attribute_of(p.attributes, "PA2.2").base == BaseRating::p);
  CHECK(p.capability_level == 1);
  CHECK(p.why_not_next == "COR.9 is at level 1: level 2 needs PA 2.2 at least L (it is P+, 50.0%)");
}

TEST_CASE("score: why_not_next sentences", "[score]") {
  auto sheet = score_text(header("max_level = 3") + R"(
[[process]]
id = "COR.9"
[process.ratings]
BP1 = "L"
"GP2.1.1" = "P"
"GP2.2.1" = "F"
"GP3.1.1" = "F"
"GP3.2.1" = "F"

[[process]]
id = "COR.10"
max_level = 1
[process.ratings]
BP1 = "F"

[[process]]
id = "COR.11"
max_level = 5
[process.ratings]
BP1 = "F"
"GP2.1.1" = "F"
"GP2.2.1" = "F"
"GP3.1.1" = "F"
"GP3.2.1" = "F"
"GP4.1.1" = "F"
"GP4.2.1" = "F"
"GP5.1.1" = "L"
"GP5.2.1" = "F"
)");
  CHECK(process_of(sheet, "COR.9").why_not_next ==
        "COR.9 is at level 1: level 2 needs PA 1.1 F (it is L, 67.5%) and PA 2.1 at least L "
        "(it is P, 32.5%)");
  CHECK(process_of(sheet, "COR.10").why_not_next ==
        "COR.10 is at level 1, the highest level assessed (max_level 1)");
  CHECK(process_of(sheet, "COR.11").why_not_next == "COR.11 is at level 5, the highest level");
  CHECK(process_of(sheet, "MGT.1").why_not_next == "MGT.1 was not assessed");
}

TEST_CASE("score: processes the questionnaire lacks are listed as not assessed", "[score]") {
  auto sheet = score_text(header("max_level = 1") + R"(
[[process]]
id = "COR.9"
[process.ratings]
BP1 = "F"
)");
  CHECK(sheet.processes.size() == pace::test::shipped_rubric().processes.size());
  CHECK(sheet.processes.front().id == "MGT.1");
  const auto& mgt1 = process_of(sheet, "MGT.1");
  CHECK_FALSE(mgt1.assessed);
  CHECK(mgt1.instances.empty());
  CHECK(mgt1.capability_level == 0);
  CHECK(attribute_of(mgt1.attributes, "PA1.1").source == AttributeSource::not_assessed);
  CHECK(sheet.rubric_id == "iso27022-isms");
  CHECK(sheet.framework_id == "iso33020");
}
