// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pace/model/action_register.hpp>
#include <pace/model/crosswalk.hpp>
#include <pace/model/finding.hpp>
#include <pace/model/questionnaire.hpp>
#include <pace/model/rubric.hpp>
#include <pace/score/action_review.hpp>
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

// How much the pack shows: the executive part alone, or everything (the default).
enum class ReviewDetail { full, summary };
std::string_view to_string(ReviewDetail d); // "full" | "summary"

struct ReviewOptions {
  std::string pace_version;
  ReviewDetail detail = ReviewDetail::full;
  // The organisation's action register (pace actions), judged on the assessment's date; its
  // done actions are checked against this assessment. Must name the questionnaire's rubric.
  const ActionRegister* actions = nullptr;
  std::string actions_path;      // as given, for the provenance
  size_t top_findings = 6;       // how many findings the executive summary shows
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

// A note the assessor wrote on a rating, or the justification of an `na`.
struct RatingNote {
  std::string instance;
  std::string assessor;
  std::string indicator; // an indicator id or an attribute id (for an override)
  std::string rating;    // as written
  std::string note;
  bool not_applicable = false;
};

// What the detail part says about one process beyond its numbers.
struct ProcessDetail {
  std::string process;
  std::string name;
  std::vector<Finding> findings; // finding_precedes order
  std::vector<RatingNote> notes; // file order
};

// A decision the register puts before management.
enum class DecisionKind { not_agreed, overdue, not_effective };
std::string_view to_string(DecisionKind k); // "not_agreed" | "overdue" | "not_effective"

struct Decision {
  DecisionKind kind = DecisionKind::not_agreed;
  size_t action = 0;              // index into RegisterReview::actions
  int days_overdue = 0;           // for overdue
  std::string asked;              // for not_effective: the rating the plan asked for
  std::vector<ClosureRating> now; // for not_effective: the ratings side by side
};

// The action register as the assessment finds it: standing on the assessment's date, closures
// checked against its ratings, and the decisions that follow.
struct RegisterReview {
  std::string path;
  Date as_of;                            // the assessment's date
  std::vector<RegisteredAction> actions; // register order
  ActionSummary standing;                // lines index into actions
  std::vector<ClosureCheck> closures;    // done actions, register order
  std::vector<Decision> decisions; // not agreed, then overdue (most first), then not effective
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
  ReviewDetail detail = ReviewDetail::full;
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
  // The organisation's maturity level in each assessment, oldest first, this one last; nullopt
  // where the rubric declares no maturity model.
  std::vector<std::optional<int>> maturity_trend;
  std::vector<PreviousAction> previous_actions;

  std::vector<Finding> findings;      // every finding, finding_precedes order
  size_t top_findings = 0;            // the first this many go into the executive summary
  std::vector<ProcessDetail> details; // rubric order; processes with findings or notes
  std::optional<RegisterReview> register_review; // with --actions

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
