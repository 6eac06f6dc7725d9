// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <pace/model/questionnaire.hpp>
#include <pace/model/rubric.hpp>
#include <pace/score/score_sheet.hpp>

namespace pace {

// How one change moves an indicator: straight to F, or one base band up (N -> P -> L -> F; an
// unrated indicator counts as N, so its first band rates it P). The new rating is the
// framework's value for the letter.
enum class StepMode { to_full, one_band };
std::string_view to_string(StepMode m); // "f" | "band"

struct PlanOptions {
  StepMode step = StepMode::to_full;
  long search_limit = 20000; // re-scores per process before the search gives up
};

// One assessor's rating of a practice that a step raises.
struct PlanRater {
  std::string assessor;
  std::string rating; // as rated; "" when unrated
  bool operator==(const PlanRater&) const = default;
};

// One practice of one instance to raise: every assessor's rating of it below the new band goes
// up to it, counted once. With --step band one practice may climb several bands: `changes`
// counts them.
struct PlanStep {
  std::string attribute;
  std::string indicator;
  std::string text; // the practice's text from the rubric (or framework)
  std::string instance;
  std::string assessor;          // the one assessor, when only one rated the practice there
  std::vector<PlanRater> raters; // every assessor's rating, when several did (file order)
  std::string from; // as rated (the lowest when several assessors rated it); "" when unrated
  std::optional<double> from_percent;
  std::string to; // "F", or the band letter reached
  double to_percent = 0;
  int changes = 1;
  double effect = 0; // percentage points the attribute gains from this step alone
  std::string note;
  std::vector<std::string> evidence;
};

// The stable id of the action that carries out `step` of a plan for `process`:
// "COR.3/GP2.2.3", or "COR.3/HQ/GP2.2.3" for a named instance. The same practice gets the same
// id every year, so an action register matches a plan's rows without duplicating them.
std::string action_id(const PlanStep& step, std::string_view process);

enum class PlanStatus {
  minimal,      // the fewest changes that reach the target
  search_limit, // the search gave up: steps reach the target but may not be the fewest
  unreachable,  // indicators alone cannot reach the target; steps fix what they can
};
std::string_view to_string(PlanStatus s); // "minimal" | "search_limit" | "unreachable"

struct LevelUpPlan {
  PlanStatus status = PlanStatus::minimal;
  int target = 0;
  int reaches_level = 0;            // the level after all steps, re-scored
  int changes = 0;                  // sum of the steps' changes
  long evaluations = 0;             // re-scores spent
  std::vector<PlanStep> steps;      // largest effect first
  std::vector<std::string> reasons; // why unreachable, or where the search stopped
};

// The fewest indicator changes that raise process `current` to `target` under the assessment's
// own rating method and aggregation, found by trying every combination of 1, 2, 3 ... changes
// (re-scoring each with score()) among the indicators of the attributes that block the target.
// Attributes are independent, so each blocking attribute is searched on its own; indicators of
// one instance with the same rating are interchangeable and tried once. `current` must come
// from score(q, rubric).
LevelUpPlan plan_level_up(const Questionnaire& q, const Rubric& rubric,
                          const ProcessResult& current, int target, const PlanOptions& options);

} // namespace pace
