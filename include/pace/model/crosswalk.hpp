// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <pace/diag/source_pos.hpp>

namespace pace {

// A rubric edition named by a crosswalk; an empty version matches any version of the id.
struct RubricEdition {
  std::string rubric;
  std::string version;
  SourcePos pos;
};

// Old indicator id -> new indicator id for one old process -> new process link. An empty new
// id means the indicator has no counterpart.
struct IndicatorRenames {
  std::string process; // the process on the "many" side of a split or merge; "" for [[map]]
  std::vector<std::pair<std::string, std::string>> renames; // file order (TOML tables: sorted)
  std::vector<SourcePos> key_pos;                           // per rename: the old id
  std::vector<SourcePos> value_pos;                         // per rename: the new id
  SourcePos pos;
};

// One [[map]], [[split]] or [[merge]] entry. map: one old -> one new (kept or renamed);
// split: one old -> several new; merge: several old -> one new.
struct ProcessMapping {
  enum class Kind { map, split, merge };
  Kind kind = Kind::map;
  std::vector<std::string> from;
  std::vector<std::string> to;
  std::vector<SourcePos> from_pos;
  std::vector<SourcePos> to_pos;
  std::vector<IndicatorRenames> indicators; // map: at most one; split/merge: one per process
  std::string note;
  SourcePos pos;
};

// A process of the old rubric with no successor ([[retired]]), or of the new rubric with no
// predecessor ([[added]]).
struct ProcessNote {
  std::string process;
  std::string note;
  SourcePos pos;
  SourcePos process_pos;
};

// How the processes and indicators of one rubric edition correspond to those of another
// (rubrics/crosswalks/<from>_to_<to>.toml). Processes named nowhere in it keep their id.
struct Crosswalk {
  std::string path;
  RubricEdition from;
  RubricEdition to;
  std::string description;
  std::vector<ProcessMapping> mappings; // file order: [[map]], then [[split]], then [[merge]]
  std::vector<ProcessNote> retired;
  std::vector<ProcessNote> added;
};

std::string_view to_string(ProcessMapping::Kind kind); // "map" | "split" | "merge"

// The id an indicator of `old_process` has in `new_process` under mapping `m` (one of its
// links), or "" when it has none. A rename listed for the link wins; otherwise a [[map]] keeps
// every id, while a [[split]] or [[merge]] keeps only generic practices (ids not starting with
// "BP"): base practices are redistributed, so only the listed ones carry over. The caller checks
// that the result exists in the new process.
std::string map_indicator(const ProcessMapping& m, std::string_view old_process,
                          std::string_view new_process, std::string_view indicator);

// True for base practice ids ("BP3"); generic practices are "GP2.1.1".
bool is_base_practice(std::string_view indicator);

} // namespace pace
