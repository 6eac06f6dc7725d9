// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <pace/model/finding.hpp>
#include <pace/score/score_sheet.hpp>

namespace pace {

// What became of an older assessment's finding in the newer one.
enum class FindingStatus { still_present, not_present, not_reassessed };
std::string_view to_string(FindingStatus s); // still_present | not_present | not_reassessed

struct FindingFollowUp {
  Finding previous;    // the older assessment's finding
  std::string process; // the newer process id it was looked for under
  FindingStatus status = FindingStatus::not_reassessed;
  std::vector<std::string> by; // the newer findings that keep it present, finding_precedes
};

// Follows every finding of `older` into `newer` (docs/comparing.md, "Findings"):
// - not_reassessed: the newer assessment does not assess the process the finding's process
//   continues as (`successor`: older id -> newer id, from the comparison's alignment; absent when
//   it has none), or not the instance the finding names;
// - still_present: the newer one has a finding on that process, on the same instance when both
//   name one, of the same side (a strength for a strength, any other kind for any other kind),
//   whose indicators overlap the older finding's, or neither names any indicator;
// - not_present: otherwise.
// In finding_precedes order of the older findings.
std::vector<FindingFollowUp>
follow_up_findings(const ScoreSheet& older, const ScoreSheet& newer,
                   const std::map<std::string, std::string>& successor);

} // namespace pace
