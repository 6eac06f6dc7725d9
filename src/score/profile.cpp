// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cmath>
#include <limits>

#include <pace/score/aggregate.hpp>
#include <pace/score/profile.hpp>

namespace pace {

namespace {

using Index = Eigen::Index;

ProfileRow make_row(const ProcessResult& p, const std::vector<std::string>& columns) {
  ProfileRow row;
  row.process = p.id;
  row.name = p.name;
  row.category = p.category;
  row.assessed = p.assessed;
  row.capability_level = p.capability_level;
  for (const auto& column : columns) {
    ProfileCell cell;
    auto it = std::find_if(p.attributes.begin(), p.attributes.end(),
                           [&](const AttributeResult& a) { return a.id == column; });
    if (p.assessed && it != p.attributes.end() && it->source != AttributeSource::not_assessed) {
      cell.state = it->achievement ? CellState::rated : CellState::not_rated;
      if (it->achievement) cell.rating = it->label;
    }
    row.cells.push_back(std::move(cell));
  }
  if (p.assessed && p.instances.size() >= 2) {
    InstanceSpread spread{static_cast<int>(p.instances.size()),
                          p.instances.front().capability_level,
                          p.instances.front().capability_level};
    for (const auto& inst : p.instances) {
      spread.min_level = std::min(spread.min_level, inst.capability_level);
      spread.max_level = std::max(spread.max_level, inst.capability_level);
    }
    row.spread = spread;
  }
  return row;
}

// The achievement matrix: one row per process, one column per attribute, NaN without a value.
Eigen::MatrixXd achievement_matrix(const ScoreSheet& sheet, const Profile& profile) {
  Eigen::MatrixXd m = Eigen::MatrixXd::Constant(static_cast<Index>(profile.rows.size()),
                                                static_cast<Index>(profile.attributes.size()),
                                                std::numeric_limits<double>::quiet_NaN());
  for (size_t i = 0; i < sheet.processes.size(); ++i) {
    const ProcessResult& p = sheet.processes[i];
    for (size_t k = 0; k < profile.attributes.size(); ++k) {
      if (profile.rows[i].cells[k].state != CellState::rated) continue;
      for (const auto& a : p.attributes) {
        if (a.id == profile.attributes[k] && a.achievement) {
          m(static_cast<Index>(i), static_cast<Index>(k)) = *a.achievement;
        }
      }
    }
  }
  return m;
}

int to_count(double value) {
  return static_cast<int>(std::lround(value));
}

// Statistics of every group at once. `selection` has one row per group and one column per
// process: 1 where the process belongs to the group and was assessed. Counts, sums and column
// means are products of the selection with the masked profile; min and median need an order.
std::vector<LevelStatistics> group_statistics(const Profile& profile,
                                              const Eigen::MatrixXd& selection,
                                              const std::vector<int>& group_sizes) {
  const Index n = static_cast<Index>(profile.rows.size());
  const Index levels = profile.max_level + 1;
  Eigen::MatrixXd rated = (!profile.achievement.array().isNaN()).cast<double>().matrix();
  Eigen::MatrixXd values = profile.achievement.array().isNaN().select(0.0, profile.achievement);
  Eigen::MatrixXd one_hot = Eigen::MatrixXd::Zero(n, levels);
  Eigen::VectorXd level = Eigen::VectorXd::Zero(n);
  for (Index i = 0; i < n; ++i) {
    int cl =
        std::clamp(profile.rows[static_cast<size_t>(i)].capability_level, 0, profile.max_level);
    one_hot(i, cl) = 1;
    level(i) = cl;
  }
  Eigen::MatrixXd at_level = selection * one_hot;
  Eigen::VectorXd assessed = selection.rowwise().sum();
  Eigen::VectorXd level_sums = selection * level;
  Eigen::MatrixXd attribute_sums = selection * values;
  Eigen::MatrixXd attribute_counts = selection * rated;

  std::vector<LevelStatistics> result;
  for (Index g = 0; g < selection.rows(); ++g) {
    LevelStatistics s;
    s.processes = group_sizes[static_cast<size_t>(g)];
    s.not_assessed = s.processes - to_count(assessed(g));
    for (Index l = 0; l < levels; ++l)
      s.at_level.push_back(to_count(at_level(g, l)));
    std::vector<double> members;
    for (Index i = 0; i < n; ++i) {
      if (selection(g, i) > 0) members.push_back(level(i));
    }
    if (!members.empty()) {
      s.min_level = to_count(*std::min_element(members.begin(), members.end()));
      s.median_level = to_count(aggregate(members, Aggregation::median));
      s.mean_level = level_sums(g) / assessed(g);
    }
    for (Index k = 0; k < attribute_sums.cols(); ++k) {
      s.attribute_means.push_back(
          attribute_counts(g, k) > 0
              ? std::optional<double>(attribute_sums(g, k) / attribute_counts(g, k))
              : std::nullopt);
    }
    result.push_back(std::move(s));
  }
  return result;
}

} // namespace

std::string_view to_string(CellState s) {
  switch (s) {
  case CellState::rated: return "rated";
  case CellState::not_rated: return "not_rated";
  case CellState::not_assessed: return "not_assessed";
  }
  return "?";
}

std::optional<double> Profile::cell_achievement(size_t row, size_t column) const {
  double v = achievement(static_cast<Index>(row), static_cast<Index>(column));
  if (std::isnan(v)) return std::nullopt;
  return v;
}

Profile build_profile(const ScoreSheet& sheet) {
  Profile profile;
  if (!sheet.processes.empty()) {
    for (const auto& a : sheet.processes.front().attributes) {
      profile.attributes.push_back(a.id);
      profile.attribute_levels.push_back(a.level);
      profile.max_level = std::max(profile.max_level, a.level);
    }
  }
  for (const auto& p : sheet.processes)
    profile.rows.push_back(make_row(p, profile.attributes));
  profile.achievement = achievement_matrix(sheet, profile);

  // Groups: the categories in rubric order, then everything.
  const Index groups = static_cast<Index>(sheet.categories.size()) + 1;
  const Index n = static_cast<Index>(profile.rows.size());
  Eigen::MatrixXd selection = Eigen::MatrixXd::Zero(groups, n);
  std::vector<int> sizes(static_cast<size_t>(groups), 0);
  for (Index i = 0; i < n; ++i) {
    const ProfileRow& row = profile.rows[static_cast<size_t>(i)];
    for (Index g = 0; g < groups; ++g) {
      bool member = g + 1 == groups || sheet.categories[static_cast<size_t>(g)].id == row.category;
      if (!member) continue;
      ++sizes[static_cast<size_t>(g)];
      if (row.assessed) selection(g, i) = 1;
    }
  }
  std::vector<LevelStatistics> stats = group_statistics(profile, selection, sizes);
  for (size_t c = 0; c < sheet.categories.size(); ++c) {
    profile.categories.push_back(
        {sheet.categories[c].id, sheet.categories[c].name, std::move(stats[c])});
  }
  profile.overall = std::move(stats.back());
  profile.maturity = assess_maturity(sheet.processes, sheet.maturity);
  return profile;
}

} // namespace pace
