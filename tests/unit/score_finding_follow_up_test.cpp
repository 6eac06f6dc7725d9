// SPDX-License-Identifier: MIT
// Last year's findings followed up in this year's assessment (docs/comparing.md, "Findings").
#include <catch2/catch.hpp>

#include <pace/score/finding_follow_up.hpp>

#include "hand_made_sheet.hpp"

using namespace pace;
using pace::test::hand_instance;
using pace::test::hand_process;
using pace::test::not_assessed;

namespace {

Finding finding(const std::string& id, const std::string& process, FindingKind kind,
                std::vector<std::string> indicators, const std::string& instance = "") {
  Finding f;
  f.id = id;
  f.process = process;
  f.instance = instance;
  f.kind = kind;
  if (kind_takes_severity(kind)) f.severity = FindingSeverity::minor;
  f.text = "text of " + id;
  f.indicators = std::move(indicators);
  return f;
}

ProcessResult with(ProcessResult p, std::vector<Finding> findings,
                   const std::vector<std::string>& instances = {}) {
  for (const auto& name : instances)
    p.instances.push_back(hand_instance(name, p.capability_level));
  p.findings = std::move(findings);
  return p;
}

ScoreSheet sheet_of(std::vector<ProcessResult> processes) {
  ScoreSheet s;
  s.processes = std::move(processes);
  return s;
}

const std::map<std::string, std::string> kSameIds = {
    {"COR.1", "COR.1"}, {"COR.2", "COR.2"}, {"COR.3", "COR.3"}};

std::string describe(const std::vector<FindingFollowUp>& result) {
  std::string out;
  for (const auto& f : result) {
    out += f.previous.id + " " + std::string(to_string(f.status)) + " [" + f.process + "]";
    for (const auto& id : f.by)
      out += " " + id;
    out += "\n";
  }
  return out;
}

} // namespace

TEST_CASE("a finding is still present on a shared indicator of the same side", "[findings]") {
  ScoreSheet older = sheet_of({with(hand_process("COR.1", "core", 1),
                                    {finding("W-1", "COR.1", FindingKind::weakness, {"BP1", "BP2"}),
                                     finding("W-2", "COR.1", FindingKind::weakness, {"GP2.1.1"}),
                                     finding("S-1", "COR.1", FindingKind::strength, {"BP4"}),
                                     finding("O-1", "COR.1", FindingKind::observation, {}),
                                     finding("S-2", "COR.1", FindingKind::strength, {"BP5"})})});
  ScoreSheet newer =
      sheet_of({with(hand_process("COR.1", "core", 2),
                     {finding("N-obs", "COR.1", FindingKind::observation, {"BP2", "BP3"}),
                      finding("N-str", "COR.1", FindingKind::strength, {"GP2.1.1", "BP5"}),
                      finding("N-none", "COR.1", FindingKind::opportunity, {})})});
  // W-2's practice now carries a strength: not the same finding. O-1 names no indicator and
  // N-none neither: present. S-2 matches a strength.
  CHECK(describe(follow_up_findings(older, newer, kSameIds)) ==
        "W-1 still_present [COR.1] N-obs\n"
        "W-2 not_present [COR.1]\n"
        "S-1 not_present [COR.1]\n"
        "S-2 still_present [COR.1] N-str\n"
        "O-1 still_present [COR.1] N-none\n");
}

TEST_CASE("instances: a named instance must be assessed and match", "[findings]") {
  ScoreSheet older =
      sheet_of({with(hand_process("COR.2", "core", 1),
                     {finding("A", "COR.2", FindingKind::weakness, {"BP1"}, "HQ"),
                      finding("B", "COR.2", FindingKind::weakness, {"BP1"}, "Site-B"),
                      finding("C", "COR.2", FindingKind::weakness, {"BP1"}, "Site-C")},
                     {"HQ", "Site-B", "Site-C"})});
  ScoreSheet newer =
      sheet_of({with(hand_process("COR.2", "core", 1),
                     {finding("N-HQ", "COR.2", FindingKind::weakness, {"BP1"}, "HQ"),
                      finding("N-all", "COR.2", FindingKind::nonconformity, {"BP1"})},
                     {"HQ", "Site-B"})});
  // N-all names no instance: it concerns every instance. Site-C was not assessed again.
  CHECK(describe(follow_up_findings(older, newer, kSameIds)) ==
        "A still_present [COR.2] N-HQ N-all\n"
        "B still_present [COR.2] N-all\n"
        "C not_reassessed [COR.2]\n");
}

TEST_CASE("not reassessed: process absent, not assessed, or without a successor", "[findings]") {
  ScoreSheet older = sheet_of(
      {with(hand_process("COR.1", "core", 1), {finding("A", "COR.1", FindingKind::weakness, {})}),
       with(hand_process("COR.2", "core", 1), {finding("B", "COR.2", FindingKind::weakness, {})}),
       with(hand_process("COR.3", "core", 1), {finding("C", "COR.3", FindingKind::weakness, {})})});
  ScoreSheet newer = sheet_of(
      {not_assessed("COR.1", "core"),
       with(hand_process("COR.9", "core", 1), {finding("N", "COR.9", FindingKind::weakness, {})})});
  // COR.2 continues as COR.9 (a crosswalk's rename); COR.3 has no successor.
  std::map<std::string, std::string> successor = {{"COR.1", "COR.1"}, {"COR.2", "COR.9"}};
  CHECK(describe(follow_up_findings(older, newer, successor)) == "A not_reassessed [COR.1]\n"
                                                                 "B still_present [COR.9] N\n"
                                                                 "C not_reassessed []\n");
}

TEST_CASE("follow-ups are in the older findings' reading order", "[findings]") {
  Finding major = finding("Z-major", "COR.2", FindingKind::nonconformity, {"BP1"});
  major.severity = FindingSeverity::major;
  ScoreSheet older = sheet_of({with(hand_process("COR.1", "core", 1),
                                    {finding("A-opp", "COR.1", FindingKind::opportunity, {}),
                                     finding("B-minor", "COR.1", FindingKind::weakness, {})}),
                               with(hand_process("COR.2", "core", 1), {major})});
  ScoreSheet newer = sheet_of({hand_process("COR.1", "core", 1), hand_process("COR.2", "core", 1)});
  CHECK(describe(follow_up_findings(older, newer, kSameIds)) == "Z-major not_present [COR.2]\n"
                                                                "B-minor not_present [COR.1]\n"
                                                                "A-opp not_present [COR.1]\n");
}

TEST_CASE("finding status names", "[findings]") {
  CHECK(to_string(FindingStatus::still_present) == "still_present");
  CHECK(to_string(FindingStatus::not_present) == "not_present");
  CHECK(to_string(FindingStatus::not_reassessed) == "not_reassessed");
}
