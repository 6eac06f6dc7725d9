// SPDX-License-Identifier: MIT
#include "toml_reader.hpp"

#include <cstdio>

#include <pace/diag/spelling.hpp>

namespace pace::load {

SourcePos to_pos(const toml::source_region& region, const Origin& origin) {
  int line = static_cast<int>(region.begin.line);
  SourcePos pos{origin.path, line == 0 ? 0 : line + origin.line_offset,
                static_cast<int>(region.begin.column), 0};
  if (region.end.line == region.begin.line && region.end.column > region.begin.column) {
    pos.end_column = static_cast<int>(region.end.column);
  }
  return pos;
}

std::string quote_key(std::string_view key) {
  // Appended piece by piece: `"'" + std::string(key)` inlines to an insert at offset 0 that
  // GCC 12 -O2 misreads as an overlapping memcpy (-Wrestrict, GCC bug 105651).
  std::string text;
  text.reserve(key.size() + 2);
  text.append(1, '\'').append(key).append(1, '\'');
  return text;
}

namespace {

std::string_view line_of(std::string_view text, int line) {
  size_t start = 0;
  for (int i = 1; i < line && start != std::string_view::npos; ++i) {
    start = text.find('\n', start);
    if (start != std::string_view::npos) ++start;
  }
  if (start == std::string_view::npos) return {};
  return text.substr(start, text.find('\n', start) - start);
}

// Reads an unsigned decimal of 1 to max_digits digits at text[i], advancing i.
std::optional<int> read_number(std::string_view text, size_t& i, size_t max_digits) {
  size_t start = i;
  int value = 0;
  while (i < text.size() && i - start < max_digits && text[i] >= '0' && text[i] <= '9')
    value = value * 10 + (text[i++] - '0');
  if (i == start) return std::nullopt;
  return value;
}

// A date written the other way round as a bare value: `date = 20.04.2026`, `20-04-2026`,
// `2026/04/20`, `20/04/2026`. Returns the note, with the value reordered to YYYY-MM-DD when
// its order is unambiguous (day.month.year, day-month-year, year/month/day, year.month.day).
std::string date_hint(std::string_view line) {
  size_t eq = line.find('=');
  if (eq == std::string_view::npos) return {};
  size_t i = line.find_first_not_of(" \t", eq + 1);
  if (i == std::string_view::npos) return {};
  size_t end = line.find_first_of(" \t#\r", i);
  std::string_view value = line.substr(i, end == std::string_view::npos ? end : end - i);
  size_t at = 0;
  auto first = read_number(value, at, 4);
  if (!first || at == value.size()) return {};
  size_t first_digits = at;
  char sep = value[at++];
  if (sep != '.' && sep != '-' && sep != '/') return {};
  auto second = read_number(value, at, 2);
  if (!second || at == value.size() || value[at++] != sep) return {};
  size_t third_start = at;
  auto third = read_number(value, at, 4);
  if (!third || at != value.size()) return {};
  size_t third_digits = at - third_start;
  int year = 0, month = 0, day = 0;
  if (first_digits == 4 && third_digits <= 2 && sep != '-') {
    year = *first, month = *second, day = *third; // 2026/04/20, 2026.04.20
  } else if (first_digits <= 2 && third_digits == 4) {
    if (sep != '/') year = *third, month = *second, day = *first; // 20.04.2026, 20-04-2026
  } else {
    return {};
  }
  std::string example = "2026-04-20";
  if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    example = buffer;
  }
  return "dates are written YYYY-MM-DD without quotes, e.g. " + example;
}

// toml++ says "Error while parsing key-value pair: cannot redefine existing string 'BP2'";
// our messages are lower-case and name the construct: "invalid TOML in key-value pair: ...".
Diagnostic describe_parse_error(const toml::parse_error& e, std::string_view text,
                                const Origin& origin) {
  Diagnostic d;
  d.pos = to_pos(e.source(), origin);
  d.pos.end_column = 0;
  const int local_line = d.pos.line - origin.line_offset; // the line within text
  std::string description(e.description());
  const std::string prefix = "Error while parsing ";
  size_t colon = description.find(": ");
  if (description.rfind(prefix, 0) == 0 && colon != std::string::npos) {
    d.message = "invalid TOML in " + description.substr(prefix.size(), colon - prefix.size()) +
                description.substr(colon);
  } else {
    d.message = "invalid TOML: " + description;
  }
  // toml++ names the newline it met, not the quote the user forgot.
  if (description.find("unescaped control characters") != std::string::npos &&
      d.pos.column > static_cast<int>(line_of(text, local_line).size())) {
    d.note = "is a closing quote missing? a \"string\" ends on its own line; use \"\"\" for "
             "text over several lines";
  }
  // A duplicate key is reported where its value starts; point at the key itself instead.
  size_t quote = description.rfind('\'');
  size_t open = quote == std::string::npos || quote == 0 ? std::string::npos
                                                         : description.rfind('\'', quote - 1);
  if (description.find("cannot redefine existing") != std::string::npos &&
      open != std::string::npos) {
    std::string key = description.substr(open + 1, quote - open - 1);
    std::string_view line = line_of(text, local_line);
    if (size_t at = line.find(key); !key.empty() && at != std::string_view::npos) {
      d.pos.column = static_cast<int>(at) + 1;
      d.pos.end_column = d.pos.column + static_cast<int>(key.size());
    }
    d.note = description.find("table header") != std::string::npos
                 ? "a [table] may appear only once; repeated blocks use [[double brackets]]"
                 : "each key may appear only once in its table";
  }
  if (d.note.empty()) d.note = date_hint(line_of(text, local_line));
  return d;
}

// toml++ 3.3 limits nested arrays and inline tables (256) but not dotted keys or table
// headers: each segment is a nested table, built and destroyed recursively, and some 31,000 of
// them overflow the stack. The guard lexes the text first (strings and comments skipped) and
// counts the depth a key reaches: its table header, the arrays and inline tables around it and
// its own segments. pace's files need 5 levels; 1024 keeps a wide margin below the crash, even
// on a worker thread or under AddressSanitizer.
constexpr int kMaxTomlDepth = 1024;

// What the pre-scan stops at: nesting beyond kMaxTomlDepth, or a character outside ASCII where
// TOML allows none (outside strings and comments: bare keys and whitespace are ASCII). toml++ 3.3
// reaches __builtin_unreachable for many such code points (is_non_ascii_horizontal_whitespace,
// found by fuzzing): it must never see one.
struct PrescanStop {
  int line = 0;
  int column = 0;
  std::string stray; // the non-ASCII character (UTF-8), empty for too deep
};

// "'é' (U+00E9)" for a well-formed UTF-8 sequence at the start of `text`, "byte 0xFF" otherwise.
std::string describe_stray(std::string_view text) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned lead = byte(0);
  size_t length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
  bool whole = length != 0 && text.size() >= length;
  for (size_t k = 1; whole && k < length; ++k)
    whole = (byte(k) & 0xC0) == 0x80;
  char hex[16];
  if (!whole) {
    std::snprintf(hex, sizeof hex, "byte 0x%02X", lead);
    return hex;
  }
  unsigned code = lead & (0x7Fu >> length);
  for (size_t k = 1; k < length; ++k)
    code = (code << 6) | (byte(k) & 0x3Fu);
  std::snprintf(hex, sizeof hex, " (U+%04X)", code);
  return "'" + std::string(text.substr(0, length)) + "'" + hex;
}

std::optional<PrescanStop> prescan(std::string_view text) {
  struct Level {
    char bracket; // '[' array or '{' inline table
    int depth;
  };
  std::vector<Level> levels;
  int header_depth = 0; // of the last [table] header
  int key_depth = 0;    // segments of the key being read
  int value_depth = 0;  // of the value after the last '='
  bool in_key = true;
  bool in_header = false;
  int line = 1;
  int column = 0;
  auto base = [&] { return levels.empty() ? header_depth : levels.back().depth; };
  auto advance = [&](size_t& i) {
    if (text[i] == '\n') {
      ++line;
      column = 0;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
    ++i;
  };
  // Skips a string starting at text[i] (a quote); basic strings honour backslash escapes but
  // never let one swallow a line break (a broken line must not hide the lines after it).
  auto skip_string = [&](size_t& i) {
    char quote = text[i];
    bool multi = text.substr(i, 3) == std::string_view(quote == '"' ? "\"\"\"" : "'''");
    for (int k = 0; k < (multi ? 3 : 1); ++k)
      advance(i);
    while (i < text.size()) {
      if (!multi && text[i] == '\n') return;
      if (quote == '"' && text[i] == '\\' && i + 1 < text.size() && text[i + 1] != '\n') {
        advance(i);
        advance(i);
        continue;
      }
      if (text[i] == quote &&
          (!multi || text.substr(i, 3) == std::string_view(quote == '"' ? "\"\"\"" : "'''"))) {
        for (int k = 0; k < (multi ? 3 : 1); ++k)
          advance(i);
        return;
      }
      advance(i);
    }
  };
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == '"' || c == '\'') {
      skip_string(i);
      continue;
    }
    if (c == '#') {
      while (i < text.size() && text[i] != '\n')
        advance(i);
      continue;
    }
    if ((static_cast<unsigned char>(c) & 0x80) != 0) {
      if (i == 0 && text.substr(0, 3) == "\xEF\xBB\xBF") { // a byte order mark, allowed first
        i += 3;
        continue;
      }
      return PrescanStop{line, column + 1, describe_stray(text.substr(i))};
    }
    if (c == '\n' && levels.empty()) {
      in_key = true;
      in_header = false;
      key_depth = 0;
    } else if (in_key && c == '.') {
      ++key_depth;
      if (base() + key_depth + 1 > kMaxTomlDepth) return PrescanStop{line, column + 1, {}};
    } else if (in_key && levels.empty() && c == '[' && !in_header) {
      in_header = true;
      key_depth = 0;
    } else if (in_header && c == ']') {
      header_depth = key_depth + 1;
      in_header = false;
      in_key = false;
    } else if (in_key && c == '=') {
      in_key = false;
      value_depth = base() + key_depth + 1;
    } else if (!in_key && (c == '[' || c == '{')) {
      int depth =
          !levels.empty() && levels.back().bracket == '[' ? levels.back().depth + 1 : value_depth;
      if (depth > kMaxTomlDepth) return PrescanStop{line, column + 1, {}};
      levels.push_back({c, depth});
      if (c == '{') {
        in_key = true;
        key_depth = 0;
      }
    } else if (!in_key && (c == ']' || c == '}') && !levels.empty()) {
      levels.pop_back();
    } else if (c == '}' && !levels.empty() && levels.back().bracket == '{') {
      levels.pop_back(); // an empty inline table, {}
      in_key = false;
    } else if (c == ',' && !levels.empty() && levels.back().bracket == '{') {
      in_key = true;
      key_depth = 0;
    }
    advance(i);
  }
  return std::nullopt;
}

Diagnostic prescan_diagnostic(const PrescanStop& at, const std::string& path) {
  Diagnostic d;
  d.pos = SourcePos{path, at.line, at.column, 0};
  if (at.stray.rfind("byte ", 0) == 0) {
    d.message = "invalid TOML: " + at.stray + " is not UTF-8";
    d.note = "TOML files are UTF-8 text; is this the right file?";
    return d;
  }
  if (!at.stray.empty()) {
    d.message = "invalid TOML: " + at.stray + " outside a string or comment";
    d.note = "keys are ASCII letters, digits, '-' and '_'; write other text in quotes";
    return d;
  }
  d.message = "TOML nested too deeply: more than " + std::to_string(kMaxTomlDepth) +
              " levels of tables, dotted keys and arrays";
  d.note = "an unquoted dotted key is a table in a table; write an id that holds dots in quotes: "
           "\"GP2.1.1\" = ...";
  return d;
}

} // namespace

std::optional<toml::table> parse_toml(std::string_view text, const Origin& origin,
                                      Diagnostics& diags) {
  const std::string path(origin.path);
  if (auto stop = prescan(text)) {
    Diagnostic d = prescan_diagnostic(*stop, path);
    d.pos.line += origin.line_offset;
    diags.add(std::move(d));
    return std::nullopt;
  }
  try {
    return toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    diags.add(describe_parse_error(e, text, origin));
    return std::nullopt;
  }
}

std::optional<toml::table> try_parse_toml(std::string_view text, const std::string& path) {
  if (prescan(text)) return std::nullopt;
  try {
    return toml::parse(text, path);
  } catch (const toml::parse_error&) {
    return std::nullopt;
  }
}

double number_value(const toml::node& node) {
  if (const auto* integer = node.as_integer()) return static_cast<double>(integer->get());
  return node.as_floating_point()->get();
}

std::string type_name(const toml::node& node) {
  switch (node.type()) {
  case toml::node_type::table: return "a table";
  case toml::node_type::array: return "an array";
  case toml::node_type::string: return "a string";
  case toml::node_type::integer: return "an integer";
  case toml::node_type::floating_point: return "a float";
  case toml::node_type::boolean: return "a boolean";
  case toml::node_type::date: return "a date";
  case toml::node_type::time: return "a time";
  case toml::node_type::date_time: return "a date-time";
  default: return "nothing";
  }
}

TableReader::TableReader(const toml::table& table, std::string where, const Origin& origin,
                         Diagnostics& diags)
    : table_(table), where_(std::move(where)), origin_(origin), diags_(diags) {}

SourcePos TableReader::pos() const {
  SourcePos p = to_pos(table_.source(), origin_);
  p.end_column = 0;
  if (p.line == 0) {
    p.line = 1;
    p.column = 1;
  }
  return p;
}

SourcePos TableReader::key_pos(std::string_view key) const {
  auto it = table_.find(key);
  return it == table_.end() ? pos() : to_pos(it->first.source(), origin_);
}

SourcePos TableReader::value_pos(std::string_view key) const {
  const toml::node* n = table_.get(key);
  return n ? to_pos(n->source(), origin_) : pos();
}

const toml::node* TableReader::node(std::string_view key) {
  known_.emplace(key);
  return table_.get(key);
}

void TableReader::allow(std::string_view key) {
  known_.emplace(key);
}

void TableReader::missing(std::string_view key) {
  diags_.error(pos(), "missing required field '" + std::string(key) + "' in " + where_);
}

bool TableReader::check_type(std::string_view key, const toml::node& n, bool ok,
                             std::string_view want) {
  if (!ok) {
    diags_.error(to_pos(n.source(), origin_), quote_key(key) + " in " + where_ + " must be " +
                                                  std::string(want) + ", not " + type_name(n));
  }
  return ok;
}

std::optional<std::string> TableReader::string(std::string_view key, bool required) {
  const toml::node* n = node(key);
  if (!n) {
    if (required) missing(key);
    return std::nullopt;
  }
  if (!check_type(key, *n, n->is_string(), "a string")) return std::nullopt;
  return n->as_string()->get();
}

std::optional<int> TableReader::integer(std::string_view key, bool required, int min, int max) {
  const toml::node* n = node(key);
  if (!n) {
    if (required) missing(key);
    return std::nullopt;
  }
  if (!check_type(key, *n, n->is_integer(), "an integer")) return std::nullopt;
  int64_t v = n->as_integer()->get();
  if (v < min || v > max) {
    diags_.error(to_pos(n->source(), origin_),
                 quote_key(key) + " in " + where_ + " must be between " + std::to_string(min) +
                     " and " + std::to_string(max) + ", not " + std::to_string(v));
    return std::nullopt;
  }
  return static_cast<int>(v);
}

std::optional<double> TableReader::number(std::string_view key, bool required) {
  const toml::node* n = node(key);
  if (!n) {
    if (required) missing(key);
    return std::nullopt;
  }
  if (!check_type(key, *n, n->is_number(), "a number")) return std::nullopt;
  return number_value(*n);
}

std::optional<Date> TableReader::date(std::string_view key, bool required) {
  const toml::node* n = node(key);
  if (!n) {
    if (required) missing(key);
    return std::nullopt;
  }
  if (!check_type(key, *n, n->is_date(), "a date (YYYY-MM-DD, unquoted)")) return std::nullopt;
  toml::date d = n->as_date()->get();
  return Date{d.year, d.month, d.day};
}

std::optional<std::vector<std::string>> TableReader::string_array(std::string_view key,
                                                                  bool required) {
  const toml::node* n = node(key);
  if (!n) {
    if (required) missing(key);
    return std::nullopt;
  }
  if (!check_type(key, *n, n->is_array(), "an array of strings")) return std::nullopt;
  std::vector<std::string> result;
  bool ok = true;
  for (const toml::node& element : *n->as_array()) {
    if (!element.is_string()) {
      check_type(key, element, false, "an array of strings"); // caret on the element
      ok = false;
      continue;
    }
    result.push_back(element.as_string()->get());
  }
  if (!ok) return std::nullopt;
  return result;
}

const toml::table* TableReader::table(std::string_view key, bool required) {
  const toml::node* n = node(key);
  if (!n) {
    if (required) missing(key);
    return nullptr;
  }
  if (!check_type(key, *n, n->is_table(), "a table")) return nullptr;
  return n->as_table();
}

const toml::array* TableReader::array(std::string_view key, bool required) {
  const toml::node* n = node(key);
  if (!n) {
    if (required) missing(key);
    return nullptr;
  }
  if (!check_type(key, *n, n->is_array(), "an array")) return nullptr;
  return n->as_array();
}

void TableReader::reject_unknown_keys() {
  std::vector<std::string> candidates(known_.begin(), known_.end());
  for (const auto& [key, value] : table_) {
    if (known_.count(key.str())) continue;
    diags_.error(to_pos(key.source(), origin_),
                 "unknown field '" + std::string(key.str()) + "' in " + where_,
                 did_you_mean(key.str(), candidates));
  }
}

} // namespace pace::load
