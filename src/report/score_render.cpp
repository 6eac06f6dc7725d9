// SPDX-License-Identifier: MIT
#include <algorithm>

#include <pace/diag/control_chars.hpp>
#include <pace/model/number.hpp>
#include <pace/report/finding_render.hpp>
#include <pace/report/profile_render.hpp>
#include <pace/report/score_render.hpp>
#include <pace/report/text_table.hpp>

namespace pace {

namespace {

std::string cell(const AttributeResult& a) {
  if (a.source == AttributeSource::not_assessed) return "-";
  if (!a.achievement) return "?";
  return a.label + (a.source == AttributeSource::assessor_override ? "*" : "");
}

int widest_level(const ScoreSheet& sheet) {
  int top = 1;
  for (const auto& p : sheet.processes)
    top = std::max(top, p.max_level);
  return top;
}

} // namespace

std::string rating_values_text(const std::vector<RatingValue>& values) {
  std::string out;
  for (const auto& v : values) {
    std::string number = format_fixed(v.percent, 2);
    while (number.size() > 1 && number.back() == '0')
      number.pop_back();
    if (number.back() == '.') number.pop_back();
    out += (out.empty() ? "" : ", ") + v.label + " " + number;
  }
  return out;
}

std::string rating_values_line(const std::vector<RatingValue>& values) {
  if (values.empty()) return "";
  return "rating values (percent per label): " + rating_values_text(values) + "\n";
}

std::string render_score_text(const ScoreSheet& sheet) {
  const AssessmentInfo& a = sheet.assessment;
  std::string out = a.organisation + " - " + a.id + " (" + a.date.to_string() + ")\n";
  out += "rubric " + sheet.rubric_id + " " + sheet.rubric_version + ", framework " +
         sheet.framework_id + " " + sheet.framework_version + ", method " +
         std::string(to_string(a.rating_method)) + ", aggregation " +
         std::string(to_string(a.aggregation)) + ", scale " + a.scale + "\n";
  out += rating_values_line(sheet.rating_values) + rubric_origin_text(sheet) + "\n";
  if (!a.summary.empty()) out += "summary:\n" + wrap_text(a.summary, 100, "  ") + "\n";
  int top = widest_level(sheet);
  std::vector<std::string> header = {"process", "name"};
  std::vector<bool> right = {false, false};
  const auto& first = sheet.processes.front().attributes;
  for (const auto& attr : first) {
    if (attr.level > top) continue;
    header.push_back(attr.id);
    right.push_back(false);
  }
  header.insert(header.end(), {"level", "target", "gap"});
  right.insert(right.end(), {true, true, true});
  TextTable table(header, right);
  for (const auto& p : sheet.processes) {
    std::vector<std::string> row = {p.id, truncate_display(p.name, 40)};
    for (const auto& attr : p.attributes) {
      if (attr.level <= top) row.push_back(p.assessed ? cell(attr) : "-");
    }
    row.push_back(p.assessed ? std::to_string(p.capability_level) : "-");
    row.push_back(p.target ? std::to_string(*p.target) : "-");
    row.push_back(p.assessed && p.gap() > 0 ? std::to_string(p.gap()) : "");
    table.add_row(std::move(row));
  }
  out += table.render();
  out += "\n? not rated   - not assessed   * assessor's override\n\nwhy not the next level:\n";
  for (const auto& p : sheet.processes)
    out += "  " + p.why_not_next + "\n";
  out += findings_by_process_text(sheet.processes, "findings:\n");
  return out;
}

std::string findings_by_process_text(const std::vector<const ProcessResult*>& processes,
                                     const std::string& heading) {
  std::string out;
  for (const ProcessResult* p : processes) {
    if (p->findings.empty()) continue;
    out += "  " + p->id + " " + escape_control_chars(p->name) + "\n";
    out += findings_text(p->findings, "    ");
  }
  return out.empty() ? "" : "\n" + heading + out;
}

std::string findings_by_process_text(const std::vector<ProcessResult>& processes,
                                     const std::string& heading) {
  std::vector<const ProcessResult*> all;
  for (const auto& p : processes)
    all.push_back(&p);
  return findings_by_process_text(all, heading);
}

std::string dump_json(const nlohmann::ordered_json& doc) {
  // File names (and any text) that are not valid UTF-8 print with U+FFFD in their place: a
  // JSON document must be valid UTF-8, and nlohmann would throw type_error.316 instead.
  return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

nlohmann::ordered_json assessment_to_json(const ScoreSheet& sheet) {
  const AssessmentInfo& a = sheet.assessment;
  nlohmann::ordered_json j;
  j["id"] = a.id;
  j["organisation"] = a.organisation;
  j["date"] = a.date.to_string();
  j["title"] = a.title;
  j["purpose"] = a.purpose;
  j["scope"] = a.scope;
  j["sponsor"] = a.sponsor;
  j["lead_assessor"] = a.lead_assessor;
  j["assessors"] = a.assessors;
  j["class"] = a.assessment_class ? nlohmann::ordered_json(*a.assessment_class) : nullptr;
  j["max_level"] = a.max_level;
  j["target"] = a.target ? nlohmann::ordered_json(*a.target) : nullptr;
  j["rating_method"] = to_string(a.rating_method);
  j["aggregation"] = to_string(a.aggregation);
  j["scale"] = a.scale;
  if (!sheet.rating_values.empty()) {
    nlohmann::ordered_json values = nlohmann::ordered_json::object();
    for (const auto& v : sheet.rating_values)
      values[v.label] = round_to(v.percent, 4);
    j["rating_values"] = std::move(values);
  }
  return j;
}

nlohmann::ordered_json attribute_to_json(const AttributeResult& a) {
  nlohmann::ordered_json j;
  j["id"] = a.id;
  j["level"] = a.level;
  j["achievement"] = a.achievement ? nlohmann::ordered_json(round_to(*a.achievement, 4)) : nullptr;
  j["rating"] = a.achievement ? nlohmann::ordered_json(a.label) : nullptr;
  j["source"] = to_string(a.source);
  j["indicators_rated"] = a.indicators_rated;
  j["indicators_total"] = a.indicators_total;
  j["indicators_na"] = a.indicators_na;
  if (a.outcomes_rated) j["outcomes_rated"] = *a.outcomes_rated;
  if (a.outcomes_total) j["outcomes_total"] = *a.outcomes_total;
  if (a.indicator_achievement) {
    j["indicator_achievement"] = round_to(*a.indicator_achievement, 4);
  }
  if (!a.note.empty()) j["note"] = a.note;
  return j;
}

nlohmann::ordered_json rubric_to_json(const ScoreSheet& sheet) {
  nlohmann::ordered_json j = {{"id", sheet.rubric_id},
                              {"version", sheet.rubric_version},
                              {"framework", sheet.framework_id},
                              {"framework_version", sheet.framework_version}};
  if (!sheet.rubric_shadowed.empty()) {
    j["file"] = sheet.rubric_path;
    j["sha256"] = sheet.rubric_sha256;
    j["shadows"] = sheet.rubric_shadowed;
  }
  return j;
}

std::string rubric_origin_text(const ScoreSheet& sheet) {
  if (sheet.rubric_shadowed.empty()) return "";
  std::string out =
      "rubric file " + sheet.rubric_path + " (sha256 " + sheet.rubric_sha256 + "), used instead of";
  for (size_t i = 0; i < sheet.rubric_shadowed.size(); ++i) {
    out += (i == 0 ? " " : ", ") + sheet.rubric_shadowed[i];
  }
  return out + "\n";
}

nlohmann::ordered_json score_to_json(const ScoreSheet& sheet) {
  nlohmann::ordered_json doc;
  doc["schema"] = "pace.score/1";
  doc["assessment"] = assessment_to_json(sheet);
  doc["rubric"] = rubric_to_json(sheet);
  doc["summary"] = sheet.assessment.summary;
  nlohmann::ordered_json processes = nlohmann::ordered_json::array();
  for (const auto& p : sheet.processes) {
    nlohmann::ordered_json jp;
    jp["id"] = p.id;
    jp["name"] = p.name;
    jp["category"] = p.category;
    jp["assessed"] = p.assessed;
    jp["capability_level"] = p.assessed ? nlohmann::ordered_json(p.capability_level) : nullptr;
    jp["max_level"] = p.max_level;
    jp["target_level"] = p.target ? nlohmann::ordered_json(*p.target) : nullptr;
    jp["gap"] = p.gap();
    jp["why_not_next"] = p.why_not_next;
    jp["attributes"] = nlohmann::ordered_json::array();
    for (const auto& a : p.attributes)
      jp["attributes"].push_back(attribute_to_json(a));
    jp["instances"] = nlohmann::ordered_json::array();
    for (const auto& inst : p.instances) {
      nlohmann::ordered_json ji;
      ji["instance"] = inst.instance;
      ji["assessors"] = inst.assessors;
      ji["max_level"] = inst.max_level;
      ji["capability_level"] = inst.capability_level;
      ji["attributes"] = nlohmann::ordered_json::array();
      for (const auto& a : inst.attributes)
        ji["attributes"].push_back(attribute_to_json(a));
      jp["instances"].push_back(std::move(ji));
    }
    jp["findings"] = findings_to_json(p.findings);
    processes.push_back(std::move(jp));
  }
  doc["processes"] = std::move(processes);
  doc["profile"] = profile_to_json(build_profile(sheet));
  return doc;
}

std::string render_score_json(const ScoreSheet& sheet) {
  return dump_json(score_to_json(sheet));
}

} // namespace pace
