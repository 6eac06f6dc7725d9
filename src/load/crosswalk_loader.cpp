// SPDX-License-Identifier: MIT
#include <algorithm>
#include <map>
#include <tuple>

#include <pace/diag/spelling.hpp>
#include <pace/load/crosswalk_loader.hpp>

#include "toml_reader.hpp"

namespace pace {

namespace {

std::string quoted_list(const std::vector<std::string>& ids) {
  std::string text;
  for (const auto& id : ids)
    text += (text.empty() ? "'" : ", '") + id + "'";
  return text;
}

RubricEdition read_edition(load::TableReader& reader, std::string_view key, const std::string& path,
                           Diagnostics& diags) {
  RubricEdition edition;
  edition.pos = reader.value_pos(key);
  if (const toml::table* t = reader.table(key, true)) {
    load::TableReader er(*t, load::quote_key(key) + " of [crosswalk]", path, diags);
    edition.rubric = er.string("rubric", true).value_or("");
    edition.version = er.string("version", false).value_or("");
    er.reject_unknown_keys();
  }
  return edition;
}

// Reads `key` as one process id (many == false) or as an array of at least two.
void read_ids(load::TableReader& reader, std::string_view key, bool many, const std::string& where,
              const std::string& path, Diagnostics& diags, std::vector<std::string>& ids,
              std::vector<SourcePos>& positions) {
  const toml::node* n = reader.node(key);
  if (!n) {
    diags.error(reader.pos(), "missing required field '" + std::string(key) + "' in " + where);
    return;
  }
  SourcePos pos = load::to_pos(n->source(), path);
  if (!many) {
    if (!n->is_string()) {
      diags.error(pos, "'" + std::string(key) + "' in " + where +
                           " must be a process id string, not " + load::type_name(*n));
      return;
    }
    ids.push_back(n->as_string()->get());
    positions.push_back(pos);
    return;
  }
  if (!n->is_array()) {
    diags.error(pos, "'" + std::string(key) + "' in " + where +
                         " must be an array of process ids, not " + load::type_name(*n));
    return;
  }
  for (const toml::node& element : *n->as_array()) {
    if (!element.is_string()) {
      diags.error(load::to_pos(element.source(), path), "'" + std::string(key) + "' in " + where +
                                                            " must hold strings, not " +
                                                            load::type_name(element));
      continue;
    }
    ids.push_back(element.as_string()->get());
    positions.push_back(load::to_pos(element.source(), path));
  }
  if (ids.size() < 2) {
    diags.error(pos, "'" + std::string(key) + "' in " + where + " needs at least two processes",
                "a single process belongs in [[map]]");
  }
}

IndicatorRenames read_renames(const toml::table& table, std::string process,
                              const std::string& where, const std::string& path,
                              Diagnostics& diags) {
  IndicatorRenames renames;
  renames.process = std::move(process);
  renames.pos = load::to_pos(table.source(), path);
  for (const auto& [key, value] : table) {
    SourcePos key_pos = load::to_pos(key.source(), path);
    SourcePos value_pos = load::to_pos(value.source(), path);
    if (!value.is_string()) {
      diags.error(value_pos,
                  "indicator '" + std::string(key.str()) + "' in " + where +
                      " must map to an indicator id string, not " + load::type_name(value),
                  "use \"\" for an indicator without a counterpart");
      continue;
    }
    renames.renames.emplace_back(std::string(key.str()), value.as_string()->get());
    renames.key_pos.push_back(key_pos);
    renames.value_pos.push_back(value_pos);
  }
  return renames;
}

ProcessMapping read_mapping(const toml::table& table, ProcessMapping::Kind kind,
                            const std::string& path, Diagnostics& diags) {
  std::string where = "[[" + std::string(to_string(kind)) + "]]";
  load::TableReader reader(table, where, path, diags);
  ProcessMapping m;
  m.kind = kind;
  m.pos = reader.pos();
  read_ids(reader, "from", kind == ProcessMapping::Kind::merge, where, path, diags, m.from,
           m.from_pos);
  read_ids(reader, "to", kind == ProcessMapping::Kind::split, where, path, diags, m.to, m.to_pos);
  m.note = reader.string("note", false).value_or("");
  if (const toml::table* indicators = reader.table("indicators", false)) {
    if (kind == ProcessMapping::Kind::map) {
      m.indicators.push_back(read_renames(*indicators, "", where, path, diags));
    } else {
      // A split redistributes the old process's indicators over its successors, a merge
      // gathers several processes' indicators: one table per process on the "many" side.
      const std::vector<std::string>& many = kind == ProcessMapping::Kind::split ? m.to : m.from;
      for (const auto& [key, value] : *indicators) {
        std::string process(key.str());
        SourcePos key_pos = load::to_pos(key.source(), path);
        if (std::find(many.begin(), many.end(), process) == many.end()) {
          diags.error(key_pos,
                      "'" + process + "' in the indicators of " + where + " is not one of " +
                          quoted_list(many),
                      did_you_mean(process, many));
          continue;
        }
        if (!value.is_table()) {
          diags.error(load::to_pos(value.source(), path),
                      "indicators of '" + process + "' in " + where +
                          " must be a table of old id = new id, not " + load::type_name(value));
          continue;
        }
        m.indicators.push_back(read_renames(*value.as_table(), process,
                                            "the indicators of '" + process + "'", path, diags));
      }
    }
  }
  reader.reject_unknown_keys();
  return m;
}

ProcessNote read_note(const toml::table& table, std::string_view kind, const std::string& path,
                      Diagnostics& diags) {
  load::TableReader reader(table, "[[" + std::string(kind) + "]]", path, diags);
  ProcessNote note;
  note.pos = reader.pos();
  note.process = reader.string("process", true).value_or("");
  note.process_pos = reader.value_pos("process");
  note.note = reader.string("note", false).value_or("");
  reader.reject_unknown_keys();
  return note;
}

// Each old process may appear once on the old side (from or retired), each new process once on
// the new side (to or added): otherwise the crosswalk contradicts itself. Entries are kept by
// kind, so uses are put back in file order to blame the later one.
void check_used_once(const Crosswalk& cw, Diagnostics& diags) {
  struct Use {
    bool old_side;
    std::string id;
    SourcePos pos;
  };
  std::vector<Use> uses;
  for (const auto& m : cw.mappings) {
    for (size_t i = 0; i < m.from.size(); ++i)
      uses.push_back({true, m.from[i], m.from_pos[i]});
    for (size_t i = 0; i < m.to.size(); ++i)
      uses.push_back({false, m.to[i], m.to_pos[i]});
  }
  for (const auto& r : cw.retired)
    uses.push_back({true, r.process, r.process_pos});
  for (const auto& a : cw.added)
    uses.push_back({false, a.process, a.process_pos});
  std::stable_sort(uses.begin(), uses.end(), [](const Use& a, const Use& b) {
    return std::tie(a.pos.line, a.pos.column) < std::tie(b.pos.line, b.pos.column);
  });
  std::map<std::pair<bool, std::string>, SourcePos> seen;
  for (const auto& use : uses) {
    if (use.id.empty()) continue;
    auto [it, fresh] = seen.emplace(std::make_pair(use.old_side, use.id), use.pos);
    if (fresh) continue;
    diags.error(use.pos,
                "process '" + use.id + "' appears twice on the " + (use.old_side ? "old" : "new") +
                    " side of the crosswalk",
                "first named at line " + std::to_string(it->second.line));
  }
}

} // namespace

std::optional<Crosswalk> load_crosswalk(std::string_view text, const std::string& path,
                                        Diagnostics& diags) {
  int errors_before = diags.error_count();
  auto doc = load::parse_toml(text, path, diags);
  if (!doc) return std::nullopt;
  load::TableReader root(*doc, "the crosswalk file", path, diags);
  Crosswalk cw;
  cw.path = path;
  root.integer("schema", true, 1, 1);
  if (const toml::table* header = root.table("crosswalk", true)) {
    load::TableReader hr(*header, "[crosswalk]", path, diags);
    cw.from = read_edition(hr, "from", path, diags);
    cw.to = read_edition(hr, "to", path, diags);
    cw.description = hr.string("description", false).value_or("");
    hr.reject_unknown_keys();
  }
  for (auto kind :
       {ProcessMapping::Kind::map, ProcessMapping::Kind::split, ProcessMapping::Kind::merge}) {
    if (const toml::array* entries = root.array(to_string(kind), false)) {
      for (const toml::node& node : *entries) {
        if (!node.is_table()) {
          diags.error(load::to_pos(node.source(), path),
                      "[[" + std::string(to_string(kind)) + "]] entries must be tables");
          continue;
        }
        cw.mappings.push_back(read_mapping(*node.as_table(), kind, path, diags));
      }
    }
  }
  for (std::string_view kind : {"retired", "added"}) {
    if (const toml::array* entries = root.array(kind, false)) {
      for (const toml::node& node : *entries) {
        if (!node.is_table()) {
          diags.error(load::to_pos(node.source(), path),
                      "[[" + std::string(kind) + "]] entries must be tables");
          continue;
        }
        (kind == "retired" ? cw.retired : cw.added)
            .push_back(read_note(*node.as_table(), kind, path, diags));
      }
    }
  }
  root.reject_unknown_keys();
  check_used_once(cw, diags);
  if (diags.error_count() > errors_before) return std::nullopt;
  return cw;
}

std::optional<CrosswalkHeader> read_crosswalk_header(std::string_view text,
                                                     const std::string& path) {
  Diagnostics ignored;
  auto doc = load::parse_toml(text, path, ignored);
  if (!doc) return std::nullopt;
  const toml::table* header = doc->get_as<toml::table>("crosswalk");
  if (!header) return std::nullopt;
  load::TableReader hr(*header, "[crosswalk]", path, ignored);
  CrosswalkHeader result{read_edition(hr, "from", path, ignored),
                         read_edition(hr, "to", path, ignored)};
  if (ignored.has_errors()) return std::nullopt;
  return result;
}

} // namespace pace
