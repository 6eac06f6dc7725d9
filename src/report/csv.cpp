// SPDX-License-Identifier: MIT
#include <pace/report/csv.hpp>

namespace pace {

std::string csv_cell(std::string_view text) {
  std::string field;
  // The characters that make Excel, LibreOffice and Google Sheets read a cell as a formula
  // (OWASP "CSV injection"); '-' and '+' too, although they also start harmless numbers.
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) {
    field += '\'';
  }
  field += text;
  if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
  std::string quoted = "\"";
  for (char c : field) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string csv_record(const std::vector<std::string>& fields) {
  std::string line;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) line += ',';
    line += fields[i];
  }
  return line + "\n";
}

} // namespace pace
