// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <pace/diag/control_chars.hpp>
#include <pace/diag/diagnostic.hpp>

using pace::escape_control_chars;

TEST_CASE("control chars: C0, DEL and C1 print as escapes", "[diag][escape]") {
  CHECK(escape_control_chars("a\x1b]0;t\x07 b\x1b[2J\r\x7f") ==
        "a\\x1b]0;t\\x07 b\\x1b[2J\\r\\x7f");
  CHECK(escape_control_chars("csi \xc2\x9b"
                             "2J") == "csi \\u009b2J");
  CHECK(escape_control_chars("tab\tline\n") == "tab\\tline\\n");
  CHECK(escape_control_chars("tab\tline\n", true) == "tab\tline\n");
}

TEST_CASE("control chars: UTF-8 and invalid bytes pass unchanged", "[diag][escape]") {
  CHECK(escape_control_chars("Gr\xc3\xbc\xc3\x9f \xe2\x82\xac \xff\xfe") ==
        "Gr\xc3\xbc\xc3\x9f \xe2\x82\xac \xff\xfe");
  CHECK(escape_control_chars("ends with \xc2") == "ends with \xc2");
}

TEST_CASE("diagnostic: excerpt escapes control characters, caret follows", "[diag][escape]") {
  pace::Diagnostic d{pace::Severity::error, {"q.toml", 1, 7, 0}, "bad \x1b[2J", "note\r"};
  CHECK(pace::render(d, "a = \x1b[\"x\"") == "q.toml:1:7: error: bad \\x1b[2J\n"
                                             "    1 | a = \\x1b[\"x\"\n"
                                             "      |          ^\n"
                                             "note: note\\r\n");
}

TEST_CASE("diagnostic: a long line is quoted to about 200 bytes", "[diag][escape]") {
  std::string line = "rubric = \"" + std::string(300, 'x') + "\"";
  pace::Diagnostic d{pace::Severity::error, {"q.toml", 1, 10, 0}, "m", ""};
  std::string out = pace::render(d, line);
  CHECK(out == "q.toml:1:10: error: m\n    1 | rubric = \"" + std::string(190, 'x') +
                   "...\n      |          ^\n");
}
