// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <pace/model/questionnaire.hpp>
#include <pace/model/rubric.hpp>
#include <pace/score/score_sheet.hpp>

namespace pace {

// What two assessments share and what differs between them, beyond the ratings: the sample
// (instances, assessors) and the method (rating method, aggregation, scale, max_level, rubric).

// Names in one assessment and the other, each list sorted and without duplicates.
struct NameDiff {
  std::vector<std::string> added;   // only in the newer
  std::vector<std::string> removed; // only in the older
  std::vector<std::string> kept;    // in both
  bool changed() const { return !added.empty() || !removed.empty(); }
};
NameDiff diff_names(std::vector<std::string> older, std::vector<std::string> newer);

// One setting of the two assessments: "rating_method", "R2", "R3".
struct SettingChange {
  std::string name;
  std::string old_value;
  std::string new_value;
  bool differs() const { return old_value != new_value; }
};

// The sample of one process on both sides. When instances changed and some were kept, the
// process is scored again on the kept instances alone, in both assessments.
struct ProcessSample {
  NameDiff instances; // by instance name; "" is the unnamed instance
  NameDiff assessors; // everyone who rated any of its blocks
  std::optional<int> old_max_level;
  std::optional<int> new_max_level;
  std::optional<int> kept_old_level; // only when instances changed and some were kept
  std::optional<int> kept_new_level;
  bool sample_changed = false; // the level changed, the kept instances do not show that change
  bool kept_confirm = false;   // the level changed, the kept instances show the same direction
};

// The assessment-level facts of one comparison.
struct AssessmentSample {
  std::string old_organisation;
  std::string new_organisation;
  bool same_organisation() const { return old_organisation == new_organisation; }
  std::vector<SettingChange> settings; // rating_method, aggregation, scale, max_level, rubric
  NameDiff assessors;                  // the [assessment] assessors lists
  int instances_added = 0;             // summed over the processes compared
  int instances_removed = 0;
  int instances_kept = 0;
  int sample_changed = 0; // processes whose change the kept instances do not show
};

// The assessment-level facts: organisations and settings (rubric editions as "id version").
AssessmentSample compare_assessment_settings(const AssessmentInfo& older,
                                             const AssessmentInfo& newer,
                                             const std::string& old_edition,
                                             const std::string& new_edition);

// "assessments of different organisations: 'A' (a.toml) and 'B' (b.toml)", or "" when the
// organisation values are equal (compared as written).
std::string organisation_mismatch(const AssessmentInfo& older, const std::string& older_path,
                                  const AssessmentInfo& newer, const std::string& newer_path);

// Instances and assessors of a process on both sides; either may be null (not assessed), and
// then instances and assessors stay empty (a new or retired process has no sample to compare).
ProcessSample compare_process_sample(const ProcessResult* older, const ProcessResult* newer);

// The questionnaire with only the given instances of `process` (other processes dropped), to
// score a process on a subset of its instances with the ordinary scoring functions.
Questionnaire restrict_to_instances(const Questionnaire& q, const std::string& process,
                                    const std::vector<std::string>& instances);

// The level of `process` scored on the given instances alone.
int level_on_instances(const Questionnaire& q, const Rubric& rubric, const std::string& process,
                       const std::vector<std::string>& instances);

// Sets sample_changed / kept_confirm from the full and the kept-instance levels: a level change
// the kept instances do not show (in direction) is a changed sample.
void judge_sample(ProcessSample& sample, int old_level, int new_level);

} // namespace pace
