// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <pace/model/date.hpp>
#include <pace/score/score_sheet.hpp>

namespace pace {

// How one questionnaire of a portfolio fared: scored, invalid input, or not readable at all.
enum class PortfolioStatus { scored, invalid, unreadable };
std::string_view to_string(PortfolioStatus s); // scored | invalid | unreadable

// One line of a portfolio's summary: the file and, when scored, who, when and how mature.
struct PortfolioRow {
  std::string file;
  PortfolioStatus status = PortfolioStatus::scored;
  std::string organisation;          // "" unless scored
  std::optional<Date> date;          // nullopt unless scored
  std::optional<int> maturity_level; // nullopt without a maturity model (or unless scored)
  std::optional<double> mean_level;  // mean capability level of the assessed processes
};

// The row of a scored questionnaire.
PortfolioRow portfolio_row(std::string file, const ScoreSheet& sheet);

} // namespace pace
