// SPDX-License-Identifier: MIT
// The reading order of findings, which every report uses.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include <pace/model/finding.hpp>

using namespace pace;

namespace {

Finding finding(std::string id, FindingKind kind, std::optional<FindingSeverity> severity = {}) {
  Finding f;
  f.id = std::move(id);
  f.kind = kind;
  f.severity = severity;
  return f;
}

} // namespace

TEST_CASE("findings read majors, then minors (nonconformities first), then the other kinds",
          "[finding]") {
  std::vector<Finding> findings = {
      finding("A", FindingKind::opportunity),
      finding("B", FindingKind::weakness, FindingSeverity::minor),
      finding("C", FindingKind::strength),
      finding("D", FindingKind::weakness, FindingSeverity::major),
      finding("E", FindingKind::observation),
      finding("F", FindingKind::nonconformity, FindingSeverity::minor),
      finding("G", FindingKind::nonconformity, FindingSeverity::major),
      finding("H", FindingKind::weakness, FindingSeverity::major),
  };
  std::sort(findings.begin(), findings.end(), finding_precedes);
  std::vector<std::string> ids;
  for (const Finding& f : findings)
    ids.push_back(f.id);
  CHECK(ids == std::vector<std::string>{"G", "D", "H", "F", "B", "C", "E", "A"});
  CHECK_FALSE(finding_precedes(findings[0], findings[0]));
}

TEST_CASE("finding kinds and severities read back from their names", "[finding]") {
  for (const std::string& name : finding_kind_names())
    CHECK(to_string(*finding_kind_from(name)) == name);
  for (const std::string& name : finding_severity_names())
    CHECK(to_string(*finding_severity_from(name)) == name);
  CHECK_FALSE(finding_kind_from("Weakness"));
  CHECK_FALSE(finding_severity_from("critical"));
  CHECK(kind_takes_severity(FindingKind::nonconformity));
  CHECK_FALSE(kind_takes_severity(FindingKind::observation));
}
