// SPDX-License-Identifier: MIT
#include <algorithm>
#include <set>

#include <pace/diag/spelling.hpp>
#include <pace/load/rubric_loader.hpp>

#include "evidence_rules_reader.hpp"
#include "toml_blocks.hpp"
#include "toml_reader.hpp"

namespace pace {

namespace {

ProcessDef read_process(const toml::table& table, const std::string& path, Diagnostics& diags) {
  load::TableReader pr(table, "[[process]]", path, diags);
  ProcessDef process;
  process.id = pr.string("id", true).value_or("");
  process.name = pr.string("name", true).value_or("");
  process.category = pr.string("category", true).value_or("");
  process.purpose = pr.string("purpose", true).value_or("");
  process.iso27001 = pr.string_array("iso27001", false).value_or(std::vector<std::string>{});
  std::set<std::string> outcome_ids;
  if (const toml::array* outcomes = pr.array("outcome", true)) {
    for (const toml::node& node : *outcomes) {
      if (!node.is_table()) continue;
      load::TableReader orr(*node.as_table(), "outcome of '" + process.id + "'", path, diags);
      Outcome outcome{orr.string("id", true).value_or(""), orr.string("text", true).value_or("")};
      if (!outcome_ids.insert(outcome.id).second) {
        diags.error(orr.value_pos("id"),
                    "duplicate outcome '" + outcome.id + "' in '" + process.id + "'");
      }
      orr.reject_unknown_keys();
      process.outcomes.push_back(std::move(outcome));
    }
  }
  std::set<std::string> practice_ids;
  if (const toml::array* practices = pr.array("practice", true)) {
    for (const toml::node& node : *practices) {
      if (!node.is_table()) continue;
      load::TableReader br(*node.as_table(), "practice of '" + process.id + "'", path, diags);
      BasePractice bp;
      bp.id = br.string("id", true).value_or("");
      bp.text = br.string("text", true).value_or("");
      bp.outcomes = br.string_array("outcomes", false).value_or(std::vector<std::string>{});
      bp.iso27001 = br.string_array("iso27001", false).value_or(std::vector<std::string>{});
      // BP[1-9][0-9]* by hand: std::regex recurses per character of a long hostile id.
      bool bp_ok = bp.id.size() > 2 && bp.id.compare(0, 2, "BP") == 0 && bp.id[2] != '0' &&
                   bp.id.find_first_not_of("0123456789", 2) == std::string::npos;
      if (!bp_ok) {
        diags.error(br.value_pos("id"), "base practice id '" + bp.id + "' must look like 'BP1'");
      }
      if (!practice_ids.insert(bp.id).second) {
        diags.error(br.value_pos("id"),
                    "duplicate practice '" + bp.id + "' in '" + process.id + "'");
      }
      std::vector<std::string> known(outcome_ids.begin(), outcome_ids.end());
      for (const auto& outcome : bp.outcomes) {
        if (!outcome_ids.count(outcome)) {
          diags.error(br.value_pos("outcomes"),
                      "unknown outcome '" + outcome + "' in practice '" + bp.id + "' of '" +
                          process.id + "'",
                      did_you_mean(outcome, known));
        }
      }
      br.reject_unknown_keys();
      process.practices.push_back(std::move(bp));
    }
  }
  for (const auto& bp : process.practices) {
    if (bp.outcomes.empty()) {
      diags.warning(pr.pos(),
                    "base practice '" + bp.id + "' of '" + process.id +
                        "' achieves no outcome: rating method R1 leaves its ratings out",
                    "list the outcomes it helps achieve in its 'outcomes'");
    }
  }
  for (const auto& outcome : process.outcomes) {
    bool achieved = std::any_of(
        process.practices.begin(), process.practices.end(), [&](const BasePractice& bp) {
          return std::find(bp.outcomes.begin(), bp.outcomes.end(), outcome.id) != bp.outcomes.end();
        });
    if (!achieved && !process.practices.empty()) {
      diags.error(pr.pos(),
                  "outcome '" + outcome.id + "' of '" + process.id +
                      "' is achieved by no base practice",
                  "list it in the 'outcomes' of the practice that achieves it");
    }
  }
  pr.reject_unknown_keys();
  return process;
}

// A staged level's `processes = [...]`: the processes it adds. Its requirements are every
// process of its own set and of every lower level's set at capability level n, rubric order.
void read_process_set(load::TableReader& lr, MaturityLevelDef& level,
                      const std::vector<std::string>& process_ids, const Rubric& rubric,
                      const std::string& path, Diagnostics& diags) {
  const toml::node* node = lr.node("processes");
  if (node && node->is_table()) {
    diags.error(lr.value_pos("processes"),
                "in a staged maturity model, 'processes' lists the processes level " +
                    std::to_string(level.level) + " adds, as an array",
                "write processes = [\"COR.3\", ...]; the required capability level is the "
                "maturity level");
    return;
  }
  level.process_set = lr.string_array("processes", false).value_or(std::vector<std::string>{});
  const toml::array* array = node ? node->as_array() : nullptr;
  std::set<std::string> in_lower;
  for (const auto& m : rubric.maturity)
    in_lower.insert(m.process_set.begin(), m.process_set.end());
  std::set<std::string> seen;
  for (size_t i = 0; i < level.process_set.size(); ++i) {
    const std::string& id = level.process_set[i];
    SourcePos pos = array && i < array->size() ? load::to_pos(array->get(i)->source(), path)
                                               : lr.value_pos("processes");
    if (!rubric.find_process(id)) {
      diags.error(pos, "unknown process '" + id + "'", did_you_mean(id, process_ids));
    } else if (in_lower.count(id)) {
      diags.error(pos, "process '" + id + "' is already in the set of a lower maturity level",
                  "in a staged model each process belongs to one set; lower sets are raised "
                  "to each higher level anyway");
    } else if (!seen.insert(id).second) {
      diags.error(pos, "process '" + id + "' is listed twice");
    }
  }
  std::set<std::string> members = in_lower;
  members.insert(level.process_set.begin(), level.process_set.end());
  for (const auto& p : rubric.processes) {
    if (members.count(p.id)) level.requirements.push_back({p.id, level.level});
  }
}

void read_maturity(const toml::table& table, Rubric& rubric, const std::string& path,
                   Diagnostics& diags) {
  load::TableReader mr(table, "[maturity]", path, diags);
  rubric.maturity_description = mr.string("description", false).value_or("");
  if (const toml::node* staged = mr.node("staged")) {
    if (staged->is_boolean()) {
      rubric.maturity_staged = staged->as_boolean()->get();
    } else {
      diags.error(mr.value_pos("staged"),
                  "'staged' in [maturity] must be true or false, not " + load::type_name(*staged));
    }
  }
  std::vector<std::string> process_ids = rubric.process_ids();
  if (const toml::array* levels = mr.array("level", true)) {
    for (const toml::node& node : *levels) {
      if (!node.is_table()) continue;
      load::TableReader lr(*node.as_table(), "[[maturity.level]]", path, diags);
      MaturityLevelDef level;
      level.level = lr.integer("level", true, 1, 5).value_or(0);
      level.name = lr.string("name", true).value_or("");
      level.rationale = lr.string("rationale", false).value_or("");
      int expected = rubric.maturity.empty() ? 1 : rubric.maturity.back().level + 1;
      if (level.level != 0 && level.level != expected) {
        diags.error(lr.value_pos("level"), "maturity levels must be listed 1, 2, 3 ... in order",
                    "expected level " + std::to_string(expected));
      }
      const toml::node* processes_node = lr.node("processes");
      if (rubric.maturity_staged) {
        read_process_set(lr, level, process_ids, rubric, path, diags);
      } else if (processes_node && processes_node->is_array()) {
        diags.error(lr.value_pos("processes"),
                    "maturity level " + std::to_string(level.level) +
                        " lists a process set, which only a staged model has",
                    "add 'staged = true' to [maturity], or give each process its required "
                    "capability level: [maturity.level.processes] \"COR.3\" = 2");
      } else if (const toml::table* processes = lr.table("processes", true)) {
        for (const auto& [key, value] : *processes) {
          std::string id(key.str());
          if (!rubric.find_process(id)) {
            diags.error(load::to_pos(key.source(), path), "unknown process '" + id + "'",
                        did_you_mean(id, process_ids));
          }
          auto required = value.value<int64_t>();
          if (!value.is_integer() || *required < 0 || *required > 5) {
            diags.error(load::to_pos(value.source(), path),
                        "required capability level of '" + id + "' must be an integer 0-5");
            continue;
          }
          level.requirements.push_back({id, static_cast<int>(*required)});
        }
      }
      lr.reject_unknown_keys();
      rubric.maturity.push_back(std::move(level));
    }
  }
  mr.reject_unknown_keys();
}

} // namespace

std::optional<Rubric> load_rubric(std::string_view text, const std::string& path,
                                  Diagnostics& diags) {
  int errors_before = diags.error_count();
  auto doc = load::parse_toml(text, path, diags);
  if (!doc) return std::nullopt;
  load::TableReader root(*doc, "the rubric file", path, diags);
  Rubric rubric;
  rubric.path = path;
  root.integer("schema", true, 1, 1);
  if (const toml::table* header = root.table("rubric", true)) {
    load::TableReader hr(*header, "[rubric]", path, diags);
    rubric.id = hr.string("id", true).value_or("");
    rubric.version = hr.string("version", true).value_or("");
    rubric.name = hr.string("name", true).value_or("");
    rubric.framework_id = hr.string("framework", true).value_or("");
    rubric.framework_pos = hr.value_pos("framework");
    rubric.description = hr.string("description", false).value_or("");
    rubric.source = hr.string("source", false).value_or("");
    hr.reject_unknown_keys();
  }
  if (const toml::array* categories = root.array("category", true)) {
    for (const toml::node& node : *categories) {
      if (!node.is_table()) continue;
      load::TableReader cr(*node.as_table(), "[[category]]", path, diags);
      Category c{cr.string("id", true).value_or(""), cr.string("name", true).value_or(""),
                 cr.string("description", false).value_or("")};
      if (rubric.find_category(c.id)) {
        diags.error(cr.value_pos("id"), "duplicate category '" + c.id + "'");
      }
      cr.reject_unknown_keys();
      rubric.categories.push_back(std::move(c));
    }
  }
  std::vector<std::string> category_ids;
  for (const auto& c : rubric.categories)
    category_ids.push_back(c.id);
  if (const toml::array* processes = root.array("process", true)) {
    for (const toml::node& node : *processes) {
      if (!node.is_table()) continue;
      ProcessDef process = read_process(*node.as_table(), path, diags);
      load::TableReader pr(*node.as_table(), "[[process]]", path, diags);
      if (rubric.find_process(process.id)) {
        diags.error(pr.value_pos("id"), "duplicate process '" + process.id + "'");
      }
      if (!process.category.empty() && !rubric.find_category(process.category)) {
        diags.error(pr.value_pos("category"), "unknown category '" + process.category + "'",
                    did_you_mean(process.category, category_ids));
      }
      rubric.processes.push_back(std::move(process));
    }
  }
  if (const toml::table* maturity = root.table("maturity", false)) {
    read_maturity(*maturity, rubric, path, diags);
  }
  if (const toml::table* rules = root.table("evidence_rules", false)) {
    rubric.evidence_rules = load::read_evidence_rules(*rules, path, diags);
  }
  root.reject_unknown_keys();
  if (diags.error_count() > errors_before) return std::nullopt;
  return rubric;
}

bool bind_framework(Rubric& rubric, Framework framework, Diagnostics& diags) {
  int errors_before = diags.error_count();
  for (const auto& level : rubric.maturity) {
    for (const auto& req : level.requirements) {
      if (req.level > framework.max_level()) {
        diags.error({rubric.path, 0, 0, 0},
                    "maturity level " + std::to_string(level.level) + " requires '" + req.process +
                        "' at capability level " + std::to_string(req.level) + ", above what '" +
                        framework.id + "' defines");
      }
    }
  }
  rubric.framework = std::move(framework);
  return diags.error_count() == errors_before;
}

std::optional<RubricHeader> read_rubric_header(std::string_view text, const std::string& path) {
  // Finding a rubric by id reads the header of each candidate file: parse the text without its
  // big arrays of tables first (a fraction of the work), the whole text only when that fails.
  static const std::vector<std::string_view> kBulk = {"process", "category", "attribute", "level",
                                                      "scale"};
  auto doc = load::try_parse_toml(load::split_toml_blocks(text, kBulk).rest, path);
  if (!doc) doc = load::try_parse_toml(text, path);
  if (!doc) return std::nullopt;
  RubricHeader header;
  for (std::string_view kind : {"rubric", "framework"}) {
    if (const toml::table* t = doc->get_as<toml::table>(kind)) {
      header.kind = std::string(kind);
      header.id = t->get_as<std::string>("id") ? t->get_as<std::string>("id")->get() : "";
      header.version =
          t->get_as<std::string>("version") ? t->get_as<std::string>("version")->get() : "";
      header.name = t->get_as<std::string>("name") ? t->get_as<std::string>("name")->get() : "";
      header.framework_id =
          t->get_as<std::string>("framework") ? t->get_as<std::string>("framework")->get() : "";
      return header;
    }
  }
  return std::nullopt;
}

} // namespace pace
