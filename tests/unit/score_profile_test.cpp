// SPDX-License-Identifier: MIT
#include <cmath>
#include <limits>

#include <catch2/catch.hpp>

#include <pace/score/profile.hpp>

#include "hand_made_sheet.hpp"

namespace {

using pace::CellState;
using pace::LevelStatistics;
using pace::test::hand_instance;
using pace::test::hand_process;
using pace::test::maturity_level;
using pace::test::not_assessed;

constexpr double kNotRated = std::numeric_limits<double>::quiet_NaN();

// Seven processes in three categories plus one empty category:
//   MGT.1 management  level 3   100 90 95 70 60
//   C1    core        level 1    80                 (assessed to level 1 only)
//   C2    core        level 3   100 90 100 80 70    (three instances at levels 2, 1, 3)
//   C3    core        level 1    70 ?  40           (PA2.1 not rated)
//   C4    core        level 3    90 60 88 66 75
//   S1    support     level 2    95 70 60           (two instances, both level 2)
//   S2    support     not assessed
pace::ScoreSheet sample_sheet() {
  pace::ScoreSheet sheet;
  sheet.categories = {{"management", "Management", ""},
                      {"core", "Core", ""},
                      {"support", "Support", ""},
                      {"extra", "Nothing in it", ""}};
  sheet.processes = {
      hand_process("MGT.1", "management", 3, {100, 90, 95, 70, 60}),
      hand_process("C1", "core", 1, {80}),
      hand_process("C2", "core", 3, {100, 90, 100, 80, 70}),
      hand_process("C3", "core", 1, {70, kNotRated, 40}),
      hand_process("C4", "core", 3, {90, 60, 88, 66, 75}),
      hand_process("S1", "support", 2, {95, 70, 60}),
      not_assessed("S2", "support"),
  };
  sheet.processes[2].instances = {hand_instance("a", 2), hand_instance("b", 1),
                                  hand_instance("c", 3)};
  sheet.processes[4].instances = {hand_instance("", 3)};
  sheet.processes[5].instances = {hand_instance("x", 2), hand_instance("y", 2)};
  // Whatever a process that was not assessed carries must not reach the statistics.
  sheet.processes[6].attributes[0].achievement = 10;
  sheet.processes[6].capability_level = 0;
  return sheet;
}

void check_mean(const LevelStatistics& s, size_t column, double expected) {
  INFO("column " << column);
  REQUIRE(s.attribute_means.size() == 9);
  REQUIRE(s.attribute_means[column].has_value());
  CHECK(*s.attribute_means[column] == Approx(expected));
}

} // namespace

TEST_CASE("profile: the matrix holds achievements, none where a cell has none",
          "[score][profile]") {
  pace::Profile p = pace::build_profile(sample_sheet());
  REQUIRE(p.attributes.size() == 9);
  CHECK(p.attributes.front() == "PA1.1");
  CHECK(p.attribute_levels.back() == 5);
  CHECK(p.max_level == 5);
  REQUIRE(p.achievement.size() == 7);
  REQUIRE(p.achievement[0].size() == 9);
  CHECK(p.achievement[0][0] == 100);
  CHECK(p.achievement[4][3] == 66);
  CHECK_FALSE(p.achievement[1][1].has_value()); // not assessed (above C1's max level)
  CHECK_FALSE(p.achievement[3][1].has_value()); // not rated
  CHECK_FALSE(p.achievement[6][0].has_value()); // the process was not assessed
  CHECK(p.cell_achievement(3, 2) == 40);
  CHECK_FALSE(p.cell_achievement(3, 1).has_value());

  CHECK(p.rows[0].cells[0].state == CellState::rated);
  CHECK(p.rows[0].cells[0].rating == "F");
  CHECK(p.rows[1].cells[1].state == CellState::not_assessed);
  CHECK(p.rows[3].cells[1].state == CellState::not_rated);
  CHECK(p.rows[3].cells[2].rating == "P");
  CHECK(p.rows[6].cells[0].state == CellState::not_assessed);
  CHECK_FALSE(p.rows[6].assessed);
}

TEST_CASE("profile: category statistics, ties and the lower-middle median", "[score][profile]") {
  pace::Profile p = pace::build_profile(sample_sheet());
  REQUIRE(p.categories.size() == 4);
  CHECK(p.categories[0].id == "management");
  CHECK(p.categories[3].name == "Nothing in it");

  const LevelStatistics& mgt = p.categories[0].statistics;
  CHECK(mgt.processes == 1);
  CHECK(mgt.not_assessed == 0);
  CHECK(mgt.at_level == std::vector<int>{0, 0, 0, 1, 0, 0});
  CHECK(mgt.min_level == 3);
  CHECK(mgt.median_level == 3);
  CHECK(*mgt.mean_level == Approx(3.0));

  // Levels 1, 3, 1, 3: two ties, an even count; the median is the lower middle, 1 (not 2 or 3).
  const LevelStatistics& core = p.categories[1].statistics;
  CHECK(core.processes == 4);
  CHECK(core.not_assessed == 0);
  CHECK(core.at_level == std::vector<int>{0, 2, 0, 2, 0, 0});
  CHECK(core.min_level == 1);
  CHECK(core.median_level == 1);
  CHECK(*core.mean_level == Approx(2.0));
  check_mean(core, 0, 85.0); // 80 100 70 90
  check_mean(core, 1, 75.0); // 90 60: C3 not rated, C1 not assessed on PA2.1
  check_mean(core, 2, 76.0); // 100 40 88
  check_mean(core, 3, 73.0); // 80 66
  check_mean(core, 4, 72.5); // 70 75
  CHECK_FALSE(core.attribute_means[5].has_value());
}

TEST_CASE("profile: processes not assessed are counted but left out of the figures",
          "[score][profile]") {
  pace::Profile p = pace::build_profile(sample_sheet());
  const LevelStatistics& support = p.categories[2].statistics;
  CHECK(support.processes == 2);
  CHECK(support.not_assessed == 1);
  CHECK(support.at_level == std::vector<int>{0, 0, 1, 0, 0, 0}); // S2's level 0 is not counted
  CHECK(support.min_level == 2);
  CHECK(support.median_level == 2);
  CHECK(*support.mean_level == Approx(2.0));
  check_mean(support, 0, 95.0); // not (95 + 10) / 2

  const LevelStatistics& extra = p.categories[3].statistics;
  CHECK(extra.processes == 0);
  CHECK(extra.not_assessed == 0);
  CHECK(extra.at_level == std::vector<int>{0, 0, 0, 0, 0, 0});
  CHECK_FALSE(extra.min_level.has_value());
  CHECK_FALSE(extra.median_level.has_value());
  CHECK_FALSE(extra.mean_level.has_value());
  for (const auto& mean : extra.attribute_means)
    CHECK_FALSE(mean.has_value());
}

TEST_CASE("profile: overall statistics over every category", "[score][profile]") {
  pace::Profile p = pace::build_profile(sample_sheet());
  const LevelStatistics& all = p.overall;
  CHECK(all.processes == 7);
  CHECK(all.not_assessed == 1);
  CHECK(all.at_level == std::vector<int>{0, 2, 1, 3, 0, 0});
  CHECK(all.min_level == 1);
  CHECK(all.median_level == 2); // 1 1 2 3 3 3: the lower of the two middles
  CHECK(*all.mean_level == Approx(13.0 / 6.0));
  check_mean(all, 0, 535.0 / 6.0); // 100 80 100 70 90 95
  check_mean(all, 1, 77.5);        // 90 90 60 70
  check_mean(all, 2, 76.6);        // 95 100 40 88 60
  CHECK_FALSE(all.attribute_means[8].has_value());
}

TEST_CASE("profile: the spread of instance levels", "[score][profile]") {
  pace::Profile p = pace::build_profile(sample_sheet());
  REQUIRE(p.rows[2].spread);
  CHECK(p.rows[2].spread->instances == 3);
  CHECK(p.rows[2].spread->min_level == 1);
  CHECK(p.rows[2].spread->max_level == 3);
  CHECK_FALSE(p.rows[4].spread); // one instance: nothing to spread
  REQUIRE(p.rows[5].spread);
  CHECK(p.rows[5].spread->instances == 2);
  CHECK(p.rows[5].spread->min_level == 2);
  CHECK(p.rows[5].spread->max_level == 2);
  CHECK_FALSE(p.rows[0].spread);
}

TEST_CASE("profile: the maturity level comes from the sheet's model", "[score][profile]") {
  pace::ScoreSheet sheet = sample_sheet();
  CHECK_FALSE(pace::build_profile(sheet).maturity.has_value());
  sheet.maturity = {maturity_level(1, {{"MGT.1", 1}, {"C1", 1}}),
                    maturity_level(2, {{"S1", 2}, {"S2", 2}, {"C1", 2}})};
  pace::Profile p = pace::build_profile(sheet);
  REQUIRE(p.maturity);
  CHECK(p.maturity->level == 1);
  REQUIRE(p.maturity->blockers.size() == 2);
  CHECK(p.maturity->blockers[0].process == "C1");
  CHECK(p.maturity->blockers[0].achieved == 1);
  CHECK(p.maturity->blockers[1].process == "S2");
  CHECK_FALSE(p.maturity->blockers[1].achieved.has_value());
}

TEST_CASE("profile: an empty sheet gives an empty profile", "[score][profile]") {
  pace::Profile p = pace::build_profile(pace::ScoreSheet{});
  CHECK(p.rows.empty());
  CHECK(p.attributes.empty());
  CHECK(p.categories.empty());
  CHECK(p.overall.processes == 0);
  CHECK_FALSE(p.overall.mean_level.has_value());
}
