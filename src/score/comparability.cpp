// SPDX-License-Identifier: MIT
#include <algorithm>

#include <pace/score/comparability.hpp>
#include <pace/score/score.hpp>

namespace pace {

namespace {

void sort_unique(std::vector<std::string>& names) {
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
}

std::vector<std::string> instance_names(const ProcessResult* p) {
  std::vector<std::string> names;
  if (!p || !p->assessed) return names;
  for (const auto& i : p->instances)
    names.push_back(i.instance);
  return names;
}

std::vector<std::string> assessor_names(const ProcessResult* p) {
  std::vector<std::string> names;
  if (!p || !p->assessed) return names;
  for (const auto& i : p->instances) {
    for (const auto& a : i.assessors) {
      if (!a.empty()) names.push_back(a);
    }
  }
  return names;
}

int sign(int value) {
  return (value > 0) - (value < 0);
}

} // namespace

NameDiff diff_names(std::vector<std::string> older, std::vector<std::string> newer) {
  sort_unique(older);
  sort_unique(newer);
  NameDiff d;
  std::set_difference(newer.begin(), newer.end(), older.begin(), older.end(),
                      std::back_inserter(d.added));
  std::set_difference(older.begin(), older.end(), newer.begin(), newer.end(),
                      std::back_inserter(d.removed));
  std::set_intersection(older.begin(), older.end(), newer.begin(), newer.end(),
                        std::back_inserter(d.kept));
  return d;
}

AssessmentSample compare_assessment_settings(const AssessmentInfo& older,
                                             const AssessmentInfo& newer,
                                             const std::string& old_edition,
                                             const std::string& new_edition) {
  AssessmentSample s;
  s.old_organisation = older.organisation;
  s.new_organisation = newer.organisation;
  s.settings = {
      {"rating_method", std::string(to_string(older.rating_method)),
       std::string(to_string(newer.rating_method))},
      {"aggregation", std::string(to_string(older.aggregation)),
       std::string(to_string(newer.aggregation))},
      {"scale", older.scale, newer.scale},
      {"max_level", std::to_string(older.max_level), std::to_string(newer.max_level)},
      {"rubric", old_edition, new_edition},
  };
  s.assessors = diff_names(older.assessors, newer.assessors);
  return s;
}

std::string organisation_mismatch(const AssessmentInfo& older, const std::string& older_path,
                                  const AssessmentInfo& newer, const std::string& newer_path) {
  if (older.organisation == newer.organisation) return "";
  return "assessments of different organisations: '" + older.organisation + "' ('" + older_path +
         "') and '" + newer.organisation + "' ('" + newer_path + "')";
}

ProcessSample compare_process_sample(const ProcessResult* older, const ProcessResult* newer) {
  ProcessSample s;
  // A process new or retired has no sample to compare: its instances are no change.
  bool both = older && older->assessed && newer && newer->assessed;
  if (both) {
    s.instances = diff_names(instance_names(older), instance_names(newer));
    s.assessors = diff_names(assessor_names(older), assessor_names(newer));
  }
  if (older && older->assessed) s.old_max_level = older->max_level;
  if (newer && newer->assessed) s.new_max_level = newer->max_level;
  return s;
}

Questionnaire restrict_to_instances(const Questionnaire& q, const std::string& process,
                                    const std::vector<std::string>& instances) {
  Questionnaire restricted;
  restricted.schema = q.schema;
  restricted.path = q.path;
  restricted.assessment = q.assessment;
  restricted.evidence_rules = q.evidence_rules;
  for (const auto& block : q.processes) {
    if (block.id != process) continue;
    if (std::find(instances.begin(), instances.end(), block.instance) == instances.end()) continue;
    restricted.processes.push_back(block);
  }
  return restricted;
}

int level_on_instances(const Questionnaire& q, const Rubric& rubric, const std::string& process,
                       const std::vector<std::string>& instances) {
  ScoreSheet sheet = score(restrict_to_instances(q, process, instances), rubric);
  for (const auto& p : sheet.processes) {
    if (p.id == process) return p.capability_level;
  }
  return 0;
}

void judge_sample(ProcessSample& sample, int old_level, int new_level) {
  sample.sample_changed = false;
  sample.kept_confirm = false;
  int change = sign(new_level - old_level);
  if (!sample.instances.changed() || change == 0) return;
  bool kept_known = sample.kept_old_level && sample.kept_new_level;
  if (kept_known && sign(*sample.kept_new_level - *sample.kept_old_level) == change) {
    sample.kept_confirm = true;
  } else {
    sample.sample_changed = true;
  }
}

} // namespace pace
