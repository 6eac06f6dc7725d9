// SPDX-License-Identifier: MIT
// Internal to load/: typed, diagnosing access to toml++ tables. Every getter reports a wrong
// type or a missing required key to the sink and returns nullopt, so loaders keep going.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

// The sanitizer and fuzz builds compile toml++ in (TOML_HEADER_ONLY, see CMakeLists.txt). Debian
// builds its library with NDEBUG, so its internal asserts are off there; toml++ 3.3 asserts
// wrongly in parse_key on `[[[` and then reports the error itself. Same behaviour both ways.
#if defined(TOML_HEADER_ONLY) && TOML_HEADER_ONLY && !defined(TOML_ASSERT)
#define TOML_ASSERT(expr) static_assert(true)
#endif
#include <toml++/toml.h>

#include <pace/diag/diagnostic.hpp>
#include <pace/model/date.hpp>

namespace pace::load {

// Where parsed TOML text sits in its file: the path, and how many lines precede the text there
// (non-zero for a block parsed on its own, see toml_blocks.hpp). Converts from a path.
struct Origin {
  Origin(const std::string& file, int lines_before = 0) : path(file), line_offset(lines_before) {}
  Origin(FilePath file, int lines_before = 0) : path(file), line_offset(lines_before) {}
  FilePath path; // interned once here, then copied into each position as a pointer
  int line_offset;
};

SourcePos to_pos(const toml::source_region& region, const Origin& origin);

// Parses text, or reports the syntax error (toml++ stops at the first one) and returns nullopt.
// The nesting guard runs first. Positions are the file's: the origin's line offset is added.
std::optional<toml::table> parse_toml(std::string_view text, const Origin& origin,
                                      Diagnostics& diags);
// Parses text, or returns nullopt without a word: for pieces whose failure means "parse the
// whole document instead".
std::optional<toml::table> try_parse_toml(std::string_view text, const std::string& path);

// The value of a number node (is_number()) as a double. Not node.value<double>(): toml++ gives
// nullopt for an integer a double cannot hold exactly (9223372036854775807), and reading that
// empty optional took garbage for a rating.
double number_value(const toml::node& node);

// 'key', quoted for messages.
std::string quote_key(std::string_view key);

// Names a TOML node's type for messages: "a string", "an integer", "a table" ...
std::string type_name(const toml::node& node);

class TableReader {
public:
  // `where` names the table in messages, e.g. "[assessment]" or "process 'COR.3'".
  TableReader(const toml::table& table, std::string where, const Origin& origin,
              Diagnostics& diags);

  std::optional<std::string> string(std::string_view key, bool required);
  std::optional<int> integer(std::string_view key, bool required, int min, int max);
  std::optional<double> number(std::string_view key, bool required);
  std::optional<Date> date(std::string_view key, bool required);
  std::optional<std::vector<std::string>> string_array(std::string_view key, bool required);
  const toml::table* table(std::string_view key, bool required);
  const toml::array* array(std::string_view key, bool required);
  // Marks a key as known without reading it.
  void allow(std::string_view key);

  SourcePos pos() const; // the table itself
  SourcePos key_pos(std::string_view key) const;
  SourcePos value_pos(std::string_view key) const;
  const toml::node* node(std::string_view key);

  // Reports every key that no getter asked for, with a did-you-mean against those that were.
  void reject_unknown_keys();

private:
  bool check_type(std::string_view key, const toml::node& node, bool ok, std::string_view want);
  void missing(std::string_view key);

  const toml::table& table_;
  std::string where_;
  Origin origin_;
  Diagnostics& diags_;
  std::set<std::string, std::less<>> known_;
};

} // namespace pace::load
