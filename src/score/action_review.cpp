// SPDX-License-Identifier: MIT
#include <algorithm>

#include <pace/score/action_review.hpp>
#include <pace/score/gaps.hpp>
#include <pace/score/what_if.hpp>

namespace pace {

std::string_view to_string(ActionStanding s) {
  switch (s) {
  case ActionStanding::overdue: return "overdue";
  case ActionStanding::due_soon: return "due_soon";
  case ActionStanding::open: return "open";
  case ActionStanding::done: return "done";
  case ActionStanding::dropped: return "dropped";
  }
  return "?";
}

std::string_view to_string(ClosureVerdict v) {
  switch (v) {
  case ClosureVerdict::effective: return "effective";
  case ClosureVerdict::not_effective: return "not_effective";
  case ClosureVerdict::not_reassessed: return "not_reassessed";
  }
  return "?";
}

bool NaturalOrder::operator()(const std::string& a, const std::string& b) const {
  return natural_less(a, b);
}

ActionSummary summarise_actions(const ActionRegister& reg, const Date& as_of, int soon_days) {
  ActionSummary summary;
  summary.as_of = as_of;
  summary.soon_days = soon_days;
  for (size_t i = 0; i < reg.actions.size(); ++i) {
    const RegisteredAction& a = reg.actions[i];
    RegisterLine line;
    line.action = i;
    if (a.due) line.days_left = days_between(as_of, *a.due);
    ActionTally* tallies[] = {&summary.total, &summary.by_owner[a.owner],
                              &summary.by_process[a.process]};
    if (a.status == ActionProgress::done || a.status == ActionProgress::dropped) {
      bool done = a.status == ActionProgress::done;
      line.standing = done ? ActionStanding::done : ActionStanding::dropped;
      for (ActionTally* t : tallies)
        ++(done ? t->done : t->dropped);
    } else {
      line.standing = !a.due                        ? ActionStanding::open
                      : line.days_left < 0          ? ActionStanding::overdue
                      : line.days_left <= soon_days ? ActionStanding::due_soon
                                                    : ActionStanding::open;
      for (ActionTally* t : tallies) {
        ++t->open;
        if (line.standing == ActionStanding::overdue) ++t->overdue;
      }
    }
    summary.lines.push_back(line);
  }
  // By standing; within it the most urgent first, then register order.
  std::stable_sort(summary.lines.begin(), summary.lines.end(),
                   [&](const RegisterLine& x, const RegisterLine& y) {
                     if (x.standing != y.standing) return x.standing < y.standing;
                     bool dated = x.standing == ActionStanding::overdue ||
                                  x.standing == ActionStanding::due_soon;
                     return dated && x.days_left < y.days_left;
                   });
  return summary;
}

namespace {

const IndicatorEntry* find_entry(const ProcessBlock& block, const std::string& id) {
  for (const auto& e : block.ratings) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

} // namespace

std::vector<ClosureCheck> check_closures(const ActionRegister& reg, const Questionnaire& q,
                                         const Rubric& rubric) {
  std::vector<ClosureCheck> checks;
  const Scale* scale = rubric.framework.find_scale(q.assessment.scale);
  if (!scale) scale = rubric.framework.find_scale(rubric.framework.default_scale);
  for (size_t i = 0; i < reg.actions.size(); ++i) {
    const RegisteredAction& a = reg.actions[i];
    if (a.status != ActionProgress::done) continue;
    ClosureCheck check;
    check.action = i;
    check.asked = a.to_rating.empty() ? "F" : a.to_rating;
    const RatingValue* asked = rubric.framework.find_rating(check.asked);
    std::vector<const ProcessBlock*> blocks;
    for (const auto& b : q.processes) {
      if (b.id == a.process && b.instance == a.instance) blocks.push_back(&b);
    }
    if (a.indicators.empty()) {
      check.reason = "the action names no indicator";
    } else if (blocks.empty()) {
      check.reason = "the assessment does not rate " + a.process +
                     (a.instance.empty() ? "" : " instance '" + a.instance + "'");
    } else if (!asked || !scale) {
      check.reason = "the rating '" + check.asked + "' is not defined by the framework";
    }
    if (!check.reason.empty()) {
      checks.push_back(std::move(check));
      continue;
    }
    BaseRating needed = base_of(*scale, asked->percent);
    bool any_below = false;
    bool all_rated = true;
    for (const auto& indicator : a.indicators) {
      for (const ProcessBlock* b : blocks) {
        ClosureRating r;
        r.indicator = indicator;
        r.assessor = b->assessor;
        const IndicatorEntry* e = find_entry(*b, indicator);
        if (e && e->rating.is_rated()) {
          r.rating = e->rating.label;
          r.reached = base_of(*scale, e->rating.percent) >= needed;
          any_below = any_below || !r.reached;
        } else {
          r.rating = e && e->rating.kind == Rating::Kind::not_applicable ? "na" : "";
          all_rated = false;
        }
        check.now.push_back(std::move(r));
      }
    }
    if (any_below) {
      check.verdict = ClosureVerdict::not_effective;
    } else if (all_rated) {
      check.verdict = ClosureVerdict::effective;
    } else {
      check.reason = "not every indicator it names is rated in the assessment";
    }
    checks.push_back(std::move(check));
  }
  return checks;
}

} // namespace pace
