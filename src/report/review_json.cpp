// SPDX-License-Identifier: MIT
// The review pack as the "pace.report/1" JSON document (docs/json-csv.md).
#include <pace/model/number.hpp>
#include <pace/report/compare_render.hpp>
#include <pace/report/review_render.hpp>
#include <pace/report/score_render.hpp>

namespace pace {

namespace {

using Json = nlohmann::ordered_json;

template <typename T> Json optional_json(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

Json percent_json(const std::optional<double>& v) {
  return v ? Json(round_to(*v, 4)) : Json(nullptr);
}

Json assessment_json(const AssessmentInfo& a) {
  return {{"id", a.id},
          {"organisation", a.organisation},
          {"date", a.date.to_string()},
          {"title", a.title},
          {"purpose", a.purpose},
          {"scope", a.scope},
          {"sponsor", a.sponsor},
          {"lead_assessor", a.lead_assessor},
          {"assessors", a.assessors},
          {"class", optional_json(a.assessment_class)},
          {"max_level", a.max_level},
          {"target", optional_json(a.target)},
          {"rating_method", to_string(a.rating_method)},
          {"aggregation", to_string(a.aggregation)},
          {"scale", a.scale},
          {"summary", a.summary}};
}

Json finding_json(const Finding& f) {
  return {{"id", f.id},
          {"process", f.process},
          {"instance", f.instance},
          {"kind", to_string(f.kind)},
          {"severity", f.severity ? Json(std::string(to_string(*f.severity))) : Json(nullptr)},
          {"text", f.text},
          {"indicators", f.indicators},
          {"evidence", f.evidence}};
}

Json date_json(const std::optional<Date>& d) {
  return d ? Json(d->to_string()) : Json(nullptr);
}

Json closure_ratings_json(const std::vector<ClosureRating>& now) {
  Json out = Json::array();
  for (const auto& c : now) {
    out.push_back({{"indicator", c.indicator},
                   {"assessor", c.assessor},
                   {"rating", c.rating},
                   {"reached", c.reached}});
  }
  return out;
}

// The action register as the assessment finds it; null without --actions.
Json register_json(const ReviewPack& pack) {
  if (!pack.register_review) return nullptr;
  const RegisterReview& r = *pack.register_review;
  Json actions = Json::array();
  for (size_t i = 0; i < r.actions.size(); ++i) {
    const RegisteredAction& a = r.actions[i];
    Json standing = nullptr, days_left = nullptr, closure = nullptr;
    for (const auto& line : r.standing.lines) {
      if (line.action != i) continue;
      standing = std::string(to_string(line.standing));
      if (a.due) days_left = line.days_left;
    }
    for (const auto& c : r.closures) {
      if (c.action != i) continue;
      closure = {{"verdict", to_string(c.verdict)},
                 {"asked", c.asked},
                 {"now", closure_ratings_json(c.now)},
                 {"reason", c.reason}};
    }
    actions.push_back({{"id", a.id},
                       {"title", a.title},
                       {"process", a.process},
                       {"instance", a.instance},
                       {"indicators", a.indicators},
                       {"findings", a.findings},
                       {"owner", a.owner},
                       {"due", date_json(a.due)},
                       {"status", to_string(a.status)},
                       {"agreed_on", date_json(a.agreed_on)},
                       {"closed_on", date_json(a.closed_on)},
                       {"note", a.note},
                       {"standing", standing},
                       {"days_left", days_left},
                       {"closure", closure}});
  }
  Json decisions = Json::array();
  for (const auto& d : r.decisions) {
    Json j = {{"kind", to_string(d.kind)}, {"action", r.actions[d.action].id}};
    if (d.kind == DecisionKind::overdue) j["days_overdue"] = d.days_overdue;
    if (d.kind == DecisionKind::not_effective) {
      j["asked"] = d.asked;
      j["now"] = closure_ratings_json(d.now);
    }
    decisions.push_back(j);
  }
  return {{"path", r.path},
          {"as_of", r.as_of.to_string()},
          {"actions", actions},
          {"decisions", decisions}};
}

Json summary_json(const ReviewPack& pack) {
  const ReviewSummary& s = pack.summary;
  Json j = {{"processes", s.processes},
            {"assessed", s.assessed},
            {"with_target", s.with_target},
            {"at_or_above_target", s.on_target}};
  if (s.maturity) {
    Json blockers = Json::array();
    for (const auto& b : s.maturity->blockers) {
      blockers.push_back({{"process", b.process},
                          {"required", b.required},
                          {"achieved", optional_json(b.achieved)}});
    }
    j["maturity"] = {{"level", s.maturity->level},
                     {"name", s.maturity->name},
                     {"top", s.maturity->top},
                     {"next", optional_json(s.maturity->next)},
                     {"next_name", s.maturity->next_name},
                     {"blockers", blockers}};
  } else {
    j["maturity"] = nullptr;
  }
  j["largest_gaps"] = Json::array();
  for (size_t i = 0; i < s.largest_gaps; ++i)
    j["largest_gaps"].push_back(pack.gaps[i].id);
  if (pack.changes) {
    const ChangeCounts& n = *pack.changes;
    j["changes"] = {{"since", pack.comparison->older.id},
                    {"improved", n.improved},
                    {"regressed", n.regressed},
                    {"unchanged", n.unchanged},
                    {"new", n.added},
                    {"retired", n.retired},
                    {"not_comparable", n.not_comparable},
                    {"within_noise", n.within_noise},
                    {"gaps_closed", n.gaps_closed},
                    {"gaps_still_open", n.gaps_open},
                    {"gaps_new", n.gaps_new},
                    {"comparability", percent_json(pack.comparison->comparability())},
                    {"sample_changed", n.sample_changed}};
  } else {
    j["changes"] = nullptr;
  }
  return j;
}

Json statistics_json(const LevelStatistics& s) {
  Json means = Json::array();
  for (const auto& m : s.attribute_means)
    means.push_back(percent_json(m));
  return {{"processes", s.processes},
          {"not_assessed", s.not_assessed},
          {"at_level", s.at_level},
          {"min_level", optional_json(s.min_level)},
          {"median_level", optional_json(s.median_level)},
          {"mean_level", percent_json(s.mean_level)},
          {"attribute_means", means}};
}

Json step_json(const PlanStep& s) {
  Json raters = Json::array();
  for (const auto& r : s.raters)
    raters.push_back({{"assessor", r.assessor}, {"rating", r.rating}});
  return {{"attribute", s.attribute},
          {"indicator", s.indicator},
          {"text", s.text},
          {"instance", s.instance},
          {"assessor", s.assessor},
          {"raters", raters},
          {"from", s.from},
          {"from_percent", percent_json(s.from_percent)},
          {"to", s.to},
          {"to_percent", round_to(s.to_percent, 4)},
          {"changes", s.changes},
          {"effect", round_to(s.effect, 4)},
          {"note", s.note},
          {"evidence", s.evidence}};
}

Json processes_json(const ReviewPack& pack) {
  Json out = Json::array();
  for (const auto& p : pack.processes) {
    Json attributes = Json::array();
    for (const auto& a : p.attributes)
      attributes.push_back(attribute_to_json(a));
    out.push_back({{"id", p.id},
                   {"name", p.name},
                   {"category", p.category},
                   {"assessed", p.assessed},
                   {"capability_level", p.assessed ? Json(p.level) : Json(nullptr)},
                   {"target_level", optional_json(p.target)},
                   {"gap", p.gap},
                   {"previous_level", optional_json(p.previous_level)},
                   {"change", p.change ? Json(to_string(*p.change)) : Json(nullptr)},
                   {"within_noise", p.within_noise},
                   {"fragile", p.fragile},
                   {"why_not_next", p.why_not_next},
                   {"attributes", attributes}});
  }
  return out;
}

Json gaps_json(const ReviewPack& pack) {
  Json out = Json::array();
  for (const auto& g : pack.gaps) {
    Json blocking = Json::array();
    for (const auto& b : g.blocking) {
      blocking.push_back(
          {{"attribute", b.attribute.id},
           {"rating", b.attribute.achievement ? Json(b.attribute.label) : Json(nullptr)},
           {"achievement", percent_json(b.attribute.achievement)},
           {"required", base_rating_label(b.required)}});
    }
    out.push_back({{"id", g.id},
                   {"name", g.name},
                   {"category", g.category},
                   {"capability_level", g.capability_level},
                   {"target_level", g.target},
                   {"gap", g.target - g.capability_level},
                   {"blocking", blocking},
                   {"plan",
                    {{"status", to_string(g.plan.status)},
                     {"changes", g.plan.changes},
                     {"reaches_level", g.plan.reaches_level},
                     {"reasons", g.plan.reasons}}}});
  }
  return out;
}

// changes, gap_changes, trend and previous_actions: what the pack says about earlier assessments.
void add_history(const ReviewPack& pack, Json& doc) {
  Json changes = Json::array();
  Json gap_changes = Json::array();
  if (pack.comparison) {
    for (const auto& c : pack.comparison->processes) {
      changes.push_back({{"id", c.id},
                         {"old_id", c.old_id},
                         {"name", c.name},
                         {"change", to_string(c.change)},
                         {"within_noise", c.within_noise},
                         {"old_level", optional_json(c.old_level)},
                         {"new_level", optional_json(c.new_level)},
                         {"comparability", percent_json(c.comparability())},
                         {"reason", c.reason},
                         {"sample", process_comparability_json(c)}});
    }
    for (const auto& g : pack.comparison->gaps) {
      gap_changes.push_back({{"id", g.id},
                             {"status", to_string(g.status)},
                             {"old_gap", g.old_gap},
                             {"new_gap", g.new_gap}});
    }
  }
  doc["changes"] = changes;
  doc["gap_changes"] = gap_changes;
  if (pack.comparison) {
    Json comparability = assessment_comparability_json(*pack.comparison);
    comparability["rated_both"] = pack.comparison->rated_both;
    comparability["rated_either"] = pack.comparison->rated_either;
    comparability["percent"] = percent_json(pack.comparison->comparability());
    doc["comparability"] = std::move(comparability);
  } else {
    doc["comparability"] = nullptr;
  }
  Json rows = Json::array();
  for (const auto& row : pack.trend) {
    Json levels = Json::array();
    for (const auto& level : row.levels)
      levels.push_back(optional_json(level));
    rows.push_back({{"id", row.id}, {"name", row.name}, {"ids", row.ids}, {"levels", levels}});
  }
  doc["trend"] = {{"assessments", pack.trend_labels}, {"processes", rows}};
  Json actions = Json::array();
  for (const auto& a : pack.previous_actions) {
    actions.push_back({{"process", a.process},
                       {"process_now", a.process_now},
                       {"step", a.rank},
                       {"action", step_json(a.step)},
                       {"rating_now", a.rating_now},
                       {"status", to_string(a.status)}});
  }
  doc["previous_actions"] = actions;
}

Json method_json(const ReviewPack& pack) {
  const MethodSummary& m = pack.method;
  Json bands = Json::array();
  for (const auto& b : m.bands) {
    bands.push_back({{"label", b.label}, {"name", b.name}, {"above", b.lower}, {"up_to", b.upper}});
  }
  Json values = Json::object();
  for (const auto& v : m.rating_values)
    values[v.label] = v.percent;
  Json files = Json::array();
  for (const auto& f : m.files) {
    files.push_back({{"role", f.role},
                     {"name", f.name},
                     {"id", f.id},
                     {"version", f.version},
                     {"sha256", f.sha256}});
  }
  return {{"pace_version", m.pace_version},
          {"rating_method", m.rating_method},
          {"aggregation", m.aggregation},
          {"scale", m.scale_id},
          {"bands", bands},
          {"rating_values", values},
          {"level_rule", m.level_rule},
          {"margin", round_to(m.margin, 4)},
          {"plan_step", m.plan_step},
          {"files", files}};
}

} // namespace

Json review_to_json(const ReviewPack& pack) {
  Json doc;
  doc["schema"] = "pace.report/1";
  doc["assessment"] = assessment_json(pack.assessment);
  doc["rubric"] = {{"id", pack.rubric_id},
                   {"version", pack.rubric_version},
                   {"name", pack.rubric_name},
                   {"framework", pack.framework_id},
                   {"framework_version", pack.framework_version}};
  doc["previous"] = Json::array();
  for (const auto& p : pack.previous) {
    doc["previous"].push_back({{"id", p.id},
                               {"date", p.date.to_string()},
                               {"rubric", p.rubric_id},
                               {"rubric_version", p.rubric_version}});
  }
  doc["summary"] = summary_json(pack);
  doc["attributes"] = pack.columns;
  doc["processes"] = processes_json(pack);
  Json categories = Json::array();
  for (const auto& c : pack.categories) {
    Json jc = {{"id", c.id}, {"name", c.name}};
    jc.update(statistics_json(c.statistics));
    categories.push_back(jc);
  }
  doc["categories"] = categories;
  doc["overall"] = statistics_json(pack.overall);
  doc["gaps"] = gaps_json(pack);
  doc["actions"] = Json::array();
  for (const auto& a : pack.actions) {
    doc["actions"].push_back(
        {{"process", a.process}, {"step", a.rank}, {"action", step_json(a.step)}});
  }
  doc["fragile"] = Json::array();
  for (const auto& b : pack.fragile) {
    Json attributes = Json::array();
    for (const auto& a : b.attributes) {
      attributes.push_back({{"id", a.id},
                            {"achievement", round_to(a.achievement, 4)},
                            {"rating", a.label},
                            {"edge", a.edge},
                            {"level_if_crossed", a.level_if_crossed}});
    }
    Json moves = Json::array();
    for (const auto& m : b.moves) {
      moves.push_back({{"indicator", m.indicator},
                       {"attribute", m.attribute},
                       {"instance", m.instance},
                       {"assessor", m.assessor},
                       {"from", m.from},
                       {"to", m.to},
                       {"level_after", m.level_after}});
    }
    doc["fragile"].push_back({{"process", b.process},
                              {"capability_level", b.capability_level},
                              {"attributes", attributes},
                              {"moves", moves}});
  }
  add_history(pack, doc);
  Json evidence = Json::array();
  for (const auto& e : pack.evidence) {
    Json cited = Json::array();
    for (const auto& c : e.cited_by) {
      cited.push_back({{"process", c.process},
                       {"instance", c.instance},
                       {"assessor", c.assessor},
                       {"indicator", c.indicator},
                       {"rating", c.rating}});
    }
    evidence.push_back({{"id", e.item.id},
                        {"kind", e.item.kind},
                        {"title", e.item.title},
                        {"ref", e.item.ref},
                        {"date", e.item.date ? Json(e.item.date->to_string()) : Json(nullptr)},
                        {"cited_by", cited}});
  }
  doc["evidence"] = evidence;
  doc["method"] = method_json(pack);
  // Added with issue 12; every key above keeps its meaning.
  doc["detail"] = std::string(to_string(pack.detail));
  Json findings = Json::array();
  for (const auto& f : pack.findings)
    findings.push_back(finding_json(f));
  doc["findings"] = findings;
  Json top = Json::array();
  for (size_t i = 0; i < pack.top_findings; ++i)
    top.push_back(pack.findings[i].id);
  doc["top_findings"] = top;
  Json notes = Json::array();
  for (const auto& d : pack.details) {
    for (const auto& n : d.notes) {
      notes.push_back({{"process", d.process},
                       {"instance", n.instance},
                       {"assessor", n.assessor},
                       {"indicator", n.indicator},
                       {"rating", n.rating},
                       {"not_applicable", n.not_applicable},
                       {"note", n.note}});
    }
  }
  doc["rating_notes"] = notes;
  Json maturity = Json::array();
  for (size_t k = 0; k < pack.maturity_trend.size(); ++k) {
    maturity.push_back({{"assessment", k + 1 == pack.maturity_trend.size() ? pack.assessment.id
                                       : k < pack.previous.size()          ? pack.previous[k].id
                                                                           : ""},
                        {"level", optional_json(pack.maturity_trend[k])}});
  }
  doc["maturity_trend"] = maturity;
  doc["register"] = register_json(pack);
  // What the newest comparison warns about (different organisations, rubric editions).
  doc["warnings"] = pack.comparison ? Json(pack.comparison->warnings) : Json::array();
  return doc;
}

std::string render_review_json(const ReviewPack& pack) {
  return dump_json(review_to_json(pack));
}

} // namespace pace
