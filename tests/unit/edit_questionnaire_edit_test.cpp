// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <pace/edit/questionnaire_edit.hpp>
#include <pace/load/questionnaire_loader.hpp>

using namespace pace;

namespace {

const std::string kText = R"(schema = 1

[assessment]
id = "t"
organisation = "T"
date = 2026-03-11
rubric = "iso27022-isms"
max_level = 2

# register
[[evidence]]
id = "E-1"
kind = "document"
title = "Policy"

# the first process
[[process]]
id = "COR.3"
instance = "HQ"

[process.ratings]
# PA1.1
BP1 = ""
BP2 = "L"  # kept comment
BP3 = { rating = "F", evidence = ["E-1"] }
"GP2.1.1" = { rating = "P", note = "old", evidence = ["E-1"] }

[[process]]
id = "COR.3"
instance = "WN"

[[process]]
id = "COR.4"

[process.ratings]
BP1 = 70
)";

std::string edit(const IndicatorEdit& e, std::string_view text = kText) {
  Diagnostics diags;
  auto q = load_questionnaire(text, "input.toml", diags);
  REQUIRE(q);
  REQUIRE_FALSE(diags.has_errors());
  auto out = apply_indicator_edit(text, *q, e, diags);
  REQUIRE(out);
  // The result is still a questionnaire that loads.
  Diagnostics again;
  REQUIRE(load_questionnaire(*out, "input.toml", again));
  CHECK_FALSE(again.has_errors());
  return *out;
}

std::string replaced(std::string text, std::string_view from, std::string_view to) {
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

} // namespace

TEST_CASE("a rating of an unrated indicator changes only its value", "[edit]") {
  CHECK(edit({"COR.3", "HQ", "", "BP1", "L", {}, {}}) ==
        replaced(kText, "BP1 = \"\"", "BP1 = \"L\""));
}

TEST_CASE("a rating change keeps the comment after it", "[edit]") {
  CHECK(edit({"COR.3", "HQ", "", "BP2", "F", {}, {}}) ==
        replaced(kText, "BP2 = \"L\"  # kept", "BP2 = \"F\"  # kept"));
}

TEST_CASE("a number is written as a number, and a label over a number", "[edit]") {
  CHECK(edit({"COR.3", "HQ", "", "BP1", "85", {}, {}}) ==
        replaced(kText, "BP1 = \"\"", "BP1 = 85"));
  CHECK(edit({"COR.4", "", "", "BP1", "na", "does not apply", {}}) ==
        replaced(kText, "BP1 = 70", "BP1 = { rating = \"na\", note = \"does not apply\" }"));
}

TEST_CASE("a note turns a plain rating into an inline table on the same line", "[edit]") {
  CHECK(edit({"COR.3", "HQ", "", "BP2", {}, "seen in the minutes", {}}) ==
        replaced(kText, "BP2 = \"L\"", "BP2 = { rating = \"L\", note = \"seen in the minutes\" }"));
}

TEST_CASE("fields of an inline table are replaced, added and removed in place", "[edit]") {
  CHECK(edit({"COR.3", "HQ", "", "BP3", "L", {}, {}}) ==
        replaced(kText, "{ rating = \"F\", evidence", "{ rating = \"L\", evidence"));
  CHECK(edit({"COR.3", "HQ", "", "BP3", {}, "why", {}}) ==
        replaced(kText, "evidence = [\"E-1\"] }\n\"GP",
                 "evidence = [\"E-1\"], note = \"why\" }\n\"GP"));
  CHECK(edit({"COR.3", "HQ", "", "GP2.1.1", {}, "", {}}) ==
        replaced(kText, "{ rating = \"P\", note = \"old\", evidence = [\"E-1\"] }",
                 "{ rating = \"P\", evidence = [\"E-1\"] }"));
  CHECK(edit({"COR.3", "HQ", "", "GP2.1.1", {}, {}, std::vector<std::string>{"E-1", "E-2"}}) ==
        replaced(kText, "evidence = [\"E-1\"] }\n\n", "evidence = [\"E-1\", \"E-2\"] }\n\n"));
}

TEST_CASE("an inline table left with only its rating becomes a plain value", "[edit]") {
  CHECK(edit({"COR.3", "HQ", "", "BP3", {}, {}, std::vector<std::string>{}}) ==
        replaced(kText, "BP3 = { rating = \"F\", evidence = [\"E-1\"] }", "BP3 = \"F\""));
}

TEST_CASE("hostile notes are escaped as TOML basic strings", "[edit]") {
  std::string note = "a \"quote\" \\ back\nslash\t\x01 ]] [[process]] \x7f";
  std::string out = edit({"COR.3", "HQ", "", "BP2", {}, note, {}});
  CHECK(out == replaced(kText, "BP2 = \"L\"",
                        "BP2 = { rating = \"L\", note = \"a \\\"quote\\\" \\\\ back\\nslash\\t"
                        "\\u0001 ]] [[process]] \\u007F\" }"));
  Diagnostics diags;
  auto q = load_questionnaire(out, "input.toml", diags);
  REQUIRE(q);
  CHECK(q->processes[0].ratings[1].note == note);
}

TEST_CASE("an indicator the block lacks is inserted after its last rating", "[edit]") {
  CHECK(edit({"COR.3", "HQ", "", "BP4", "P", {}, {}}) ==
        replaced(kText, "\"old\", evidence = [\"E-1\"] }\n",
                 "\"old\", evidence = [\"E-1\"] }\nBP4 = \"P\"\n"));
  CHECK(edit({"COR.4", "", "", "GP2.1.1", "F", {}, {}}) == kText + "\"GP2.1.1\" = \"F\"\n");
}

TEST_CASE("a block without ratings gets a [process.ratings] table", "[edit]") {
  CHECK(edit({"COR.3", "WN", "", "BP1", "L", {}, {}}) ==
        replaced(kText, "instance = \"WN\"\n",
                 "instance = \"WN\"\n\n[process.ratings]\nBP1 = \"L\"\n"));
}

TEST_CASE("an edit of a block that does not exist is refused", "[edit]") {
  Diagnostics diags;
  auto q = load_questionnaire(kText, "input.toml", diags);
  REQUIRE(q);
  CHECK_FALSE(apply_indicator_edit(kText, *q, {"COR.9", "", "", "BP1", "L", {}, {}}, diags));
  REQUIRE(diags.items().size() == 1);
  CHECK(diags.items()[0].message == "there is no [[process]] block for process 'COR.9'");
  Diagnostics bad;
  CHECK_FALSE(apply_indicator_edit(kText, *q, {"COR.3", "HQ", "", "BP1", {}, "\xff", {}}, bad));
  REQUIRE(bad.items().size() == 1);
  CHECK(bad.items()[0].message ==
        "an edit of 'BP1' in process 'COR.3' (instance 'HQ') holds text that is not valid UTF-8");
}

TEST_CASE("a new evidence item goes after the last [[evidence]] block", "[edit]") {
  Diagnostics diags;
  auto q = load_questionnaire(kText, "input.toml", diags);
  REQUIRE(q);
  auto out = add_evidence_item(kText, *q,
                               {"E-2", "record", "Minutes \"Q1\"", "dms://x", "2026-01-02"}, diags);
  REQUIRE(out);
  CHECK(*out == replaced(kText, "title = \"Policy\"\n",
                         "title = \"Policy\"\n\n[[evidence]]\nid = \"E-2\"\nkind = \"record\"\n"
                         "title = \"Minutes \\\"Q1\\\"\"\nref = \"dms://x\"\ndate = 2026-01-02\n"));
  CHECK_FALSE(add_evidence_item(kText, *q, {"E-1", "record", "t", "", ""}, diags));
  CHECK(diags.items().back().message == "evidence id 'E-1' is already in the register");
  CHECK_FALSE(add_evidence_item(kText, *q, {"E-3", "record", "t", "", "2026-1-2"}, diags));
  CHECK(diags.items().back().message == "evidence date '2026-1-2' is not a date (YYYY-MM-DD)");
}

TEST_CASE("utf-8 validation", "[edit]") {
  CHECK(is_valid_utf8("plain é € 𝄞"));
  CHECK_FALSE(is_valid_utf8("\xc3"));
  CHECK_FALSE(is_valid_utf8("\xed\xa0\x80")); // a surrogate
  CHECK_FALSE(is_valid_utf8("\xc0\xaf"));     // overlong
  CHECK(toml_key("GP2.1.1") == "\"GP2.1.1\"");
  CHECK(toml_key("BP1") == "BP1");
}
