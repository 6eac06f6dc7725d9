// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <pace/report/escape.hpp>

using pace::html_escape;
using pace::markdown_escape;

TEST_CASE("html_escape turns markup into text", "[report][escape]") {
  CHECK(html_escape("plain text, 50% done") == "plain text, 50% done");
  CHECK(html_escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(html_escape("\"><img src=x onerror=alert(1)>") ==
        "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  CHECK(html_escape("it's A&B") == "it&#39;s A&amp;B");
  CHECK(html_escape("a\tb\nc\rd\x01"
                    "e") == "a\tb\nc d e");
  CHECK(html_escape("Größe – ok") == "Größe – ok");
}

TEST_CASE("markdown_escape neutralises every inline construct", "[report][escape]") {
  CHECK(markdown_escape("Kestrel Freight Ltd") == "Kestrel Freight Ltd");
  CHECK(markdown_escape("see [x](javascript:alert(1))") ==
        "see \\[x\\]\\(javascript:alert\\(1\\)\\)");
  CHECK(markdown_escape("](javascript:alert(1))") == "\\]\\(javascript:alert\\(1\\)\\)");
  CHECK(markdown_escape("<script>alert(1)</script>") == "\\<script\\>alert\\(1\\)\\</script\\>");
  CHECK(markdown_escape("a | b") == "a \\| b");
  CHECK(markdown_escape("*bold* _em_ `code` ![img]") ==
        "\\*bold\\* \\_em\\_ \\`code\\` \\!\\[img\\]");
  CHECK(markdown_escape("back\\slash") == "back\\\\slash");
  CHECK(markdown_escape("@SUM(1) $x$ ~s~ ^t^ {.c} &amp;") ==
        "\\@SUM\\(1\\) \\$x\\$ \\~s\\~ \\^t\\^ \\{.c\\} \\&amp;");
}

TEST_CASE("markdown_escape keeps text on one line with no block markers", "[report][escape]") {
  CHECK(markdown_escape("line one\nline two\r\nthree\tfour") == "line one line two  three four");
  CHECK(markdown_escape("    indented") == "indented");
  CHECK(markdown_escape("# heading") == "\\# heading");
  CHECK(markdown_escape("> quote") == "\\> quote");
  CHECK(markdown_escape("- item") == "\\- item");
  CHECK(markdown_escape("+cmd") == "\\+cmd");
  CHECK(markdown_escape("=HYPERLINK(\"http://x\",\"y\")") ==
        "\\=HYPERLINK\\(\"http://x\",\"y\"\\)");
  CHECK(markdown_escape(": definition") == "\\: definition");
  CHECK(markdown_escape("12. ordered") == "12\\. ordered");
  CHECK(markdown_escape("3) ordered") == "3\\) ordered");
  CHECK(markdown_escape("2026 plan. done") == "2026 plan. done");
  CHECK(markdown_escape("3.0 and 100.0%") == "3.0 and 100.0%");
  CHECK(markdown_escape("7.") == "7\\.");
  CHECK(markdown_escape("B. Smith, e.g. this") == "B\\. Smith, e.g. this");
  CHECK(markdown_escape("a - b + c: d = e") == "a - b + c: d = e");
  CHECK(markdown_escape("use --format md") == "use \\--format md");
  CHECK(markdown_escape("   ") == "");
}
