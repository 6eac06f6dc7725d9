// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <pace/score/agreement.hpp>
#include <pace/score/score.hpp>

#include "shipped_rubric.hpp"

using namespace pace;

namespace {

// COR.10 of the shipped rubric (BP1..BP6) at max_level 1; unrated practices only warn.
Questionnaire checked(const std::string& body) {
  std::string text = "schema = 1\n[assessment]\nid = \"t\"\norganisation = \"O\"\n"
                     "date = 2026-03-01\nrubric = \"iso27022-isms\"\nmax_level = 1\n" +
                     body;
  test::Checked c = test::check_text(text);
  INFO(c.rendered());
  REQUIRE(c.diags.error_count() == 0);
  return c.questionnaire;
}

} // namespace

// Hand computations. Notation (Krippendorff 2011, "Computing Krippendorff's alpha-reliability"):
// o_ck is the coincidence matrix (each ordered pair of values in a unit with m_u values adds
// 1/(m_u-1)), n_c its row sums, n the number of pairable values, and the ordinal metric is
// delta2_ck = (sum_{g=c..k} n_g - (n_c + n_k)/2)^2. Then
// alpha = 1 - (n-1) * sum_ck o_ck delta2_ck / sum_ck n_c n_k delta2_ck.

TEST_CASE("ordinal alpha: three units, two coders, one step apart once") {
  // Units (0,0) (1,1) (1,2): o_00 = 2, o_11 = 2, o_12 = o_21 = 1; n_0 = 2, n_1 = 3, n_2 = 1,
  // n = 6. delta2_01 = (5 - 2.5)^2 = 6.25, delta2_12 = (4 - 2)^2 = 4, delta2_02 = (6 - 1.5)^2 =
  // 20.25. Observed: 2 * 1 * 4 = 8. Expected: 2 * (2*3*6.25 + 3*1*4 + 2*1*20.25) = 180.
  // alpha = 1 - 5 * 8 / 180 = 7/9.
  AlphaResult r = ordinal_alpha({{0, 0}, {1, 1}, {1, 2}});
  REQUIRE(r.alpha);
  CHECK(*r.alpha == Approx(7.0 / 9.0));
  CHECK(r.units == 3);
  CHECK(r.values == 6);
  CHECK(r.observed_disagreement == Approx(8.0 / 6.0));
  CHECK(r.expected_disagreement == Approx(180.0 / 30.0));
  CHECK(r.reason.empty());
}

TEST_CASE("ordinal alpha: three coders in one unit weigh each pair by 1/(m-1)") {
  // Units (0,1,1) (2,2,2): unit 1 has ordered pairs 0-1 twice, 1-0 twice, 1-1 twice, each
  // weighing 1/2, so o_01 = o_10 = 1, o_11 = 1; unit 2 gives o_22 = 6/2 = 3. n_0 = 1, n_1 = 2,
  // n_2 = 3, n = 6. delta2_01 = (3 - 1.5)^2 = 2.25, delta2_12 = (5 - 2.5)^2 = 6.25,
  // delta2_02 = (6 - 2)^2 = 16. Observed: 2 * 2.25 = 4.5. Expected:
  // 2 * (1*2*2.25 + 2*3*6.25 + 1*3*16) = 180. alpha = 1 - 5 * 4.5 / 180 = 0.875.
  AlphaResult r = ordinal_alpha({{0, 1, 1}, {2, 2, 2}});
  REQUIRE(r.alpha);
  CHECK(*r.alpha == Approx(0.875));
}

TEST_CASE("ordinal alpha: systematic opposite ratings go below zero") {
  // Units (0,3) (3,0): o_03 = o_30 = 2, n_0 = n_3 = 2, n = 4, delta2_03 = (4 - 2)^2 = 4.
  // Observed: 2 * 2 * 4 = 16. Expected: 2 * 2*2*4 = 32. alpha = 1 - 3 * 16 / 32 = -0.5.
  AlphaResult r = ordinal_alpha({{0, 3}, {3, 0}});
  REQUIRE(r.alpha);
  CHECK(*r.alpha == Approx(-0.5));
}

TEST_CASE("ordinal alpha: Krippendorff's classic example with missing values") {
  // Krippendorff (2011), section on ordinal data: 4 observers, 12 units, values 1..5, missing
  // values left out; published: nominal 0.743, ordinal 0.815, interval 0.849.
  //   unit      1  2  3  4  5  6  7  8  9 10 11 12
  //   A         1  2  3  3  2  1  4  1  2  .  .  .
  //   B         1  2  3  3  2  2  4  1  2  5  .  3
  //   C         .  3  3  3  2  3  4  2  2  5  1  .
  //   D         1  2  3  3  2  4  4  1  2  5  1  .
  // Unit 12 has one value and drops out: 11 units, n = 40. Marginals n_1..n_5 = 9 13 10 5 3.
  // Coincidences off the diagonal: o_12 = 4/3, o_13 = 1/3, o_14 = 1/3, o_23 = 4/3, o_24 = 1/3,
  // o_34 = 1/3 (and their mirrors); diagonal 7 10 8 4 3. delta2: 12 -> 121, 13 -> 2025/4,
  // 14 -> 900, 23 -> 529/4, 24 -> 361, 34 -> 225/4 (15, 25, 35, 45 have no coincidences).
  // Observed sum: 2 * (4/3*121 + 1/3*2025/4 + 1/3*900 + 4/3*529/4 + 1/3*361 + 1/3*225/4) = 1891.
  // Expected sum over n_c n_k delta2 (with 15 -> 1156, 25 -> 529, 35 -> 529/4, 45 -> 16) = 399480.
  // alpha = 1 - 39 * 1891 / 399480 = 325731 / 399480 = 0.81539.
  std::vector<std::vector<int>> units = {{1, 1, 1},    {2, 2, 3, 2}, {3, 3, 3, 3}, {3, 3, 3, 3},
                                         {2, 2, 2, 2}, {1, 2, 3, 4}, {4, 4, 4, 4}, {1, 1, 2, 1},
                                         {2, 2, 2, 2}, {5, 5, 5},    {1, 1},       {3}};
  AlphaResult r = ordinal_alpha(units);
  REQUIRE(r.alpha);
  CHECK(*r.alpha == Approx(325731.0 / 399480.0).epsilon(1e-12));
  CHECK(*r.alpha == Approx(0.815).margin(0.0005));
  CHECK(r.units == 11);
  CHECK(r.values == 40);
}

TEST_CASE("ordinal alpha: perfect agreement with variation is 1") {
  AlphaResult r = ordinal_alpha({{0, 0}, {3, 3, 3}, {2, 2}});
  REQUIRE(r.alpha);
  CHECK(*r.alpha == Approx(1.0));
}

TEST_CASE("ordinal alpha: undefined without pairable units or without variation") {
  AlphaResult none = ordinal_alpha({{1}, {}, {2}});
  CHECK_FALSE(none.alpha);
  CHECK(none.units == 0);
  CHECK(none.reason == "no unit has two or more values");
  AlphaResult same = ordinal_alpha({{3, 3}, {3, 3, 3}});
  CHECK_FALSE(same.alpha);
  CHECK(same.units == 2);
  CHECK(same.reason == "no variation: every compared rating is the same, so agreement cannot be "
                       "told apart from chance");
}

TEST_CASE("the scorer pools the blocks of several assessors into one instance") {
  const Rubric& rubric = test::shipped_rubric();
  Questionnaire q = checked(R"(
[[process]]
id = "COR.10"
assessor = "ana"
[process.ratings]
BP1 = "F"
BP2 = "F"
BP3 = "L"
[[process]]
id = "COR.10"
assessor = "ben"
[process.ratings]
BP1 = "P"
BP2 = "F"
BP3 = "L"
)");
  ScoreSheet sheet = score(q, rubric);
  const ProcessResult& p = test::process_of(sheet, "COR.10");
  REQUIRE(p.instances.size() == 1);
  CHECK(p.instances[0].assessors == std::vector<std::string>{"ana", "ben"});
  // Mean of all six ratings: (92.5 * 3 + 67.5 * 2 + 32.5) / 6 = 74.1667.
  REQUIRE(p.attributes[0].achievement);
  CHECK(*p.attributes[0].achievement == Approx((92.5 * 3 + 67.5 * 2 + 32.5) / 6));
  CHECK(p.attributes[0].indicators_rated == 6);
}

TEST_CASE("agreement: own achievements, spread, wide disagreements and alpha") {
  const Rubric& rubric = test::shipped_rubric();
  Questionnaire q = checked(R"(
[[process]]
id = "COR.10"
assessor = "ana"
[process.ratings]
BP1 = { rating = "F", note = "all records present" }
BP2 = "F"
BP3 = "L"
[[process]]
id = "COR.10"
assessor = "ben"
[process.ratings]
BP1 = { rating = "P", note = "two records missing" }
BP2 = "F"
BP3 = ""
)");
  AgreementSheet sheet = agreement(q, rubric);
  CHECK(sheet.instances_compared == 1);
  REQUIRE(sheet.processes.size() == 1);
  REQUIRE(sheet.processes[0].instances.size() == 1);
  const InstanceAgreement& inst = sheet.processes[0].instances[0];
  REQUIRE(inst.attributes.size() == 1);
  const AttributeAgreement& pa = inst.attributes[0];
  CHECK(pa.id == "PA1.1");
  REQUIRE(pa.assessors.size() == 2);
  CHECK(pa.assessors[0].assessor == "ana");
  CHECK(*pa.assessors[0].result.achievement == Approx((92.5 * 2 + 67.5) / 3));
  CHECK(*pa.assessors[1].result.achievement == Approx((32.5 + 92.5) / 2));
  REQUIRE(pa.spread);
  CHECK(*pa.spread == Approx((92.5 * 2 + 67.5) / 3 - 62.5));
  REQUIRE(pa.disagreements.size() == 1);
  CHECK(pa.disagreements[0].indicator == "BP1");
  CHECK(pa.disagreements[0].bands == 2);
  CHECK(pa.disagreements[0].ratings[1].note == "two records missing");
  // Units: BP1 (F, P) = (3, 1) and BP2 (F, F) = (3, 3); BP3 has one rating and drops out.
  // n_1 = 1, n_3 = 3, n = 4; o_13 = o_31 = 1, o_33 = 2. delta2_13 = (4 - 2)^2 = 4.
  // alpha = 1 - 3 * (2 * 4) / (2 * 1*3*4) = 1 - 24/24 = 0.
  REQUIRE(sheet.overall.alpha);
  CHECK(*sheet.overall.alpha == Approx(0.0).margin(1e-12));
  CHECK(sheet.overall.units == 2);
  REQUIRE(sheet.attributes.size() == 1);
  CHECK(sheet.attributes[0].id == "PA1.1");
  CHECK(sheet.attributes[0].alpha.units == 2);
}

TEST_CASE("agreement: one assessor per instance cannot be compared") {
  const Rubric& rubric = test::shipped_rubric();
  Questionnaire q = checked(R"(
[[process]]
id = "COR.10"
[process.ratings]
BP1 = "F"
BP2 = "F"
BP3 = "L"
)");
  AgreementSheet sheet = agreement(q, rubric);
  CHECK(sheet.instances_compared == 0);
  CHECK_FALSE(sheet.overall.alpha);
  CHECK(sheet.overall.reason == "no instance was rated by more than one assessor");
  CHECK(sheet.attributes.empty());
  REQUIRE(sheet.processes.size() == 1);
  CHECK(sheet.processes[0].instances[0].attributes.empty());
}

TEST_CASE("agreement: assessors who agree on one letter leave alpha undefined") {
  const Rubric& rubric = test::shipped_rubric();
  Questionnaire q = checked(R"(
[[process]]
id = "COR.10"
assessor = "ana"
[process.ratings]
BP1 = "F"
BP2 = 90
[[process]]
id = "COR.10"
assessor = "ben"
[process.ratings]
BP1 = "F"
BP2 = "F"
)");
  AgreementSheet sheet = agreement(q, rubric);
  CHECK_FALSE(sheet.overall.alpha);
  CHECK(sheet.overall.units == 2);
  CHECK(sheet.overall.reason.rfind("no variation", 0) == 0);
  REQUIRE(sheet.processes[0].instances[0].attributes.size() == 1);
  CHECK(*sheet.processes[0].instances[0].attributes[0].spread == Approx(1.25));
}
