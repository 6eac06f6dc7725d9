// SPDX-License-Identifier: MIT
#include <algorithm>

#include <pace/score/maturity.hpp>

namespace pace {

namespace {

// The requirements of one maturity level that the assessment does not meet, in the order of
// `processes` (the rubric's), then any process the sheet does not know, in model order.
std::vector<MaturityBlocker> failed_requirements(const std::vector<ProcessResult>& processes,
                                                 const MaturityLevelDef& level) {
  std::vector<std::pair<size_t, MaturityBlocker>> failed;
  for (const auto& req : level.requirements) {
    auto it = std::find_if(processes.begin(), processes.end(),
                           [&](const ProcessResult& p) { return p.id == req.process; });
    size_t rank = static_cast<size_t>(it - processes.begin());
    if (it == processes.end() || !it->assessed) {
      failed.push_back({rank, {req.process, req.level, std::nullopt}});
    } else if (it->capability_level < req.level) {
      failed.push_back({rank, {req.process, req.level, it->capability_level}});
    }
  }
  std::stable_sort(failed.begin(), failed.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<MaturityBlocker> blockers;
  blockers.reserve(failed.size());
  for (auto& f : failed)
    blockers.push_back(std::move(f.second));
  return blockers;
}

} // namespace

std::optional<MaturityResult> assess_maturity(const std::vector<ProcessResult>& processes,
                                              const std::vector<MaturityLevelDef>& model) {
  if (model.empty()) return std::nullopt;
  MaturityResult result;
  result.top = model.back().level;
  // Levels are cumulative: once the requirements of levels 1..n hold, level n + 1 only adds its
  // own set, so the first level with a failed requirement ends the climb.
  for (const auto& level : model) {
    std::vector<MaturityBlocker> blockers = failed_requirements(processes, level);
    if (!blockers.empty()) {
      result.next = level.level;
      result.next_name = level.name;
      result.blockers = std::move(blockers);
      return result;
    }
    result.level = level.level;
    result.name = level.name;
  }
  return result;
}

} // namespace pace
