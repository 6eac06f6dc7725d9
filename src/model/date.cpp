// SPDX-License-Identifier: MIT
#include <cstdio>

#include <pace/model/date.hpp>

namespace pace {

std::string Date::to_string() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year % 10000, month % 100, day % 100);
  return buffer;
}

int months_between(const Date& earlier, const Date& later) {
  int months = (later.year - earlier.year) * 12 + (later.month - earlier.month);
  if (later.day < earlier.day) {
    --months;
  }
  return months;
}

} // namespace pace
