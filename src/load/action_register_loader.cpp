// SPDX-License-Identifier: MIT
#include <map>

#include <pace/diag/spelling.hpp>
#include <pace/load/action_register_loader.hpp>

#include "toml_reader.hpp"

namespace pace {

namespace {

void read_action(const toml::table& table, const load::Origin& origin, ActionRegister& reg,
                 std::map<std::string, SourcePos, std::less<>>& seen, Diagnostics& diags) {
  RegisteredAction a;
  a.pos = load::to_pos(table.source(), origin);
  load::TableReader tr(table, "[[action]]", origin, diags);
  a.id = tr.string("id", true).value_or("");
  if (!a.id.empty()) {
    if (auto [it, added] = seen.try_emplace(a.id, tr.value_pos("id")); !added) {
      diags.error(tr.value_pos("id"), "duplicate action id '" + a.id + "'",
                  "first used at line " + std::to_string(it->second.line));
    }
  }
  a.title = tr.string("title", true).value_or("");
  a.process = tr.string("process", true).value_or("");
  a.process_pos = tr.value_pos("process");
  a.instance = tr.string("instance", false).value_or("");
  a.indicators = tr.string_array("indicators", false).value_or(std::vector<std::string>{});
  if (const toml::array* list = tr.array("indicators", false)) {
    for (const toml::node& n : *list)
      a.indicator_pos.push_back(load::to_pos(n.source(), origin));
  }
  a.findings = tr.string_array("findings", false).value_or(std::vector<std::string>{});
  if (const toml::array* list = tr.array("findings", false)) {
    for (const toml::node& n : *list)
      a.finding_pos.push_back(load::to_pos(n.source(), origin));
  }
  a.owner = tr.string("owner", false).value_or("");
  a.due = tr.date("due", false);
  a.agreed_on = tr.date("agreed_on", false);
  a.closed_on = tr.date("closed_on", false);
  a.from_rating = tr.string("from_rating", false).value_or("");
  a.to_rating = tr.string("to_rating", false).value_or("");
  a.to_rating_pos = tr.value_pos("to_rating");
  a.note = tr.string("note", false).value_or("");
  a.status_pos = tr.value_pos("status");
  bool status_known = false;
  if (auto status = tr.string("status", true)) {
    if (auto p = action_progress_from(*status)) {
      a.status = *p;
      status_known = true;
    } else {
      diags.error(a.status_pos, "unknown status '" + *status + "' for action '" + a.id + "'",
                  status_hint(*status));
    }
  }
  tr.reject_unknown_keys();
  bool closed = a.status == ActionProgress::done || a.status == ActionProgress::dropped;
  // Whether a closed_on date belongs cannot be judged without a known status.
  if (status_known && closed && !a.closed_on) {
    diags.warning(a.status_pos, "action '" + a.id + "' is " + std::string(to_string(a.status)) +
                                    " but has no 'closed_on' date");
  } else if (status_known && !closed && a.closed_on) {
    diags.error(tr.value_pos("closed_on"),
                "action '" + a.id + "' has a 'closed_on' date but is " +
                    std::string(to_string(a.status)),
                "set status to \"done\" or \"dropped\", or remove closed_on");
  }
  if (a.agreed_on && a.closed_on && *a.closed_on < *a.agreed_on) {
    diags.error(tr.value_pos("closed_on"),
                "action '" + a.id + "' is closed on " + a.closed_on->to_string() +
                    ", before it was agreed (" + a.agreed_on->to_string() + ")");
  }
  reg.actions.push_back(std::move(a));
}

} // namespace

std::optional<ActionRegister> load_action_register(std::string_view text, const std::string& path,
                                                   Diagnostics& diags) {
  auto doc = load::parse_toml(text, path, diags);
  if (!doc) return std::nullopt;
  load::Origin origin(path);
  load::TableReader root(*doc, "the action register", origin, diags);
  ActionRegister reg;
  reg.path = path;
  reg.schema = root.integer("schema", true, 1, 1).value_or(0);
  if (const toml::table* header = root.table("register", true)) {
    load::TableReader hr(*header, "[register]", origin, diags);
    reg.organisation = hr.string("organisation", true).value_or("");
    reg.rubric = hr.string("rubric", true).value_or("");
    reg.rubric_pos = hr.value_pos("rubric");
    hr.reject_unknown_keys();
  }
  std::map<std::string, SourcePos, std::less<>> seen;
  if (const toml::array* actions = root.array("action", false)) {
    for (const toml::node& n : *actions) {
      if (const toml::table* t = n.as_table()) read_action(*t, origin, reg, seen, diags);
    }
  }
  root.reject_unknown_keys();
  return reg;
}

bool is_action_register(std::string_view text) {
  auto doc = load::try_parse_toml(text, "");
  return doc && doc->get("register") && doc->get("register")->is_table();
}

} // namespace pace
