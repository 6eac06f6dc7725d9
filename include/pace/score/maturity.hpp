// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <pace/score/score_sheet.hpp>

namespace pace {

// A process that keeps a maturity level from holding.
struct MaturityBlocker {
  std::string process;
  int required = 0;            // the capability level the model asks of it
  std::optional<int> achieved; // its capability level; nullopt when it was not assessed
};

// The organisation maturity level of one assessment under the rubric's maturity model.
struct MaturityResult {
  int level = 0;           // the highest level that holds, 0 when level 1 does not
  std::string name;        // that level's name, "" for level 0
  int top = 0;             // the highest level the model defines
  std::optional<int> next; // level + 1, nullopt when level == top
  std::string next_name;
  std::vector<MaturityBlocker> blockers; // what keeps `next` from holding, in process order
};

// Maturity level n holds when every process listed at levels 1..n reaches the capability level
// listed for it; a process that was not assessed (or is not in the sheet) fails every
// requirement, and a level that lists no process holds once the levels below it hold.
// `model` is in level order 1, 2, 3 ... (the rubric loader checks this). nullopt for no model.
std::optional<MaturityResult> assess_maturity(const std::vector<ProcessResult>& processes,
                                              const std::vector<MaturityLevelDef>& model);

} // namespace pace
