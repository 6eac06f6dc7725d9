// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <pace/model/questionnaire.hpp>

namespace pace {

// Aggregates achievement percentages: mean, median (lower middle of an even count: the
// conservative choice) or min. `values` must not be empty.
double aggregate(std::vector<double> values, Aggregation method);

} // namespace pace
