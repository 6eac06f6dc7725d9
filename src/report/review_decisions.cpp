// SPDX-License-Identifier: MIT
// The review pack's words on what the assessor found and what management must decide: the
// maturity headline, top findings, decisions from the action register, the register itself and
// the per-process findings and notes (see review_text.hpp).
#include <pace/model/number.hpp>

#include "review_text.hpp"

namespace pace::review {

namespace {

std::string join(const std::vector<std::string>& items, const std::string& separator) {
  std::string out;
  for (const auto& item : items)
    out += (out.empty() ? "" : separator) + item;
  return out;
}

std::string plural(int n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string level_or_none(const std::optional<int>& level) {
  return level ? std::to_string(*level) : "-";
}

std::string where(const std::string& instance, const std::string& assessor) {
  std::vector<std::string> parts;
  if (!instance.empty()) parts.push_back(instance);
  if (!assessor.empty()) parts.push_back(assessor);
  return parts.empty() ? "" : " (" + join(parts, ", ") + ")";
}

std::string date_or_blank(const std::optional<Date>& d) {
  return d ? d->to_string() : "";
}

std::string progress_text(ActionProgress p) {
  std::string text(to_string(p));
  for (auto& c : text) {
    if (c == '_') c = ' ';
  }
  return text;
}

} // namespace

std::string maturity_headline(const ReviewPack& pack) {
  const auto& m = pack.summary.maturity;
  if (!m) return "The rubric declares no maturity model, so no maturity level is given.";
  std::string text = "Maturity level " + std::to_string(m->level) +
                     (m->name.empty() ? "" : " (" + m->name + ")") + " of " +
                     std::to_string(m->top) + ".";
  if (pack.maturity_trend.size() < 2 || pack.trend_labels.size() != pack.maturity_trend.size()) {
    return text;
  }
  const auto& before = pack.maturity_trend[pack.maturity_trend.size() - 2];
  if (!before) return text;
  const std::string& since = pack.trend_labels[pack.trend_labels.size() - 2];
  if (*before == m->level) return text + " Unchanged since " + since + ".";
  std::vector<std::string> series;
  for (size_t k = 0; k < pack.maturity_trend.size(); ++k) {
    series.push_back(pack.trend_labels[k] + ": " + level_or_none(pack.maturity_trend[k]));
  }
  return text + (*before < m->level ? " Up from " : " Down from ") + std::to_string(*before) +
         " in " + since + " (" + join(series, ", ") + ").";
}

std::string finding_kind_text(const Finding& f) {
  std::string kind(to_string(f.kind));
  return f.severity ? std::string(to_string(*f.severity)) + " " + kind : kind;
}

std::string finding_place(const Finding& f) {
  return f.process + (f.instance.empty() ? "" : " (" + f.instance + ")");
}

PlainTable top_findings_table(const ReviewPack& pack) {
  PlainTable t{{"Finding", "Kind", "Process", "What the assessor found"},
               {8, 12, 10, 50},
               {false, false, false, false},
               {}};
  for (size_t i = 0; i < pack.top_findings; ++i) {
    const Finding& f = pack.findings[i];
    t.rows.push_back({f.id, finding_kind_text(f), finding_place(f), f.text});
  }
  return t;
}

std::string decision_words(DecisionKind k) {
  switch (k) {
  case DecisionKind::not_agreed: return "agree or drop";
  case DecisionKind::overdue: return "overdue";
  case DecisionKind::not_effective: return "closed, not effective";
  }
  return "";
}

PlainTable decision_table(const ReviewPack& pack) {
  PlainTable t{{"Decision", "Action", "Title", "Owner", "Due", "Why"},
               {10, 14, 30, 12, 10, 30},
               {false, false, false, false, false, false},
               {}};
  const RegisterReview& r = *pack.register_review;
  for (const auto& d : r.decisions) {
    const RegisteredAction& a = r.actions[d.action];
    std::string why;
    switch (d.kind) {
    case DecisionKind::not_agreed: why = "proposed, not yet agreed"; break;
    case DecisionKind::overdue:
      why = plural(d.days_overdue, "day", "days") + " past due, " + progress_text(a.status);
      break;
    case DecisionKind::not_effective: {
      std::vector<std::string> ratings;
      for (const auto& c : d.now) {
        ratings.push_back(c.indicator + where("", c.assessor) + " " +
                          (c.rating.empty() ? "not rated" : c.rating));
      }
      why = "done" + (a.closed_on ? " " + a.closed_on->to_string() : std::string()) +
            ", asked for " + d.asked + ", now " + join(ratings, "; ");
      break;
    }
    }
    t.rows.push_back({decision_words(d.kind), a.id, a.title, a.owner, date_or_blank(a.due), why});
  }
  return t;
}

std::string decision_note(const ReviewPack& pack) {
  if (!pack.register_review) {
    return "No action register was given (pace report FILE --actions actions.toml), so no "
           "decisions are listed.";
  }
  if (pack.register_review->decisions.empty()) {
    return "Nothing to decide: every action of the register is agreed, none is overdue on " +
           pack.register_review->as_of.to_string() + " and every closed one was effective.";
  }
  return "";
}

std::string register_sentence(const ReviewPack& pack) {
  const RegisterReview& r = *pack.register_review;
  const ActionTally& n = r.standing.total;
  int effective = 0, not_effective = 0, not_reassessed = 0;
  for (const auto& c : r.closures) {
    (c.verdict == ClosureVerdict::effective       ? effective
     : c.verdict == ClosureVerdict::not_effective ? not_effective
                                                  : not_reassessed) += 1;
  }
  return "On " + r.as_of.to_string() + ", the assessment date: " +
         plural(static_cast<int>(r.actions.size()), "action", "actions") + " in the register, " +
         std::to_string(n.open) + " open (" + std::to_string(n.overdue) + " overdue), " +
         std::to_string(n.done) + " done, " + std::to_string(n.dropped) +
         " dropped. Of the done ones, this assessment shows " + std::to_string(effective) +
         " effective, " + std::to_string(not_effective) + " not effective and " +
         std::to_string(not_reassessed) + " not reassessed.";
}

PlainTable register_table(const ReviewPack& pack) {
  PlainTable t{
      {"Action", "Title", "Indicators", "Owner", "Due", "Status", "On the date", "Effective"},
      {14, 30, 10, 12, 10, 10, 10, 12},
      {false, false, false, false, false, false, false, false},
      {}};
  const RegisterReview& r = *pack.register_review;
  for (const auto& line : r.standing.lines) {
    const RegisteredAction& a = r.actions[line.action];
    std::string standing(to_string(line.standing));
    if (line.standing == ActionStanding::overdue) {
      standing += " " + std::to_string(-line.days_left) + " d";
    }
    std::string verdict;
    for (const auto& c : r.closures) {
      if (c.action != line.action) continue;
      verdict = c.verdict == ClosureVerdict::effective       ? "effective"
                : c.verdict == ClosureVerdict::not_effective ? "not effective"
                                                             : "not reassessed";
    }
    for (auto& ch : standing) {
      if (ch == '_') ch = ' ';
    }
    t.rows.push_back({a.id, a.title, join(a.indicators, ", "), a.owner, date_or_blank(a.due),
                      progress_text(a.status), standing, verdict});
  }
  return t;
}

PlainTable trend_changes_table(const ReviewPack& pack) {
  PlainTable t{{"Process", "Name"}, {8, 28}, {false, false}, {}};
  for (const auto& label : pack.trend_labels) {
    t.header.push_back(label);
    t.widths.push_back(8);
    t.numeric.push_back(true);
  }
  for (const auto& row : pack.trend) {
    if (row.levels.size() < 2 || row.levels[row.levels.size() - 2] == row.levels.back()) continue;
    std::vector<std::string> cells = {row.id, row.name};
    for (const auto& level : row.levels)
      cells.push_back(level_or_none(level));
    t.rows.push_back(std::move(cells));
  }
  return t;
}

PlainTable process_findings_table(const ProcessDetail& d) {
  PlainTable t{{"Finding", "Kind", "Instance", "Indicators", "What the assessor found", "Evidence"},
               {8, 12, 10, 10, 44, 10},
               {false, false, false, false, false, false},
               {}};
  for (const auto& f : d.findings) {
    t.rows.push_back({f.id, finding_kind_text(f), f.instance, join(f.indicators, ", "), f.text,
                      join(f.evidence, ", ")});
  }
  return t;
}

PlainTable process_notes_table(const ProcessDetail& d) {
  PlainTable t{{"Indicator", "Rating", "Note"}, {16, 6, 60}, {false, false, false}, {}};
  for (const auto& n : d.notes) {
    std::string note = n.note;
    if (n.not_applicable && note.empty()) note = "(no justification given)";
    t.rows.push_back({n.indicator + where(n.instance, n.assessor), n.rating, note});
  }
  return t;
}

} // namespace pace::review
