// SPDX-License-Identifier: MIT
#include <algorithm>

#include <pace/report/review_pack.hpp>
#include <pace/score/score.hpp>

#include "review_history.hpp"

namespace pace {

namespace {

// The attribute columns the pack shows: up to the highest level any process was assessed to,
// as `pace score` and `pace profile` do.
std::vector<std::string> shown_columns(const ScoreSheet& sheet, int& top_assessed) {
  top_assessed = 1;
  for (const auto& p : sheet.processes) {
    if (p.assessed) top_assessed = std::max(top_assessed, p.max_level);
  }
  std::vector<std::string> columns;
  if (sheet.processes.empty()) return columns;
  for (const auto& a : sheet.processes.front().attributes) {
    if (a.level <= top_assessed) columns.push_back(a.id);
  }
  return columns;
}

ReviewSummary summarise(const ScoreSheet& sheet, const Profile& profile, size_t gap_count,
                        size_t largest) {
  ReviewSummary s;
  for (const auto& p : sheet.processes) {
    ++s.processes;
    if (!p.assessed) continue;
    ++s.assessed;
    if (!p.target) continue;
    ++s.with_target;
    if (p.capability_level >= *p.target) ++s.on_target;
  }
  s.maturity = profile.maturity;
  s.largest_gaps = std::min(gap_count, largest);
  return s;
}

std::vector<ProcessLine> process_lines(const ScoreSheet& sheet, size_t columns,
                                       const std::vector<Borderline>& borderline,
                                       const Comparison* comparison) {
  std::vector<ProcessLine> lines;
  for (const auto& p : sheet.processes) {
    ProcessLine line;
    line.id = p.id;
    line.name = p.name;
    line.category = p.category;
    line.assessed = p.assessed;
    line.level = p.capability_level;
    line.target = p.target;
    line.gap = p.assessed ? p.gap() : 0;
    line.attributes.assign(p.attributes.begin(),
                           p.attributes.begin() +
                               static_cast<std::ptrdiff_t>(std::min(columns, p.attributes.size())));
    line.why_not_next = p.why_not_next;
    for (const auto& b : borderline) {
      if (b.process == p.id) line.fragile = b.fragile();
    }
    if (comparison) {
      for (const auto& c : comparison->processes) {
        if (c.new_id != p.id) continue;
        line.change = c.change;
        line.previous_level = c.old_level;
        line.within_noise = c.within_noise;
      }
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

ChangeCounts count_changes(const Comparison& c) {
  ChangeCounts n;
  for (const auto& p : c.processes) {
    switch (p.change) {
    case Change::improved: ++n.improved; break;
    case Change::regressed: ++n.regressed; break;
    case Change::unchanged: ++n.unchanged; break;
    case Change::added: ++n.added; break;
    case Change::retired: ++n.retired; break;
    case Change::not_comparable: ++n.not_comparable; break;
    case Change::sample_changed: ++n.sample_changed; break;
    }
    if (p.within_noise) ++n.within_noise;
  }
  for (const auto& g : c.gaps) {
    if (g.status == GapStatus::closed) ++n.gaps_closed;
    if (g.status == GapStatus::still_open) ++n.gaps_open;
    if (g.status == GapStatus::added) ++n.gaps_new;
  }
  return n;
}

std::vector<ActionLine> action_lines(const std::vector<ProcessGap>& gaps) {
  std::vector<ActionLine> actions;
  for (const auto& g : gaps) {
    int rank = 0;
    for (const auto& step : g.plan.steps)
      actions.push_back({g.id, g.name, ++rank, step});
  }
  return actions;
}

std::vector<EvidenceLine> evidence_lines(const Questionnaire& q,
                                         std::vector<std::string>& uncited) {
  std::vector<EvidenceLine> lines;
  for (const auto& item : q.evidence) {
    EvidenceLine line{item, {}};
    for (const auto& block : q.processes) {
      for (const auto& entry : block.ratings) {
        if (std::find(entry.evidence.begin(), entry.evidence.end(), item.id) ==
            entry.evidence.end()) {
          continue;
        }
        line.cited_by.push_back(
            {block.id, block.instance, block.assessor, entry.id, entry.rating.label});
      }
    }
    if (line.cited_by.empty()) uncited.push_back(item.id);
    lines.push_back(std::move(line));
  }
  return lines;
}

std::string method_text(RatingMethod m) {
  switch (m) {
  case RatingMethod::r1:
    return "every rated indicator of every instance is aggregated at once into the attribute's "
           "achievement";
  case RatingMethod::r2:
    return "each attribute is aggregated within each instance (an assessor's override replaces "
           "that instance's indicators), then across the instances that rated it";
  case RatingMethod::r3:
    return "attribute ratings are the assessors' own judgements (overrides), one per attribute "
           "across the instances; indicators support them and are shown for reference";
  }
  return "";
}

std::string aggregation_text(Aggregation a) {
  switch (a) {
  case Aggregation::mean: return "the arithmetic mean of the percentages";
  case Aggregation::median:
    return "the median of the percentages (the lower middle for an even count)";
  case Aggregation::min: return "the lowest of the percentages";
  }
  return "";
}

MethodSummary method_summary(const Questionnaire& q, const Rubric& rubric,
                             const ReviewOptions& options) {
  MethodSummary m;
  m.rating_method = std::string(to_string(q.assessment.rating_method));
  m.rating_method_text = method_text(q.assessment.rating_method);
  m.aggregation = std::string(to_string(q.assessment.aggregation));
  m.aggregation_text = aggregation_text(q.assessment.aggregation);
  m.scale_id = q.assessment.scale;
  if (const Scale* scale = rubric.framework.find_scale(q.assessment.scale)) {
    m.scale_name = scale->name;
    double lower = 0;
    for (const auto& band : scale->bands) {
      m.bands.push_back({band.label, band.name, lower, band.upper});
      lower = band.upper;
    }
  }
  m.rating_values = rubric.framework.rating_values;
  m.level_rule = "a process reaches level n when every attribute of level n is at least largely "
                 "achieved (L or F) and every attribute of the levels below it is fully achieved "
                 "(F); an attribute without a rating stops the count below its level";
  m.margin = options.gaps.margin;
  m.plan_step = std::string(to_string(options.gaps.plan.step));
  m.pace_version = options.pace_version;
  m.files = options.files;
  return m;
}

// Per process in rubric order: its findings and the notes on its ratings (every `na` too, with
// its justification); processes with neither are left out.
std::vector<ProcessDetail> process_details(const Questionnaire& q,
                                           const std::vector<ProcessLine>& processes,
                                           const std::vector<Finding>& findings) {
  std::vector<ProcessDetail> details;
  for (const auto& p : processes) {
    ProcessDetail d{p.id, p.name, {}, {}};
    for (const auto& f : findings) {
      if (f.process == p.id) d.findings.push_back(f);
    }
    for (const auto& block : q.processes) {
      if (block.id != p.id) continue;
      for (const auto& e : block.ratings) {
        bool na = e.rating.kind == Rating::Kind::not_applicable;
        if (e.note.empty() && !na) continue;
        d.notes.push_back({block.instance, block.assessor, e.id, e.rating.label, e.note, na});
      }
      for (const auto& o : block.attributes) {
        bool na = o.rating.kind == Rating::Kind::not_applicable;
        if (o.note.empty() && !na) continue;
        d.notes.push_back({block.instance, block.assessor, o.id, o.rating.label, o.note, na});
      }
    }
    if (!d.findings.empty() || !d.notes.empty()) details.push_back(std::move(d));
  }
  return details;
}

RegisterReview review_register(const ActionRegister& reg, const std::string& path,
                               const Questionnaire& q, const Rubric& rubric) {
  RegisterReview r;
  r.path = path;
  r.as_of = q.assessment.date;
  r.actions = reg.actions;
  r.standing = summarise_actions(reg, r.as_of);
  r.closures = check_closures(reg, q, rubric);
  for (size_t i = 0; i < reg.actions.size(); ++i) {
    if (reg.actions[i].status == ActionProgress::proposed) {
      r.decisions.push_back({DecisionKind::not_agreed, i, 0, "", {}});
    }
  }
  for (const auto& line : r.standing.lines) { // most overdue first
    if (line.standing != ActionStanding::overdue) continue;
    if (reg.actions[line.action].status == ActionProgress::proposed) continue; // listed above
    r.decisions.push_back({DecisionKind::overdue, line.action, -line.days_left, "", {}});
  }
  for (const auto& c : r.closures) {
    if (c.verdict != ClosureVerdict::not_effective) continue;
    r.decisions.push_back({DecisionKind::not_effective, c.action, 0, c.asked, c.now});
  }
  return r;
}

} // namespace

std::string_view to_string(ReviewDetail d) {
  return d == ReviewDetail::summary ? "summary" : "full";
}

std::string_view to_string(DecisionKind k) {
  switch (k) {
  case DecisionKind::not_agreed: return "not_agreed";
  case DecisionKind::overdue: return "overdue";
  case DecisionKind::not_effective: return "not_effective";
  }
  return "?";
}

std::string_view to_string(ActionStatus s) {
  switch (s) {
  case ActionStatus::closed: return "closed";
  case ActionStatus::open: return "open";
  case ActionStatus::not_reassessed: return "not_reassessed";
  }
  return "open";
}

ReviewPack make_review_pack(const ReviewInput& current, const std::vector<ReviewInput>& previous,
                            const ReviewOptions& options) {
  const Questionnaire& q = *current.questionnaire;
  const Rubric& rubric = *current.rubric;
  ScoreSheet sheet = score(q, rubric);
  Profile profile = build_profile(sheet);
  GapReport gap_report = analyse_gaps(q, rubric, sheet, std::nullopt, options.gaps);

  ReviewPack pack;
  pack.detail = options.detail;
  pack.assessment = q.assessment;
  pack.rubric_id = rubric.id;
  pack.rubric_version = rubric.version;
  pack.rubric_name = rubric.name;
  pack.framework_id = rubric.framework.id;
  pack.framework_version = rubric.framework.version;
  pack.framework_name = rubric.framework.name;

  int top_assessed = 1;
  pack.columns = shown_columns(sheet, top_assessed);
  pack.top_level = top_assessed;
  for (const auto& p : sheet.processes) {
    if (p.target) pack.top_level = std::max(pack.top_level, *p.target);
  }

  History history = review_history(current, previous, sheet, options);
  pack.previous = history.previous;
  pack.comparison = std::move(history.comparison);
  if (pack.comparison) pack.changes = count_changes(*pack.comparison);
  pack.trend_labels = std::move(history.trend_labels);
  pack.trend = std::move(history.trend);
  pack.previous_actions = std::move(history.previous_actions);
  for (const auto& p : previous) {
    auto m = build_profile(score(*p.questionnaire, *p.rubric)).maturity;
    pack.maturity_trend.push_back(m ? std::optional<int>(m->level) : std::nullopt);
  }
  pack.maturity_trend.push_back(profile.maturity ? std::optional<int>(profile.maturity->level)
                                                 : std::nullopt);

  for (const auto& b : gap_report.borderline) {
    if (b.fragile()) pack.fragile.push_back(b);
  }
  pack.processes = process_lines(sheet, pack.columns.size(), gap_report.borderline,
                                 pack.comparison ? &*pack.comparison : nullptr);
  pack.categories = profile.categories;
  pack.overall = profile.overall;
  pack.summary = summarise(sheet, profile, gap_report.gaps.size(), options.largest_gaps);
  pack.gaps = std::move(gap_report.gaps);
  pack.actions = action_lines(pack.gaps);
  pack.findings = q.findings;
  std::stable_sort(pack.findings.begin(), pack.findings.end(), finding_precedes);
  pack.top_findings = std::min(pack.findings.size(), options.top_findings);
  pack.details = process_details(q, pack.processes, pack.findings);
  if (options.actions) {
    pack.register_review = review_register(*options.actions, options.actions_path, q, rubric);
  }
  pack.evidence = evidence_lines(q, pack.uncited);
  pack.method = method_summary(q, rubric, options);
  return pack;
}

} // namespace pace
