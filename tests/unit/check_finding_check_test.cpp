// SPDX-License-Identifier: MIT
// [[finding]] blocks and the [assessment] summary: loaded, checked against the questionnaire and
// the shipped rubric, and attached to the score sheet in reading order.
#include <catch2/catch.hpp>

#include "shipped_rubric.hpp"

using pace::test::check_text;
using pace::test::process_of;
using pace::test::score_text;

namespace {

// Lines 1-27; findings appended below start at line 28. COR.9 (BP1..BP5) is rated at HQ and
// Site-B, COR.10 has one unnamed instance.
std::string questionnaire(const std::string& findings) {
  return R"(schema = 1
[assessment]
id = "unit"
organisation = "Test Ltd"
date = 2026-03-14
rubric = "iso27022-isms"
max_level = 1
summary = "Sound at HQ, weak at the site."
[[evidence]]
id = "E-01"
kind = "document"
title = "Change procedure"
[[process]]
id = "COR.9"
instance = "HQ"
[process.ratings]
BP1 = { rating = "F", evidence = ["E-01"] }
[[process]]
id = "COR.9"
instance = "Site-B"
[process.ratings]
BP1 = "P"
[[process]]
id = "COR.10"
[process.ratings]
BP1 = "L"
BP2 = "L"
)" + findings;
}

// The errors alone: the blocks above leave indicators unrated, which only warns.
std::string errors_of(const pace::test::Checked& c) {
  std::vector<pace::Diagnostic> errors;
  for (const auto& d : c.diags.items()) {
    if (d.severity == pace::Severity::error) errors.push_back(d);
  }
  return pace::render_all(errors, {{c.path, c.text}});
}

} // namespace

TEST_CASE("findings: every field is read, and a clean file reports no finding error", "[finding]") {
  auto c = check_text(questionnaire(R"([[finding]]
id = "F-2"
process = "COR.9"
instance = "Site-B"
kind = "nonconformity"
severity = "major"
text = "Changes at the site go live without approval."
evidence = ["E-01"]
indicators = ["BP1", "BP3"]
[[finding]]
id = "F-1"
process = "COR.10"
kind = "strength"
text = "Audits run to plan."
)"));
  CHECK(errors_of(c) == "");
  CHECK(c.questionnaire.assessment.summary == "Sound at HQ, weak at the site.");
  REQUIRE(c.questionnaire.findings.size() == 2);
  const pace::Finding& f = c.questionnaire.findings[0];
  CHECK(f.id == "F-2");
  CHECK(f.process == "COR.9");
  CHECK(f.instance == "Site-B");
  CHECK(f.kind == pace::FindingKind::nonconformity);
  CHECK(f.severity == pace::FindingSeverity::major);
  CHECK(f.text == "Changes at the site go live without approval.");
  CHECK(f.evidence == std::vector<std::string>{"E-01"});
  CHECK(f.indicators == std::vector<std::string>{"BP1", "BP3"});
  CHECK(f.pos.line == 28);
  CHECK(f.indicator_pos[1].line == 36);
  CHECK(f.indicator_pos[1].column == 22);
  const pace::Finding& s = c.questionnaire.findings[1];
  CHECK(s.kind == pace::FindingKind::strength);
  CHECK_FALSE(s.severity);
  CHECK(s.instance.empty());
  CHECK(s.evidence.empty());
}

TEST_CASE("findings: every error of every block in one run", "[finding]") {
  auto c = check_text(questionnaire(R"([[finding]]
id = "F-1"
process = "COR.9"
instance = "Site-C"
kind = "weakness"
text = "x"
[[finding]]
id = "F-1"
process = "COR.10"
instance = "HQ"
kind = "opportunity"
severity = "minor"
text = "y"
evidence = ["E-1"]
indicators = ["BP7"]
)"));
  CHECK(errors_of(c) ==
        "q.toml:31:12: error: unknown instance 'Site-C' of process 'COR.9' in finding 'F-1'\n"
        "   31 | instance = \"Site-C\"\n"
        "      |            ^~~~~~~~\n"
        "note: did you mean 'Site-B'? (valid: HQ, Site-B)\n"
        "q.toml:32:8: error: missing severity for weakness finding 'F-1'\n"
        "   32 | kind = \"weakness\"\n"
        "      |        ^~~~~~~~~~\n"
        "note: add severity = \"major\" or severity = \"minor\"\n"
        "q.toml:35:6: error: duplicate finding id 'F-1'\n"
        "   35 | id = \"F-1\"\n"
        "      |      ^~~~~\n"
        "note: first defined at line 28\n"
        "q.toml:37:12: error: unknown instance 'HQ' of process 'COR.10' in finding 'F-1'\n"
        "   37 | instance = \"HQ\"\n"
        "      |            ^~~~\n"
        "note: process 'COR.10' has no named instances; remove 'instance'\n"
        "q.toml:39:12: error: finding 'F-1' is of kind 'opportunity', which has no severity\n"
        "   39 | severity = \"minor\"\n"
        "      |            ^~~~~~~\n"
        "note: only weaknesses and nonconformities are major or minor; remove 'severity'\n"
        "q.toml:41:13: error: unknown evidence 'E-1' in finding 'F-1'\n"
        "   41 | evidence = [\"E-1\"]\n"
        "      |             ^~~~~\n"
        "note: did you mean 'E-01'?\n"
        "q.toml:42:15: error: unknown indicator 'BP7' for process 'COR.10' in finding 'F-1'\n"
        "   42 | indicators = [\"BP7\"]\n"
        "      |               ^~~~~\n"
        "note: did you mean 'BP1'?\n");
}

TEST_CASE("findings: a file without findings and summary loads as before", "[finding]") {
  auto c = check_text(R"(schema = 1
[assessment]
id = "unit"
organisation = "Test Ltd"
date = 2026-03-14
rubric = "iso27022-isms"
max_level = 1
[[process]]
id = "COR.10"
[process.ratings]
BP1 = "L"
)");
  CHECK(c.questionnaire.findings.empty());
  CHECK(c.questionnaire.assessment.summary.empty());
  CHECK_FALSE(c.diags.has_errors());
}

TEST_CASE("findings: the score sheet carries each process's findings, majors first", "[finding]") {
  auto sheet = score_text(questionnaire(R"([[finding]]
id = "A-obs"
process = "COR.9"
kind = "observation"
text = "o"
[[finding]]
id = "B-minor"
process = "COR.9"
kind = "weakness"
severity = "minor"
text = "w"
[[finding]]
id = "C-major"
process = "COR.9"
kind = "nonconformity"
severity = "major"
text = "n"
[[finding]]
id = "D-strength"
process = "COR.9"
kind = "strength"
text = "s"
[[finding]]
id = "E-other"
process = "COR.10"
kind = "opportunity"
text = "p"
)"));
  std::vector<std::string> ids;
  for (const auto& f : process_of(sheet, "COR.9").findings)
    ids.push_back(f.id);
  CHECK(ids == std::vector<std::string>{"C-major", "B-minor", "D-strength", "A-obs"});
  REQUIRE(process_of(sheet, "COR.10").findings.size() == 1);
  CHECK(process_of(sheet, "COR.10").findings[0].id == "E-other");
  CHECK(process_of(sheet, "COR.1").findings.empty());
  CHECK(sheet.assessment.summary == "Sound at HQ, weak at the site.");
}
