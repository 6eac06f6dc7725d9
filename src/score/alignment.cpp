// SPDX-License-Identifier: MIT
#include <algorithm>
#include <set>

#include <pace/score/alignment.hpp>

namespace pace {

std::string_view to_string(LinkKind kind) {
  switch (kind) {
  case LinkKind::same: return "same";
  case LinkKind::renamed: return "renamed";
  case LinkKind::split: return "split";
  case LinkKind::merged: return "merged";
  case LinkKind::retired: return "retired";
  case LinkKind::added: return "added";
  }
  return "?";
}

namespace {

bool contains(const std::vector<std::string>& ids, std::string_view id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

LinkKind kind_of(const ProcessMapping& m) {
  switch (m.kind) {
  case ProcessMapping::Kind::map:
    return m.from.front() == m.to.front() ? LinkKind::same : LinkKind::renamed;
  case ProcessMapping::Kind::split: return LinkKind::split;
  case ProcessMapping::Kind::merge: return LinkKind::merged;
  }
  return LinkKind::same;
}

} // namespace

std::vector<ProcessLink> align_processes(const std::vector<std::string>& old_ids,
                                         const std::vector<std::string>& new_ids,
                                         const Crosswalk* crosswalk) {
  std::set<std::string> old_named;
  std::set<std::string> new_named;
  if (crosswalk) {
    for (const auto& m : crosswalk->mappings) {
      old_named.insert(m.from.begin(), m.from.end());
      new_named.insert(m.to.begin(), m.to.end());
    }
    for (const auto& r : crosswalk->retired)
      old_named.insert(r.process);
    for (const auto& a : crosswalk->added)
      new_named.insert(a.process);
  }
  std::vector<ProcessLink> links;
  std::set<std::string> old_linked;
  for (const auto& new_id : new_ids) {
    size_t before = links.size();
    if (crosswalk) {
      for (const auto& m : crosswalk->mappings) {
        if (!contains(m.to, new_id)) continue;
        for (const auto& old_id : m.from) {
          if (!contains(old_ids, old_id)) continue; // check_crosswalk reported it
          links.push_back({old_id, new_id, kind_of(m), &m, m.note, true});
          old_linked.insert(old_id);
        }
      }
      for (const auto& a : crosswalk->added) {
        if (a.process == new_id)
          links.push_back({"", new_id, LinkKind::added, nullptr, a.note, true});
      }
    }
    if (links.size() > before || new_named.count(new_id)) continue;
    if (contains(old_ids, new_id) && !old_named.count(new_id)) {
      links.push_back({new_id, new_id, LinkKind::same, nullptr, "", true});
      old_linked.insert(new_id);
    } else {
      links.push_back({"", new_id, LinkKind::added, nullptr, "", false});
    }
  }
  for (const auto& old_id : old_ids) {
    if (old_linked.count(old_id)) continue;
    ProcessLink link{old_id, "", LinkKind::retired, nullptr, "", false};
    if (crosswalk) {
      for (const auto& r : crosswalk->retired) {
        if (r.process != old_id) continue;
        link.note = r.note;
        link.declared = true;
      }
    }
    links.push_back(std::move(link));
  }
  return links;
}

std::string link_indicator(const ProcessLink& link, std::string_view indicator) {
  if (link.old_id.empty() || link.new_id.empty()) return {};
  if (!link.mapping) return std::string(indicator);
  return map_indicator(*link.mapping, link.old_id, link.new_id, indicator);
}

} // namespace pace
