// SPDX-License-Identifier: MIT
#include <algorithm>
#include <map>
#include <set>

#include <pace/check/crosswalk_check.hpp>
#include <pace/diag/spelling.hpp>

namespace pace {

namespace {

std::vector<std::string> indicator_ids(const Rubric& rubric, const ProcessDef& process) {
  std::vector<std::string> ids;
  for (const auto& indicator : rubric.indicators(process, rubric.framework.max_level())) {
    ids.push_back(indicator.id);
  }
  return ids;
}

bool contains(const std::vector<std::string>& ids, std::string_view id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

bool check_edition(const RubricEdition& edition, const Rubric& rubric, std::string_view side,
                   Diagnostics& diags) {
  if (edition.rubric == rubric.id &&
      (edition.version.empty() || edition.version == rubric.version)) {
    return true;
  }
  diags.error(edition.pos, "crosswalk " + std::string(side) + " '" +
                               describe_edition(edition.rubric, edition.version) + "', but the " +
                               (side == "from" ? "older" : "newer") + " assessment uses '" +
                               describe_edition(rubric.id, rubric.version) + "'");
  return false;
}

// Reports an id that is not a process of `side`; returns whether it is one.
bool check_process(const std::string& id, const SourcePos& pos, const Rubric& side,
                   const Rubric& other, Diagnostics& diags) {
  if (id.empty() || side.find_process(id)) return !id.empty();
  // An id of the other edition is the likelier slip than a typo: say so first.
  std::string note;
  if (other.find_process(id)) {
    note = "'" + id + "' is a process of '" + other.id + "', the other side of the crosswalk";
  } else {
    note = did_you_mean(id, side.process_ids());
  }
  if (note.empty()) {
    std::string other_match = closest_match(id, other.process_ids());
    if (!other_match.empty()) {
      note = "'" + other.id + "' has '" + other_match + "', but this side names processes of '" +
             side.id + "'";
    }
  }
  diags.error(pos, "unknown process '" + id + "' in rubric '" + side.id + "'", note);
  return false;
}

void check_renames(const IndicatorRenames& table, const ProcessDef& old_process, const Rubric& from,
                   const ProcessDef& new_process, const Rubric& to, Diagnostics& diags) {
  std::vector<std::string> old_ids = indicator_ids(from, old_process);
  std::vector<std::string> new_ids = indicator_ids(to, new_process);
  for (size_t i = 0; i < table.renames.size(); ++i) {
    const auto& [old_id, new_id] = table.renames[i];
    if (!contains(old_ids, old_id)) {
      diags.error(table.key_pos[i],
                  "unknown indicator '" + old_id + "' in process '" + old_process.id + "' of '" +
                      from.id + "'",
                  did_you_mean(old_id, old_ids));
    }
    if (!new_id.empty() && !contains(new_ids, new_id)) {
      diags.error(table.value_pos[i],
                  "unknown indicator '" + new_id + "' in process '" + new_process.id + "' of '" +
                      to.id + "'",
                  did_you_mean(new_id, new_ids));
    }
  }
}

// Two old indicators of one link that land on the same new one usually mean a renumbering
// listed only half way (BP5 = "BP4" without saying where the old BP4 goes).
void check_collisions(const ProcessMapping& m, const ProcessDef& old_process, const Rubric& from,
                      const ProcessDef& new_process, Diagnostics& diags) {
  std::map<std::string, std::string> landed; // new id -> first old id
  for (const auto& old_id : indicator_ids(from, old_process)) {
    std::string new_id = map_indicator(m, old_process.id, new_process.id, old_id);
    if (new_id.empty()) continue;
    auto [it, fresh] = landed.emplace(new_id, old_id);
    if (fresh) continue;
    diags.warning(m.pos,
                  "indicators '" + it->second + "' and '" + old_id + "' of '" + old_process.id +
                      "' both map to '" + new_id + "' of '" + new_process.id + "'",
                  "say where the other one goes, e.g. " + it->second +
                      " = \"\" when it has no "
                      "counterpart");
  }
}

void check_mapping(const ProcessMapping& m, const Rubric& from, const Rubric& to,
                   Diagnostics& diags) {
  bool ok = true;
  for (size_t i = 0; i < m.from.size(); ++i) {
    ok = check_process(m.from[i], m.from_pos[i], from, to, diags) && ok;
  }
  for (size_t i = 0; i < m.to.size(); ++i) {
    ok = check_process(m.to[i], m.to_pos[i], to, from, diags) && ok;
  }
  if (!ok) return;
  for (const auto& old_id : m.from) {
    for (const auto& new_id : m.to) {
      const ProcessDef& old_process = *from.find_process(old_id);
      const ProcessDef& new_process = *to.find_process(new_id);
      for (const auto& table : m.indicators) {
        bool for_link = m.kind == ProcessMapping::Kind::map ||
                        (m.kind == ProcessMapping::Kind::split && table.process == new_id) ||
                        (m.kind == ProcessMapping::Kind::merge && table.process == old_id);
        if (for_link) check_renames(table, old_process, from, new_process, to, diags);
      }
      check_collisions(m, old_process, from, new_process, diags);
    }
  }
}

} // namespace

void check_crosswalk(const Crosswalk& cw, const Rubric& from, const Rubric& to,
                     Diagnostics& diags) {
  bool from_fits = check_edition(cw.from, from, "from", diags);
  bool to_fits = check_edition(cw.to, to, "to", diags);
  if (!from_fits || !to_fits) return; // every id check would only repeat the mismatch
  std::set<std::string> old_named;
  std::set<std::string> new_named;
  for (const auto& m : cw.mappings) {
    check_mapping(m, from, to, diags);
    old_named.insert(m.from.begin(), m.from.end());
    new_named.insert(m.to.begin(), m.to.end());
  }
  for (const auto& r : cw.retired) {
    check_process(r.process, r.process_pos, from, to, diags);
    old_named.insert(r.process);
  }
  for (const auto& a : cw.added) {
    check_process(a.process, a.process_pos, to, from, diags);
    new_named.insert(a.process);
  }
  // A process named nowhere keeps its id, which must then exist, unclaimed, on the other side.
  SourcePos file{cw.path, 0, 0, 0};
  for (const auto& p : from.processes) {
    if (old_named.count(p.id) || (to.find_process(p.id) && !new_named.count(p.id))) continue;
    diags.warning(
        file, "process '" + p.id + "' of '" + from.id + "' has no counterpart in '" + to.id + "'",
        "map it, or list it as [[retired]]");
  }
  for (const auto& p : to.processes) {
    if (new_named.count(p.id) || (from.find_process(p.id) && !old_named.count(p.id))) continue;
    diags.warning(
        file, "process '" + p.id + "' of '" + to.id + "' has no predecessor in '" + from.id + "'",
        "map it, or list it as [[added]]");
  }
}

} // namespace pace
