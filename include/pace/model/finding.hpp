// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pace/diag/source_pos.hpp>

namespace pace {

// What the assessor concluded about a process, in the words of the assessment: a strength to
// keep, a weakness or nonconformity to correct, an observation, or an opportunity to improve.
enum class FindingKind { strength, weakness, nonconformity, observation, opportunity };
std::string_view to_string(FindingKind k);
std::optional<FindingKind> finding_kind_from(std::string_view text);
const std::vector<std::string>& finding_kind_names();

// Only weaknesses and nonconformities carry a severity. Not `Severity`: that is a diagnostic's
// (error, warning), in the same namespace.
enum class FindingSeverity { major, minor };
std::string_view to_string(FindingSeverity s);
std::optional<FindingSeverity> finding_severity_from(std::string_view text);
const std::vector<std::string>& finding_severity_names();
bool kind_takes_severity(FindingKind k);

// One [[finding]] block of a questionnaire.
struct Finding {
  std::string id;
  std::string process;
  std::string instance; // "" when the finding concerns every instance or the unnamed one
  FindingKind kind = FindingKind::observation;
  std::optional<FindingSeverity> severity;
  std::string text;
  std::vector<std::string> evidence;   // evidence register ids
  std::vector<std::string> indicators; // the practices it concerns ("BP2", "GP2.1.3")
  SourcePos pos;                       // the [[finding]] header
  SourcePos id_pos;
  SourcePos process_pos;
  SourcePos instance_pos;
  SourcePos kind_pos;
  SourcePos severity_pos;
  std::vector<SourcePos> evidence_pos;
  std::vector<SourcePos> indicator_pos;
  bool operator==(const Finding&) const = default;
};

// Reading order for every report: majors first, then minors (each: nonconformities, then
// weaknesses), then strengths, observations and opportunities; by id within each group.
// Deterministic, so outputs are byte-identical run to run.
bool finding_precedes(const Finding& a, const Finding& b);

} // namespace pace
