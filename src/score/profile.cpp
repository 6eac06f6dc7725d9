// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cmath>
#include <map>

#include <pace/score/aggregate.hpp>
#include <pace/score/profile.hpp>

namespace pace {

namespace {

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

// The achievement matrix: one row per process, one column per attribute, nullopt without a value.
std::vector<std::vector<std::optional<double>>> achievement_matrix(const ScoreSheet& sheet,
                                                                   const Profile& profile) {
  std::vector<std::vector<std::optional<double>>> m(
      profile.rows.size(), std::vector<std::optional<double>>(profile.attributes.size()));
  for (size_t i = 0; i < sheet.processes.size(); ++i) {
    const ProcessResult& p = sheet.processes[i];
    for (size_t k = 0; k < profile.attributes.size(); ++k) {
      if (profile.rows[i].cells[k].state != CellState::rated) continue;
      for (const auto& a : p.attributes) {
        if (a.id == profile.attributes[k] && a.achievement) m[i][k] = *a.achievement;
      }
    }
  }
  return m;
}

// The statistics of one group: `members` are the indices of its rows (assessed or not), in
// profile order.
LevelStatistics group_statistics(const Profile& profile, const std::vector<size_t>& members) {
  LevelStatistics s;
  s.processes = static_cast<int>(members.size());
  s.at_level.assign(static_cast<size_t>(profile.max_level) + 1, 0);
  std::vector<double> levels;
  int level_sum = 0;
  std::vector<double> attribute_sums(profile.attributes.size(), 0.0);
  std::vector<int> attribute_counts(profile.attributes.size(), 0);
  for (size_t i : members) {
    const ProfileRow& row = profile.rows[i];
    if (!row.assessed) {
      ++s.not_assessed;
      continue;
    }
    int cl = std::clamp(row.capability_level, 0, profile.max_level);
    ++s.at_level[static_cast<size_t>(cl)];
    levels.push_back(cl);
    level_sum += cl;
    for (size_t k = 0; k < profile.attributes.size(); ++k) {
      if (!profile.achievement[i][k]) continue;
      attribute_sums[k] += *profile.achievement[i][k];
      ++attribute_counts[k];
    }
  }
  if (!levels.empty()) {
    s.min_level = static_cast<int>(*std::min_element(levels.begin(), levels.end()));
    s.median_level = static_cast<int>(std::lround(aggregate(levels, Aggregation::median)));
    s.mean_level = level_sum / static_cast<double>(levels.size());
  }
  for (size_t k = 0; k < attribute_sums.size(); ++k) {
    s.attribute_means.push_back(
        attribute_counts[k] > 0
            ? std::optional<double>(attribute_sums[k] / static_cast<double>(attribute_counts[k]))
            : std::nullopt);
  }
  return s;
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
  return achievement[row][column];
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

  // Groups: each category in rubric order, then everything.
  std::map<std::string, std::vector<size_t>> by_category;
  std::vector<size_t> everything;
  for (size_t i = 0; i < profile.rows.size(); ++i) {
    by_category[profile.rows[i].category].push_back(i);
    everything.push_back(i);
  }
  for (const auto& category : sheet.categories) {
    profile.categories.push_back(
        {category.id, category.name, group_statistics(profile, by_category[category.id])});
  }
  profile.overall = group_statistics(profile, everything);
  profile.maturity = assess_maturity(sheet.processes, sheet.maturity);
  return profile;
}

} // namespace pace
