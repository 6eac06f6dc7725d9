// SPDX-License-Identifier: MIT
#include <pace/model/crosswalk.hpp>

namespace pace {

std::string_view to_string(ProcessMapping::Kind kind) {
  switch (kind) {
  case ProcessMapping::Kind::map: return "map";
  case ProcessMapping::Kind::split: return "split";
  case ProcessMapping::Kind::merge: return "merge";
  }
  return "?";
}

bool is_base_practice(std::string_view indicator) {
  return indicator.substr(0, 2) == "BP";
}

std::string map_indicator(const ProcessMapping& m, std::string_view old_process,
                          std::string_view new_process, std::string_view indicator) {
  // The table that speaks for this link: [[map]] has one, a split is keyed by the new process,
  // a merge by the old one.
  std::string_view key = m.kind == ProcessMapping::Kind::split   ? new_process
                         : m.kind == ProcessMapping::Kind::merge ? old_process
                                                                 : std::string_view{};
  for (const auto& table : m.indicators) {
    if (table.process != key) continue;
    for (const auto& [from, to] : table.renames) {
      if (from == indicator) return to;
    }
  }
  if (m.kind == ProcessMapping::Kind::map || !is_base_practice(indicator)) {
    return std::string(indicator);
  }
  return {};
}

} // namespace pace
