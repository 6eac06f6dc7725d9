// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cassert>

#include <pace/score/aggregate.hpp>

namespace pace {

double aggregate(std::vector<double> values, Aggregation method) {
  assert(!values.empty());
  switch (method) {
  case Aggregation::mean: {
    // Sorting first makes the sum independent of block and key order, bit for bit.
    std::sort(values.begin(), values.end());
    double sum = 0;
    for (double v : values)
      sum += v;
    return sum / static_cast<double>(values.size());
  }
  case Aggregation::median: {
    std::sort(values.begin(), values.end());
    return values[(values.size() - 1) / 2];
  }
  case Aggregation::min: return *std::min_element(values.begin(), values.end());
  }
  return 0;
}

} // namespace pace
