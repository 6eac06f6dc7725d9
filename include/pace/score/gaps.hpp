// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <pace/model/questionnaire.hpp>
#include <pace/model/rubric.hpp>
#include <pace/model/target_profile.hpp>
#include <pace/score/borderline.hpp>
#include <pace/score/level_up_plan.hpp>
#include <pace/score/score_sheet.hpp>

namespace pace {

struct GapOptions {
  PlanOptions plan;
  double margin = 5.0; // percentage points around a deciding band edge
};

// An indicator that holds a blocking attribute down: rated below what the attribute needs, or
// not rated at all.
struct BlockingIndicator {
  std::string id;
  std::string instance;
  std::string assessor;
  std::string rating; // as written; "" when not rated
  std::optional<double> percent;
  std::string note;
  std::vector<std::string> evidence;
};

struct BlockingAttribute {
  AttributeResult attribute; // as scored
  BaseRating required = BaseRating::f;
  std::vector<BlockingIndicator> indicators; // lowest first, unrated last
};

// One process below its target.
struct ProcessGap {
  std::string id;
  std::string name;
  std::string category;
  int capability_level = 0;
  int target = 0;
  std::string why_not_next;
  std::vector<BlockingAttribute> blocking; // level order
  LevelUpPlan plan;
};

struct GapReport {
  ScoreSheet sheet;                     // targets as applied
  std::optional<TargetProfile> profile; // set when targets came from --targets
  GapOptions options;
  std::vector<ProcessGap> gaps;          // largest gap first, then category order, then id
  std::vector<Borderline> borderline;    // every assessed process, rubric order
  std::vector<std::string> not_assessed; // processes with a target that were not assessed
};

// Replaces every process's target with the profile's (none where the profile sets none).
void apply_targets(ScoreSheet& sheet, const TargetProfile& profile);

// The gap list, level-up plans and borderline flags of a scored questionnaire. `sheet` must be
// score(q, rubric), its targets possibly replaced by apply_targets(). Pure.
GapReport analyse_gaps(const Questionnaire& q, const Rubric& rubric, ScoreSheet sheet,
                       std::optional<TargetProfile> profile, const GapOptions& options);

// Orders process ids naturally: "COR.2" before "COR.10".
bool natural_less(const std::string& a, const std::string& b);

} // namespace pace
