// SPDX-License-Identifier: MIT
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include <pace/report/portfolio_render.hpp>

using namespace pace;

namespace {

std::vector<PortfolioRow> rows() {
  PortfolioRow scored;
  scored.file = "assessments/2025.toml";
  scored.organisation = "Kestrel Freight Ltd";
  scored.date = Date{2025, 3, 12};
  scored.maturity_level = 0;
  scored.mean_level = 1.346;
  PortfolioRow no_model = scored;
  no_model.file = "b.toml";
  no_model.maturity_level.reset();
  no_model.mean_level = 2.0;
  PortfolioRow invalid;
  invalid.file = "broken.toml";
  invalid.status = PortfolioStatus::invalid;
  return {scored, no_model, invalid};
}

} // namespace

TEST_CASE("the portfolio summary table shows a missing value as '-'", "[portfolio]") {
  CHECK(render_portfolio_summary_text(rows()) ==
        "portfolio: 3 files, 2 scored\n"
        "\n"
        "organisation         date        maturity  mean level  status   file\n"
        "Kestrel Freight Ltd  2025-03-12         0        1.35  scored   assessments/2025.toml\n"
        "Kestrel Freight Ltd  2025-03-12         -        2.00  scored   b.toml\n"
        "-                    -                  -           -  invalid  broken.toml\n");
}

TEST_CASE("the portfolio summary in JSON has typed values and null", "[portfolio]") {
  CHECK(render_portfolio_summary_json(rows()) == R"([
  {
    "file": "assessments/2025.toml",
    "status": "scored",
    "organisation": "Kestrel Freight Ltd",
    "date": "2025-03-12",
    "maturity_level": 0,
    "mean_level": 1.35
  },
  {
    "file": "b.toml",
    "status": "scored",
    "organisation": "Kestrel Freight Ltd",
    "date": "2025-03-12",
    "maturity_level": null,
    "mean_level": 2.0
  },
  {
    "file": "broken.toml",
    "status": "invalid",
    "organisation": null,
    "date": null,
    "maturity_level": null,
    "mean_level": null
  }
])");
}

TEST_CASE("portfolio statuses have their documented names", "[portfolio]") {
  CHECK(to_string(PortfolioStatus::scored) == "scored");
  CHECK(to_string(PortfolioStatus::invalid) == "invalid");
  CHECK(to_string(PortfolioStatus::unreadable) == "unreadable");
}
