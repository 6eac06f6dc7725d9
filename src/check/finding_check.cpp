// SPDX-License-Identifier: MIT
#include <algorithm>
#include <map>

#include <pace/check/finding_check.hpp>
#include <pace/diag/spelling.hpp>
#include <pace/model/indicator_index.hpp>

namespace pace {

namespace {

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items)
    out += (out.empty() ? "" : ", ") + item;
  return out;
}

class FindingChecker {
public:
  FindingChecker(const Questionnaire& q, const Rubric& rubric, Diagnostics& diags)
      : q_(q), rubric_(rubric), diags_(diags), index_(rubric) {
    for (const auto& e : q.evidence)
      evidence_ids_.push_back(e.id);
    for (const auto& block : q.processes) {
      auto& instances = instances_[block.id];
      if (std::find(instances.begin(), instances.end(), block.instance) == instances.end())
        instances.push_back(block.instance);
    }
  }

  void run() {
    std::map<std::string, int> seen;
    for (const Finding& f : q_.findings) {
      if (!f.id.empty()) {
        if (auto [it, inserted] = seen.emplace(f.id, f.pos.line); !inserted) {
          diags_.error(f.id_pos, "duplicate finding id '" + f.id + "'",
                       "first defined at line " + std::to_string(it->second));
        }
      }
      check_evidence(f);
      if (f.process.empty()) continue; // missing: the loader said so
      const ProcessDef* process = rubric_.find_process(f.process);
      if (!process) {
        diags_.error(f.process_pos, "unknown process '" + f.process + "' in finding '" + f.id + "'",
                     did_you_mean(f.process, rubric_.process_ids()));
        continue;
      }
      check_assessed(f);
      check_indicators(f, *process);
    }
  }

private:
  // A finding belongs under a process the questionnaire rates, and to one of its instances.
  void check_assessed(const Finding& f) {
    auto it = instances_.find(f.process);
    if (it == instances_.end()) {
      std::vector<std::string> assessed;
      for (const auto& [id, instances] : instances_)
        assessed.push_back(id);
      std::string hint = did_you_mean(f.process, assessed);
      diags_.error(f.process_pos,
                   "finding '" + f.id + "' concerns process '" + f.process +
                       "', which this questionnaire does not assess",
                   hint.empty() ? "add a [[process]] block for it, or name an assessed process"
                                : hint);
      return;
    }
    const std::vector<std::string>& instances = it->second;
    if (f.instance.empty() ||
        std::find(instances.begin(), instances.end(), f.instance) != instances.end()) {
      return;
    }
    std::vector<std::string> named;
    for (const auto& name : instances) {
      if (!name.empty()) named.push_back(name);
    }
    std::string hint = did_you_mean(f.instance, named);
    std::string valid =
        named.empty() ? "process '" + f.process + "' has no named instances; remove 'instance'"
                      : "(valid: " + join(named) + ")";
    diags_.error(f.instance_pos,
                 "unknown instance '" + f.instance + "' of process '" + f.process +
                     "' in finding '" + f.id + "'",
                 (hint.empty() || named.empty() ? "" : hint + " ") + valid);
  }

  void check_evidence(const Finding& f) {
    for (size_t i = 0; i < f.evidence.size(); ++i) {
      if (std::find(evidence_ids_.begin(), evidence_ids_.end(), f.evidence[i]) !=
          evidence_ids_.end()) {
        continue;
      }
      diags_.error(f.evidence_pos[i],
                   "unknown evidence '" + f.evidence[i] + "' in finding '" + f.id + "'",
                   did_you_mean(f.evidence[i], evidence_ids_));
    }
  }

  void check_indicators(const Finding& f, const ProcessDef& process) {
    for (size_t i = 0; i < f.indicators.size(); ++i) {
      if (index_.find(process, f.indicators[i])) continue;
      std::vector<std::string> ids;
      for (const auto& def : index_.all(process))
        ids.push_back(def.id);
      diags_.error(f.indicator_pos[i],
                   "unknown indicator '" + f.indicators[i] + "' for process '" + f.process +
                       "' in finding '" + f.id + "'",
                   did_you_mean(f.indicators[i], ids));
    }
  }

  const Questionnaire& q_;
  const Rubric& rubric_;
  Diagnostics& diags_;
  IndicatorIndex index_;
  std::vector<std::string> evidence_ids_;
  std::map<std::string, std::vector<std::string>> instances_; // process id -> instance names
};

} // namespace

void check_findings(const Questionnaire& q, const Rubric& rubric, Diagnostics& diags) {
  FindingChecker(q, rubric, diags).run();
}

} // namespace pace
