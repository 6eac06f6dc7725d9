// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include <pace/score/portfolio_row.hpp>

namespace pace {

// The summary of a portfolio after its reports. Text: "portfolio: N files, M scored", a blank
// line and a table (a missing value is "-"; the file last, so its width pads no other column).
std::string render_portfolio_summary_text(const std::vector<PortfolioRow>& rows);

// JSON: the array of the "summary" member, indented by 2 and without a final newline; missing
// values are null, the mean level has 2 decimals.
std::string render_portfolio_summary_json(const std::vector<PortfolioRow>& rows);

} // namespace pace
