// SPDX-License-Identifier: MIT
// The loader on its own: structure, types, required fields; no rubric involved.
#include <algorithm>

#include <catch2/catch.hpp>

#include <pace/load/questionnaire_loader.hpp>

using pace::Aggregation;
using pace::Diagnostics;
using pace::RatingMethod;

namespace {

struct Loaded {
  std::optional<pace::Questionnaire> q;
  std::string rendered;
};

Loaded load(const std::string& text) {
  Diagnostics diags;
  Loaded l;
  l.q = pace::load_questionnaire(text, "q.toml", diags);
  l.rendered = pace::render_all(diags.items(), {{"q.toml", text}});
  return l;
}

const char* const kHeader = R"(schema = 1
[assessment]
id = "unit-1"
organisation = "Test Ltd"
date = 2026-03-14
rubric = "iso27022-isms"
max_level = 2
)";

} // namespace

TEST_CASE("loader: a complete questionnaire", "[load]") {
  auto l = load(std::string(kHeader) + R"(rating_method = "R3"
aggregation = "median"
scale = "refined"
target = 3
title = "ISMS capability"
assessors = ["ana", "ben"]
class = 2

[[evidence]]
id = "E-01"
kind = "document"
title = "Risk method"
ref = "dms://risk"
date = 2026-02-01

[[process]]
id = "COR.3"
instance = "HQ"
max_level = 1
target = 2
[process.ratings]
BP1 = "F"
BP2 = { rating = "L", evidence = ["E-01"], note = "criteria not approved" }
BP3 = { rating = 40 }
BP4 = { rating = "na", note = "no suppliers" }
BP5 = ""
BP6 = 12.5
"GP2.1.1" = "P"
[process.attributes]
"PA1.1" = { rating = "L", note = "judgement" }
)");
  CHECK(l.rendered == "");
  REQUIRE(l.q);
  const auto& a = l.q->assessment;
  CHECK(l.q->schema == 1);
  CHECK(a.id == "unit-1");
  CHECK(a.organisation == "Test Ltd");
  CHECK(a.date.to_string() == "2026-03-14");
  CHECK(a.rubric == "iso27022-isms");
  CHECK(a.max_level == 2);
  CHECK(a.rating_method == RatingMethod::r3);
  CHECK(a.aggregation == Aggregation::median);
  CHECK(a.scale == "refined");
  CHECK(a.target == 3);
  CHECK(a.title == "ISMS capability");
  CHECK(a.assessors == std::vector<std::string>{"ana", "ben"});
  CHECK(a.assessment_class == 2);

  REQUIRE(l.q->evidence.size() == 1);
  CHECK(l.q->evidence[0].id == "E-01");
  CHECK(l.q->evidence[0].kind == "document");
  CHECK(l.q->evidence[0].date->to_string() == "2026-02-01");

  REQUIRE(l.q->processes.size() == 1);
  const auto& b = l.q->processes[0];
  CHECK(b.id == "COR.3");
  CHECK(b.instance == "HQ");
  CHECK(b.max_level == 1);
  CHECK(b.target == 2);
  CHECK(b.pos.line == 23);
  REQUIRE(b.ratings.size() == 7);
  auto rating = [&](const std::string& id) -> const pace::IndicatorEntry& {
    for (const auto& e : b.ratings) {
      if (e.id == id) return e;
    }
    FAIL("no rating " << id);
    throw;
  };
  using Kind = pace::Rating::Kind;
  CHECK(rating("BP1").rating.kind == Kind::value);
  CHECK(rating("BP1").rating.label == "F");
  CHECK_FALSE(rating("BP1").rating.explicit_number);
  CHECK(rating("BP2").evidence == std::vector<std::string>{"E-01"});
  CHECK(rating("BP2").note == "criteria not approved");
  CHECK(rating("BP3").rating.explicit_number);
  CHECK(rating("BP3").rating.percent == 40.0);
  CHECK(rating("BP3").rating.label == "40");
  CHECK(rating("BP4").rating.kind == Kind::not_applicable);
  CHECK(rating("BP5").rating.kind == Kind::unrated);
  CHECK(rating("BP6").rating.percent == 12.5);
  CHECK(rating("BP6").rating.label == "12.5");
  CHECK(rating("GP2.1.1").rating.label == "P");
  CHECK(rating("BP2").value_pos.line == 30);
  CHECK(rating("BP2").value_pos.column == 18);
  REQUIRE(b.attributes.size() == 1);
  CHECK(b.attributes[0].id == "PA1.1");
  CHECK(b.attributes[0].note == "judgement");
}

TEST_CASE("loader: defaults of the optional fields", "[load]") {
  auto l = load(kHeader);
  CHECK(l.rendered == "");
  REQUIRE(l.q);
  CHECK(l.q->assessment.rating_method == RatingMethod::r2);
  CHECK(l.q->assessment.aggregation == Aggregation::mean);
  CHECK(l.q->assessment.scale == "nplf");
  CHECK_FALSE(l.q->assessment.target);
  CHECK(l.q->processes.empty());
}

TEST_CASE("loader: invalid TOML returns nothing and says where", "[load]") {
  auto l = load("schema = 1\n[assessment]\nid = \"x\nmax_level = 1\n");
  CHECK_FALSE(l.q);
  CHECK(l.rendered ==
        "q.toml:3:8: error: invalid TOML in string: unescaped control characters other than TAB "
        "(U+0009) are explicitly prohibited\n"
        "    3 | id = \"x\n"
        "      |        ^\n"
        "note: is a closing quote missing? a \"string\" ends on its own line; use \"\"\" for "
        "text over several lines\n");
}

TEST_CASE("loader: a duplicate key points at the key", "[load]") {
  auto l = load("schema = 1\n[process.ratings]\nBP1 = \"F\"\nBP1 = \"L\"\n");
  CHECK_FALSE(l.q);
  CHECK(l.rendered ==
        "q.toml:4:1: error: invalid TOML in key-value pair: cannot redefine existing string "
        "'BP1'\n"
        "    4 | BP1 = \"L\"\n"
        "      | ^~~\n"
        "note: each key may appear only once in its table\n");
}

TEST_CASE("loader: missing schema and [assessment] in an empty file", "[load]") {
  auto l = load("");
  REQUIRE(l.q);
  CHECK(l.rendered == "q.toml:1:1: error: missing required field 'schema' in the questionnaire\n"
                      "note: add 'schema = 1' at the top of the file\n"
                      "q.toml:1:1: error: missing required table [assessment]\n");
}

TEST_CASE("loader: every missing required field of [assessment]", "[load]") {
  auto l = load("schema = 1\n[assessment]\ntitle = \"t\"\n");
  CHECK(l.rendered == "q.toml:2:1: error: missing required field 'id' in [assessment]\n"
                      "    2 | [assessment]\n"
                      "      | ^\n"
                      "q.toml:2:1: error: missing required field 'organisation' in [assessment]\n"
                      "    2 | [assessment]\n"
                      "      | ^\n"
                      "q.toml:2:1: error: missing required field 'date' in [assessment]\n"
                      "    2 | [assessment]\n"
                      "      | ^\n"
                      "q.toml:2:1: error: missing required field 'rubric' in [assessment]\n"
                      "    2 | [assessment]\n"
                      "      | ^\n"
                      "q.toml:2:1: error: missing required field 'max_level' in [assessment]\n"
                      "    2 | [assessment]\n"
                      "      | ^\n");
}

TEST_CASE("loader: an unknown field gets a did-you-mean", "[load]") {
  std::string text = kHeader;
  text.replace(text.find("organisation"), 12, "organization");
  auto l = load(text);
  CHECK(l.rendered == "q.toml:2:1: error: missing required field 'organisation' in [assessment]\n"
                      "    2 | [assessment]\n"
                      "      | ^\n"
                      "q.toml:4:1: error: unknown field 'organization' in [assessment]\n"
                      "    4 | organization = \"Test Ltd\"\n"
                      "      | ^~~~~~~~~~~~\n"
                      "note: did you mean 'organisation'?\n");
}

TEST_CASE("loader: bad enums list the valid values", "[load]") {
  auto l = load(std::string(kHeader) + "rating_method = \"R4\"\naggregation = \"avg\"\n");
  CHECK(l.rendered == "q.toml:8:17: error: unknown rating_method 'R4'\n"
                      "    8 | rating_method = \"R4\"\n"
                      "      |                 ^~~~\n"
                      "note: did you mean 'R1'? (valid: R1, R2, R3)\n"
                      "q.toml:9:15: error: unknown aggregation 'avg'\n"
                      "    9 | aggregation = \"avg\"\n"
                      "      |               ^~~~~\n"
                      "note: (valid: mean, median, min)\n");
}

TEST_CASE("loader: wrong types and ranges", "[load]") {
  std::string text = kHeader;
  text.replace(text.find("date = 2026-03-14"), 17, "date = \"2026-03-14\"");
  text.replace(text.find("max_level = 2"), 13, "max_level = 9");
  text.replace(text.find("id = \"unit-1\""), 13, "id = \"unit 1\"");
  auto l = load(text);
  CHECK(l.rendered ==
        "q.toml:3:6: error: assessment id 'unit 1' may only contain letters, digits, '.', '_' and "
        "'-'\n"
        "    3 | id = \"unit 1\"\n"
        "      |      ^~~~~~~~\n"
        "q.toml:5:8: error: 'date' in [assessment] must be a date (YYYY-MM-DD, unquoted), not a "
        "string\n"
        "    5 | date = \"2026-03-14\"\n"
        "      |        ^~~~~~~~~~~~\n"
        "q.toml:7:13: error: 'max_level' in [assessment] must be between 1 and 5, not 9\n"
        "    7 | max_level = 9\n"
        "      |             ^\n");
}

TEST_CASE("loader: bad rating values", "[load]") {
  auto l = load(std::string(kHeader) + R"(
[[process]]
id = "COR.3"
[process.ratings]
BP1 = 120
BP2 = { rating = -5 }
BP3 = nan
BP4 = true
BP5 = { note = "forgot the rating" }
)");
  REQUIRE(l.q);
  CHECK(l.rendered ==
        "q.toml:12:7: error: rating 120 of 'BP1' in process 'COR.3' is outside 0-100\n"
        "   12 | BP1 = 120\n"
        "      |       ^~~\n"
        "q.toml:13:18: error: rating -5 of 'BP2' in process 'COR.3' is outside 0-100\n"
        "   13 | BP2 = { rating = -5 }\n"
        "      |                  ^~\n"
        "q.toml:14:7: error: rating of 'BP3' in process 'COR.3' must be a number between 0 and "
        "100, not nan\n"
        "   14 | BP3 = nan\n"
        "      |       ^~~\n"
        "q.toml:15:7: error: rating of 'BP4' in process 'COR.3' must be a string or a number, not "
        "a boolean\n"
        "   15 | BP4 = true\n"
        "      |       ^~~~\n"
        "q.toml:16:7: error: missing required field 'rating' in 'BP5' in process 'COR.3'\n"
        "   16 | BP5 = { note = \"forgot the rating\" }\n"
        "      |       ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n");
  // Malformed entries stay in the model, unrated, so the checker does not call them "not rated".
  REQUIRE(l.q->processes[0].ratings.size() == 5);
  for (const auto& e : l.q->processes[0].ratings) {
    INFO(e.id);
    CHECK(e.malformed);
    CHECK_FALSE(e.rating.is_rated());
  }
}

TEST_CASE("loader: unquoted dotted ids are reported with their real id", "[load]") {
  auto l = load(std::string(kHeader) + R"(
[[process]]
id = "COR.3"
[process.ratings]
GP2.1.1 = "P"
[process.attributes]
PA2.1 = { rating = "L", note = "judgement" }
)");
  CHECK(l.rendered == "q.toml:12:1: error: id 'GP2.1.1' must be quoted\n"
                      "   12 | GP2.1.1 = \"P\"\n"
                      "      | ^~~~~~~\n"
                      "note: TOML splits an unquoted dotted key into nested tables; write "
                      "\"GP2.1.1\" = ...\n"
                      "q.toml:14:1: error: id 'PA2.1' must be quoted\n"
                      "   14 | PA2.1 = { rating = \"L\", note = \"judgement\" }\n"
                      "      | ^~~~~\n"
                      "note: TOML splits an unquoted dotted key into nested tables; write "
                      "\"PA2.1\" = ...\n");
}

namespace {

// Both readings: after a syntax error they must report the same diagnostics.
std::string syntax_errors(const std::string& text) {
  Diagnostics by_blocks, whole;
  auto q = pace::load_questionnaire(text, "q.toml", by_blocks, pace::TomlReading::by_blocks);
  auto w = pace::load_questionnaire(text, "q.toml", whole, pace::TomlReading::whole_document);
  CHECK_FALSE(q);
  CHECK_FALSE(w);
  std::string rendered = pace::render_all(by_blocks.items(), {{"q.toml", text}});
  CHECK(rendered == pace::render_all(whole.items(), {{"q.toml", text}}));
  return rendered;
}

} // namespace

TEST_CASE("loader: a syntax error in each of several blocks is reported for every block",
          "[load][syntax]") {
  // Lines 8-11 broken process, 13-16 good process, 18-21 broken evidence, 23-25 broken process.
  std::string text = std::string(kHeader) + R"(
[[process]]
id = "COR.9"
[process.ratings]
BP1 = "P
[[process]]
id = "COR.8"
[process.ratings]
BP1 = "P"

[[evidence]]
id = "E-01"
kind = "document"
title = = "Risk method"

[[process]]
id = "COR.7"
ratings = { BP1 = "F", }
)";
  CHECK(syntax_errors(text) ==
        "q.toml:12:9: error: invalid TOML in string: unescaped control characters other than TAB "
        "(U+0009) are explicitly prohibited\n"
        "   12 | BP1 = \"P\n"
        "      |         ^\n"
        "note: is a closing quote missing? a \"string\" ends on its own line; use \"\"\" for text "
        "over several lines\n"
        "q.toml:21:9: error: invalid TOML in value: could not determine value type\n"
        "   21 | title = = \"Risk method\"\n"
        "      |         ^\n"
        "q.toml:25:24: error: invalid TOML in inline table: expected key-value pair, saw "
        "closing '}' (dangling comma)\n"
        "   25 | ratings = { BP1 = \"F\", }\n"
        "      |                        ^\n");
}

TEST_CASE("loader: a syntax error outside the blocks is the only one reported", "[load][syntax]") {
  std::string text = R"(schema = 1
[assessment]
id = "unit-1
organisation = "Test Ltd"

[[process]]
id = = "COR.9"
)";
  CHECK(syntax_errors(text) ==
        "q.toml:3:13: error: invalid TOML in string: unescaped control characters other than TAB "
        "(U+0009) are explicitly prohibited\n"
        "    3 | id = \"unit-1\n"
        "      |             ^\n"
        "note: is a closing quote missing? a \"string\" ends on its own line; use \"\"\" for text "
        "over several lines\n");
}

TEST_CASE("loader: an unclosed multi-line string over several blocks is one error",
          "[load][syntax]") {
  std::string text = std::string(kHeader) + R"(
[[process]]
id = "COR.9"
note = """never closed

[[process]]
id = = "COR.8"
)";
  std::string rendered = syntax_errors(text);
  CHECK(std::count(rendered.begin(), rendered.end(), '^') == 1);
  CHECK(rendered.rfind("q.toml:", 0) == 0);
}

TEST_CASE("loader: a date written day.month.year gets a hint with the date reordered",
          "[load][syntax]") {
  std::string text = R"(schema = 1
[assessment]
id = "unit-1"
date = 9-3-2026 # the day first
)";
  CHECK(syntax_errors(text) ==
        "q.toml:4:9: error: invalid TOML in date: expected 4-digit year, saw '-'\n"
        "    4 | date = 9-3-2026 # the day first\n"
        "      |         ^\n"
        "note: dates are written YYYY-MM-DD without quotes, e.g. 2026-03-09\n");
}
