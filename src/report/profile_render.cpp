// SPDX-License-Identifier: MIT
#include <algorithm>

#include <pace/model/number.hpp>
#include <pace/report/csv.hpp>
#include <pace/report/profile_render.hpp>
#include <pace/report/score_render.hpp>
#include <pace/report/text_table.hpp>

namespace pace {

namespace {

using Json = nlohmann::ordered_json;

std::string cell_text(const ProfileCell& c) {
  switch (c.state) {
  case CellState::rated: return c.rating;
  case CellState::not_rated: return "?";
  case CellState::not_assessed: return "-";
  }
  return "?";
}

// The text tables show the attributes up to the highest level any process was assessed to, as
// `pace score` does; JSON and CSV always carry every column.
size_t shown_columns(const Profile& profile) {
  int top = 1;
  for (const auto& row : profile.rows) {
    for (size_t k = 0; k < row.cells.size(); ++k) {
      if (row.cells[k].state != CellState::not_assessed) {
        top = std::max(top, profile.attribute_levels[k]);
      }
    }
  }
  size_t shown = 0;
  while (shown < profile.attribute_levels.size() && profile.attribute_levels[shown] <= top)
    ++shown;
  return shown;
}

std::string spread_text(const std::optional<InstanceSpread>& s) {
  if (!s) return "";
  std::string levels = s->min_level == s->max_level ? "level " + std::to_string(s->min_level)
                                                    : "levels " + std::to_string(s->min_level) +
                                                          "-" + std::to_string(s->max_level);
  return std::to_string(s->instances) + " (" + levels + ")";
}

// Whether the rating in column k of a row is an assessor's override: marked `*` as in `score`.
bool is_override(const ScoreSheet& sheet, const ProfileRow& row, const std::string& attribute) {
  auto p = std::find_if(sheet.processes.begin(), sheet.processes.end(),
                        [&](const ProcessResult& r) { return r.id == row.process; });
  if (p == sheet.processes.end()) return false;
  auto a = std::find_if(p->attributes.begin(), p->attributes.end(),
                        [&](const AttributeResult& r) { return r.id == attribute; });
  return a != p->attributes.end() && a->source == AttributeSource::assessor_override;
}

std::string heat_map(const ScoreSheet& sheet, const Profile& profile, size_t columns) {
  std::vector<std::string> header = {"process", "category"};
  std::vector<bool> right = {false, false};
  for (size_t k = 0; k < columns; ++k) {
    header.push_back(profile.attributes[k]);
    right.push_back(false);
  }
  header.insert(header.end(), {"level", "instances"});
  right.insert(right.end(), {true, false});
  TextTable table(header, right);
  for (const auto& row : profile.rows) {
    std::vector<std::string> cells = {row.process, row.category};
    for (size_t k = 0; k < columns; ++k) {
      bool marked =
          row.cells[k].state == CellState::rated && is_override(sheet, row, profile.attributes[k]);
      // append() rather than operator+ on a temporary: GCC 12 -O3 reports a false -Wrestrict
      // (bug 105651) for the latter.
      std::string text = cell_text(row.cells[k]);
      if (marked) text.append(1, '*');
      cells.push_back(std::move(text));
    }
    cells.push_back(row.assessed ? std::to_string(row.capability_level) : "-");
    cells.push_back(spread_text(row.spread));
    table.add_row(std::move(cells));
  }
  return table.render();
}

std::string optional_number(const std::optional<double>& v, int decimals) {
  return v ? format_fixed(*v, decimals) : "-";
}

std::string optional_level(const std::optional<int>& v) {
  return v ? std::to_string(*v) : "-";
}

std::string level_table(const Profile& profile) {
  std::vector<std::string> header = {"category", "processes", "not assessed"};
  for (int l = 0; l <= profile.max_level; ++l)
    header.push_back("CL" + std::to_string(l));
  header.insert(header.end(), {"min", "median", "mean"});
  std::vector<bool> right(header.size(), true);
  right[0] = false;
  TextTable table(header, right);
  auto add = [&](const std::string& name, const LevelStatistics& s) {
    std::vector<std::string> cells = {name, std::to_string(s.processes),
                                      std::to_string(s.not_assessed)};
    for (int count : s.at_level)
      cells.push_back(std::to_string(count));
    cells.push_back(optional_level(s.min_level));
    cells.push_back(optional_level(s.median_level));
    cells.push_back(optional_number(s.mean_level, 1));
    table.add_row(std::move(cells));
  };
  for (const auto& c : profile.categories)
    add(c.id, c.statistics);
  add("overall", profile.overall);
  return table.render();
}

std::string mean_table(const Profile& profile, size_t columns) {
  std::vector<std::string> header = {"category"};
  for (size_t k = 0; k < columns; ++k)
    header.push_back(profile.attributes[k]);
  std::vector<bool> right(header.size(), true);
  right[0] = false;
  TextTable table(header, right);
  auto add = [&](const std::string& name, const LevelStatistics& s) {
    std::vector<std::string> cells = {name};
    for (size_t k = 0; k < columns; ++k)
      cells.push_back(optional_number(s.attribute_means[k], 1));
    table.add_row(std::move(cells));
  };
  for (const auto& c : profile.categories)
    add(c.id, c.statistics);
  add("overall", profile.overall);
  return table.render();
}

std::string level_name(int level, const std::string& name) {
  return "level " + std::to_string(level) + (name.empty() ? "" : " (" + name + ")");
}

std::string maturity_text(const Profile& profile) {
  if (!profile.maturity) return "organisation maturity: the rubric declares no maturity model\n";
  const MaturityResult& m = *profile.maturity;
  std::string out =
      "organisation maturity: " + level_name(m.level, m.name) + " of " + std::to_string(m.top);
  if (!m.next) return out + ", the highest level of the model\n";
  out += "; " + level_name(*m.next, m.next_name) + " is blocked by " +
         std::to_string(m.blockers.size()) +
         (m.blockers.size() == 1 ? " process:\n" : " processes:\n");
  TextTable table({"process", "required", "achieved"}, {false, true, true});
  for (const auto& b : m.blockers) {
    table.add_row({b.process, std::to_string(b.required),
                   b.achieved ? std::to_string(*b.achieved) : "not assessed"});
  }
  return out + table.render();
}

Json optional_json(const std::optional<int>& v) {
  return v ? Json(*v) : Json(nullptr);
}

Json statistics_to_json(const Profile& profile, const LevelStatistics& s) {
  Json j;
  j["processes"] = s.processes;
  j["assessed"] = s.processes - s.not_assessed;
  j["not_assessed"] = s.not_assessed;
  j["at_level"] = s.at_level;
  j["min_level"] = optional_json(s.min_level);
  j["median_level"] = optional_json(s.median_level);
  j["mean_level"] = s.mean_level ? Json(round_to(*s.mean_level, 4)) : Json(nullptr);
  Json means = Json::object();
  for (size_t k = 0; k < profile.attributes.size(); ++k) {
    const auto& mean = s.attribute_means[k];
    means[profile.attributes[k]] = mean ? Json(round_to(*mean, 4)) : Json(nullptr);
  }
  j["attribute_means"] = std::move(means);
  return j;
}

Json maturity_to_json(const std::optional<MaturityResult>& maturity) {
  if (!maturity) return nullptr;
  Json j;
  j["level"] = maturity->level;
  j["name"] = maturity->level > 0 ? Json(maturity->name) : Json(nullptr);
  j["top"] = maturity->top;
  if (!maturity->next) {
    j["next"] = nullptr;
    return j;
  }
  Json next;
  next["level"] = *maturity->next;
  next["name"] = maturity->next_name;
  next["blockers"] = Json::array();
  for (const auto& b : maturity->blockers) {
    next["blockers"].push_back({{"process", b.process},
                                {"required", b.required},
                                {"achieved", optional_json(b.achieved)},
                                {"assessed", b.achieved.has_value()}});
  }
  j["next"] = std::move(next);
  return j;
}

} // namespace

std::string render_profile_text(const ScoreSheet& sheet, const Profile& profile) {
  const AssessmentInfo& a = sheet.assessment;
  std::string out = a.organisation + " - " + a.id + " (" + a.date.to_string() + ")\n";
  out += "process profile: rubric " + sheet.rubric_id + " " + sheet.rubric_version + ", scale " +
         a.scale + "\n";
  out += rating_values_line(sheet.rating_values) + rubric_origin_text(sheet) + "\n";
  size_t columns = shown_columns(profile);
  out += heat_map(sheet, profile, columns);
  out += "\n? not rated   - not assessed   * assessor's override   instances: count (spread of "
         "their levels)\n\n";
  out += "capability levels by category (processes not assessed are left out of the figures):\n";
  out += level_table(profile);
  out += "\nmean achievement (%) of each attribute, over the processes rated on it:\n";
  out += mean_table(profile, columns);
  out += '\n';
  out += maturity_text(profile); // not "\n" + ...: GCC 12 -O3 reports a false -Wrestrict there
  return out;
}

Json profile_to_json(const Profile& profile) {
  Json body;
  body["attributes"] = Json::array();
  for (size_t k = 0; k < profile.attributes.size(); ++k) {
    body["attributes"].push_back(
        {{"id", profile.attributes[k]}, {"level", profile.attribute_levels[k]}});
  }
  body["processes"] = Json::array();
  for (size_t i = 0; i < profile.rows.size(); ++i) {
    const ProfileRow& row = profile.rows[i];
    Json jp;
    jp["id"] = row.process;
    jp["name"] = row.name;
    jp["category"] = row.category;
    jp["assessed"] = row.assessed;
    jp["capability_level"] = row.assessed ? Json(row.capability_level) : Json(nullptr);
    jp["attributes"] = Json::array();
    for (size_t k = 0; k < row.cells.size(); ++k) {
      auto achievement = profile.cell_achievement(i, k);
      jp["attributes"].push_back(
          {{"id", profile.attributes[k]},
           {"state", to_string(row.cells[k].state)},
           {"rating", achievement ? Json(row.cells[k].rating) : Json(nullptr)},
           {"achievement", achievement ? Json(round_to(*achievement, 4)) : Json(nullptr)}});
    }
    jp["instances"] = row.spread ? Json({{"count", row.spread->instances},
                                         {"min_level", row.spread->min_level},
                                         {"max_level", row.spread->max_level}})
                                 : Json(nullptr);
    body["processes"].push_back(std::move(jp));
  }
  body["categories"] = Json::array();
  for (const auto& c : profile.categories) {
    Json jc;
    jc["id"] = c.id;
    jc["name"] = c.name;
    jc.update(statistics_to_json(profile, c.statistics));
    body["categories"].push_back(std::move(jc));
  }
  body["overall"] = statistics_to_json(profile, profile.overall);
  body["maturity"] = maturity_to_json(profile.maturity);
  return body;
}

std::string render_profile_json(const ScoreSheet& sheet, const Profile& profile) {
  Json doc;
  doc["schema"] = "pace.profile/1";
  doc["assessment"] = assessment_to_json(sheet);
  doc["rubric"] = rubric_to_json(sheet);
  doc.update(profile_to_json(profile));
  return dump_json(doc);
}

std::string render_profile_csv(const Profile& profile) {
  std::string out = csv_record({"process", "name", "category", "capability_level", "attribute",
                                "attribute_level", "state", "rating", "achievement", "instances",
                                "instance_min_level", "instance_max_level"});
  for (size_t i = 0; i < profile.rows.size(); ++i) {
    const ProfileRow& row = profile.rows[i];
    for (size_t k = 0; k < row.cells.size(); ++k) {
      auto achievement = profile.cell_achievement(i, k);
      out +=
          csv_record({csv_cell(row.process), csv_cell(row.name), csv_cell(row.category),
                      row.assessed ? std::to_string(row.capability_level) : "",
                      csv_cell(profile.attributes[k]), std::to_string(profile.attribute_levels[k]),
                      std::string(to_string(row.cells[k].state)),
                      achievement ? csv_cell(row.cells[k].rating) : "",
                      achievement ? format_fixed(*achievement, 1) : "",
                      row.spread ? std::to_string(row.spread->instances) : "",
                      row.spread ? std::to_string(row.spread->min_level) : "",
                      row.spread ? std::to_string(row.spread->max_level) : ""});
    }
  }
  return out;
}

} // namespace pace
