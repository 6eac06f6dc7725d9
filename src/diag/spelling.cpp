// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cctype>
#include <vector>

#include <pace/diag/spelling.hpp>

namespace pace {

int edit_distance(std::string_view a, std::string_view b) {
  // Optimal string alignment: Levenshtein plus swapping two neighbours as one edit, because
  // transposed letters ("scroe") are the most common typo and plain Levenshtein counts them twice.
  auto lower = [](char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  };
  const size_t width = b.size() + 1;
  std::vector<int> d((a.size() + 1) * width);
  auto at = [&](size_t i, size_t j) -> int& { return d[i * width + j]; };
  for (size_t i = 0; i <= a.size(); ++i)
    at(i, 0) = static_cast<int>(i);
  for (size_t j = 0; j <= b.size(); ++j)
    at(0, j) = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      int cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
      at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
      if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) &&
          lower(a[i - 2]) == lower(b[j - 1])) {
        at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
      }
    }
  }
  return at(a.size(), b.size());
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  // Short ids (BP1, PA2.1) tolerate one edit; longer words about a third of their length.
  int limit = std::max(1, static_cast<int>(word.size()) / 3);
  std::string best;
  int best_distance = limit + 1;
  for (const auto& candidate : candidates) {
    // The distance is at least the difference in length: skip what cannot win without building
    // the (word x candidate) table, which for a megabyte-long hostile word is huge.
    size_t longer = std::max(word.size(), candidate.size());
    size_t shorter = std::min(word.size(), candidate.size());
    if (longer - shorter >= static_cast<size_t>(best_distance)) continue;
    int d = edit_distance(word, candidate);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  std::string match = closest_match(word, candidates);
  return match.empty() ? std::string{} : "did you mean '" + match + "'?";
}

} // namespace pace
