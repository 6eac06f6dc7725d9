// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include <pace/report/review_pack.hpp>

namespace pace {

// The review pack in four formats. Every one is byte-identical for the same pack (no
// timestamps, fixed number format) and escapes every text that came from a questionnaire.

// One self-contained HTML file: inline CSS and SVG charts, no script, nothing fetched (a
// Content-Security-Policy forbids it too), a print stylesheet for A4.
std::string render_review_html(const ReviewPack& pack);

// Pandoc-friendly Markdown (pipe tables, ATX headings, no raw HTML) for editing as DOCX:
// `pandoc report.md -o report.docx`. The charts are left to the HTML edition.
std::string render_review_markdown(const ReviewPack& pack);

// One record per process, per process attribute, per level-up action and per action of the
// previous assessment; the `record` column says which. Formula-like cells are neutralised.
std::string render_review_csv(const ReviewPack& pack);

// The "pace.report/1" document.
nlohmann::ordered_json review_to_json(const ReviewPack& pack);
std::string render_review_json(const ReviewPack& pack);

} // namespace pace
