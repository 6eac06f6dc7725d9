// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>
#include <unordered_map>
#include <vector>

#include <pace/model/rubric.hpp>

namespace pace {

// The indicators of each process of a rubric, worked out once and looked up by id: checkers
// meet every rated indicator of every block, and Rubric::indicators() copies each practice
// text on every call. Holds a reference to the rubric, which must outlive it unchanged.
class IndicatorIndex {
public:
  explicit IndicatorIndex(const Rubric& rubric) : rubric_(rubric) {}

  // Every indicator of the process up to the framework's top level, in framework order; those
  // up to a lower max_level are the ones with level <= max_level, in the same order.
  const std::vector<IndicatorDef>& all(const ProcessDef& process) { return entry(process).defs; }
  // The indicator of the process with this id, or nullptr.
  const IndicatorDef* find(const ProcessDef& process, std::string_view id);

private:
  struct Entry {
    std::vector<IndicatorDef> defs;
    std::unordered_map<std::string_view, const IndicatorDef*> by_id; // views into defs
  };
  const Entry& entry(const ProcessDef& process);

  const Rubric& rubric_;
  std::unordered_map<const ProcessDef*, Entry> cache_; // nodes never move: views stay valid
};

} // namespace pace
