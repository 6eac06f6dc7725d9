// SPDX-License-Identifier: MIT
#include <algorithm>

#include <nlohmann/json.hpp>

#include <pace/model/number.hpp>
#include <pace/report/portfolio_render.hpp>
#include <pace/report/text_table.hpp>

namespace pace {

namespace {

std::string cell(const std::string& text) {
  return text.empty() ? "-" : text;
}

} // namespace

std::string render_portfolio_summary_text(const std::vector<PortfolioRow>& rows) {
  auto scored = std::count_if(rows.begin(), rows.end(), [](const PortfolioRow& row) {
    return row.status == PortfolioStatus::scored;
  });
  TextTable table({"organisation", "date", "maturity", "mean level", "status", "file"},
                  {false, false, true, true, false, false});
  for (const auto& row : rows) {
    table.add_row({cell(row.organisation), row.date ? cell(row.date->to_string()) : "-",
                   row.maturity_level ? std::to_string(*row.maturity_level) : "-",
                   row.mean_level ? format_fixed(*row.mean_level, 2) : "-",
                   std::string(to_string(row.status)), cell(row.file)});
  }
  return "portfolio: " + std::to_string(rows.size()) + " files, " + std::to_string(scored) +
         " scored\n\n" + table.render();
}

std::string render_portfolio_summary_json(const std::vector<PortfolioRow>& rows) {
  using Json = nlohmann::ordered_json;
  auto text_or_null = [](const std::string& text) { return text.empty() ? Json() : Json(text); };
  Json summary = Json::array();
  for (const auto& row : rows) {
    Json j;
    j["file"] = row.file;
    j["status"] = std::string(to_string(row.status));
    j["organisation"] = text_or_null(row.organisation);
    j["date"] = row.date ? text_or_null(row.date->to_string()) : Json();
    j["maturity_level"] = row.maturity_level ? Json(*row.maturity_level) : Json();
    j["mean_level"] = row.mean_level ? Json(round_to(*row.mean_level, 2)) : Json();
    summary.push_back(std::move(j));
  }
  // A file name that is not valid UTF-8 gets U+FFFD for each invalid byte (docs/json-csv.md).
  return summary.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace pace
