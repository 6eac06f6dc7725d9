// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <pace/model/crosswalk.hpp>
#include <pace/model/questionnaire.hpp>
#include <pace/model/rubric.hpp>
#include <pace/score/alignment.hpp>
#include <pace/score/comparability.hpp>
#include <pace/score/finding_follow_up.hpp>
#include <pace/score/score_sheet.hpp>

namespace pace {

// One scored assessment plus what comparing needs of its questionnaire and rubric.
struct AssessmentSide {
  ScoreSheet sheet;
  std::map<std::string, std::set<std::string>> rated;      // process -> indicators rated anywhere
  std::map<std::string, std::vector<std::string>> defined; // process -> every indicator, all levels
  // process -> instance -> indicators rated there; an added or removed instance counts these
  std::map<std::string, std::map<std::string, int>> rated_in_instance;
  // What the sheet was scored from, to score a process again on its kept instances; both null
  // when unknown (then no kept-instance analysis). Must outlive the comparison.
  const Questionnaire* questionnaire = nullptr;
  const Rubric* rubric = nullptr;
};
AssessmentSide make_side(ScoreSheet sheet, const Questionnaire& q, const Rubric& rubric);

// sample_changed: the level changed, but the instances assessed changed too and the instances
// kept in both do not show that change.
enum class Change {
  improved,
  regressed,
  unchanged,
  added,
  retired,
  not_comparable,
  sample_changed
};
std::string_view to_string(
    Change c); // improved | regressed | unchanged | new | retired | not_comparable | sample_changed

enum class GapStatus { closed, still_open, added, not_reassessed };
std::string_view to_string(GapStatus s); // closed | still_open | new | not_reassessed

struct AttributeChange {
  std::string id; // "PA2.1"
  int level = 0;
  std::optional<double> old_achievement; // percent
  std::optional<double> new_achievement;
  std::string old_label;
  std::string new_label;
  bool crossed_edge = false;           // the base letter (N/P/L/F) differs
  bool within_noise = false;           // crossed, but moved by less than the margin
  std::optional<double> delta() const; // percentage points, when both are known
};

// One row: a process of the newer assessment with the older process it is compared with, or a
// retired process of the older one.
struct ProcessChange {
  std::string id;                       // the newer id, or the older one when retired
  std::string name;                     // the newer name, or the older one when retired
  std::string old_id;                   // "" when new
  std::vector<std::string> merged_from; // merge: every older process; old_id is the lowest level
  std::string new_id;                   // "" when retired
  LinkKind link = LinkKind::same;
  std::string link_note; // the crosswalk's note
  Change change = Change::unchanged;
  bool within_noise = false;    // the level changed only through sub-margin moves across an edge
  std::string reason;           // why it is new, retired or not comparable
  std::optional<int> old_level; // nullopt when not assessed (or absent)
  std::optional<int> new_level;
  std::optional<int> old_target; // the process's target on each side, when assessed
  std::optional<int> new_target;
  std::vector<AttributeChange> attributes; // framework order
  int rated_both = 0;                      // indicators rated in both, after mapping
  int rated_either = 0; // plus the indicators rated in an instance added or removed
  std::optional<double> comparability() const; // percent; nullopt when nothing was rated
  ProcessSample sample;                        // instances, assessors, max_level, kept instances
};

struct GapChange {
  std::string id;     // as in the ProcessChange row
  std::string old_id; // "" when the process is new
  GapStatus status = GapStatus::closed;
  std::optional<int> old_target;
  std::optional<int> new_target;
  int old_gap = 0;
  int new_gap = 0;
};

// An element of one edition the other cannot account for: a process ("" indicator) or one of
// its indicators.
struct UnmappedElement {
  std::string process;
  std::string indicator;
};

struct AssessmentRef {
  std::string id;
  std::string organisation;
  Date date;
  std::string path;
  std::string rubric_id;
  std::string rubric_version;
};
AssessmentRef make_ref(const ScoreSheet& sheet);

// One older -> newer comparison.
struct Comparison {
  AssessmentRef older;
  AssessmentRef newer;
  std::string crosswalk_path; // "" when none was used
  bool rubrics_differ = false;
  std::vector<ProcessChange>
      processes;               // alignment order; processes assessed on neither side left out
  std::vector<GapChange> gaps; // rows with a gap on either side, in row order
  std::vector<UnmappedElement> unmapped_old; // no counterpart in the newer edition
  std::vector<UnmappedElement> unmapped_new; // no predecessor in the older edition
  std::vector<std::string> warnings;         // for the user; the CLI prints them as warnings
  std::vector<FindingFollowUp> findings;     // the older findings, followed up (finding_precedes)
  AssessmentSample sample;                   // organisations, settings, assessors, instance totals
  int rated_both = 0;
  int rated_either = 0;
  std::optional<double> comparability() const;
};

struct CompareOptions {
  double margin = 5.0; // percentage points
};

// Compares two assessments (older first). With a crosswalk, processes and indicators are
// aligned through it; without one, by id, and when the rubric editions differ a process whose
// indicator set differs is not comparable (and a warning says so).
Comparison compare_assessments(const AssessmentSide& older, const AssessmentSide& newer,
                               const Crosswalk* crosswalk, const CompareOptions& options);

// Levels of every process across three or more assessments, keyed by the newest ids; older ids
// are followed back through each comparison's alignment.
struct TrendRow {
  std::string id;
  std::string name;
  std::vector<std::string> ids;           // per assessment; "" where absent
  std::vector<std::optional<int>> levels; // per assessment; nullopt when not assessed
};
struct Trend {
  std::vector<TrendRow> rows; // newest rubric order, then processes retired on the way
};

struct CompareReport {
  double margin = 5.0;
  std::vector<AssessmentRef> assessments; // date order
  std::vector<Comparison> pairs;          // consecutive: (0,1), (1,2) ...
  std::optional<Trend> trend;             // three or more assessments
};

// Compares consecutive assessments (`sides` in date order, crosswalks[i] for sides i -> i+1,
// nullptr when none) and, with three or more, follows the trend.
CompareReport compare_series(const std::vector<AssessmentSide>& sides,
                             const std::vector<const Crosswalk*>& crosswalks,
                             const CompareOptions& options);

// The attribute rows of one comparison row: every attribute rated on either side, in the order
// of `newer` (or `older` when it is null); either pointer may be null, not both.
std::vector<AttributeChange> attribute_changes(const ProcessResult* older,
                                               const ProcessResult* newer, double margin);

// True when a level change exists only through attributes that moved by less than `margin`
// percentage points: put those back to their older values and the older level returns.
bool level_change_within_noise(const std::vector<AttributeResult>& older,
                               const std::vector<AttributeResult>& newer, double margin);

} // namespace pace
