// SPDX-License-Identifier: MIT
#include <cmath>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include <pace/score/capability.hpp>
#include <pace/score/compare.hpp>

#include "hand_made_sheet.hpp"

using namespace pace;
using pace::test::attributes_of;
using pace::test::hand_process;
using pace::test::not_assessed;

namespace {

// A process whose level follows from its achievements by the ISO/IEC 33020 rule.
ProcessResult scored(const std::string& id, const std::vector<double>& achievements,
                     std::optional<int> target = std::nullopt) {
  ProcessResult p = hand_process(id, "core", 0, achievements);
  p.capability_level = capability_level(p.attributes);
  p.target = target;
  return p;
}

AssessmentSide side(const std::string& id, int year, std::vector<ProcessResult> processes,
                    const std::string& rubric = "r", const std::string& version = "1") {
  AssessmentSide s;
  s.sheet.assessment.id = id;
  s.sheet.assessment.organisation = "Test Ltd";
  s.sheet.assessment.date = Date{year, 3, 1};
  s.sheet.questionnaire_path = id + ".toml";
  s.sheet.rubric_id = rubric;
  s.sheet.rubric_version = version;
  for (const auto& p : processes) {
    s.defined[p.id] = {"BP1", "BP2", "GP2.1.1"};
    if (p.assessed) s.rated[p.id] = {"BP1", "BP2", "GP2.1.1"};
  }
  s.sheet.processes = std::move(processes);
  return s;
}

const ProcessChange& row_of(const Comparison& c, const std::string& id) {
  for (const auto& row : c.processes) {
    if (row.id == id) return row;
  }
  FAIL("no row " << id);
  throw;
}

Comparison compare(const AssessmentSide& a, const AssessmentSide& b, const Crosswalk* cw = nullptr,
                   double margin = 5.0) {
  return compare_assessments(a, b, cw, CompareOptions{margin});
}

} // namespace

TEST_CASE("levels classify as improved, regressed or unchanged", "[compare]") {
  auto older =
      side("a", 2025,
           {scored("P1", {88, 60, 60}), scored("P2", {88, 60, 60}), scored("P3", {88, 60, 60})});
  auto newer = side(
      "b", 2026,
      {scored("P1", {95, 90, 90, 60, 60}), scored("P2", {60, 60, 60}), scored("P3", {99, 80, 55})});
  Comparison c = compare(older, newer);
  CHECK(row_of(c, "P1").change == Change::improved);
  CHECK(row_of(c, "P1").old_level == 2);
  CHECK(row_of(c, "P1").new_level == 3);
  CHECK(row_of(c, "P2").change == Change::regressed);
  CHECK(row_of(c, "P3").change == Change::unchanged);
  CHECK_FALSE(c.rubrics_differ);
  CHECK(c.warnings.empty());
  const AttributeChange& pa11 = row_of(c, "P2").attributes.front();
  CHECK(pa11.delta() == Approx(-28.0));
  CHECK(pa11.crossed_edge);
  CHECK_FALSE(pa11.within_noise);
}

TEST_CASE("a level change through a move smaller than the margin is within noise", "[compare]") {
  // PA1.1 84 (L) -> 88 (F) lifts the level from 1 to 2: 4 points, under the 5-point margin.
  auto older =
      side("a", 2025,
           {scored("P1", {84, 60, 60}), scored("P2", {80, 60, 60}), scored("P3", {84, 40, 60})});
  auto newer =
      side("b", 2026,
           {scored("P1", {88, 60, 60}), scored("P2", {85.5, 60, 60}), scored("P3", {88, 70, 60})});
  Comparison c = compare(older, newer);
  CHECK(row_of(c, "P1").change == Change::improved);
  CHECK(row_of(c, "P1").within_noise);
  CHECK(row_of(c, "P1").attributes.front().within_noise);
  // 5.5 points is not less than the margin: a real change.
  CHECK(row_of(c, "P2").change == Change::improved);
  CHECK_FALSE(row_of(c, "P2").within_noise);
  // PA2.1 moved 30 points as well; but without the 4-point PA1.1 move the level stays at 1.
  CHECK(row_of(c, "P3").within_noise);
}

TEST_CASE("within noise at the margin's edge", "[compare]") {
  std::vector<AttributeResult> older = attributes_of({82, 60, 60});
  std::vector<AttributeResult> at_margin = attributes_of({87, 60, 60});
  std::vector<AttributeResult> just_under = attributes_of({86.99, 60, 60});
  CHECK_FALSE(level_change_within_noise(older, at_margin, 5.0));
  CHECK(level_change_within_noise(older, just_under, 5.0));
  CHECK_FALSE(level_change_within_noise(older, just_under, 0.0));
  // No level change: never within noise, however small the move.
  CHECK_FALSE(level_change_within_noise(older, attributes_of({83, 60, 60}), 5.0));
  // A regression through a small drop across 50 is within noise too.
  CHECK(level_change_within_noise(attributes_of({90, 51, 60}), attributes_of({90, 49, 60}), 5.0));
}

TEST_CASE("new, retired and not assessed processes", "[compare]") {
  auto older = side("a", 2025,
                    {scored("P1", {88, 60, 60}), scored("OLD", {60}), scored("P3", {70}),
                     not_assessed("P4", "core")});
  auto newer = side("b", 2026,
                    {scored("P1", {88, 60, 60}), scored("NEW", {70}), not_assessed("P3", "core"),
                     scored("P4", {70})});
  Comparison c = compare(older, newer);
  CHECK(row_of(c, "NEW").change == Change::added);
  CHECK(row_of(c, "NEW").reason == "no predecessor in r 1");
  CHECK_FALSE(row_of(c, "NEW").old_level);
  CHECK(row_of(c, "OLD").change == Change::retired);
  CHECK(row_of(c, "OLD").new_id.empty());
  CHECK(row_of(c, "P3").change == Change::not_comparable);
  CHECK(row_of(c, "P3").reason == "not assessed in b");
  CHECK(row_of(c, "P4").change == Change::added);
  CHECK(row_of(c, "P4").reason == "not assessed in a");
  // Only nothing links them: the comparison says so.
  REQUIRE(c.unmapped_old.size() == 1);
  CHECK(c.unmapped_old[0].process == "OLD");
  REQUIRE(c.unmapped_new.size() == 1);
  CHECK(c.unmapped_new[0].process == "NEW");
}

TEST_CASE("different rubric editions without a crosswalk", "[compare]") {
  auto older = side("a", 2025, {scored("P1", {88, 60, 60}), scored("P2", {88, 60, 60})}, "r", "1");
  auto newer = side("b", 2026, {scored("P1", {95, 90, 90}), scored("P2", {95, 90, 90})}, "r", "2");
  newer.defined["P2"].push_back("BP3");
  Comparison c = compare(older, newer);
  CHECK(c.rubrics_differ);
  CHECK(row_of(c, "P1").change == Change::unchanged);
  CHECK(row_of(c, "P2").change == Change::not_comparable);
  CHECK(row_of(c, "P2").reason == "indicator sets differ: BP3 only in b");
  REQUIRE(c.warnings.size() == 1);
  CHECK(c.warnings[0] == "'a' and 'b' use different rubric editions ('r 1' and 'r 2') and no "
                         "crosswalk links them: processes are matched by id, and 1 process whose "
                         "indicators differ is not comparable");
  REQUIRE(c.unmapped_new.size() == 1);
  CHECK(c.unmapped_new[0].process == "P2");
  CHECK(c.unmapped_new[0].indicator == "BP3");
}

TEST_CASE("comparability is rated in both over rated in either", "[compare]") {
  auto older = side("a", 2025, {scored("P1", {88, 60, 60}), scored("P2", {88})});
  auto newer = side("b", 2026, {scored("P1", {88, 60, 60}), scored("P2", {88})});
  older.rated["P1"] = {"BP1", "BP2", "GP2.1.1"};
  newer.rated["P1"] = {"BP1", "GP2.1.1", "GP2.2.1"};
  older.rated["P2"] = {};
  newer.rated["P2"] = {};
  Comparison c = compare(older, newer);
  CHECK(row_of(c, "P1").rated_both == 2);
  CHECK(row_of(c, "P1").rated_either == 4);
  CHECK(*row_of(c, "P1").comparability() == Approx(50.0));
  CHECK_FALSE(row_of(c, "P2").comparability());
  CHECK(c.rated_both == 2);
  CHECK(c.rated_either == 4);
  CHECK(*c.comparability() == Approx(50.0));
}

TEST_CASE("gaps of the older assessment close, stay open or appear", "[compare]") {
  auto older = side("a", 2025,
                    {scored("P1", {70}, 2), scored("P2", {70}, 2), scored("P3", {90, 60, 60}, 2),
                     scored("P4", {70}, 2)});
  auto newer = side("b", 2026,
                    {scored("P1", {90, 60, 60}, 2), scored("P2", {70}, 3), scored("P3", {70}, 2),
                     not_assessed("P4", "core")});
  Comparison c = compare(older, newer);
  REQUIRE(c.gaps.size() == 4);
  CHECK(c.gaps[0].id == "P1");
  CHECK(c.gaps[0].status == GapStatus::closed);
  CHECK(c.gaps[1].status == GapStatus::still_open);
  CHECK(c.gaps[1].old_gap == 1);
  CHECK(c.gaps[1].new_gap == 2);
  CHECK(c.gaps[2].status == GapStatus::added);
  CHECK(c.gaps[3].status == GapStatus::not_reassessed);
}

TEST_CASE("a level at the ceiling investigated is called out", "[compare]") {
  auto older = side("a", 2025, {scored("P1", {90, 60, 60})});
  auto newer = side("b", 2026, {scored("P1", {90, 90, 90, 60, 60})});
  Comparison c = compare(older, newer);
  CHECK(row_of(c, "P1").change == Change::improved);
  CHECK(row_of(c, "P1").reason == "a investigated up to level 2");
}

namespace {

ProcessMapping mapping(ProcessMapping::Kind kind, std::vector<std::string> from,
                       std::vector<std::string> to) {
  ProcessMapping m;
  m.kind = kind;
  m.from = std::move(from);
  m.to = std::move(to);
  return m;
}

} // namespace

TEST_CASE("a crosswalk split compares the old process with each successor", "[compare]") {
  Crosswalk cw;
  cw.path = "cw.toml";
  ProcessMapping split = mapping(ProcessMapping::Kind::split, {"R"}, {"A", "B"});
  split.indicators.push_back({"A", {{"BP1", "BP1"}}, {}, {}, {}});
  split.indicators.push_back({"B", {{"BP2", "BP1"}}, {}, {}, {}});
  cw.mappings.push_back(split);
  auto older = side("a", 2025, {scored("R", {70})}, "old", "1");
  auto newer = side("b", 2026, {scored("A", {90, 60, 60}), scored("B", {40})}, "new", "1");
  Comparison c = compare(older, newer, &cw);
  REQUIRE(c.processes.size() == 2);
  CHECK(row_of(c, "A").link == LinkKind::split);
  CHECK(row_of(c, "A").old_id == "R");
  CHECK(row_of(c, "A").change == Change::improved);
  CHECK(row_of(c, "B").change == Change::regressed);
  // R rated BP1, BP2, GP2.1.1; A gets BP1 and GP2.1.1, B gets BP2 (as BP1) and GP2.1.1.
  CHECK(row_of(c, "A").rated_both == 2);
  CHECK(row_of(c, "A").rated_either == 3);
  CHECK(row_of(c, "B").rated_both == 2);
  CHECK(row_of(c, "B").rated_either == 3);
  CHECK(c.warnings.empty());
  // A's BP2 and B's BP2 have no predecessor; every old indicator found a successor.
  CHECK(c.unmapped_old.empty());
  REQUIRE(c.unmapped_new.size() == 2);
  CHECK(c.unmapped_new[0].process == "A");
  CHECK(c.unmapped_new[0].indicator == "BP2");
  CHECK(c.unmapped_new[1].process == "B");
}

TEST_CASE("a crosswalk merge compares with the lowest-level old process", "[compare]") {
  Crosswalk cw;
  cw.mappings.push_back(mapping(ProcessMapping::Kind::merge, {"C", "D"}, {"E"}));
  auto older = side("a", 2025, {scored("C", {90, 60, 60}), scored("D", {70})}, "old", "1");
  auto newer = side("b", 2026, {scored("E", {90, 60, 60})}, "new", "1");
  Comparison c = compare(older, newer, &cw);
  REQUIRE(c.processes.size() == 1);
  const ProcessChange& e = row_of(c, "E");
  CHECK(e.link == LinkKind::merged);
  CHECK(e.merged_from == std::vector<std::string>{"C", "D"});
  CHECK(e.old_id == "D");
  CHECK(e.old_level == 1);
  CHECK(e.change == Change::improved);
}

TEST_CASE("a crosswalk rename, retirement and addition", "[compare]") {
  Crosswalk cw;
  ProcessMapping rename = mapping(ProcessMapping::Kind::map, {"OLD"}, {"NEW"});
  rename.indicators.push_back({"", {{"BP2", ""}}, {}, {}, {}});
  cw.mappings.push_back(rename);
  cw.retired.push_back({"GONE", "no longer needed", {}, {}});
  cw.added.push_back({"FRESH", "", {}, {}});
  auto older =
      side("a", 2025,
           {scored("OLD", {70}), scored("GONE", {70}), scored("KEPT", {70}), scored("LOST", {70})},
           "old", "1");
  auto newer =
      side("b", 2026, {scored("NEW", {70}), scored("KEPT", {90, 60, 60}), scored("FRESH", {30})},
           "new", "1");
  Comparison c = compare(older, newer, &cw);
  CHECK(row_of(c, "NEW").link == LinkKind::renamed);
  CHECK(row_of(c, "NEW").change == Change::unchanged);
  CHECK(row_of(c, "NEW").rated_both == 2); // BP2 has no counterpart
  CHECK(row_of(c, "NEW").rated_either == 4);
  CHECK(row_of(c, "KEPT").link == LinkKind::same);
  CHECK(row_of(c, "KEPT").change == Change::improved);
  CHECK(row_of(c, "FRESH").change == Change::added);
  CHECK(row_of(c, "FRESH").reason == "added by the crosswalk");
  CHECK(row_of(c, "GONE").change == Change::retired);
  CHECK(row_of(c, "GONE").reason == "retired by the crosswalk");
  CHECK(row_of(c, "GONE").link_note == "no longer needed");
  CHECK(row_of(c, "LOST").reason == "no counterpart in new 1");
  // LOST is retired only because nothing maps it; OLD's BP2 maps nowhere; NEW's BP2 is new.
  REQUIRE(c.unmapped_old.size() == 2);
  CHECK(c.unmapped_old[0].process == "LOST");
  CHECK(c.unmapped_old[0].indicator.empty());
  CHECK(c.unmapped_old[1].process == "OLD");
  CHECK(c.unmapped_old[1].indicator == "BP2");
  REQUIRE(c.unmapped_new.size() == 1);
  CHECK(c.unmapped_new[0].process == "NEW");
  CHECK(c.unmapped_new[0].indicator == "BP2");
}

TEST_CASE("three assessments give a trend in the newest ids", "[compare]") {
  Crosswalk cw;
  cw.mappings.push_back(mapping(ProcessMapping::Kind::map, {"OLD"}, {"NEW"}));
  auto first =
      side("a", 2024, {scored("OLD", {30}), scored("P1", {70}), scored("GONE", {70})}, "old", "1");
  auto second = side("b", 2025, {scored("NEW", {70}), scored("P1", {70})}, "new", "1");
  auto third =
      side("c", 2026, {scored("NEW", {90, 60, 60}), not_assessed("P1", "core")}, "new", "1");
  CompareReport report = compare_series({first, second, third}, {&cw, nullptr}, {});
  REQUIRE(report.pairs.size() == 2);
  REQUIRE(report.trend);
  const auto& rows = report.trend->rows;
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].id == "NEW");
  CHECK(rows[0].ids == std::vector<std::string>{"OLD", "NEW", "NEW"});
  CHECK(rows[0].levels == std::vector<std::optional<int>>{0, 1, 2});
  CHECK(rows[1].id == "P1");
  CHECK(rows[1].levels == std::vector<std::optional<int>>{1, 1, std::nullopt});
  CHECK(rows[2].id == "GONE");
  CHECK(rows[2].ids == std::vector<std::string>{"GONE", "", ""});
  CompareReport two = compare_series({first, second}, {&cw}, {});
  CHECK_FALSE(two.trend);
}
