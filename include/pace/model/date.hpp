// SPDX-License-Identifier: MIT
#pragma once

#include <compare>
#include <string>

namespace pace {

struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  auto operator<=>(const Date&) const = default;
  std::string to_string() const; // ISO 8601, "2026-03-14"
};

// Whole months from `earlier` to `later`, counting a month only once its day is reached.
int months_between(const Date& earlier, const Date& later);

// Days from `earlier` to `later` (negative when later comes first), proleptic Gregorian.
int days_between(const Date& earlier, const Date& later);

} // namespace pace
