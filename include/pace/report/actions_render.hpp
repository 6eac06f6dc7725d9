// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <pace/model/action_register.hpp>
#include <pace/score/action_review.hpp>

namespace pace {

// What `pace actions` shows: the register's standing on a day and, when a later assessment was
// given, whether each closed action worked.
struct ActionsView {
  const ActionRegister* reg = nullptr;
  ActionSummary summary;
  std::optional<std::vector<ClosureCheck>> closures;
  std::string assessment_path; // the assessment the closures were checked against
};

std::string render_actions_text(const ActionsView& view);
std::string render_actions_json(const ActionsView& view); // "pace.actions/1"
std::string render_actions_csv(const ActionsView& view);  // one row per action

} // namespace pace
