// SPDX-License-Identifier: MIT
// The machine-readable `pace compare` formats: JSON "pace.compare/1" and CSV.
#include <pace/model/number.hpp>
#include <pace/report/compare_render.hpp>
#include <pace/report/csv.hpp>
#include <pace/report/finding_render.hpp>
#include <pace/report/score_render.hpp>

#include "compare_cells.hpp"

namespace pace {

namespace cells = compare_cells;

namespace {

using Json = nlohmann::ordered_json;

template <typename T> Json or_null(const std::optional<T>& value) {
  return value ? Json(*value) : Json(nullptr);
}

Json percent_or_null(const std::optional<double>& value) {
  return value ? Json(round_to(*value, 4)) : Json(nullptr);
}

Json comparability_json(int both, int either, const std::optional<double>& share) {
  return {{"rated_both", both}, {"rated_either", either}, {"percent", percent_or_null(share)}};
}

Json names_json(const NameDiff& d) {
  return {{"added", d.added}, {"removed", d.removed}, {"kept", d.kept}};
}

void add_process_sample(Json& j, const ProcessChange& row) {
  const ProcessSample& s = row.sample;
  j["instances"] = names_json(s.instances);
  j["assessors"] = {{"added", s.assessors.added}, {"removed", s.assessors.removed}};
  j["max_level"] = {{"old", or_null(s.old_max_level)}, {"new", or_null(s.new_max_level)}};
  j["instances_changed"] = s.instances.changed();
  if (s.kept_old_level && s.kept_new_level) {
    int delta = *s.kept_new_level - *s.kept_old_level;
    j["kept_instances"] = {{"old_level", *s.kept_old_level},
                           {"new_level", *s.kept_new_level},
                           {"change", delta > 0   ? "improved"
                                      : delta < 0 ? "regressed"
                                                  : "unchanged"}};
  } else {
    j["kept_instances"] = nullptr;
  }
  j["sample_changed"] = s.sample_changed;
  j["kept_confirm"] = s.kept_confirm;
}

void add_assessment_sample(Json& j, const Comparison& pair) {
  const AssessmentSample& s = pair.sample;
  j["organisation"] = {
      {"old", s.old_organisation}, {"new", s.new_organisation}, {"same", s.same_organisation()}};
  Json settings;
  for (const auto& setting : s.settings) {
    settings[setting.name] = {
        {"old", setting.old_value}, {"new", setting.new_value}, {"same", !setting.differs()}};
  }
  j["settings"] = std::move(settings);
  j["crosswalk"] = pair.crosswalk_path.empty() ? Json(nullptr) : Json(pair.crosswalk_path);
  j["assessors"] = {
      {"added", s.assessors.added}, {"removed", s.assessors.removed}, {"kept", s.assessors.kept}};
  j["instances"] = {
      {"added", s.instances_added}, {"removed", s.instances_removed}, {"kept", s.instances_kept}};
  j["sample_changed"] = s.sample_changed;
}

Json assessment_json(const AssessmentRef& a) {
  return {{"id", a.id},
          {"organisation", a.organisation},
          {"date", a.date.to_string()},
          {"path", a.path},
          {"rubric", {{"id", a.rubric_id}, {"version", a.rubric_version}}}};
}

Json attribute_json(const AttributeChange& a) {
  Json j;
  j["id"] = a.id;
  j["level"] = a.level;
  j["old_achievement"] = percent_or_null(a.old_achievement);
  j["new_achievement"] = percent_or_null(a.new_achievement);
  j["delta"] = percent_or_null(a.delta());
  j["old_rating"] = a.old_achievement ? Json(a.old_label) : Json(nullptr);
  j["new_rating"] = a.new_achievement ? Json(a.new_label) : Json(nullptr);
  j["crossed_edge"] = a.crossed_edge;
  j["within_noise"] = a.within_noise;
  return j;
}

Json process_json(const ProcessChange& row) {
  Json j;
  j["id"] = row.id;
  j["name"] = row.name;
  j["old_id"] = row.old_id.empty() ? Json(nullptr) : Json(row.old_id);
  j["new_id"] = row.new_id.empty() ? Json(nullptr) : Json(row.new_id);
  j["link"] = to_string(row.link);
  j["merged_from"] = row.merged_from;
  j["link_note"] = row.link_note;
  j["change"] = to_string(row.change);
  j["within_noise"] = row.within_noise;
  j["reason"] = row.reason;
  j["old_level"] = or_null(row.old_level);
  j["new_level"] = or_null(row.new_level);
  j["level_delta"] =
      row.old_level && row.new_level ? Json(*row.new_level - *row.old_level) : Json(nullptr);
  j["comparability"] = comparability_json(row.rated_both, row.rated_either, row.comparability());
  add_process_sample(j["comparability"], row);
  j["attributes"] = Json::array();
  for (const auto& a : row.attributes)
    j["attributes"].push_back(attribute_json(a));
  return j;
}

Json unmapped_json(const std::vector<UnmappedElement>& elements) {
  Json list = Json::array();
  for (const auto& e : elements) {
    list.push_back({{"process", e.process},
                    {"indicator", e.indicator.empty() ? Json(nullptr) : Json(e.indicator)}});
  }
  return list;
}

Json pair_json(const Comparison& pair) {
  Json j;
  j["older"] = pair.older.id;
  j["newer"] = pair.newer.id;
  j["rubrics_differ"] = pair.rubrics_differ;
  j["crosswalk"] = pair.crosswalk_path.empty() ? Json(nullptr) : Json(pair.crosswalk_path);
  j["comparability"] = comparability_json(pair.rated_both, pair.rated_either, pair.comparability());
  add_assessment_sample(j["comparability"], pair);
  Json summary;
  for (Change c : {Change::improved, Change::regressed, Change::unchanged, Change::added,
                   Change::retired, Change::not_comparable, Change::sample_changed}) {
    int count = 0;
    for (const auto& row : pair.processes)
      count += row.change == c ? 1 : 0;
    summary[std::string(to_string(c))] = count;
  }
  int noise = 0;
  for (const auto& row : pair.processes)
    noise += row.within_noise ? 1 : 0;
  summary["within_noise"] = noise;
  j["summary"] = std::move(summary);
  j["processes"] = Json::array();
  for (const auto& row : pair.processes)
    j["processes"].push_back(process_json(row));
  j["gaps"] = Json::array();
  for (const auto& g : pair.gaps) {
    j["gaps"].push_back({{"id", g.id},
                         {"old_id", g.old_id.empty() ? Json(nullptr) : Json(g.old_id)},
                         {"status", to_string(g.status)},
                         {"old_target", or_null(g.old_target)},
                         {"new_target", or_null(g.new_target)},
                         {"old_gap", g.old_gap},
                         {"new_gap", g.new_gap}});
  }
  j["findings"] = Json::array();
  for (const auto& f : pair.findings) {
    Json jf = finding_to_json(f.previous);
    jf["process"] = f.previous.process;
    jf["status"] = to_string(f.status);
    jf["new_process"] = f.process.empty() ? Json(nullptr) : Json(f.process);
    jf["present_in"] = f.by;
    j["findings"].push_back(std::move(jf));
  }
  j["unmapped"] = {{"old", unmapped_json(pair.unmapped_old)},
                   {"new", unmapped_json(pair.unmapped_new)}};
  j["warnings"] = pair.warnings;
  return j;
}

Json trend_json(const CompareReport& report) {
  Json j;
  j["assessments"] = Json::array();
  for (const auto& a : report.assessments)
    j["assessments"].push_back(a.id);
  j["processes"] = Json::array();
  for (const auto& row : report.trend->rows) {
    Json ids = Json::array();
    for (const auto& id : row.ids)
      ids.push_back(id.empty() ? Json(nullptr) : Json(id));
    Json levels = Json::array();
    for (const auto& level : row.levels)
      levels.push_back(or_null(level));
    j["processes"].push_back({{"id", row.id},
                              {"name", row.name},
                              {"ids", std::move(ids)},
                              {"levels", std::move(levels)}});
  }
  return j;
}

std::string csv_optional(const std::optional<int>& value) {
  return value ? std::to_string(*value) : "";
}

// "HQ; Site-B": instance and assessor names in one cell; the unnamed instance is "(unnamed)".
std::string join_names(const std::vector<std::string>& names) {
  std::string text;
  for (const auto& n : names)
    text += (text.empty() ? "" : "; ") + (n.empty() ? std::string("(unnamed)") : n);
  return text;
}

// "rating_method; scale": the settings that differ between the two assessments.
std::string settings_differ(const AssessmentSample& sample) {
  std::string text;
  for (const auto& s : sample.settings) {
    if (s.differs()) text += (text.empty() ? "" : "; ") + s.name;
  }
  return text;
}

std::string csv_points(const std::optional<double>& value) {
  return value ? format_fixed(*value, 1) : "";
}

} // namespace

Json assessment_comparability_json(const Comparison& pair) {
  Json j = Json::object();
  add_assessment_sample(j, pair);
  return j;
}

Json process_comparability_json(const ProcessChange& row) {
  Json j = Json::object();
  add_process_sample(j, row);
  return j;
}

Json compare_to_json(const CompareReport& report) {
  Json doc;
  doc["schema"] = "pace.compare/1";
  doc["margin"] = round_to(report.margin, 4);
  doc["assessments"] = Json::array();
  for (const auto& a : report.assessments)
    doc["assessments"].push_back(assessment_json(a));
  doc["comparisons"] = Json::array();
  for (const auto& pair : report.pairs)
    doc["comparisons"].push_back(pair_json(pair));
  doc["trend"] = report.trend ? trend_json(report) : Json(nullptr);
  return doc;
}

std::string render_compare_json(const CompareReport& report) {
  return dump_json(compare_to_json(report));
}

std::string render_compare_csv(const CompareReport& report) {
  std::vector<std::string> attributes = cells::attribute_ids(report.pairs);
  std::vector<std::string> header = {
      "older",       "newer",      "older_date",   "newer_date",    "process",    "old_process",
      "name",        "link",       "change",       "within_noise",  "old_level",  "new_level",
      "level_delta", "rated_both", "rated_either", "comparability", "old_target", "new_target",
      "old_gap",     "new_gap",    "gap_status",   "reason"};
  for (const auto& id : attributes) {
    for (const char* suffix : {" old", " new", " delta"})
      header.push_back(csv_cell(id + suffix));
  }
  for (const char* name :
       {"instances_added", "instances_removed", "instances_kept", "kept_old_level",
        "kept_new_level", "assessors_added", "assessors_removed", "old_max_level", "new_max_level",
        "same_organisation", "settings_differ", "findings_still_present", "findings_not_present",
        "findings_not_reassessed"})
    header.push_back(name);
  std::string out = csv_record(header);
  for (const auto& pair : report.pairs) {
    for (const auto& row : pair.processes) {
      const GapChange* gap = nullptr;
      for (const auto& g : pair.gaps) {
        if (g.id == row.id) gap = &g;
      }
      std::vector<std::string> fields = {
          csv_cell(pair.older.id),
          csv_cell(pair.newer.id),
          pair.older.date.to_string(),
          pair.newer.date.to_string(),
          csv_cell(row.id),
          csv_cell(row.old_id),
          csv_cell(row.name),
          std::string(to_string(row.link)),
          std::string(to_string(row.change)),
          row.within_noise ? "yes" : "no",
          csv_optional(row.old_level),
          csv_optional(row.new_level),
          row.old_level && row.new_level ? std::to_string(*row.new_level - *row.old_level) : "",
          std::to_string(row.rated_both),
          std::to_string(row.rated_either),
          csv_points(row.comparability()),
          csv_optional(row.old_target),
          csv_optional(row.new_target),
          row.old_level ? std::to_string(gap ? gap->old_gap : 0) : "",
          row.new_level ? std::to_string(gap ? gap->new_gap : 0) : "",
          gap ? std::string(to_string(gap->status)) : "",
          csv_cell(cells::note(row))};
      for (const auto& id : attributes) {
        const AttributeChange* a = nullptr;
        for (const auto& candidate : row.attributes) {
          if (candidate.id == id) a = &candidate;
        }
        fields.push_back(a ? csv_points(a->old_achievement) : "");
        fields.push_back(a ? csv_points(a->new_achievement) : "");
        fields.push_back(a ? csv_points(a->delta()) : "");
      }
      const ProcessSample& sample = row.sample;
      fields.push_back(csv_cell(join_names(sample.instances.added)));
      fields.push_back(csv_cell(join_names(sample.instances.removed)));
      fields.push_back(csv_cell(join_names(sample.instances.kept)));
      fields.push_back(csv_optional(sample.kept_old_level));
      fields.push_back(csv_optional(sample.kept_new_level));
      fields.push_back(csv_cell(join_names(sample.assessors.added)));
      fields.push_back(csv_cell(join_names(sample.assessors.removed)));
      fields.push_back(csv_optional(sample.old_max_level));
      fields.push_back(csv_optional(sample.new_max_level));
      fields.push_back(pair.sample.same_organisation() ? "yes" : "no");
      fields.push_back(csv_cell(settings_differ(pair.sample)));
      for (FindingStatus status : {FindingStatus::still_present, FindingStatus::not_present,
                                   FindingStatus::not_reassessed}) {
        std::vector<std::string> ids;
        for (const auto& f : pair.findings) {
          if (f.status == status && cells::finding_row(pair, f) == &row)
            ids.push_back(f.previous.id);
        }
        fields.push_back(csv_cell(finding_ids(ids)));
      }
      out += csv_record(fields);
    }
  }
  return out;
}

} // namespace pace
