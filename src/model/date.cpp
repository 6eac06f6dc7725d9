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

namespace {

// Days since 1970-01-01 (H. Hinnant's days_from_civil).
long days_from_civil(const Date& d) {
  long y = d.year - (d.month <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long mp = d.month > 2 ? d.month - 3 : d.month + 9;
  long doy = (153 * mp + 2) / 5 + d.day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

} // namespace

int days_between(const Date& earlier, const Date& later) {
  return static_cast<int>(days_from_civil(later) - days_from_civil(earlier));
}

} // namespace pace
