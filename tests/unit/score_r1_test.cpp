// SPDX-License-Identifier: MIT
// Rating method R1 as ISO/IEC 33020 defines it: outcomes characterised per instance (from their
// linked indicators, or rated directly), then aggregated over the instances. Hand-computed
// against the shipped rubric. COR.3 links its base practices unevenly: O1 <- BP1,
// O2 <- BP2 BP3, O3 <- BP4, O4 <- BP5, O5 <- BP1 BP6 BP7.
#include <string>

#include <catch2/catch.hpp>

#include <pace/score/score.hpp>

#include "shipped_rubric.hpp"

using Catch::Detail::Approx;
using pace::AttributeSource;
using pace::test::attribute_of;
using pace::test::check_text;
using pace::test::process_of;
using pace::test::score_text;

namespace {

std::string questionnaire(const std::string& assessment, const std::string& blocks) {
  return R"(schema = 1
[assessment]
id = "unit"
organisation = "Test Ltd"
date = 2026-03-14
rubric = "iso27022-isms"
)" + assessment +
         "\n" + blocks;
}

const char* kCor3 = R"(
[[process]]
id = "COR.3"
[process.ratings]
BP1 = "F"
BP2 = "F"
BP3 = "P"
BP4 = "L"
BP5 = "F"
BP6 = "L"
BP7 = "N"
)";

} // namespace

TEST_CASE("R1: outcomes with unequal numbers of indicators weigh the same", "[score][r1]") {
  // O1 92.5; O2 (92.5 + 32.5) / 2 = 62.5; O3 67.5; O4 92.5; O5 (92.5 + 67.5 + 7.5) / 3 = 55.83.
  auto r1 = score_text(questionnaire("max_level = 1\nrating_method = \"R1\"", kCor3));
  const auto& pa = attribute_of(process_of(r1, "COR.3").attributes, "PA1.1");
  CHECK(*pa.achievement == Approx((92.5 + 62.5 + 67.5 + 92.5 + 167.5 / 3) / 5)); // 74.17
  CHECK(*pa.achievement == Approx(74.1666667));
  CHECK(pa.label == "L");
  CHECK(pa.source == AttributeSource::computed);
  CHECK(pa.outcomes_rated == 5);
  CHECK(pa.outcomes_total == 5);
  CHECK(pa.indicators_rated == 7);

  // R2 weighs the seven indicators alike: 452.5 / 7.
  auto r2 = score_text(questionnaire("max_level = 1\nrating_method = \"R2\"", kCor3));
  const auto& pa2 = attribute_of(process_of(r2, "COR.3").attributes, "PA1.1");
  CHECK(*pa2.achievement == Approx(452.5 / 7)); // 64.64
  CHECK_FALSE(pa2.outcomes_rated.has_value());

  // The aggregation method applies within each outcome and across outcomes.
  auto r1_min = score_text(
      questionnaire("max_level = 1\nrating_method = \"R1\"\naggregation = \"min\"", kCor3));
  CHECK(*attribute_of(process_of(r1_min, "COR.3").attributes, "PA1.1").achievement == 7.5);
  // Median: O2 takes the lower middle 32.5, O5 the middle 67.5; of 32.5 67.5 67.5 92.5 92.5: 67.5.
  auto r1_median = score_text(
      questionnaire("max_level = 1\nrating_method = \"R1\"\naggregation = \"median\"", kCor3));
  CHECK(*attribute_of(process_of(r1_median, "COR.3").attributes, "PA1.1").achievement == 67.5);
}

TEST_CASE("R1: outcomes rated directly replace their indicators", "[score][r1]") {
  const std::string blocks = std::string(kCor3) + R"(O5 = "F"
O2 = { rating = "L", note = "judged on the whole" }
"GP2.1.1" = "F"
"GP2.1.2" = "L"
"GP2.1.6" = "P"
"PA2.1.h" = "F"
"PA2.1.c" = { rating = "na", note = "monitoring is outsourced" }
)";
  auto sheet = score_text(questionnaire("max_level = 2\nrating_method = \"R1\"", blocks));
  const auto& p = process_of(sheet, "COR.3");
  // PA1.1: O1 92.5, O2 67.5 (direct), O3 67.5, O4 92.5, O5 92.5 (direct): 412.5 / 5.
  const auto& pa11 = attribute_of(p.attributes, "PA1.1");
  CHECK(*pa11.achievement == 82.5);
  CHECK(pa11.label == "L");
  // PA2.1: a 92.5 (GP2.1.1), b 67.5 (GP2.1.2), f and g 32.5 (both from GP2.1.6), h 92.5
  // (direct); c is "na", d and e have nothing: 5 of 8 outcomes, 317.5 / 5.
  const auto& pa21 = attribute_of(p.attributes, "PA2.1");
  CHECK(*pa21.achievement == 63.5);
  CHECK(pa21.label == "L");
  CHECK(pa21.outcomes_rated == 5);
  CHECK(pa21.outcomes_total == 8);
  // PA2.2: no outcome characterised, so not rated; the level stops below 2.
  const auto& pa22 = attribute_of(p.attributes, "PA2.2");
  CHECK(pa22.source == AttributeSource::not_rated);
  CHECK_FALSE(pa22.achievement.has_value());
  CHECK(pa22.outcomes_rated == 0);
  CHECK(p.capability_level == 1);
}

TEST_CASE("R1: characterisations of two instances are aggregated at once", "[score][r1]") {
  // HQ: the five characterisations above (370.83 in total). Branch: O2 from BP2 alone (7.5) and
  // O5 rated directly (67.5); its other outcomes are not rated and count neither way.
  const std::string blocks = R"(
[[process]]
id = "COR.3"
instance = "HQ"
[process.ratings]
BP1 = "F"
BP2 = "F"
BP3 = "P"
BP4 = "L"
BP5 = "F"
BP6 = "L"
BP7 = "N"

[[process]]
id = "COR.3"
instance = "Branch"
[process.ratings]
BP2 = "N"
O5 = "L"
)";
  auto sheet = score_text(questionnaire("max_level = 1\nrating_method = \"R1\"", blocks));
  const auto& p = process_of(sheet, "COR.3");
  REQUIRE(p.instances.size() == 2);
  const auto& hq = attribute_of(p.instances[0].attributes, "PA1.1");
  CHECK(*hq.achievement == Approx(74.1666667));
  const auto& branch = attribute_of(p.instances[1].attributes, "PA1.1");
  CHECK(*branch.achievement == 37.5); // (7.5 + 67.5) / 2
  CHECK(branch.label == "P");
  CHECK(p.instances[1].capability_level == 0);
  // The process: all seven characterisations at once, (370.83 + 75) / 7 = 63.69; not the mean
  // of the two instances (55.83).
  const auto& pa = attribute_of(p.attributes, "PA1.1");
  CHECK(*pa.achievement == Approx((92.5 + 62.5 + 67.5 + 92.5 + 167.5 / 3 + 7.5 + 67.5) / 7));
  CHECK(*pa.achievement == Approx(63.6904762));
  CHECK(pa.label == "L");
  CHECK(pa.outcomes_rated == 7);
  CHECK(pa.outcomes_total == 10);
  CHECK(p.capability_level == 1);
}

TEST_CASE("R1: an attribute without a characterised outcome is not rated", "[score][r1]") {
  auto sheet = score_text(questionnaire("max_level = 1\nrating_method = \"R1\"", R"(
[[process]]
id = "COR.3"
[process.ratings]
BP4 = { rating = "na", note = "no risk criteria change" }
O2 = { rating = "na", note = "covered elsewhere" }
)"));
  const auto& p = process_of(sheet, "COR.3");
  const auto& pa = attribute_of(p.attributes, "PA1.1");
  CHECK(pa.source == AttributeSource::not_rated);
  CHECK(pa.outcomes_rated == 0);
  CHECK(p.capability_level == 0);
}

TEST_CASE("R1: the checker accepts outcome ids and reports misuse", "[check][r1]") {
  SECTION("outcome ratings under R2 are an error") {
    auto c = check_text(questionnaire("max_level = 2", R"(
[[process]]
id = "COR.3"
[process.ratings]
O2 = "L"
"PA2.1.b" = "F"
)"));
    CHECK(c.rendered() ==
          "q.toml:9:1: warning: 18 of 18 indicators of process 'COR.3' not rated: BP1, BP2, "
          "BP3, BP4, BP5, BP6, BP7, GP2.1.1, GP2.1.2, GP2.1.3, GP2.1.4, GP2.1.5, GP2.1.6, "
          "GP2.1.7, GP2.2.1, GP2.2.2, GP2.2.3, GP2.2.4\n"
          "    9 | [[process]]\n"
          "      | ^\n"
          "q.toml:12:1: error: outcome 'O2' is rated directly, which only rating method R1 "
          "uses (this assessment uses R2)\n"
          "   12 | O2 = \"L\"\n"
          "      | ^~\n"
          "note: set rating_method = \"R1\" in [assessment], or rate BP2, BP3\n"
          "q.toml:13:1: error: outcome 'PA2.1.b' is rated directly, which only rating method R1 "
          "uses (this assessment uses R2)\n"
          "   13 | \"PA2.1.b\" = \"F\"\n"
          "      | ^~~~~~~~~\n"
          "note: set rating_method = \"R1\" in [assessment], or rate GP2.1.2\n");
  }
  SECTION("unknown outcome ids get a did-you-mean; unquoted attribute outcome ids are caught") {
    auto c = check_text(questionnaire("max_level = 2\nrating_method = \"R1\"", R"(
[[process]]
id = "COR.3"
[process.ratings]
O55 = "L"
"PA2.1.x" = "F"
PA2.2.a = "F"
)"));
    CHECK(c.rendered().find("error: unknown outcome 'O55' for process 'COR.3'\n") !=
          std::string::npos);
    CHECK(c.rendered().find("note: did you mean 'O5'?") != std::string::npos);
    CHECK(c.rendered().find("error: unknown outcome 'PA2.1.x' for process 'COR.3'\n") !=
          std::string::npos);
    CHECK(c.rendered().find("error: id 'PA2.2.a' must be quoted") != std::string::npos);
  }
  SECTION("under R1 an indicator whose outcomes are all rated directly need not be rated") {
    auto c = check_text(questionnaire("max_level = 1\nrating_method = \"R1\"", R"(
[[process]]
id = "COR.9"
[process.ratings]
O1 = "F"
O2 = "F"
O3 = "L"
BP4 = "F"
)"));
    CHECK(c.rendered() == "q.toml:10:1: warning: 1 of 5 indicators of process 'COR.9' not "
                          "rated: BP5\n"
                          "   10 | [[process]]\n"
                          "      | ^\n");
  }
}
