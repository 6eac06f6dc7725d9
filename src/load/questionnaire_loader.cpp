// SPDX-License-Identifier: MIT
#include <pace/load/questionnaire_loader.hpp>

#include <cmath>
#include <cstdlib>
#include <regex>

#include <pace/diag/spelling.hpp>

#include "evidence_rules_reader.hpp"
#include "toml_reader.hpp"

namespace pace {

namespace {

const std::vector<std::string> kEvidenceKinds = {"document",    "record",      "interview",
                                                 "observation", "tool-output", "other"};

template <typename Enum>
std::optional<Enum> parse_choice(load::TableReader& reader, std::string_view key,
                                 const std::vector<std::pair<std::string, Enum>>& choices,
                                 Diagnostics& diags) {
  auto text = reader.string(key, false);
  if (!text) return std::nullopt;
  std::vector<std::string> names;
  for (const auto& [name, value] : choices) {
    if (name == *text) return value;
    names.push_back(name);
  }
  std::string valid;
  for (const auto& n : names) valid += (valid.empty() ? "" : ", ") + n;
  std::string hint = did_you_mean(*text, names);
  diags.error(reader.value_pos(key), "unknown " + std::string(key) + " '" + *text + "'",
              (hint.empty() ? "" : hint + " ") + "(valid: " + valid + ")");
  return std::nullopt;
}

// A rating given as a string or a number; anything else is reported.
std::optional<Rating> read_rating_value(const toml::node& node, const std::string& what,
                                        const std::string& path, Diagnostics& diags) {
  Rating rating;
  if (const auto* s = node.as_string()) {
    rating.label = s->get();
    if (rating.label == "na") {
      rating.kind = Rating::Kind::not_applicable;
    } else if (rating.label.empty()) {
      rating.kind = Rating::Kind::unrated;
    } else {
      rating.kind = Rating::Kind::value; // percent resolved by the checker
    }
    return rating;
  }
  if (node.is_number()) {
    double v = *node.value<double>();
    if (!std::isfinite(v)) {
      diags.error(load::to_pos(node.source(), path),
                  "rating of " + what + " must be a number between 0 and 100, not " +
                      (std::isnan(v) ? "nan" : "inf"));
      return std::nullopt;
    }
    if (v < 0 || v > 100) {
      std::string shown;
      if (node.is_integer()) {
        shown = std::to_string(node.as_integer()->get());
      } else {
        // The shortest form that reads back as v: 100.000001 must not print as "100".
        char buffer[64];
        for (int precision = 6; precision <= 17; ++precision) {
          std::snprintf(buffer, sizeof buffer, "%.*g", precision, v);
          if (std::strtod(buffer, nullptr) == v) break;
        }
        shown = buffer;
      }
      diags.error(load::to_pos(node.source(), path),
                  "rating " + shown + " of " + what + " is outside 0-100");
      return std::nullopt;
    }
    rating.kind = Rating::Kind::value;
    rating.explicit_number = true;
    rating.percent = v;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%g", v);
    rating.label = buffer;
    return rating;
  }
  diags.error(load::to_pos(node.source(), path),
              "rating of " + what + " must be a string or a number, not " + load::type_name(node));
  return std::nullopt;
}

// Slow (std::regex): callers test has_digit_keys_only() first, which rules out nearly every table.
bool looks_like_split_id(std::string_view key) {
  static const std::regex pattern("(GP|PA|BP)[0-9]+");
  return std::regex_match(key.begin(), key.end(), pattern);
}

bool has_digit_keys_only(const toml::table& table) {
  if (table.empty()) return false;
  for (const auto& [key, value] : table) {
    if (key.str().empty() || key.str().find_first_not_of("0123456789") != std::string_view::npos)
      return false;
  }
  return true;
}

// TOML reads `GP2.1.1 = "P"` as nested tables GP2 -> 1 -> 1; report each leaf with its real id,
// pointing at the whole dotted key where it was written.
void report_split_ids(const std::string& prefix, const SourcePos& root, const toml::table& table,
                      Diagnostics& diags) {
  for (const auto& [key, value] : table) {
    std::string id = prefix + "." + std::string(key.str());
    if (const auto* inner = value.as_table(); inner && has_digit_keys_only(*inner)) {
      report_split_ids(id, root, *inner, diags);
      continue;
    }
    SourcePos pos = root;
    pos.end_column = pos.column + static_cast<int>(id.size());
    diags.error(pos, "id '" + id + "' must be quoted",
                "TOML splits an unquoted dotted key into nested tables; write \"" + id +
                    "\" = ...");
  }
}

// The `evidence = ["E-1", ...]` list of a rating or an override, with the place of each id.
void read_evidence_ids(load::TableReader& reader, std::vector<std::string>& ids,
                       std::vector<SourcePos>& positions, const std::string& path,
                       Diagnostics& diags) {
  const toml::array* evidence = reader.array("evidence", false);
  if (!evidence) return;
  for (const toml::node& e : *evidence) {
    if (!e.is_string()) {
      diags.error(load::to_pos(e.source(), path),
                  "evidence ids must be strings, not " + load::type_name(e));
      continue;
    }
    ids.push_back(e.as_string()->get());
    positions.push_back(load::to_pos(e.source(), path));
  }
}

std::vector<IndicatorEntry> read_ratings(const toml::table& table, const std::string& process,
                                         const std::string& path, Diagnostics& diags) {
  std::vector<IndicatorEntry> entries;
  for (const auto& [key, value] : table) {
    std::string id(key.str());
    const auto* detail = value.as_table();
    if (detail && has_digit_keys_only(*detail) && looks_like_split_id(id)) {
      report_split_ids(id, load::to_pos(key.source(), path), *detail, diags);
      continue;
    }
    IndicatorEntry entry;
    entry.id = id;
    entry.key_pos = load::to_pos(key.source(), path);
    entry.value_pos = load::to_pos(value.source(), path);
    std::string what = "'" + id + "' in process '" + process + "'";
    if (detail) {
      load::TableReader reader(*detail, what, path, diags);
      const toml::node* rating_node = reader.node("rating");
      if (!rating_node) {
        diags.error(entry.value_pos, "missing required field 'rating' in " + what);
        entry.malformed = true;
      } else if (auto rating = read_rating_value(*rating_node, what, path, diags)) {
        entry.rating = *rating;
        entry.value_pos = load::to_pos(rating_node->source(), path);
      } else {
        entry.malformed = true;
      }
      entry.note = reader.string("note", false).value_or("");
      read_evidence_ids(reader, entry.evidence, entry.evidence_pos, path, diags);
      reader.reject_unknown_keys();
    } else if (auto rating = read_rating_value(value, what, path, diags)) {
      entry.rating = *rating;
    } else {
      entry.malformed = true;
    }
    entries.push_back(std::move(entry));
  }
  return entries;
}

std::vector<AttributeOverride> read_overrides(const toml::table& table, const std::string& process,
                                              const std::string& path, Diagnostics& diags) {
  std::vector<AttributeOverride> overrides;
  for (const auto& [key, value] : table) {
    std::string id(key.str());
    const auto* detail = value.as_table();
    if (detail && has_digit_keys_only(*detail) && looks_like_split_id(id)) {
      report_split_ids(id, load::to_pos(key.source(), path), *detail, diags);
      continue;
    }
    AttributeOverride o;
    o.id = id;
    o.key_pos = load::to_pos(key.source(), path);
    o.value_pos = load::to_pos(value.source(), path);
    std::string what = "attribute '" + id + "' in process '" + process + "'";
    const toml::node* rating_node = &value;
    if (detail) {
      load::TableReader reader(*detail, what, path, diags);
      rating_node = reader.node("rating");
      o.note = reader.string("note", false).value_or("");
      read_evidence_ids(reader, o.evidence, o.evidence_pos, path, diags);
      reader.reject_unknown_keys();
      if (!rating_node) {
        diags.error(o.value_pos, "missing required field 'rating' in " + what);
        continue;
      }
      o.value_pos = load::to_pos(rating_node->source(), path);
    }
    auto rating = read_rating_value(*rating_node, what, path, diags);
    if (!rating) continue;
    o.rating = *rating;
    overrides.push_back(std::move(o));
  }
  return overrides;
}

ProcessBlock read_block(const toml::table& table, const std::string& path, Diagnostics& diags) {
  load::TableReader reader(table, "[[process]]", path, diags);
  ProcessBlock block;
  block.pos = reader.pos();
  block.id = reader.string("id", true).value_or("");
  block.id_pos = reader.value_pos("id");
  block.instance = reader.string("instance", false).value_or("");
  block.assessor = reader.string("assessor", false).value_or("");
  block.max_level = reader.integer("max_level", false, 1, 5);
  block.max_level_pos = reader.value_pos("max_level");
  block.target = reader.integer("target", false, 0, 5);
  if (const toml::table* ratings = reader.table("ratings", false)) {
    block.ratings = read_ratings(*ratings, block.id, path, diags);
  }
  if (const toml::table* attributes = reader.table("attributes", false)) {
    block.attributes = read_overrides(*attributes, block.id, path, diags);
  }
  reader.reject_unknown_keys();
  return block;
}

Evidence read_evidence(const toml::table& table, const std::string& path, Diagnostics& diags) {
  load::TableReader reader(table, "[[evidence]]", path, diags);
  Evidence e;
  e.pos = reader.pos();
  e.id = reader.string("id", true).value_or("");
  e.kind = reader.string("kind", true).value_or("");
  if (!e.kind.empty() &&
      std::find(kEvidenceKinds.begin(), kEvidenceKinds.end(), e.kind) == kEvidenceKinds.end()) {
    std::string hint = did_you_mean(e.kind, kEvidenceKinds);
    diags.error(reader.value_pos("kind"), "unknown evidence kind '" + e.kind + "'",
                (hint.empty() ? "" : hint + " ") +
                    "(valid: document, record, interview, observation, tool-output, other)");
  }
  e.title = reader.string("title", true).value_or("");
  e.ref = reader.string("ref", false).value_or("");
  e.date = reader.date("date", false);
  e.date_pos = reader.value_pos("date");
  reader.reject_unknown_keys();
  return e;
}

void read_assessment(const toml::table& table, AssessmentInfo& a, const std::string& path,
                     Diagnostics& diags) {
  load::TableReader reader(table, "[assessment]", path, diags);
  a.pos = reader.pos();
  a.id = reader.string("id", true).value_or("");
  static const std::regex id_pattern("[A-Za-z0-9._-]+");
  if (reader.node("id") && reader.node("id")->is_string() && !std::regex_match(a.id, id_pattern)) {
    diags.error(reader.value_pos("id"), "assessment id '" + a.id + "' may only contain letters, "
                                        "digits, '.', '_' and '-'");
  }
  a.organisation = reader.string("organisation", true).value_or("");
  a.date = reader.date("date", true).value_or(Date{});
  a.rubric = reader.string("rubric", true).value_or("");
  a.rubric_pos = reader.value_pos("rubric");
  a.max_level = reader.integer("max_level", true, 1, 5).value_or(0);
  a.rating_method_pos = reader.value_pos("rating_method");
  a.rating_method = parse_choice<RatingMethod>(reader, "rating_method",
                                               {{"R1", RatingMethod::r1},
                                                {"R2", RatingMethod::r2},
                                                {"R3", RatingMethod::r3}},
                                               diags)
                        .value_or(RatingMethod::r2);
  a.aggregation = parse_choice<Aggregation>(reader, "aggregation",
                                            {{"mean", Aggregation::mean},
                                             {"median", Aggregation::median},
                                             {"min", Aggregation::min}},
                                            diags)
                      .value_or(Aggregation::mean);
  a.scale = reader.string("scale", false).value_or("nplf");
  a.scale_pos = reader.value_pos("scale");
  a.target = reader.integer("target", false, 0, 5);
  a.title = reader.string("title", false).value_or("");
  a.purpose = reader.string("purpose", false).value_or("");
  a.scope = reader.string("scope", false).value_or("");
  a.sponsor = reader.string("sponsor", false).value_or("");
  a.lead_assessor = reader.string("lead_assessor", false).value_or("");
  a.assessors = reader.string_array("assessors", false).value_or(std::vector<std::string>{});
  a.assessment_class = reader.integer("class", false, 1, 3);
  reader.reject_unknown_keys();
}

// `process = [1, 2]` parses as an array too; only tables ([[process]] blocks) are entries.
void report_not_a_block(std::string_view key, const toml::node& node, const std::string& path,
                        Diagnostics& diags) {
  diags.error(load::to_pos(node.source(), path),
              "each entry of '" + std::string(key) + "' must be a table, not " +
                  load::type_name(node),
              "write each entry as a [[" + std::string(key) + "]] block");
}

} // namespace

std::optional<Questionnaire> load_questionnaire(std::string_view text, const std::string& path,
                                                Diagnostics& diags) {
  auto doc = load::parse_toml(text, path, diags);
  if (!doc) return std::nullopt;
  Questionnaire q;
  q.path = path;
  load::TableReader root(*doc, "the questionnaire", path, diags);
  if (const toml::node* schema = root.node("schema")) {
    if (!schema->is_integer() || schema->as_integer()->get() != 1) {
      diags.error(load::to_pos(schema->source(), path), "unsupported questionnaire schema",
                  "this version of pace reads schema = 1");
    } else {
      q.schema = 1;
    }
  } else {
    diags.error({path, 1, 1, 0}, "missing required field 'schema' in the questionnaire",
                "add 'schema = 1' at the top of the file");
  }
  if (const toml::table* assessment = root.table("assessment", false)) {
    read_assessment(*assessment, q.assessment, path, diags);
  } else if (!root.node("assessment")) {
    diags.error({path, 1, 1, 0}, "missing required table [assessment]");
  }
  if (const toml::array* evidence = root.array("evidence", false)) {
    for (const toml::node& node : *evidence) {
      if (node.is_table()) {
        q.evidence.push_back(read_evidence(*node.as_table(), path, diags));
      } else {
        report_not_a_block("evidence", node, path, diags);
      }
    }
  }
  if (const toml::array* processes = root.array("process", false)) {
    for (const toml::node& node : *processes) {
      if (node.is_table()) {
        q.processes.push_back(read_block(*node.as_table(), path, diags));
      } else {
        report_not_a_block("process", node, path, diags);
      }
    }
  }
  if (const toml::table* rules = root.table("evidence_rules", false)) {
    q.evidence_rules = load::read_evidence_rules(*rules, path, diags);
  }
  root.reject_unknown_keys();
  return q;
}

} // namespace pace
