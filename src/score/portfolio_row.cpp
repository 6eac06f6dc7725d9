// SPDX-License-Identifier: MIT
#include <utility>

#include <pace/score/portfolio_row.hpp>
#include <pace/score/profile.hpp>

namespace pace {

std::string_view to_string(PortfolioStatus s) {
  switch (s) {
  case PortfolioStatus::scored: return "scored";
  case PortfolioStatus::invalid: return "invalid";
  case PortfolioStatus::unreadable: return "unreadable";
  }
  return "unreadable";
}

PortfolioRow portfolio_row(std::string file, const ScoreSheet& sheet) {
  Profile profile = build_profile(sheet);
  PortfolioRow row;
  row.file = std::move(file);
  row.organisation = sheet.assessment.organisation;
  row.date = sheet.assessment.date;
  if (profile.maturity) row.maturity_level = profile.maturity->level;
  row.mean_level = profile.overall.mean_level;
  return row;
}

} // namespace pace
