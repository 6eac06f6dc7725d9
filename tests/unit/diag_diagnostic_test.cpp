// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <pace/diag/diagnostic.hpp>

using pace::Diagnostic;
using pace::Diagnostics;
using pace::render;
using pace::render_all;
using pace::Severity;

namespace {

const char* const kSource = "schema = 1\n"
                            "[process.ratings]\n"
                            "BP2 = \"Lf\"\n";

} // namespace

TEST_CASE("render: location, source line, caret under the span, note", "[diag]") {
  Diagnostic d{
      Severity::error, {"q.toml", 3, 7, 11}, "unknown rating 'Lf' for 'BP2'", "did you mean 'L'?"};
  CHECK(render(d, kSource) == "q.toml:3:7: error: unknown rating 'Lf' for 'BP2'\n"
                              "    3 | BP2 = \"Lf\"\n"
                              "      |       ^~~~\n"
                              "note: did you mean 'L'?\n");
}

TEST_CASE("render: a warning without a note or span gets a lone caret", "[diag]") {
  Diagnostic d{Severity::warning, {"q.toml", 2, 1, 0}, "2 of 5 indicators not rated", ""};
  CHECK(render(d, kSource) == "q.toml:2:1: warning: 2 of 5 indicators not rated\n"
                              "    2 | [process.ratings]\n"
                              "      | ^\n");
}

TEST_CASE("render: the caret never runs past the end of the line", "[diag]") {
  Diagnostic d{Severity::error, {"q.toml", 1, 10, 40}, "unsupported schema", ""};
  CHECK(render(d, kSource) == "q.toml:1:10: error: unsupported schema\n"
                              "    1 | schema = 1\n"
                              "      |          ^\n");
}

TEST_CASE("render: tabs before the column are kept so the caret lines up", "[diag]") {
  Diagnostic d{Severity::error, {"q.toml", 1, 3, 5}, "bad", ""};
  CHECK(render(d, "\tBP1 = 2\n") == "q.toml:1:3: error: bad\n"
                                    "    1 | \tBP1 = 2\n"
                                    "      | \t ^~\n");
}

TEST_CASE("render: a CR of a CRLF line is not printed", "[diag]") {
  Diagnostic d{Severity::error, {"q.toml", 2, 1, 4}, "bad", ""};
  CHECK(render(d, "a = 1\r\nBP1 = 2\r\n") == "q.toml:2:1: error: bad\n"
                                             "    2 | BP1 = 2\n"
                                             "      | ^~~\n");
}

TEST_CASE("render: whole-file diagnostics and missing source print no source line", "[diag]") {
  Diagnostic whole{Severity::error, {"rubric.toml", 0, 0, 0}, "maturity level 2 is odd", ""};
  CHECK(render(whole, kSource) == "rubric.toml: error: maturity level 2 is odd\n");
  Diagnostic no_source{Severity::error, {"q.toml", 3, 7, 11}, "bad", "a note"};
  CHECK(render(no_source, "") == "q.toml:3:7: error: bad\nnote: a note\n");
  Diagnostic past_end{Severity::error, {"q.toml", 9, 1, 0}, "bad", ""};
  CHECK(render(past_end, kSource) == "q.toml:9:1: error: bad\n");
}

TEST_CASE("render: line numbers of five digits keep the gutter", "[diag]") {
  std::string text(12344, '\n');
  text += "BP1 = 7\n";
  Diagnostic d{Severity::error, {"big.toml", 12345, 7, 8}, "bad", ""};
  CHECK(render(d, text) == "big.toml:12345:7: error: bad\n"
                           "12345 | BP1 = 7\n"
                           "      |       ^\n");
}

TEST_CASE("render_all: files in first-seen order, then line and column", "[diag]") {
  std::vector<Diagnostic> items = {
      {Severity::error, {"b.toml", 2, 1, 0}, "b2", ""},
      {Severity::error, {"a.toml", 3, 5, 0}, "a3c5", ""},
      {Severity::warning, {"b.toml", 1, 1, 0}, "b1", ""},
      {Severity::error, {"a.toml", 3, 1, 0}, "a3c1", ""},
      {Severity::error, {"a.toml", 1, 1, 0}, "a1", ""},
  };
  CHECK(render_all(items, {}) == "b.toml:1:1: warning: b1\n"
                                 "b.toml:2:1: error: b2\n"
                                 "a.toml:1:1: error: a1\n"
                                 "a.toml:3:1: error: a3c1\n"
                                 "a.toml:3:5: error: a3c5\n");
}

TEST_CASE("render_all: each diagnostic is shown with its own file's text", "[diag]") {
  std::vector<Diagnostic> items = {
      {Severity::error, {"a.toml", 1, 1, 2}, "in a", ""},
      {Severity::error, {"b.toml", 1, 3, 4}, "in b", ""},
  };
  CHECK(render_all(items, {{"a.toml", "x = 1\n"}, {"b.toml", "y = 2\n"}}) ==
        "a.toml:1:1: error: in a\n"
        "    1 | x = 1\n"
        "      | ^\n"
        "b.toml:1:3: error: in b\n"
        "    1 | y = 2\n"
        "      |   ^\n");
}

TEST_CASE("Diagnostics: counts and --strict promotion", "[diag]") {
  Diagnostics diags;
  CHECK_FALSE(diags.has_errors());
  diags.warning({"q.toml", 1, 1, 0}, "w");
  diags.error({"q.toml", 2, 1, 0}, "e", "n");
  diags.warning({"q.toml", 3, 1, 0}, "w2");
  CHECK(diags.error_count() == 1);
  CHECK(diags.warning_count() == 2);
  CHECK(diags.items()[1].note == "n");
  diags.promote_warnings();
  CHECK(diags.error_count() == 3);
  CHECK(diags.warning_count() == 0);
}
