// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <pace/model/crosswalk.hpp>

namespace pace {

// How one process of an older rubric edition leads to one of a newer edition.
enum class LinkKind { same, renamed, split, merged, retired, added };
std::string_view to_string(LinkKind kind); // same | renamed | split | merged | retired | added

struct ProcessLink {
  std::string old_id; // "" for added
  std::string new_id; // "" for retired
  LinkKind kind = LinkKind::same;
  const ProcessMapping* mapping = nullptr; // the crosswalk entry; nullptr when the id is kept
  std::string note;                        // the crosswalk's note for this entry
  bool declared = true; // false: retired or added only because nothing maps the process
};

// Links the processes of two editions: through the crosswalk when one is given (processes it
// does not name keep their id when the other edition has it unclaimed), else by id. Ordered by
// the new edition's processes (a merge gives one link per old process, in the crosswalk's
// order), then the old processes without successor in the old edition's order.
std::vector<ProcessLink> align_processes(const std::vector<std::string>& old_ids,
                                         const std::vector<std::string>& new_ids,
                                         const Crosswalk* crosswalk);

// The id an indicator of link.old_id has in link.new_id, "" when none (see map_indicator). The
// caller checks that the result exists in the new process.
std::string link_indicator(const ProcessLink& link, std::string_view indicator);

} // namespace pace
