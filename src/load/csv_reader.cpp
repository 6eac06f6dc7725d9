// SPDX-License-Identifier: MIT
#include <string_view>

#include <pace/load/csv_reader.hpp>

namespace pace {

namespace {

// csv_cell() puts ' before a field starting with one of these; reading it back takes it off.
std::string undefuse(const std::string& field) {
  bool defused = field.size() >= 2 && field[0] == '\'' &&
                 std::string_view("=+-@\t\r").find(field[1]) != std::string_view::npos;
  return defused ? field.substr(1) : field;
}

} // namespace

std::vector<CsvRecord> read_csv(std::string_view text, const std::string& path,
                                Diagnostics& diags) {
  std::vector<CsvRecord> records;
  size_t i = 0;
  int line = 1;
  size_t line_start = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") i = line_start = 3; // a spreadsheet's BOM
  while (i < text.size()) {
    CsvRecord record;
    record.line = line;
    for (;;) {
      std::string field;
      record.lines.push_back(line);
      record.columns.push_back(static_cast<int>(i - line_start) + 1);
      if (i < text.size() && text[i] == '"') {
        int open_line = line;
        int open_column = record.columns.back();
        ++i;
        bool closed = false;
        while (i < text.size()) {
          char c = text[i++];
          if (c == '"') {
            if (i < text.size() && text[i] == '"') {
              field += '"';
              ++i;
              continue;
            }
            closed = true;
            break;
          }
          if (c == '\n') {
            ++line;
            line_start = i;
          }
          field += c;
        }
        if (!closed) {
          diags.error(SourcePos{path, open_line, open_column, 0}, "unterminated quoted field",
                      "a field that starts with '\"' must end with '\"'");
          return records;
        }
        while (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
          ++i; // text after the closing quote: RFC 4180 has none, be lenient
      } else {
        while (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
          field += text[i++];
      }
      record.fields.push_back(undefuse(field));
      if (i < text.size() && text[i] == ',') {
        ++i;
        continue;
      }
      break;
    }
    if (i < text.size() && text[i] == '\r') ++i;
    if (i < text.size() && text[i] == '\n') ++i;
    ++line;
    line_start = i;
    bool blank = record.fields.size() == 1 && record.fields[0].empty();
    if (!blank) records.push_back(std::move(record));
  }
  return records;
}

} // namespace pace
