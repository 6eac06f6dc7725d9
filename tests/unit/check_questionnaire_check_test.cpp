// SPDX-License-Identifier: MIT
// The checker against the shipped rubric: diagnostics compared as whole rendered strings.
#include <catch2/catch.hpp>

#include <pace/check/questionnaire_check.hpp>

#include "shipped_rubric.hpp"

using pace::test::check_text;

namespace {

// Lines 1-9; blocks appended below start at line 10.
std::string header(const std::string& extra = "") {
  return R"(schema = 1
[assessment]
id = "unit"
organisation = "Test Ltd"
date = 2026-03-14
rubric = "iso27022-isms"
max_level = 1
[[evidence]]
id = "E-01"
)" + extra;
}

// Evidence E-01 needs its kind and title; COR.9 has BP1..BP5.
const char* const kEvidenceTail = "kind = \"document\"\ntitle = \"Risk method\"\n";

} // namespace

TEST_CASE("check: a clean questionnaire resolves labels to percentages", "[check]") {
  auto c = check_text(header(kEvidenceTail) + R"([[process]]
id = "COR.9"
[process.ratings]
BP1 = "F"
BP2 = "L-"
BP3 = { rating = "P", evidence = ["E-01"] }
BP4 = 40
BP5 = { rating = "na", note = "no suppliers" }
)");
  CHECK(c.rendered() == "");
  const auto& ratings = c.questionnaire.processes[0].ratings;
  CHECK(ratings[0].rating.percent == 92.5);
  CHECK(ratings[1].rating.percent == 58.75);
  CHECK(ratings[2].rating.percent == 32.5);
  CHECK(ratings[3].rating.percent == 40.0);
}

TEST_CASE("check: unknown process, indicator, attribute and evidence", "[check]") {
  auto c = check_text(header(kEvidenceTail) + R"([[process]]
id = "COR.99"
[[process]]
id = "COR.9"
[process.ratings]
BP1 = "F"
BP2 = "F"
BP3 = { rating = "F", evidence = ["E-1"] }
BP4 = "F"
BP55 = "F"
"GP2.1.9" = "L"
[process.attributes]
"PA1.2" = { rating = "L", note = "judgement" }
)");
  CHECK(c.rendered() ==
        "q.toml:13:6: error: unknown process 'COR.99'\n"
        "   13 | id = \"COR.99\"\n"
        "      |      ^~~~~~~~\n"
        "note: did you mean 'COR.9'?\n"
        "q.toml:14:1: warning: 1 of 5 indicators of process 'COR.9' not rated: BP5\n"
        "   14 | [[process]]\n"
        "      | ^\n"
        "q.toml:19:35: error: unknown evidence 'E-1'\n"
        "   19 | BP3 = { rating = \"F\", evidence = [\"E-1\"] }\n"
        "      |                                   ^~~~~\n"
        "note: did you mean 'E-01'?\n"
        "q.toml:21:1: error: unknown indicator 'BP55' for process 'COR.9'\n"
        "   21 | BP55 = \"F\"\n"
        "      | ^~~~\n"
        "note: did you mean 'BP5'?\n"
        "q.toml:22:1: error: unknown indicator 'GP2.1.9' for process 'COR.9'\n"
        "   22 | \"GP2.1.9\" = \"L\"\n"
        "      | ^~~~~~~~~\n"
        "note: did you mean 'GP2.1.1'?\n"
        "q.toml:24:1: error: unknown process attribute 'PA1.2'\n"
        "   24 | \"PA1.2\" = { rating = \"L\", note = \"judgement\" }\n"
        "      | ^~~~~~~\n"
        "note: did you mean 'PA1.1'?\n");
}

TEST_CASE("check: bad rating labels", "[check]") {
  auto c = check_text(header(kEvidenceTail) + R"([[process]]
id = "COR.9"
[process.ratings]
BP1 = "Lf"
BP2 = "40"
BP3 = "f"
BP4 = "Excellent"
BP5 = 120
)");
  // The malformed ratings are not reported a second time as "not rated".
  CHECK(c.rendered() ==
        "q.toml:15:7: error: unknown rating 'Lf' for 'BP1' in process 'COR.9'\n"
        "   15 | BP1 = \"Lf\"\n"
        "      |       ^~~~\n"
        "note: did you mean 'L'? (valid: N, P-, P, P+, L-, L, L+, F, a number 0-100, \"na\" or "
        "\"\")\n"
        "q.toml:16:7: error: unknown rating '40' for 'BP2' in process 'COR.9'\n"
        "   16 | BP2 = \"40\"\n"
        "      |       ^~~~\n"
        "note: write a percentage as a number, without quotes: 40\n"
        "q.toml:17:7: error: unknown rating 'f' for 'BP3' in process 'COR.9'\n"
        "   17 | BP3 = \"f\"\n"
        "      |       ^~~\n"
        "note: did you mean 'F'? (valid: N, P-, P, P+, L-, L, L+, F, a number 0-100, \"na\" or "
        "\"\")\n"
        "q.toml:18:7: error: unknown rating 'Excellent' for 'BP4' in process 'COR.9'\n"
        "   18 | BP4 = \"Excellent\"\n"
        "      |       ^~~~~~~~~~~\n"
        "note: (valid: N, P-, P, P+, L-, L, L+, F, a number 0-100, \"na\" or \"\")\n"
        "q.toml:19:7: error: rating 120 of 'BP5' in process 'COR.9' is outside 0-100\n"
        "   19 | BP5 = 120\n"
        "      |       ^~~\n");
}

TEST_CASE("check: na without a note, ratings above max_level", "[check]") {
  auto c = check_text(header(kEvidenceTail) + R"([[process]]
id = "COR.9"
[process.ratings]
BP1 = "na"
BP2 = { rating = "na", note = "" }
BP3 = { rating = "na", note = "no suppliers" }
BP4 = "F"
BP5 = "F"
"GP2.1.1" = "P"
"GP2.2.1" = ""
)");
  CHECK(c.rendered() ==
        "q.toml:15:7: error: 'BP1' is rated 'na' without a note\n"
        "   15 | BP1 = \"na\"\n"
        "      |       ^~~~\n"
        "note: say why it does not apply: BP1 = { rating = \"na\", note = \"...\" }\n"
        "q.toml:16:18: error: 'BP2' is rated 'na' without a note\n"
        "   16 | BP2 = { rating = \"na\", note = \"\" }\n"
        "      |                  ^~~~\n"
        "note: say why it does not apply: BP2 = { rating = \"na\", note = \"...\" }\n"
        "q.toml:20:1: error: 'GP2.1.1' rates PA2.1 (level 2), above max_level 1 of process "
        "'COR.9'\n"
        "   20 | \"GP2.1.1\" = \"P\"\n"
        "      | ^~~~~~~~~\n"
        "note: raise max_level or leave the indicator out\n");
}

TEST_CASE("check: a missing max_level is not repeated for every indicator", "[check]") {
  std::string text = header(kEvidenceTail) + "[[process]]\nid = \"COR.9\"\n[process.ratings]\n"
                                             "BP1 = { rating = \"F\", evidence = [\"E-01\"] }\n";
  text.erase(text.find("max_level = 1\n"), 14);
  auto c = check_text(text);
  CHECK(c.rendered() == "q.toml:2:1: error: missing required field 'max_level' in [assessment]\n"
                        "    2 | [assessment]\n"
                        "      | ^\n");
}

TEST_CASE("check: unknown scale", "[check]") {
  auto s = check_text(R"(schema = 1
[assessment]
id = "unit"
organisation = "Test Ltd"
date = 2026-03-14
rubric = "iso27022-isms"
max_level = 1
scale = "refind"
)");
  CHECK(s.rendered() == "q.toml:8:9: error: unknown scale 'refind'\n"
                        "    8 | scale = \"refind\"\n"
                        "      |         ^~~~~~~~\n"
                        "note: did you mean 'refined'? (valid: nplf, refined)\n");
}

TEST_CASE("check: overrides need a note, are not allowed under R1, once under R3", "[check]") {
  SECTION("no note") {
    auto c = check_text(header(kEvidenceTail) + R"([[process]]
id = "COR.9"
[process.ratings]
BP1 = "F"
BP2 = "F"
BP3 = "F"
BP4 = "F"
BP5 = "F"
[process.attributes]
"PA1.1" = "L"
"PA2.1" = { rating = "F", note = "above the scope" }
"PA2.2" = { rating = "na", note = "n/a" }
)");
    CHECK(c.rendered() ==
          "q.toml:21:11: error: override of 'PA1.1' in process 'COR.9' has no note\n"
          "   21 | \"PA1.1\" = \"L\"\n"
          "      |           ^~~\n"
          "note: an assessor's judgement needs a justification: \"PA1.1\" = { rating = \"L\", "
          "note = \"...\" }\n"
          "q.toml:22:1: error: 'PA2.1' is above max_level 1 of process 'COR.9'\n"
          "   22 | \"PA2.1\" = { rating = \"F\", note = \"above the scope\" }\n"
          "      | ^~~~~~~\n"
          "q.toml:23:22: error: a process attribute cannot be rated 'na'\n"
          "   23 | \"PA2.2\" = { rating = \"na\", note = \"n/a\" }\n"
          "      |                      ^~~~\n"
          "note: rate it, or remove the override\n");
  }
  SECTION("R1") {
    std::string text = header(kEvidenceTail);
    text.replace(text.find("max_level = 1"), 13, "max_level = 1\nrating_method = \"R1\"");
    auto c = check_text(text + R"([[process]]
id = "COR.9"
[process.ratings]
BP1 = "F"
BP2 = "F"
BP3 = "F"
BP4 = "F"
BP5 = "F"
[process.attributes]
"PA1.1" = { rating = "L", note = "judgement" }
)");
    CHECK(c.rendered() ==
          "q.toml:22:1: error: attribute overrides are not allowed under rating method R1\n"
          "   22 | \"PA1.1\" = { rating = \"L\", note = \"judgement\" }\n"
          "      | ^~~~~~~\n"
          "note: R1 derives every attribute from its outcomes; rate an outcome directly (O1 = "
          "..., \"PA2.1.a\" = ...) or use R2 or R3\n");
  }
  SECTION("R3, two instances") {
    std::string text = header(kEvidenceTail);
    text.replace(text.find("max_level = 1"), 13, "max_level = 1\nrating_method = \"R3\"");
    auto c = check_text(text + R"([[process]]
id = "COR.9"
instance = "HQ"
[process.attributes]
"PA1.1" = { rating = "L", note = "HQ" }
[[process]]
id = "COR.9"
instance = "Branch"
[process.attributes]
"PA1.1" = { rating = "F", note = "Branch" }
)");
    CHECK(c.rendered() ==
          "q.toml:13:1: warning: 5 of 5 indicators of process 'COR.9' (instance 'HQ') not rated: "
          "BP1, BP2, BP3, BP4, BP5\n"
          "   13 | [[process]]\n"
          "      | ^\n"
          "q.toml:18:1: warning: 5 of 5 indicators of process 'COR.9' (instance 'Branch') not "
          "rated: BP1, BP2, BP3, BP4, BP5\n"
          "   18 | [[process]]\n"
          "      | ^\n"
          "q.toml:22:1: error: 'PA1.1' of process 'COR.9' is rated more than once under R3\n"
          "   22 | \"PA1.1\" = { rating = \"F\", note = \"Branch\" }\n"
          "      | ^~~~~~~\n"
          "note: R3 takes one rating per attribute across instances; first at line 17\n");
  }
}

TEST_CASE("check: duplicate instances and evidence ids", "[check]") {
  auto c = check_text(header(kEvidenceTail) + R"([[evidence]]
id = "E-01"
kind = "record"
title = "Risk register"
[[process]]
id = "COR.9"
instance = "HQ"
[process.ratings]
BP1 = "F"
[[process]]
id = "COR.9"
instance = "HQ"
[process.ratings]
BP2 = "F"
)");
  CHECK(c.rendered() ==
        "q.toml:12:1: error: duplicate evidence id 'E-01'\n"
        "   12 | [[evidence]]\n"
        "      | ^\n"
        "note: first defined at line 8\n"
        "q.toml:16:1: warning: 4 of 5 indicators of process 'COR.9' (instance 'HQ') not rated: "
        "BP2, BP3, BP4, BP5\n"
        "   16 | [[process]]\n"
        "      | ^\n"
        "q.toml:21:1: error: duplicate process 'COR.9' (instance 'HQ')\n"
        "   21 | [[process]]\n"
        "      | ^\n"
        "note: first defined at line 16; give each instance its own 'instance' name\n"
        "q.toml:21:1: warning: 4 of 5 indicators of process 'COR.9' (instance 'HQ') not rated: "
        "BP1, BP3, BP4, BP5\n"
        "   21 | [[process]]\n"
        "      | ^\n");
}
