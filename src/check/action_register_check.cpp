// SPDX-License-Identifier: MIT
#include <algorithm>

#include <pace/check/action_register_check.hpp>
#include <pace/diag/spelling.hpp>
#include <pace/model/indicator_index.hpp>

namespace pace {

namespace {

void check_rating(const std::string& label, const SourcePos& pos, const RegisteredAction& a,
                  const Framework& framework, Diagnostics& diags) {
  if (label.empty() || framework.find_rating(label)) return;
  std::vector<std::string> labels;
  for (const auto& r : framework.rating_values)
    labels.push_back(r.label);
  diags.error(pos, "unknown rating '" + label + "' for action '" + a.id + "'",
              did_you_mean(label, labels));
}

} // namespace

void check_action_register(const ActionRegister& reg, const Rubric& rubric, Diagnostics& diags) {
  IndicatorIndex index(rubric);
  std::vector<std::string> process_ids = rubric.process_ids();
  for (const auto& a : reg.actions) {
    const ProcessDef* process = rubric.find_process(a.process);
    if (!process) {
      diags.error(a.process_pos,
                  "unknown process '" + a.process + "' in rubric '" + rubric.id + "'",
                  did_you_mean(a.process, process_ids));
      continue;
    }
    for (size_t i = 0; i < a.indicators.size(); ++i) {
      if (index.find(*process, a.indicators[i])) continue;
      std::vector<std::string> ids;
      for (const auto& def : index.all(*process))
        ids.push_back(def.id);
      SourcePos pos = i < a.indicator_pos.size() ? a.indicator_pos[i] : a.pos;
      diags.error(pos,
                  "unknown indicator '" + a.indicators[i] + "' for process '" + a.process + "'",
                  did_you_mean(a.indicators[i], ids));
    }
    check_rating(a.to_rating, a.to_rating_pos, a, rubric.framework, diags);
  }
}

void check_action_findings(const ActionRegister& reg,
                           const std::vector<const Questionnaire*>& questionnaires,
                           Diagnostics& diags) {
  std::vector<std::string> ids;
  std::string checked;
  for (const Questionnaire* q : questionnaires) {
    if (q->assessment.organisation != reg.organisation) continue;
    for (const Finding& f : q->findings)
      ids.push_back(f.id);
    checked += (checked.empty() ? "" : ", ") + q->assessment.id;
  }
  if (checked.empty()) return;
  for (const auto& a : reg.actions) {
    for (size_t i = 0; i < a.findings.size(); ++i) {
      if (std::find(ids.begin(), ids.end(), a.findings[i]) != ids.end()) continue;
      SourcePos pos = i < a.finding_pos.size() ? a.finding_pos[i] : a.pos;
      std::string hint = did_you_mean(a.findings[i], ids);
      diags.error(pos, "unknown finding '" + a.findings[i] + "' for action '" + a.id + "'",
                  (hint.empty() ? "" : hint + " ") + "(checked against the findings of " + checked +
                      ")");
    }
  }
}

} // namespace pace
