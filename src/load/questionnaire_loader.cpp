// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cmath>
#include <cstdlib>

#include <pace/diag/spelling.hpp>
#include <pace/load/questionnaire_loader.hpp>

#include "evidence_rules_reader.hpp"
#include "toml_blocks.hpp"
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
  for (const auto& n : names)
    valid += (valid.empty() ? "" : ", ") + n;
  std::string hint = did_you_mean(*text, names);
  diags.error(reader.value_pos(key), "unknown " + std::string(key) + " '" + *text + "'",
              (hint.empty() ? "" : hint + " ") + "(valid: " + valid + ")");
  return std::nullopt;
}

// A rating given as a string or a number; anything else is reported.
std::optional<Rating> read_rating_value(const toml::node& node, const std::string& what,
                                        const load::Origin& path, Diagnostics& diags) {
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
    double v = load::number_value(node);
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

// (GP|PA|BP)[0-9]+, by hand: std::regex recurses per character and overflows the stack on a
// long hostile key.
bool looks_like_split_id(std::string_view key) {
  if (key.size() < 3) return false;
  std::string_view prefix = key.substr(0, 2);
  if (prefix != "GP" && prefix != "PA" && prefix != "BP") return false;
  return key.find_first_not_of("0123456789", 2) == std::string_view::npos;
}

bool is_id_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '_' || c == '-';
}

bool has_digit_keys_only(const toml::table& table) {
  if (table.empty()) return false;
  for (const auto& [key, value] : table) {
    if (key.str().empty() || key.str().find_first_not_of("0123456789") != std::string_view::npos)
      return false;
  }
  return true;
}

// The inner segments of a split id: digits, or the one lowercase letter that ends an attribute
// outcome id (PA2.1.a).
bool has_segment_keys_only(const toml::table& table) {
  if (table.empty()) return false;
  for (const auto& [key, value] : table) {
    std::string_view k = key.str();
    bool letter = k.size() == 1 && k[0] >= 'a' && k[0] <= 'z';
    if (!letter && (k.empty() || k.find_first_not_of("0123456789") != std::string_view::npos))
      return false;
  }
  return true;
}

// Indicator and attribute ids have at most four segments (GP2.1.1, PA1.1); a hostile key nests
// thousands deep, so deeper digit tables end the id with "..." instead of being followed.
constexpr int kMaxSplitDepth = 4;

// TOML reads `GP2.1.1 = "P"` as nested tables GP2 -> 1 -> 1; report each leaf with its real id,
// pointing at the whole dotted key where it was written.
void report_split_ids(const std::string& prefix, const SourcePos& root, const toml::table& table,
                      Diagnostics& diags, int depth = 2) {
  for (const auto& [key, value] : table) {
    std::string id = prefix + "." + std::string(key.str());
    if (const auto* inner = value.as_table(); inner && has_segment_keys_only(*inner)) {
      if (depth < kMaxSplitDepth) {
        report_split_ids(id, root, *inner, diags, depth + 1);
        continue;
      }
      id += "...";
    }
    SourcePos pos = root;
    pos.end_column = pos.column + static_cast<int>(id.size());
    diags.error(pos, "id '" + id + "' must be quoted",
                "TOML splits an unquoted dotted key into nested tables; write \"" + id +
                    "\" = ...");
  }
}

// A list of ids (`evidence = ["E-1", ...]`, `indicators = [...]`) with the place of each id.
void read_id_list(load::TableReader& reader, std::string_view key, std::vector<std::string>& ids,
                  std::vector<SourcePos>& positions, const load::Origin& path, Diagnostics& diags) {
  const toml::array* evidence = reader.array(key, false);
  if (!evidence) return;
  ids.reserve(ids.size() + evidence->size());
  positions.reserve(positions.size() + evidence->size());
  for (const toml::node& e : *evidence) {
    if (!e.is_string()) {
      std::string what = key == "evidence" ? "evidence ids" : std::string(key);
      diags.error(load::to_pos(e.source(), path),
                  what + " must be strings, not " + load::type_name(e));
      continue;
    }
    ids.push_back(e.as_string()->get());
    positions.push_back(load::to_pos(e.source(), path));
  }
}

// The `evidence = ["E-1", ...]` list of a rating or an override.
void read_evidence_ids(load::TableReader& reader, std::vector<std::string>& ids,
                       std::vector<SourcePos>& positions, const load::Origin& path,
                       Diagnostics& diags) {
  read_id_list(reader, "evidence", ids, positions, path, diags);
}

std::vector<IndicatorEntry> read_ratings(const toml::table& table, const std::string& process,
                                         const load::Origin& path, Diagnostics& diags) {
  std::vector<IndicatorEntry> entries;
  entries.reserve(table.size()); // exactly: large questionnaires hold little else
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
                                              const load::Origin& path, Diagnostics& diags) {
  std::vector<AttributeOverride> overrides;
  overrides.reserve(table.size());
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

ProcessBlock read_block(const toml::table& table, const load::Origin& path, Diagnostics& diags) {
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

Evidence read_evidence(const toml::table& table, const load::Origin& path, Diagnostics& diags) {
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

// A finding's kind or severity: the named value, or nullopt after reporting an unknown one.
template <typename Enum>
std::optional<Enum> read_finding_choice(load::TableReader& reader, std::string_view key,
                                        bool required, const std::vector<std::string>& names,
                                        std::optional<Enum> (*from)(std::string_view),
                                        Diagnostics& diags) {
  auto text = reader.string(key, required);
  if (!text) return std::nullopt;
  if (auto value = from(*text)) return value;
  std::string valid;
  for (const auto& n : names)
    valid += (valid.empty() ? "" : ", ") + n;
  std::string hint = did_you_mean(*text, names);
  diags.error(reader.value_pos(key), "unknown finding " + std::string(key) + " '" + *text + "'",
              (hint.empty() ? "" : hint + " ") + "(valid: " + valid + ")");
  return std::nullopt;
}

Finding read_finding(const toml::table& table, const load::Origin& path, Diagnostics& diags) {
  load::TableReader reader(table, "[[finding]]", path, diags);
  Finding f;
  f.pos = reader.pos();
  f.id = reader.string("id", true).value_or("");
  f.id_pos = reader.value_pos("id");
  f.process = reader.string("process", true).value_or("");
  f.process_pos = reader.value_pos("process");
  f.instance = reader.string("instance", false).value_or("");
  f.instance_pos = reader.value_pos("instance");
  f.kind_pos = reader.value_pos("kind");
  auto kind = read_finding_choice<FindingKind>(reader, "kind", true, finding_kind_names(),
                                               finding_kind_from, diags);
  if (kind) f.kind = *kind;
  f.severity_pos = reader.value_pos("severity");
  bool severity_written = reader.node("severity") != nullptr;
  f.severity = read_finding_choice<FindingSeverity>(
      reader, "severity", false, finding_severity_names(), finding_severity_from, diags);
  std::string what = f.id.empty() ? "a finding" : "finding '" + f.id + "'";
  if (kind && kind_takes_severity(*kind) && !severity_written) {
    diags.error(f.kind_pos, "missing severity for " + std::string(to_string(*kind)) + " " + what,
                "add severity = \"major\" or severity = \"minor\"");
  } else if (kind && !kind_takes_severity(*kind) && severity_written) {
    diags.error(f.severity_pos,
                what + " is of kind '" + std::string(to_string(*kind)) + "', which has no severity",
                "only weaknesses and nonconformities are major or minor; remove 'severity'");
    f.severity.reset();
  }
  f.text = reader.string("text", true).value_or("");
  if (reader.node("text") && reader.node("text")->is_string() &&
      f.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    diags.error(reader.value_pos("text"), "empty 'text' in " + what,
                "say what was found, in the assessor's words");
  }
  read_id_list(reader, "evidence", f.evidence, f.evidence_pos, path, diags);
  read_id_list(reader, "indicators", f.indicators, f.indicator_pos, path, diags);
  reader.reject_unknown_keys();
  return f;
}

void read_assessment(const toml::table& table, AssessmentInfo& a, const load::Origin& path,
                     Diagnostics& diags) {
  load::TableReader reader(table, "[assessment]", path, diags);
  a.pos = reader.pos();
  a.id = reader.string("id", true).value_or("");
  bool id_ok = !a.id.empty() && std::all_of(a.id.begin(), a.id.end(), is_id_char);
  if (reader.node("id") && reader.node("id")->is_string() && !id_ok) {
    diags.error(reader.value_pos("id"), "assessment id '" + a.id +
                                            "' may only contain letters, "
                                            "digits, '.', '_' and '-'");
  }
  a.organisation = reader.string("organisation", true).value_or("");
  a.date = reader.date("date", true).value_or(Date{});
  a.rubric = reader.string("rubric", true).value_or("");
  a.rubric_pos = reader.value_pos("rubric");
  if (reader.node("rubric") && reader.node("rubric")->is_string() && a.rubric.empty()) {
    diags.error(a.rubric_pos, "empty 'rubric' in [assessment]",
                "name a rubric by id (see 'pace rubric list') or give a path to its .toml file");
  }
  a.max_level = reader.integer("max_level", true, 1, 5).value_or(0);
  a.rating_method_pos = reader.value_pos("rating_method");
  a.rating_method =
      parse_choice<RatingMethod>(
          reader, "rating_method",
          {{"R1", RatingMethod::r1}, {"R2", RatingMethod::r2}, {"R3", RatingMethod::r3}}, diags)
          .value_or(RatingMethod::r2);
  a.aggregation =
      parse_choice<Aggregation>(
          reader, "aggregation",
          {{"mean", Aggregation::mean}, {"median", Aggregation::median}, {"min", Aggregation::min}},
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
  a.summary = reader.string("summary", false).value_or("");
  reader.reject_unknown_keys();
}

// `process = [1, 2]` parses as an array too; only tables ([[process]] blocks) are entries.
void report_not_a_block(std::string_view key, const toml::node& node, const load::Origin& path,
                        Diagnostics& diags) {
  diags.error(load::to_pos(node.source(), path),
              "each entry of '" + std::string(key) + "' must be a table, not " +
                  load::type_name(node),
              "write each entry as a [[" + std::string(key) + "]] block");
}

} // namespace

namespace {

// The keys before the blocks: the schema and the [assessment] table.
void read_head(load::TableReader& root, Questionnaire& q, const std::string& path,
               Diagnostics& diags) {
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
}

// The keys after the blocks: [evidence_rules], then every key nobody asked for.
void read_tail(load::TableReader& root, Questionnaire& q, const std::string& path,
               Diagnostics& diags) {
  if (const toml::table* rules = root.table("evidence_rules", false)) {
    q.evidence_rules = load::read_evidence_rules(*rules, path, diags);
  }
  root.reject_unknown_keys();
}

// One entry of `evidence`, `process` or `finding`, which must be a table.
void read_entry(std::string_view array, const toml::node& node, Questionnaire& q,
                const load::Origin& origin, Diagnostics& diags) {
  if (!node.is_table()) {
    report_not_a_block(array, node, origin, diags);
  } else if (array == "evidence") {
    q.evidence.push_back(read_evidence(*node.as_table(), origin, diags));
  } else if (array == "finding") {
    q.findings.push_back(read_finding(*node.as_table(), origin, diags));
  } else {
    q.processes.push_back(read_block(*node.as_table(), origin, diags));
  }
}

constexpr std::string_view kBlockArrays[] = {"evidence", "process", "finding"};

// toml++ stops at the first syntax error. After one, each [[process]] and [[evidence]] block is
// parsed on its own so one run reports the syntax error of every block, each at its line in the
// file. The split must be sound for that: the text outside the blocks parses, and the first
// block error is the very error of the whole document (not so when, say, the broken part is
// outside any block or a string runs over several blocks); otherwise only that first error.
void report_syntax_errors(std::string_view text, const std::string& path,
                          const Diagnostic& first_error, Diagnostics& diags) {
  load::SplitToml split = load::split_toml_blocks(
      text, std::vector<std::string_view>(std::begin(kBlockArrays), std::end(kBlockArrays)));
  Diagnostics per_block;
  if (!split.blocks.empty() && load::try_parse_toml(split.rest, path)) {
    const FilePath file(path);
    for (const load::TomlBlock& block : split.blocks)
      (void)load::parse_toml(block.text, load::Origin(file, block.first_line - 1), per_block);
  }
  const auto& found = per_block.items();
  bool sound = !found.empty() && found.front().pos == first_error.pos &&
               found.front().message == first_error.message;
  if (!sound) {
    diags.add(first_error);
    return;
  }
  for (const Diagnostic& d : found)
    diags.add(d);
}

std::optional<Questionnaire> load_whole(std::string_view text, const std::string& path,
                                        Diagnostics& diags) {
  Diagnostics syntax;
  auto doc = load::parse_toml(text, path, syntax);
  if (!doc) {
    report_syntax_errors(text, path, syntax.items().front(), diags);
    return std::nullopt;
  }
  Questionnaire q;
  q.path = path;
  const load::Origin origin(path);
  load::TableReader root(*doc, "the questionnaire", origin, diags);
  read_head(root, q, path, diags);
  for (std::string_view array : kBlockArrays) {
    if (const toml::array* entries = root.array(array, false)) {
      for (const toml::node& node : *entries)
        read_entry(array, node, q, origin, diags);
    }
  }
  read_tail(root, q, path, diags);
  return q;
}

// The same result as load_whole with the tree of one block alive at a time; nullopt when the
// split is not sound for this text (a block that does not parse alone, `process` or `evidence`
// also written outside [[...]] blocks): load_whole then decides, errors included.
std::optional<Questionnaire> load_by_blocks(std::string_view text, const std::string& path,
                                            Diagnostics& diags) {
  load::SplitToml split = load::split_toml_blocks(
      text, std::vector<std::string_view>(std::begin(kBlockArrays), std::end(kBlockArrays)));
  if (split.blocks.empty()) return std::nullopt;
  auto rest = load::try_parse_toml(split.rest, path);
  if (!rest) return std::nullopt;
  for (std::string_view array : kBlockArrays) {
    if (rest->contains(array)) return std::nullopt;
  }
  Diagnostics found; // handed on only once every block has parsed
  Questionnaire q;
  q.path = path;
  const FilePath file(path);
  load::TableReader root(*rest, "the questionnaire", file, found);
  read_head(root, q, path, found);
  for (std::string_view array : kBlockArrays) {
    root.allow(array);
    for (const load::TomlBlock& block : split.blocks) {
      if (block.name != array) continue;
      auto doc = load::try_parse_toml(block.text, path);
      const toml::array* entries =
          doc && doc->size() == 1 ? doc->get_as<toml::array>(array) : nullptr;
      if (!entries || entries->size() != 1) return std::nullopt;
      read_entry(array, *entries->get(0), q, load::Origin(file, block.first_line - 1), found);
    }
  }
  read_tail(root, q, path, found);
  for (const Diagnostic& d : found.items())
    diags.add(d);
  return q;
}

} // namespace

std::optional<Questionnaire> load_questionnaire(std::string_view text, const std::string& path,
                                                Diagnostics& diags, TomlReading reading) {
  if (reading == TomlReading::by_blocks) {
    if (auto q = load_by_blocks(text, path, diags)) return q;
  }
  return load_whole(text, path, diags);
}

} // namespace pace
