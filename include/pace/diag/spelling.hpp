// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pace {

// Edit distance, case-insensitive: insertions, deletions, substitutions and swaps of two
// neighbouring letters each count one (optimal string alignment).
int edit_distance(std::string_view a, std::string_view b);

// The closest candidate within a distance that scales with the word's length, or "" when none
// is close enough to be a plausible typo. Ties go to the earliest candidate.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

// "did you mean 'X'?" or "" when nothing is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

} // namespace pace
