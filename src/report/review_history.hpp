// SPDX-License-Identifier: MIT
// Internal to report/: the part of the review pack that looks back at previous assessments.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <pace/report/review_pack.hpp>

namespace pace {

struct History {
  std::vector<AssessmentRef> previous;  // oldest first
  std::optional<Comparison> comparison; // newest previous -> current
  std::vector<std::string> trend_labels;
  std::vector<TrendRow> trend;
  std::vector<PreviousAction> previous_actions;
};

// Compares the previous assessments (date order) with the current one, follows every process's
// level across them, and checks the newest previous assessment's level-up plans against the
// current ratings. Empty when there is no previous assessment.
History review_history(const ReviewInput& current, const std::vector<ReviewInput>& previous,
                       const ScoreSheet& current_sheet, const ReviewOptions& options);

} // namespace pace
