// SPDX-License-Identifier: MIT
// Internal to cli/: portfolio mode of `pace score` and `pace profile`. Many questionnaires are
// scored on worker threads; each result is written, in input order, as soon as it and every
// result before it are done, then dropped, so memory follows the largest file, not the count.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <pace/cli/rubric_cache.hpp>
#include <pace/score/portfolio_row.hpp>
#include <pace/score/score_sheet.hpp>

#include "command_support.hpp"
#include "formats.hpp"

namespace pace::cli {

// What one file gave, as it will be printed.
struct PortfolioItem {
  std::string report;      // the file's output in the chosen format; "" when not scored
  std::string diagnostics; // rendered, with the "N errors, M warnings" line
  int exit_code = 0;       // 0 scored, 1 invalid input, 2 unreadable
  PortfolioRow row;        // the summary line; file and status are set when it is written
};

// The command's report of one scored file in the chosen format; runs on worker threads.
using PortfolioRender = std::function<std::string(const ScoreSheet& sheet)>;

// Portfolio mode is for several paths, or a directory (its *.toml files, sorted by name).
bool is_portfolio(const std::vector<std::string>& paths);

// Loads and scores every file with `jobs` threads (0: one per core), renders each with `render`
// and writes the reports joined as `combine` says to `output` (standard output when empty or
// "-"; otherwise one file written atomically), the diagnostics to ctx.err, then the summary
// (sections: a table after the reports; json_document: a "summary" member; csv_table: none, the
// rows carry a file column instead).
// Returns the worst exit code of any file.
int run_portfolio(const std::string& command, const std::vector<std::string>& paths, int jobs,
                  Combine combine, const std::string& output, const PortfolioRender& render,
                  Context& ctx);

} // namespace pace::cli
