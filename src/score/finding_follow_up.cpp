// SPDX-License-Identifier: MIT
#include <algorithm>

#include <pace/score/finding_follow_up.hpp>

namespace pace {

namespace {

bool is_strength(const Finding& f) {
  return f.kind == FindingKind::strength;
}

// The same concern: both name no indicator, or they share one.
bool indicators_overlap(const Finding& a, const Finding& b) {
  if (a.indicators.empty() && b.indicators.empty()) return true;
  return std::any_of(a.indicators.begin(), a.indicators.end(), [&](const std::string& id) {
    return std::find(b.indicators.begin(), b.indicators.end(), id) != b.indicators.end();
  });
}

bool same_instance(const Finding& a, const Finding& b) {
  return a.instance.empty() || b.instance.empty() || a.instance == b.instance;
}

const ProcessResult* find_process(const ScoreSheet& sheet, const std::string& id) {
  for (const auto& p : sheet.processes) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

bool assesses_instance(const ProcessResult& p, const std::string& instance) {
  if (instance.empty()) return true;
  return std::any_of(p.instances.begin(), p.instances.end(),
                     [&](const InstanceResult& i) { return i.instance == instance; });
}

} // namespace

std::string_view to_string(FindingStatus s) {
  switch (s) {
  case FindingStatus::still_present: return "still_present";
  case FindingStatus::not_present: return "not_present";
  case FindingStatus::not_reassessed: return "not_reassessed";
  }
  return "?";
}

std::vector<FindingFollowUp>
follow_up_findings(const ScoreSheet& older, const ScoreSheet& newer,
                   const std::map<std::string, std::string>& successor) {
  std::vector<FindingFollowUp> result;
  for (const auto& old_process : older.processes) {
    for (const Finding& f : old_process.findings) {
      FindingFollowUp up;
      up.previous = f;
      auto next = successor.find(f.process);
      const ProcessResult* p =
          next == successor.end() ? nullptr : find_process(newer, next->second);
      if (!p || !p->assessed || !assesses_instance(*p, f.instance)) {
        up.status = FindingStatus::not_reassessed;
        up.process = p ? p->id : "";
        result.push_back(std::move(up));
        continue;
      }
      up.process = p->id;
      for (const Finding& g : p->findings) { // already in finding_precedes order
        if (is_strength(g) == is_strength(f) && same_instance(f, g) && indicators_overlap(f, g))
          up.by.push_back(g.id);
      }
      up.status = up.by.empty() ? FindingStatus::not_present : FindingStatus::still_present;
      result.push_back(std::move(up));
    }
  }
  std::stable_sort(result.begin(), result.end(),
                   [](const FindingFollowUp& a, const FindingFollowUp& b) {
                     return finding_precedes(a.previous, b.previous);
                   });
  return result;
}

} // namespace pace
