// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include <pace/score/gaps.hpp>

namespace pace {

// `pace gaps` for a terminal: the gap list with blocking attributes, the indicators holding them
// down and the level-up plan of each process, then why-not-next-level for every process, then
// the borderline flags.
std::string render_gaps_text(const GapReport& report);

// The stable "pace.gaps/1" document (described in rubrics/README.md's companion, README "Gaps").
nlohmann::ordered_json gaps_to_json(const GapReport& report);
std::string render_gaps_json(const GapReport& report);

// The action list: one record per plan step of every process below target (one per reason for
// a target indicators cannot reach), owner and due_date left blank for the assessor.
std::string render_actions_csv(const GapReport& report);

} // namespace pace
