// SPDX-License-Identifier: MIT
// Internal to report/: the cells every `pace compare` format shares, so text, Markdown and CSV
// say the same thing in the same words.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <pace/score/compare.hpp>

namespace pace::compare_cells {

// Column names for the assessments: their years when all differ, else their dates, else ids.
std::vector<std::string> labels(const std::vector<AssessmentRef>& assessments);

// The attribute ids any row of any pair carries, in level order.
std::vector<std::string> attribute_ids(const std::vector<Comparison>& pairs);

// "+1.5", "-3.0", "0.0" with one decimal.
std::string signed_points(double value);

// "+12.5 L>F" (the letters when the base rating changed, "~" when within noise), "new F",
// "was L", or "" when the row has no such attribute.
std::string attribute_delta(const ProcessChange& row, const std::string& attribute_id);

// "not comparable", "sample changed"; the others as to_string() gives them.
std::string change_words(Change c);

// "HQ, Site-B"; the unnamed instance is "(unnamed)".
std::string names(const std::vector<std::string>& list);

// "instances added: Site-B; kept instances (HQ) 2 -> 2: the level change comes from the sample",
// or "" when the instances did not change.
std::string sample_note(const ProcessChange& row);

// True when instances, assessors or max_level differ: the row belongs in the sample table.
bool sample_differs(const ProcessChange& row);
std::string max_levels(const ProcessChange& row);  // "3" or "2>3"
std::string kept_levels(const ProcessChange& row); // "2>2", or "-" when not computed

// The warning line for two organisations, or "" when they are the same.
std::string organisation_warning(const Comparison& pair);
std::string gap_words(GapStatus s);
// "still present", "not present", "not reassessed".
std::string finding_words(FindingStatus s);
// "COR.7 (Warehouse-North)": the older finding's process and instance.
std::string finding_process(const FindingFollowUp& f);
// The row an older finding's process became (nullptr when none, which a finding cannot be).
const ProcessChange* finding_row(const Comparison& pair, const FindingFollowUp& f);

// "renamed from MGT.2; within noise" and the like: everything a reader needs beside the levels.
std::string note(const ProcessChange& row);

std::string level(const std::optional<int>& level);      // "2" or "-"
std::string percent(const std::optional<double>& value); // "96.2%" or "-"
std::string target(const GapChange& gap);                // "3", "2>3" or "-"

// "3 improved, 1 regressed (1 within noise), 12 unchanged, 1 new"
std::string summary(const Comparison& pair);

// Unmapped elements grouped by process: {"RSK.1", "BP8"}, {"SUP.4", "the whole process"}.
std::vector<std::pair<std::string, std::string>>
group_unmapped(const std::vector<UnmappedElement>& elements);

// "kestrel-2025 (2025-03-12)"
std::string describe(const AssessmentRef& a);
std::string edition(const AssessmentRef& a); // "iso27022-isms 2026.1"

} // namespace pace::compare_cells
