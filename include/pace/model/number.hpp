// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace pace {

// The one number formatter for every output: fixed decimals, halves rounded away from zero
// (41.25 -> "41.3"), no locale, "-0.0" printed as "0.0".
std::string format_fixed(double value, int decimals);

// Rounds to `decimals` places the same way, for numbers written to JSON.
double round_to(double value, int decimals);

} // namespace pace
