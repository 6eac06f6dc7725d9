// SPDX-License-Identifier: MIT
#include <pace/model/number.hpp>
#include <pace/report/agreement_render.hpp>
#include <pace/report/csv.hpp>
#include <pace/report/score_render.hpp>
#include <pace/report/text_table.hpp>

namespace pace {

namespace {

using Json = nlohmann::ordered_json;

std::string assessor_name(const std::string& assessor) {
  return assessor.empty() ? "(no assessor)" : assessor;
}

std::string instance_title(const ProcessAgreement& p, const InstanceAgreement& i) {
  return p.id + " " + p.name + (i.instance.empty() ? "" : ", instance " + i.instance);
}

std::string alpha_text(const AlphaResult& a) {
  return a.alpha ? format_fixed(*a.alpha, 3) : "-";
}

// "L 72.5%", "P* 32.5%" for an override, "?" when not rated, "-" when not assessed.
std::string rating_cell(const AttributeResult& r) {
  if (r.source == AttributeSource::not_assessed) return "-";
  if (!r.achievement) return "?";
  return r.label + (r.source == AttributeSource::assessor_override ? "*" : "") + " " +
         format_fixed(*r.achievement, 1) + "%";
}

std::string spread_text(const std::optional<double>& spread) {
  return spread ? format_fixed(*spread, 1) : "-";
}

std::string join_names(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names)
    out += (out.empty() ? "" : ", ") + assessor_name(n);
  return out;
}

void render_alpha_table(const AgreementSheet& sheet, std::string& out) {
  TextTable table({"scope", "units", "values", "alpha", "note"}, {false, true, true, true, false});
  auto row = [&](const std::string& scope, const AlphaResult& a) {
    table.add_row({scope, std::to_string(a.units), std::to_string(a.values), alpha_text(a),
                   a.alpha ? "" : a.reason});
  };
  row("all", sheet.overall);
  for (const auto& a : sheet.attributes)
    row(a.id, a.alpha);
  out += table.render();
}

void render_instance(const ProcessAgreement& p, const InstanceAgreement& inst, std::string& out) {
  out += "\n" + instance_title(p, inst) + "\n";
  out += "  assessors: " + join_names(inst.assessors) + "\n";
  std::vector<std::string> header = {"PA"};
  std::vector<bool> right = {false};
  for (const auto& a : inst.assessors) {
    header.push_back(assessor_name(a));
    right.push_back(false);
  }
  header.push_back("spread");
  right.push_back(true);
  TextTable table(header, right);
  for (const auto& pa : inst.attributes) {
    std::vector<std::string> row = {pa.id};
    for (const auto& a : pa.assessors)
      row.push_back(rating_cell(a.result));
    row.push_back(spread_text(pa.spread));
    table.add_row(std::move(row));
  }
  std::string rendered = table.render();
  size_t start = 0;
  while (start < rendered.size()) {
    size_t end = rendered.find('\n', start);
    out += "  " + rendered.substr(start, end - start + 1);
    start = end + 1;
  }
  bool any = false;
  for (const auto& pa : inst.attributes) {
    for (const auto& d : pa.disagreements) {
      if (!any) out += "  differ by two bands or more:\n";
      any = true;
      std::string line = "    " + d.indicator + " (" + pa.id + "):";
      for (size_t k = 0; k < d.ratings.size(); ++k) {
        line +=
            (k == 0 ? " " : ", ") + assessor_name(d.ratings[k].assessor) + " " + d.ratings[k].label;
      }
      out += line + "\n";
      for (const auto& r : d.ratings) {
        if (!r.note.empty()) out += "      " + assessor_name(r.assessor) + ": " + r.note + "\n";
      }
    }
  }
}

Json alpha_to_json(const AlphaResult& a) {
  Json j;
  j["alpha"] = a.alpha ? Json(round_to(*a.alpha, 4)) : Json(nullptr);
  j["units"] = a.units;
  j["values"] = a.values;
  // Without a pairable unit there is nothing to disagree on: null, not a misleading 0.
  bool any = a.units > 0;
  j["observed_disagreement"] = any ? Json(round_to(a.observed_disagreement, 4)) : Json(nullptr);
  j["expected_disagreement"] = any ? Json(round_to(a.expected_disagreement, 4)) : Json(nullptr);
  j["reason"] = a.alpha ? Json(nullptr) : Json(a.reason);
  return j;
}

Json attribute_agreement_to_json(const AttributeAgreement& pa) {
  Json j;
  j["id"] = pa.id;
  j["level"] = pa.level;
  j["spread"] = pa.spread ? Json(round_to(*pa.spread, 4)) : Json(nullptr);
  j["assessors"] = Json::array();
  for (const auto& a : pa.assessors) {
    Json ja;
    ja["assessor"] = a.assessor;
    ja["achievement"] = a.result.achievement ? Json(round_to(*a.result.achievement, 4)) : Json();
    ja["rating"] = a.result.achievement ? Json(a.result.label) : Json(nullptr);
    ja["source"] = to_string(a.result.source);
    if (!a.result.note.empty()) ja["note"] = a.result.note;
    j["assessors"].push_back(std::move(ja));
  }
  j["disagreements"] = Json::array();
  for (const auto& d : pa.disagreements) {
    Json jd;
    jd["indicator"] = d.indicator;
    jd["bands"] = d.bands;
    jd["ratings"] = Json::array();
    for (const auto& r : d.ratings) {
      jd["ratings"].push_back({{"assessor", r.assessor},
                               {"rating", r.label},
                               {"base", base_rating_label(r.base)},
                               {"achievement", round_to(r.percent, 4)},
                               {"note", r.note}});
    }
    j["disagreements"].push_back(std::move(jd));
  }
  return j;
}

} // namespace

std::string render_agreement_text(const AgreementSheet& sheet) {
  const AssessmentInfo& a = sheet.assessment;
  std::string out = a.organisation + " - " + a.id + " (" + a.date.to_string() + ")\n";
  out += "inter-assessor agreement, rubric " + sheet.rubric_id + " " + sheet.rubric_version +
         ", method " + std::string(to_string(a.rating_method)) + ", aggregation " +
         std::string(to_string(a.aggregation)) + ", scale " + a.scale + "\n";
  out += rating_values_line(sheet.rating_values);
  out += "alpha: Krippendorff's alpha, ordinal metric; units are indicator x instance, values the\n"
         "base rating N=0 P=1 L=2 F=3; only indicators rated by two or more assessors count\n\n";
  render_alpha_table(sheet, out);
  std::vector<std::string> single;
  for (const auto& p : sheet.processes) {
    for (const auto& inst : p.instances) {
      if (inst.assessors.size() < 2) {
        single.push_back(p.id + (inst.instance.empty() ? "" : " (" + inst.instance + ")"));
        continue;
      }
      render_instance(p, inst, out);
    }
  }
  if (sheet.instances_compared > 0) {
    out += "\n* assessor's override   ? not rated   - not assessed   spread in percentage points\n";
  }
  if (!single.empty()) {
    // Wrapped at 100 columns: a file of single-assessor blocks lists every process here.
    out += "\nrated by one assessor only, agreement cannot be computed:\n";
    std::string line = " ";
    for (size_t k = 0; k < single.size(); ++k) {
      std::string item = " " + single[k] + (k + 1 < single.size() ? "," : "");
      if (line.size() > 1 && line.size() + item.size() > 100) {
        out += line + "\n";
        line = " ";
      }
      line += item;
    }
    out += line + "\n";
  }
  return out;
}

Json agreement_to_json(const AgreementSheet& sheet) {
  ScoreSheet header;
  header.assessment = sheet.assessment;
  header.rating_values = sheet.rating_values;
  Json doc;
  doc["schema"] = "pace.agreement/1";
  doc["assessment"] = assessment_to_json(header);
  doc["rubric"] = {{"id", sheet.rubric_id}, {"version", sheet.rubric_version}};
  doc["method"] = {{"statistic", "krippendorff_alpha"},
                   {"metric", "ordinal"},
                   {"unit", "indicator x instance"},
                   {"values", {{"N", 0}, {"P", 1}, {"L", 2}, {"F", 3}}},
                   {"wide_disagreement_bands", kWideDisagreementBands}};
  doc["instances_compared"] = sheet.instances_compared;
  Json alpha = alpha_to_json(sheet.overall);
  alpha["attributes"] = Json::array();
  for (const auto& a : sheet.attributes) {
    Json ja = {{"id", a.id}};
    ja.update(alpha_to_json(a.alpha));
    alpha["attributes"].push_back(std::move(ja));
  }
  doc["alpha"] = std::move(alpha);
  doc["processes"] = Json::array();
  for (const auto& p : sheet.processes) {
    Json jp = {{"id", p.id}, {"name", p.name}, {"instances", Json::array()}};
    for (const auto& inst : p.instances) {
      Json ji;
      ji["instance"] = inst.instance;
      ji["assessors"] = inst.assessors;
      bool compared = inst.assessors.size() >= 2;
      ji["compared"] = compared;
      ji["reason"] = compared ? Json(nullptr) : Json("rated by one assessor only");
      ji["attributes"] = Json::array();
      for (const auto& pa : inst.attributes) {
        ji["attributes"].push_back(attribute_agreement_to_json(pa));
      }
      jp["instances"].push_back(std::move(ji));
    }
    doc["processes"].push_back(std::move(jp));
  }
  return doc;
}

std::string render_agreement_json(const AgreementSheet& sheet) {
  return dump_json(agreement_to_json(sheet));
}

std::string render_agreement_csv(const AgreementSheet& sheet) {
  std::string out = csv_record({"kind", "process", "instance", "attribute", "indicator", "assessor",
                                "rating", "value", "spread", "units", "source", "note"});
  auto alpha_record = [&](const std::string& attribute, const AlphaResult& a) {
    out += csv_record({"alpha", "", "", csv_cell(attribute), "", "", "",
                       a.alpha ? format_fixed(*a.alpha, 4) : "", "", std::to_string(a.units), "",
                       a.alpha ? "" : csv_cell(a.reason)});
  };
  alpha_record("", sheet.overall);
  for (const auto& a : sheet.attributes)
    alpha_record(a.id, a.alpha);
  for (const auto& p : sheet.processes) {
    for (const auto& inst : p.instances) {
      for (const auto& pa : inst.attributes) {
        for (const auto& a : pa.assessors) {
          const AttributeResult& r = a.result;
          out += csv_record({"attribute", csv_cell(p.id), csv_cell(inst.instance), csv_cell(pa.id),
                             "", csv_cell(a.assessor), r.achievement ? csv_cell(r.label) : "",
                             r.achievement ? format_fixed(*r.achievement, 2) : "",
                             pa.spread ? format_fixed(*pa.spread, 2) : "", "",
                             csv_cell(to_string(r.source)), csv_cell(r.note)});
        }
      }
      for (const auto& pa : inst.attributes) {
        for (const auto& d : pa.disagreements) {
          for (const auto& r : d.ratings) {
            out += csv_record({"indicator", csv_cell(p.id), csv_cell(inst.instance),
                               csv_cell(pa.id), csv_cell(d.indicator), csv_cell(r.assessor),
                               csv_cell(r.label), std::to_string(static_cast<int>(r.base)),
                               std::to_string(d.bands), "", "", csv_cell(r.note)});
          }
        }
      }
    }
  }
  return out;
}

} // namespace pace
