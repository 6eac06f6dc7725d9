// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include <pace/score/compare.hpp>

namespace pace {

// `pace compare` as terminal tables: per pair the process changes, the attribute deltas, the
// gaps and what the crosswalk could not map; with three or more assessments the trend first.
std::string render_compare_text(const CompareReport& report);

// The stable "pace.compare/1" document (documented in the compare notes).
nlohmann::ordered_json compare_to_json(const CompareReport& report);
std::string render_compare_json(const CompareReport& report);

// The comparability objects of pace.compare/1 (also in pace.report/1): a pair's organisation,
// settings, assessors and instance counts; a row's instances, assessors, max_level and kept
// instances. Without the indicator counts compare adds beside them.
nlohmann::ordered_json assessment_comparability_json(const Comparison& pair);
nlohmann::ordered_json process_comparability_json(const ProcessChange& row);

// One row per process per pair; text cells are neutralised against spreadsheet formulas.
std::string render_compare_csv(const CompareReport& report);

// Markdown with pipe tables (pandoc-friendly); untrusted text is escaped.
std::string render_compare_markdown(const CompareReport& report);

} // namespace pace
