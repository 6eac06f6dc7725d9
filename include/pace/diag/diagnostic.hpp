// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <pace/diag/source_pos.hpp>

namespace pace {

enum class Severity { error, warning };

struct Diagnostic {
  Severity severity = Severity::error;
  SourcePos pos;
  std::string message;
  std::string note; // optional: "did you mean ..." and friends
};

// The one sink every loader and checker appends to; nobody prints on their own.
class Diagnostics {
public:
  void error(SourcePos pos, std::string message, std::string note = {});
  void warning(SourcePos pos, std::string message, std::string note = {});
  void add(Diagnostic d) { items_.push_back(std::move(d)); }

  const std::vector<Diagnostic>& items() const { return items_; }
  int error_count() const;
  int warning_count() const;
  bool has_errors() const { return error_count() > 0; }
  // Turns every warning into an error (`--strict`).
  void promote_warnings();

private:
  std::vector<Diagnostic> items_;
};

// Renders one diagnostic GCC-style: "path:line:col: error: msg", the source line with a caret
// under the span, then "note: ..." when present. `source` is the whole text of pos.path (may be
// empty when unavailable, then only the first line is printed).
std::string render(const Diagnostic& d, std::string_view source);

// Renders all diagnostics, sorted by file (first-seen order), line and column, using the texts
// in `sources` (path -> text).
std::string render_all(const std::vector<Diagnostic>& items,
                       const std::map<std::string, std::string, std::less<>>& sources);

} // namespace pace
