// SPDX-License-Identifier: MIT
// Internal to report/: the words and tables of the review pack, shared by the HTML and Markdown
// renderers so both editions say the same thing. Everything here is plain, unescaped text; each
// renderer escapes every string it writes.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <pace/report/review_pack.hpp>

namespace pace::review {

// Which part of the pack a section belongs to: the executive summary (what `--detail summary`
// renders alone), the detail, or the appendices.
enum class Part { executive, detail, appendix };

struct Section {
  std::string id; // the HTML id; stable, tests look for them
  std::string title;
  bool major = false; // starts a new page in print
  Part part = Part::detail;
};

// Every section of the pack, in order.
const std::vector<Section>& sections();
// The sections this pack shows: all of them, or the executive ones for ReviewDetail::summary.
std::vector<Section> shown_sections(const ReviewPack& pack);

struct PlainTable {
  std::vector<std::string> header;
  std::vector<int> widths;   // relative column widths (Markdown separator dashes)
  std::vector<bool> numeric; // right-aligned
  std::vector<std::vector<std::string>> rows;
};

std::string title(const ReviewPack& pack);
std::string subtitle(const ReviewPack& pack);

// Label and value pairs describing the assessment (organisation, date, scope ...).
std::vector<std::pair<std::string, std::string>> assessment_facts(const ReviewPack& pack);

// The summary's key findings, one sentence each.
std::vector<std::string> key_findings(const ReviewPack& pack);

// What a section says when it has nothing to list; "" when it has something.
std::string empty_note(const ReviewPack& pack, const std::string& section_id);

// The executive summary's headline: the maturity level and how it moved across the assessments.
std::string maturity_headline(const ReviewPack& pack);
// "major nonconformity", "minor weakness", "strength" ...
std::string finding_kind_text(const Finding& f);
// "COR.3", "COR.3 (HQ)"
std::string finding_place(const Finding& f);
PlainTable top_findings_table(const ReviewPack& pack);
PlainTable decision_table(const ReviewPack& pack);      // register required
std::string decision_note(const ReviewPack& pack);      // "" when there are decisions to show
PlainTable register_table(const ReviewPack& pack);      // register required
std::string register_sentence(const ReviewPack& pack);  // totals on the assessment date
PlainTable trend_changes_table(const ReviewPack& pack); // processes whose level moved
PlainTable process_findings_table(const ProcessDetail& d);
PlainTable process_notes_table(const ProcessDetail& d);
std::string decision_words(DecisionKind k);

PlainTable profile_table(const ReviewPack& pack);
PlainTable heat_table(const ReviewPack& pack);
PlainTable category_table(const ReviewPack& pack);
PlainTable change_table(const ReviewPack& pack);
PlainTable trend_table(const ReviewPack& pack); // level per assessment; shown for three or more
std::vector<std::string> gap_changes(const ReviewPack& pack); // closed / still open / new lines
// What the newest comparison shares: organisation, settings, assessors, instances (comparison
// required), and the processes whose instances, assessors or max_level differ (may be empty).
std::string sample_sentence(const ReviewPack& pack); // "" without a comparison
PlainTable comparability_table(const ReviewPack& pack);
PlainTable sample_table(const ReviewPack& pack);
// "Different organisations: ..." or "" when the organisations are the same (or no comparison).
std::string organisation_warning(const ReviewPack& pack);
PlainTable gap_table(const ReviewPack& pack);
std::vector<std::string> why_not_next(const ReviewPack& pack);
PlainTable action_table(const ReviewPack& pack);
// The plan for print: process, indicator, practice, rating change and effect; the assessor's
// notes, evidence and the blank owner and due columns stay in the Markdown and CSV editions.
PlainTable compact_action_table(const ReviewPack& pack);
std::vector<std::string> unreachable_notes(const ReviewPack& pack);
PlainTable previous_action_summary(const ReviewPack& pack); // per process: closed, open ...
PlainTable previous_action_table(const ReviewPack& pack);
PlainTable fragile_table(const ReviewPack& pack);
PlainTable evidence_table(const ReviewPack& pack);
// The register as a compact appendix: what each item is and which processes cite it, how often
// (the full citations are in the Markdown, CSV and JSON editions).
PlainTable evidence_appendix_table(const ReviewPack& pack);
std::vector<std::pair<std::string, std::string>> method_facts(const ReviewPack& pack);
PlainTable band_table(const ReviewPack& pack);
PlainTable file_table(const ReviewPack& pack);

// Small formatting helpers shared with the CSV and JSON renderers.
std::string level_text(bool assessed, int level);
std::string percent_text(double percent);         // "72.5%"
std::string change_text(const ProcessLine& line); // "improved", "unchanged (within noise)" ...
// The change of one comparison row in words: "sample changed: instances added: ...".
std::string change_words(const ProcessChange& row);

} // namespace pace::review
