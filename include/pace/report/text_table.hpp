// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

namespace pace {

// A plain-text table with columns padded to their widest cell (UTF-8 aware). Right-aligned
// columns are marked by the caller; rows end with '\n' and carry no trailing spaces.
class TextTable {
public:
  explicit TextTable(std::vector<std::string> header, std::vector<bool> right_aligned = {});
  void add_row(std::vector<std::string> row);
  std::string render() const;

private:
  std::vector<std::vector<std::string>> rows_;
  std::vector<bool> right_;
};

// Display width of UTF-8 text (code points; good enough for names and labels).
size_t display_width(const std::string& text);

// Cuts text to at most `width` code points, ending with "..." when cut.
std::string truncate_display(const std::string& text, size_t width);

} // namespace pace
