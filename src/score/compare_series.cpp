// SPDX-License-Identifier: MIT
// compare_series(): consecutive comparisons and, from three assessments on, the level trend.
#include <algorithm>
#include <cassert>

#include <pace/score/compare.hpp>

namespace pace {

namespace {

std::vector<std::string> process_ids(const ScoreSheet& sheet) {
  std::vector<std::string> ids;
  for (const auto& p : sheet.processes)
    ids.push_back(p.id);
  return ids;
}

const ProcessResult* find_result(const ScoreSheet& sheet, const std::string& id) {
  auto it = std::find_if(sheet.processes.begin(), sheet.processes.end(),
                         [&](const ProcessResult& p) { return p.id == id; });
  return it == sheet.processes.end() ? nullptr : &*it;
}

std::optional<int> level_of(const ScoreSheet& sheet, const std::string& id) {
  const ProcessResult* p = find_result(sheet, id);
  if (!p || !p->assessed) return std::nullopt;
  return p->capability_level;
}

// The older id a row follows back to: the compared process of that comparison (for a merge,
// the lowest level one), else the first linked one when none was assessed.
std::string predecessor(const Comparison& pair, const std::vector<ProcessLink>& links,
                        const std::string& new_id) {
  for (const auto& row : pair.processes) {
    if (row.new_id == new_id) return row.old_id;
  }
  for (const auto& link : links) {
    if (link.new_id == new_id && !link.old_id.empty()) return link.old_id;
  }
  return {};
}

Trend follow_trend(const std::vector<AssessmentSide>& sides,
                   const std::vector<const Crosswalk*>& crosswalks,
                   const std::vector<Comparison>& pairs) {
  size_t n = sides.size();
  Trend trend;
  auto new_row = [&](size_t at, const ProcessResult& p) {
    TrendRow row{p.id, p.name, std::vector<std::string>(n), std::vector<std::optional<int>>(n)};
    row.ids[at] = p.id;
    row.levels[at] = level_of(sides[at].sheet, p.id);
    return row;
  };
  for (const auto& p : sides[n - 1].sheet.processes)
    trend.rows.push_back(new_row(n - 1, p));
  for (size_t k = n - 1; k-- > 0;) {
    const ScoreSheet& older = sides[k].sheet;
    auto links =
        align_processes(process_ids(older), process_ids(sides[k + 1].sheet), crosswalks[k]);
    std::vector<std::string> reached;
    for (auto& row : trend.rows) {
      if (row.ids[k + 1].empty()) continue;
      row.ids[k] = predecessor(pairs[k], links, row.ids[k + 1]);
      if (row.ids[k].empty()) continue;
      row.levels[k] = level_of(older, row.ids[k]);
      reached.push_back(row.ids[k]);
    }
    // Processes that end here (retired, or left behind by a merge) get rows of their own.
    for (const auto& p : older.processes) {
      if (std::find(reached.begin(), reached.end(), p.id) == reached.end()) {
        trend.rows.push_back(new_row(k, p));
      }
    }
  }
  trend.rows.erase(std::remove_if(trend.rows.begin(), trend.rows.end(),
                                  [](const TrendRow& row) {
                                    return std::none_of(
                                        row.levels.begin(), row.levels.end(),
                                        [](const auto& l) { return l.has_value(); });
                                  }),
                   trend.rows.end());
  return trend;
}

} // namespace

CompareReport compare_series(const std::vector<AssessmentSide>& sides,
                             const std::vector<const Crosswalk*>& crosswalks,
                             const CompareOptions& options) {
  assert(sides.size() >= 2 && crosswalks.size() + 1 == sides.size());
  CompareReport report;
  report.margin = options.margin;
  for (const auto& side : sides)
    report.assessments.push_back(make_ref(side.sheet));
  for (size_t i = 0; i + 1 < sides.size(); ++i) {
    report.pairs.push_back(compare_assessments(sides[i], sides[i + 1], crosswalks[i], options));
  }
  if (sides.size() >= 3) report.trend = follow_trend(sides, crosswalks, report.pairs);
  return report;
}

} // namespace pace
