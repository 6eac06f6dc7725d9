// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pace {

// One CSV field for text that may come from a user (ids, names, notes, labels). A field that
// begins with = + - @ TAB or CR gets a leading single quote, so a spreadsheet shows it instead of
// running it as a formula; a field holding ',', '"', CR or LF is then quoted per RFC 4180 (quotes
// doubled). Numbers pace formats itself need neither and are written as they are.
std::string csv_cell(std::string_view text);

// One record: the fields (already csv_cell()s or numbers) joined by ',' and ended by '\n'.
std::string csv_record(const std::vector<std::string>& fields);

} // namespace pace
