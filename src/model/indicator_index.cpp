// SPDX-License-Identifier: MIT
#include <pace/model/indicator_index.hpp>

namespace pace {

const IndicatorIndex::Entry& IndicatorIndex::entry(const ProcessDef& process) {
  auto [it, inserted] = cache_.try_emplace(&process);
  Entry& e = it->second;
  if (inserted) {
    e.defs = rubric_.indicators(process, rubric_.framework.max_level());
    for (const IndicatorDef& def : e.defs)
      e.by_id.emplace(def.id, &def);
  }
  return e;
}

const IndicatorDef* IndicatorIndex::find(const ProcessDef& process, std::string_view id) {
  const Entry& e = entry(process);
  auto it = e.by_id.find(id);
  return it == e.by_id.end() ? nullptr : it->second;
}

} // namespace pace
