// SPDX-License-Identifier: MIT
#include <cmath>
#include <cstdio>

#include <pace/model/number.hpp>

namespace pace {

double round_to(double value, int decimals) {
  double scale = std::pow(10.0, decimals);
  double rounded = std::round(value * scale) / scale;
  return rounded == 0 ? 0.0 : rounded; // no negative zero
}

std::string format_fixed(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, round_to(value, decimals));
  return buffer;
}

} // namespace pace
