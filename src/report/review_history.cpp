// SPDX-License-Identifier: MIT
#include "review_history.hpp"

#include <algorithm>
#include <set>

#include <pace/score/alignment.hpp>
#include <pace/score/score.hpp>
#include <pace/score/what_if.hpp>

namespace pace {

namespace {

// Years when they tell the assessments apart (the usual yearly cycle), full dates otherwise.
std::vector<std::string> trend_labels(const std::vector<AssessmentRef>& refs) {
  std::set<int> years;
  for (const auto& r : refs)
    years.insert(r.date.year);
  std::vector<std::string> labels;
  for (const auto& r : refs) {
    labels.push_back(years.size() == refs.size() ? std::to_string(r.date.year)
                                                 : r.date.to_string());
  }
  return labels;
}

// With two assessments compare_series follows no trend; the one comparison already aligns them.
std::vector<TrendRow> pair_trend(const Comparison& c) {
  std::vector<TrendRow> rows;
  for (const auto& p : c.processes) {
    rows.push_back({p.id, p.name, {p.old_id, p.new_id}, {p.old_level, p.new_level}});
  }
  return rows;
}

struct Target {
  std::string process;
  std::string indicator;
};

// Where a step of the older assessment's plan lives now: the first successor process that keeps
// the indicator (a split may move it to any of them).
std::optional<Target> successor(const std::vector<ProcessLink>& links, const PlanStep& step,
                                const std::string& process) {
  for (const auto& link : links) {
    if (link.old_id != process || link.new_id.empty()) continue;
    std::string indicator = link_indicator(link, step.indicator);
    if (!indicator.empty()) return Target{link.new_id, indicator};
  }
  return std::nullopt;
}

// Closed when every current rating of the indicator in the step's instance reaches the letter
// the step asked for; the lowest one is the one shown.
PreviousAction check_step(const Questionnaire& q, const Scale& scale,
                          const std::vector<ProcessLink>& links, const std::string& process,
                          int rank, const PlanStep& step) {
  PreviousAction action{process, "", rank, step, ActionStatus::not_reassessed, ""};
  auto target = successor(links, step, process);
  if (!target) return action;
  action.process_now = target->process;
  bool instance_found = false;
  bool not_applicable = false;
  const Rating* lowest = nullptr;
  for (const auto& block : q.processes) {
    if (block.id != target->process || block.instance != step.instance) continue;
    instance_found = true;
    for (const auto& entry : block.ratings) {
      if (entry.id != target->indicator) continue;
      if (entry.rating.kind == Rating::Kind::not_applicable) not_applicable = true;
      if (entry.rating.is_rated() && (!lowest || entry.rating.percent < lowest->percent)) {
        lowest = &entry.rating;
      }
    }
  }
  if (!instance_found) return action;
  if (!lowest) {
    action.rating_now = not_applicable ? "na" : "";
    action.status = not_applicable ? ActionStatus::not_reassessed : ActionStatus::open;
    return action;
  }
  action.rating_now = lowest->label;
  action.status = base_of(scale, lowest->percent) >= base_of(scale, step.to_percent)
                      ? ActionStatus::closed
                      : ActionStatus::open;
  return action;
}

std::vector<PreviousAction> previous_actions(const ReviewInput& older, const ReviewInput& current,
                                             const ReviewOptions& options) {
  const Questionnaire& q = *current.questionnaire;
  const Scale* scale = current.rubric->framework.find_scale(q.assessment.scale);
  if (!scale) return {};
  GapReport report =
      analyse_gaps(*older.questionnaire, *older.rubric, score(*older.questionnaire, *older.rubric),
                   std::nullopt, options.gaps);
  auto links = align_processes(older.rubric->process_ids(), current.rubric->process_ids(),
                               older.crosswalk_to_next);
  std::vector<PreviousAction> actions;
  for (const auto& gap : report.gaps) {
    int rank = 0;
    for (const auto& step : gap.plan.steps) {
      actions.push_back(check_step(q, *scale, links, gap.id, ++rank, step));
    }
  }
  return actions;
}

} // namespace

History review_history(const ReviewInput& current, const std::vector<ReviewInput>& previous,
                       const ScoreSheet& current_sheet, const ReviewOptions& options) {
  History history;
  if (previous.empty()) return history;
  std::vector<AssessmentSide> sides;
  std::vector<const Crosswalk*> crosswalks;
  for (const auto& p : previous) {
    sides.push_back(make_side(score(*p.questionnaire, *p.rubric), *p.questionnaire, *p.rubric));
    history.previous.push_back(make_ref(sides.back().sheet));
    crosswalks.push_back(p.crosswalk_to_next);
  }
  sides.push_back(make_side(current_sheet, *current.questionnaire, *current.rubric));
  CompareOptions compare_options;
  compare_options.margin = options.gaps.margin;
  CompareReport report = compare_series(sides, crosswalks, compare_options);
  if (!report.pairs.empty()) history.comparison = report.pairs.back();
  history.trend_labels = trend_labels(report.assessments);
  if (report.trend) {
    history.trend = report.trend->rows;
  } else if (history.comparison) {
    history.trend = pair_trend(*history.comparison);
  }
  history.previous_actions = previous_actions(previous.back(), current, options);
  return history;
}

} // namespace pace
