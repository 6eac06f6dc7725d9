// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cmath>

#include <pace/diag/control_chars.hpp>
#include <pace/model/number.hpp>
#include <pace/report/csv.hpp>
#include <pace/report/finding_render.hpp>
#include <pace/report/gaps_render.hpp>
#include <pace/report/score_render.hpp>
#include <pace/report/text_table.hpp>

namespace pace {

namespace {

// Notes and titles are untrusted: a control character could move the cursor or recolour a
// terminal, and a line break would break the layout, so every one of them prints escaped.
std::string plain(std::string_view text) {
  return escape_control_chars(text);
}

std::string where(const std::string& instance, const std::string& assessor) {
  if (instance.empty() && assessor.empty()) return "";
  if (assessor.empty()) return " (" + plain(instance) + ")";
  if (instance.empty()) return " (" + plain(assessor) + ")";
  return " (" + plain(instance) + ", " + plain(assessor) + ")";
}

std::string required_text(BaseRating required) {
  return required == BaseRating::f ? "F" : "at least " + std::string(base_rating_label(required));
}

std::string achieved_text(const AttributeResult& a) {
  if (!a.achievement)
    return a.source == AttributeSource::not_assessed ? "not assessed" : "not rated";
  return a.label + " " + format_fixed(*a.achievement, 1) + "%" +
         (a.source == AttributeSource::assessor_override ? " (assessor's override)" : "");
}

std::string rating_text(const std::string& label, std::optional<double> percent) {
  if (!percent) return "not rated";
  return label + " (" + format_fixed(*percent, 1) + "%)";
}

std::string join(const std::vector<std::string>& items, const std::string& separator) {
  std::string out;
  for (const auto& item : items)
    out += (out.empty() ? "" : separator) + item;
  return out;
}

std::string plan_summary(const LevelUpPlan& plan) {
  std::string n = std::to_string(plan.changes) + (plan.changes == 1 ? " change" : " changes");
  switch (plan.status) {
  case PlanStatus::minimal: return n;
  case PlanStatus::search_limit: return n + " (not proven minimal)";
  case PlanStatus::unreachable: return "unreachable";
  }
  return "";
}

// "L by Priya Raman, P by Tomasz Kowal": every assessor's rating of a practice a step raises.
std::string raters_text(const std::vector<PlanRater>& raters) {
  std::string text;
  for (const auto& r : raters) {
    text += (text.empty() ? "" : ", ") + (r.rating.empty() ? "unrated" : plain(r.rating)) + " by " +
            (r.assessor.empty() ? "(unnamed)" : plain(r.assessor));
  }
  return text;
}

void render_plan(const ProcessGap& gap, std::string& out) {
  const LevelUpPlan& plan = gap.plan;
  if (plan.status == PlanStatus::unreachable) {
    out += "  level " + std::to_string(gap.target) + " cannot be reached by indicators alone:\n";
    for (const auto& r : plan.reasons)
      out += "    - " + plain(r) + "\n";
    if (plan.steps.empty()) return;
    out += "  these changes would clear the other blocking attributes:\n";
  } else {
    out += "  plan: " + plan_summary(plan) + " to reach level " +
           std::to_string(plan.reaches_level) +
           (plan.status == PlanStatus::minimal ? ", the fewest possible" : "") + "\n";
    for (const auto& r : plan.reasons)
      out += "    note: " + plain(r) + "\n";
  }
  for (size_t i = 0; i < plan.steps.size(); ++i) {
    const PlanStep& s = plan.steps[i];
    out += "    " + std::to_string(i + 1) + ". " + s.indicator + where(s.instance, s.assessor) +
           ": " + (s.from_percent ? plain(s.from) : "not rated") + " -> " + s.to +
           (s.changes > 1 ? " (" + std::to_string(s.changes) + " bands)" : "") + ", " +
           spaced_attribute_id(s.attribute) + " +" + format_fixed(s.effect, 1) + " pp\n";
    if (!s.raters.empty()) out += "       rated " + raters_text(s.raters) + "\n";
    if (!s.text.empty()) out += "       " + truncate_display(plain(s.text), 88) + "\n";
  }
}

void render_gap(const ProcessGap& gap, std::string& out) {
  out += "\n" + gap.id + " " + plain(gap.name) + ": level " + std::to_string(gap.capability_level) +
         ", target " + std::to_string(gap.target) + "\n";
  out += "  " + plain(gap.why_not_next) + "\n";
  for (const auto& b : gap.blocking) {
    out += "  " + spaced_attribute_id(b.attribute.id) + " needs " + required_text(b.required) +
           ", it is " + achieved_text(b.attribute) + "\n";
    if (!b.attribute.note.empty()) out += "    override note: " + plain(b.attribute.note) + "\n";
    for (const auto& i : b.indicators) {
      out += "    " + i.id + where(i.instance, i.assessor) + " " +
             rating_text(plain(i.rating), i.percent);
      if (!i.evidence.empty()) out += " [" + plain(join(i.evidence, ", ")) + "]";
      if (!i.note.empty()) out += ": " + plain(i.note);
      out += "\n";
    }
  }
  render_plan(gap, out);
}

void render_borderline(const GapReport& report, std::string& out) {
  out += "\nborderline (margin " + format_fixed(report.options.margin, 1) + " pp):\n";
  bool any = false;
  for (const auto& b : report.borderline) {
    if (!b.fragile()) continue;
    any = true;
    out += "  " + b.process + " level " + std::to_string(b.capability_level) + " is fragile\n";
    for (const auto& a : b.attributes) {
      out += "    " + spaced_attribute_id(a.id) + " " + a.label + " " +
             format_fixed(a.achievement, 1) + "% is " +
             format_fixed(std::abs(a.achievement - a.edge), 1) + " pp from the " +
             format_fixed(a.edge, 0) + "% edge: across it the level would be " +
             std::to_string(a.level_if_crossed) + "\n";
    }
    // One line per direction and resulting level: the indicators read as a list.
    for (size_t i = 0; i < b.moves.size();) {
      const FragileMove& first = b.moves[i];
      out += std::string("    one band ") + (first.up ? "up" : "down") + " makes it " +
             std::to_string(first.level_after) + ":";
      for (; i < b.moves.size() && b.moves[i].up == first.up &&
             b.moves[i].level_after == first.level_after;
           ++i) {
        const FragileMove& m = b.moves[i];
        out += " " + m.indicator + where(m.instance, m.assessor) + " " + plain(m.from) + "->" +
               m.to +
               (i + 1 < b.moves.size() && b.moves[i + 1].up == first.up &&
                        b.moves[i + 1].level_after == first.level_after
                    ? ","
                    : "");
      }
      out += "\n";
    }
  }
  if (!any) out += "  no level is fragile\n";
}

const ProcessResult* process_of(const ScoreSheet& sheet, const std::string& id) {
  for (const auto& p : sheet.processes) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

} // namespace

std::string render_gaps_text(const GapReport& report) {
  const ScoreSheet& sheet = report.sheet;
  const AssessmentInfo& a = sheet.assessment;
  std::string out = plain(a.organisation) + " - " + plain(a.id) + " (" + a.date.to_string() + ")\n";
  out += report.profile ? "targets from profile '" + plain(report.profile->id) + "' (" +
                              plain(report.profile->name) + ")"
                        : std::string("targets from the questionnaire");
  out += "; method " + std::string(to_string(a.rating_method)) + ", aggregation " +
         std::string(to_string(a.aggregation)) + "; plans step " +
         std::string(to_string(report.options.plan.step)) + "\n";
  out += rating_values_line(sheet.rating_values) + rubric_origin_text(sheet) + "\n";
  if (report.gaps.empty()) {
    out += "no process is below its target\n";
  } else {
    TextTable table({"process", "name", "level", "target", "gap", "plan"},
                    {false, false, true, true, true, false});
    for (const auto& g : report.gaps) {
      table.add_row({g.id, truncate_display(plain(g.name), 40), std::to_string(g.capability_level),
                     std::to_string(g.target), std::to_string(g.target - g.capability_level),
                     plan_summary(g.plan)});
    }
    out += "gap list: " + std::to_string(report.gaps.size()) +
           (report.gaps.size() == 1 ? " process" : " processes") + " below target\n" +
           table.render();
    for (const auto& g : report.gaps) {
      render_gap(g, out);
      if (const ProcessResult* p = process_of(sheet, g.id); p && !p->findings.empty())
        out += "  findings:\n" + findings_text(p->findings, "    ");
    }
  }
  std::vector<const ProcessResult*> without_gap;
  for (const auto& p : sheet.processes) {
    bool listed = std::any_of(report.gaps.begin(), report.gaps.end(),
                              [&](const ProcessGap& g) { return g.id == p.id; });
    if (!listed) without_gap.push_back(&p);
  }
  out += findings_by_process_text(without_gap, "findings on processes without a gap:\n");
  if (!report.not_assessed.empty()) {
    out += "\nnot assessed, so no gap is known: " + join(report.not_assessed, ", ") + "\n";
  }
  out += "\nwhy not the next level:\n";
  for (const auto& p : sheet.processes)
    out += "  " + plain(p.why_not_next) + "\n";
  render_borderline(report, out);
  return out;
}

namespace {

nlohmann::ordered_json optional_number(std::optional<double> v) {
  return v ? nlohmann::ordered_json(round_to(*v, 4)) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json plan_to_json(const LevelUpPlan& plan, const std::string& process_id) {
  nlohmann::ordered_json j;
  j["status"] = to_string(plan.status);
  j["changes"] = plan.changes;
  j["reaches_level"] = plan.reaches_level;
  j["reasons"] = plan.reasons;
  j["steps"] = nlohmann::ordered_json::array();
  for (const auto& s : plan.steps) {
    nlohmann::ordered_json js;
    js["attribute"] = s.attribute;
    js["indicator"] = s.indicator;
    js["text"] = s.text;
    js["instance"] = s.instance;
    js["assessor"] = s.assessor;
    js["raters"] = nlohmann::ordered_json::array();
    for (const auto& r : s.raters)
      js["raters"].push_back({{"assessor", r.assessor}, {"rating", r.rating}});
    js["action_id"] = action_id(s, process_id);
    js["from"] = s.from_percent ? nlohmann::ordered_json(s.from) : nullptr;
    js["from_percent"] = optional_number(s.from_percent);
    js["to"] = s.to;
    js["to_percent"] = round_to(s.to_percent, 4);
    js["changes"] = s.changes;
    js["effect"] = round_to(s.effect, 4);
    j["steps"].push_back(std::move(js));
  }
  return j;
}

nlohmann::ordered_json borderline_to_json(const Borderline& b) {
  nlohmann::ordered_json j;
  j["fragile"] = b.fragile();
  j["attributes"] = nlohmann::ordered_json::array();
  for (const auto& a : b.attributes) {
    j["attributes"].push_back({{"id", a.id},
                               {"achievement", round_to(a.achievement, 4)},
                               {"rating", a.label},
                               {"edge", round_to(a.edge, 4)},
                               {"level_if_crossed", a.level_if_crossed}});
  }
  j["moves"] = nlohmann::ordered_json::array();
  for (const auto& m : b.moves) {
    j["moves"].push_back({{"indicator", m.indicator},
                          {"attribute", m.attribute},
                          {"instance", m.instance},
                          {"assessor", m.assessor},
                          {"from", m.from},
                          {"to", m.to},
                          {"direction", m.up ? "up" : "down"},
                          {"level_after", m.level_after}});
  }
  return j;
}

nlohmann::ordered_json gap_to_json(const ProcessGap& g) {
  nlohmann::ordered_json j;
  j["id"] = g.id;
  j["name"] = g.name;
  j["category"] = g.category;
  j["capability_level"] = g.capability_level;
  j["target_level"] = g.target;
  j["gap"] = g.target - g.capability_level;
  j["why_not_next"] = g.why_not_next;
  j["blocking_attributes"] = nlohmann::ordered_json::array();
  for (const auto& b : g.blocking) {
    nlohmann::ordered_json jb = attribute_to_json(b.attribute);
    jb["required"] = base_rating_label(b.required);
    jb["indicators"] = nlohmann::ordered_json::array();
    for (const auto& i : b.indicators) {
      jb["indicators"].push_back(
          {{"id", i.id},
           {"instance", i.instance},
           {"assessor", i.assessor},
           {"rating", i.percent ? nlohmann::ordered_json(i.rating) : nullptr},
           {"percent", optional_number(i.percent)},
           {"note", i.note},
           {"evidence", i.evidence}});
    }
    j["blocking_attributes"].push_back(std::move(jb));
  }
  j["plan"] = plan_to_json(g.plan, g.id);
  return j;
}

} // namespace

nlohmann::ordered_json gaps_to_json(const GapReport& report) {
  const ScoreSheet& sheet = report.sheet;
  nlohmann::ordered_json doc;
  doc["schema"] = "pace.gaps/1";
  doc["assessment"] = assessment_to_json(sheet);
  doc["rubric"] = rubric_to_json(sheet);
  if (report.profile) {
    doc["targets"] = {
        {"source", "profile"}, {"id", report.profile->id}, {"name", report.profile->name}};
  } else {
    doc["targets"] = {{"source", "questionnaire"}};
  }
  doc["options"] = {{"step", to_string(report.options.plan.step)},
                    {"margin", round_to(report.options.margin, 4)},
                    {"search_limit", report.options.plan.search_limit}};
  doc["gaps"] = nlohmann::ordered_json::array();
  for (const auto& g : report.gaps)
    doc["gaps"].push_back(gap_to_json(g));
  doc["not_assessed"] = report.not_assessed;
  doc["processes"] = nlohmann::ordered_json::array();
  for (const auto& p : sheet.processes) {
    nlohmann::ordered_json jp;
    jp["id"] = p.id;
    jp["assessed"] = p.assessed;
    jp["capability_level"] = p.assessed ? nlohmann::ordered_json(p.capability_level) : nullptr;
    jp["target_level"] = p.target ? nlohmann::ordered_json(*p.target) : nullptr;
    jp["gap"] = p.assessed ? p.gap() : 0;
    jp["why_not_next"] = p.why_not_next;
    jp["borderline"] = nullptr;
    for (const auto& b : report.borderline) {
      if (b.process == p.id) jp["borderline"] = borderline_to_json(b);
    }
    jp["findings"] = findings_to_json(p.findings);
    doc["processes"].push_back(std::move(jp));
  }
  return doc;
}

std::string render_gaps_json(const GapReport& report) {
  return dump_json(gaps_to_json(report));
}

namespace {

// The weaknesses and nonconformities a plan step answers: those of its process and instance
// that name its indicator, or name no indicator at all (they concern the whole process).
std::vector<std::string> findings_on_step(const ScoreSheet& sheet, const std::string& process,
                                          const PlanStep& step) {
  std::vector<std::string> ids;
  const ProcessResult* p = process_of(sheet, process);
  if (!p) return ids;
  for (const Finding& f : p->findings) {
    if (!kind_takes_severity(f.kind)) continue;
    if (!f.instance.empty() && f.instance != step.instance) continue;
    if (!f.indicators.empty() &&
        std::find(f.indicators.begin(), f.indicators.end(), step.indicator) == f.indicators.end())
      continue;
    ids.push_back(f.id);
  }
  return ids;
}

} // namespace

std::string render_actions_csv(const GapReport& report) {
  std::string out = csv_record(
      {"process",   "process_name", "current_level", "target_level", "plan_status",    "step",
       "attribute", "indicator",    "instance",      "assessor",     "current_rating", "new_rating",
       "changes",   "effect_pp",    "detail",        "owner",        "due_date",       "action_id",
       "practice",  "status",       "findings"});
  for (const auto& g : report.gaps) {
    std::vector<std::string> head = {csv_cell(g.id), csv_cell(g.name),
                                     std::to_string(g.capability_level), std::to_string(g.target),
                                     std::string(to_string(g.plan.status))};
    if (g.plan.status == PlanStatus::unreachable) {
      for (const auto& r : g.plan.reasons) {
        std::vector<std::string> row = head;
        row.insert(row.end(),
                   {"", "", "", "", "", "", "", "", "", csv_cell(r), "", "", "", "", "", ""});
        out += csv_record(row);
      }
    }
    for (size_t i = 0; i < g.plan.steps.size(); ++i) {
      const PlanStep& s = g.plan.steps[i];
      std::vector<std::string> row = head;
      row.insert(row.end(), {std::to_string(i + 1), csv_cell(s.attribute), csv_cell(s.indicator),
                             csv_cell(s.instance), csv_cell(s.assessor),
                             s.from_percent ? csv_cell(s.from) : "", csv_cell(s.to),
                             std::to_string(s.changes), format_fixed(s.effect, 1), csv_cell(s.note),
                             "", "", csv_cell(action_id(s, g.id)), csv_cell(s.text), "",
                             csv_cell(finding_ids(findings_on_step(report.sheet, g.id, s)))});
      out += csv_record(row);
    }
  }
  return out;
}

} // namespace pace
