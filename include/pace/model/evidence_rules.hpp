// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <pace/diag/source_pos.hpp>

namespace pace {

// Evidence sufficiency rules: what a rating of L or F must cite, and when evidence is stale.
// Unset fields impose nothing.
struct EvidenceRules {
  std::optional<int> min_items_l;    // ratings of L (or above 50%) cite at least this many items
  std::optional<int> min_items_f;    // ratings of F (above 85%) cite at least this many items
  std::optional<int> min_kinds_f;    // ... of at least this many different kinds
  std::optional<int> max_age_months; // older than this before the assessment date is stale
  SourcePos pos;
  bool operator==(const EvidenceRules&) const = default;
};

} // namespace pace
