// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pace/score/maturity.hpp>
#include <pace/score/score_sheet.hpp>

namespace pace {

// The state of one cell of the process profile: rated, not rated (no indicator and no override),
// or not assessed (above the process's max_level, or the whole process was not assessed).
enum class CellState { rated, not_rated, not_assessed };
std::string_view to_string(CellState s); // rated | not_rated | not_assessed

struct ProfileCell {
  CellState state = CellState::not_assessed;
  std::string rating; // the band label on the assessment's scale, "" unless rated
};

// The spread of the capability levels of a process's instances.
struct InstanceSpread {
  int instances = 0;
  int min_level = 0;
  int max_level = 0;
};

struct ProfileRow {
  std::string process;
  std::string name;
  std::string category;
  bool assessed = false;
  int capability_level = 0;
  std::vector<ProfileCell> cells;       // one per attribute column
  std::optional<InstanceSpread> spread; // processes with two or more instances only
};

// Capability statistics of a group of processes (one category, or all of them). Processes that
// were not assessed only count in `processes` and `not_assessed`.
struct LevelStatistics {
  int processes = 0;
  int not_assessed = 0;
  std::vector<int> at_level;       // index = capability level 0..framework maximum
  std::optional<int> min_level;    // nullopt when no process of the group was assessed
  std::optional<int> median_level; // lower middle for an even count
  std::optional<double> mean_level;
  // Mean achievement (percent) of each attribute column over the processes rated on it;
  // nullopt when none is.
  std::vector<std::optional<double>> attribute_means;
};

struct CategoryProfile {
  std::string id;
  std::string name;
  LevelStatistics statistics;
};

// The aggregate maturity profile of one assessment: the process x attribute matrix, statistics
// per category and overall, the organisation maturity level, instance spreads.
struct Profile {
  std::vector<std::string> attributes; // column ids ("PA1.1" ...), level order
  std::vector<int> attribute_levels;   // the capability level of each column
  std::vector<ProfileRow> rows;        // the sheet's (rubric) order
  // [row][column], percent; nullopt where the cell is not rated.
  std::vector<std::vector<std::optional<double>>> achievement;
  std::vector<CategoryProfile> categories; // sheet.categories order
  LevelStatistics overall;
  std::optional<MaturityResult> maturity; // nullopt when the rubric declares no model
  int max_level = 0; // the highest capability level of the framework (top attribute level)

  // The achievement of one cell, nullopt where it is not rated.
  std::optional<double> cell_achievement(size_t row, size_t column) const;
};

// Builds the profile of a scored sheet. Pure. The columns come from the processes' attributes,
// which score() fills with every attribute of the framework in level order.
Profile build_profile(const ScoreSheet& sheet);

} // namespace pace
