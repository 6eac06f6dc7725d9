// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <pace/diag/diagnostic.hpp>

namespace pace {

// One record of a CSV file with the place of each field, for diagnostics.
struct CsvRecord {
  int line = 0; // where the record starts
  std::vector<std::string> fields;
  std::vector<int> columns; // 1-based column of each field's first character
  std::vector<int> lines;   // line of each field's first character
};

// Reads RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks; CRLF or LF). A
// field pace wrote with a leading ' to keep a spreadsheet from running it as a formula
// (csv_cell) gets it back without the quote. An unterminated quote is an error in `diags`.
std::vector<CsvRecord> read_csv(std::string_view text, const std::string& path, Diagnostics& diags);

} // namespace pace
