// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <pace/model/crosswalk.hpp>
#include <pace/model/questionnaire.hpp>
#include <pace/model/rubric.hpp>
#include <pace/score/borderline.hpp>
#include <pace/score/compare.hpp>
#include <pace/score/gaps.hpp>
#include <pace/score/maturity.hpp>
#include <pace/score/profile.hpp>

namespace pace {

// The management review pack (ISO/IEC 27001 clause 9.3) of one assessment, optionally with the
// assessments before it: everything the HTML, Markdown, CSV and JSON renderers show, already
// selected, sorted and computed, so the renderers only lay it out.

// A file the pack was made from, pinned by its SHA-256 (computed by the caller from the bytes
// it read; the core does no I/O).
struct SourceFile {
  std::string role;    // "questionnaire", "previous questionnaire", "rubric", "framework"
  std::string name;    // questionnaires: the path as given; rubric files: the file name
  std::string id;      // the assessment, rubric or framework id
  std::string version; // rubric and framework version; a questionnaire's assessment date
  std::string sha256;
};

// One assessment going into the pack. Previous ones carry the crosswalk from their rubric to
// the next assessment's, when the editions differ and one is known.
struct ReviewInput {
  const Questionnaire* questionnaire = nullptr;
  const Rubric* rubric = nullptr;
  const Crosswalk* crosswalk_to_next = nullptr;
};

struct ReviewOptions {
  std::string pace_version;
  std::vector<SourceFile> files; // shown in this order
  GapOptions gaps;               // borderline margin (also the compare margin) and plan steps
  size_t largest_gaps = 5;       // how many the summary lists
};

// One row of the capability profile and heat map.
struct ProcessLine {
  std::string id;
  std::string name;
  std::string category;
  bool assessed = false;
  int level = 0;
  std::optional<int> target;
  int gap = 0;
  std::vector<AttributeResult> attributes; // the pack's columns
  std::string why_not_next;
  bool fragile = false;
  std::optional<Change> change; // against the newest previous assessment
  std::optional<int> previous_level;
  bool within_noise = false;
};

// One step of a level-up plan, with the process it belongs to; `rank` counts within the plan.
struct ActionLine {
  std::string process;
  std::string process_name;
  int rank = 0;
  PlanStep step;
};

enum class ActionStatus { closed, open, not_reassessed };
std::string_view to_string(ActionStatus s); // closed | open | not_reassessed

// A level-up step the newest previous assessment proposed, checked against this assessment: closed
// when the indicator now reaches the rating the step asked for.
struct PreviousAction {
  std::string process;     // its id in the previous assessment
  std::string process_now; // its id now; "" when it has no successor
  int rank = 0;
  PlanStep step;
  ActionStatus status = ActionStatus::open;
  std::string rating_now; // the lowest current rating of the indicator; "" when not rated
};

struct Citation {
  std::string process;
  std::string instance;
  std::string assessor;
  std::string indicator; // an indicator id or an attribute id (for an override)
  std::string rating;    // as written
};

struct EvidenceLine {
  Evidence item;
  std::vector<Citation> cited_by; // file order
};

struct ReviewSummary {
  int processes = 0;
  int assessed = 0;
  int with_target = 0;
  int on_target = 0; // assessed, with a target, at or above it
  std::optional<MaturityResult> maturity;
  size_t largest_gaps = 0; // the first this many of ReviewPack::gaps (sorted largest first)
};

// Counts of the newest comparison, for the summary.
struct ChangeCounts {
  int improved = 0;
  int regressed = 0;
  int unchanged = 0;
  int added = 0;
  int retired = 0;
  int not_comparable = 0;
  int sample_changed = 0; // the kept instances do not show the level change
  int within_noise = 0;
  int gaps_closed = 0;
  int gaps_open = 0;
  int gaps_new = 0;
};

struct ScaleBand {
  std::string label;
  std::string name;
  double lower = 0; // exclusive, except 0 for the first band
  double upper = 0; // inclusive
};

struct MethodSummary {
  std::string rating_method; // "R2"
  std::string rating_method_text;
  std::string aggregation; // "mean"
  std::string aggregation_text;
  std::string scale_id;
  std::string scale_name;
  std::vector<ScaleBand> bands;
  std::vector<RatingValue> rating_values;
  std::string level_rule;
  double margin = 0;
  std::string plan_step; // "f" | "band"
  std::string pace_version;
  std::vector<SourceFile> files;
};

struct ReviewPack {
  AssessmentInfo assessment;
  std::string rubric_id;
  std::string rubric_version;
  std::string rubric_name;
  std::string framework_id;
  std::string framework_version;
  std::string framework_name;
  std::vector<AssessmentRef> previous; // oldest first

  ReviewSummary summary;
  std::vector<std::string> columns;   // attribute ids up to the highest level assessed
  int top_level = 1;                  // the charts' scale: highest level assessed or targeted
  std::vector<ProcessLine> processes; // rubric order
  std::vector<CategoryProfile> categories;
  LevelStatistics overall;

  std::vector<ProcessGap> gaps;    // largest gap first (analyse_gaps order)
  std::vector<ActionLine> actions; // every plan step, in gap order
  std::vector<Borderline> fragile; // fragile processes only, rubric order

  std::optional<Comparison> comparison; // newest previous -> this assessment
  std::optional<ChangeCounts> changes;
  std::vector<std::string> trend_labels; // one per assessment, oldest first
  std::vector<TrendRow> trend;           // empty without previous assessments
  std::vector<PreviousAction> previous_actions;

  std::vector<EvidenceLine> evidence; // register order
  std::vector<std::string> uncited;   // evidence ids no rating cites
  MethodSummary method;
};

// Builds the pack. `current` and every `previous` (date order, oldest first) must be checked
// questionnaires with their rubrics. Pure and deterministic: scores, profiles, gaps, plans,
// borderline flags and comparisons all come from the score/ core.
ReviewPack make_review_pack(const ReviewInput& current, const std::vector<ReviewInput>& previous,
                            const ReviewOptions& options);

} // namespace pace
