// SPDX-License-Identifier: MIT
// The review pack as Markdown that pandoc turns into an editable DOCX: ATX headings, bullet
// lists and pipe tables only, no raw HTML. Every string goes through markdown_escape, ours too,
// so nothing from a questionnaire can open a link, an image, raw HTML or a new table cell.
#include <algorithm>

#include <pace/report/escape.hpp>
#include <pace/report/review_render.hpp>

#include "review_text.hpp"

namespace pace {

namespace {

using review::PlainTable;

// Pandoc sizes the columns of a wide pipe table by the dashes under each header, so the
// separator carries the relative widths.
std::string table(const PlainTable& t) {
  std::string out = "|";
  for (const auto& h : t.header)
    out += " " + markdown_escape(h) + " |";
  out += "\n|";
  for (size_t k = 0; k < t.header.size(); ++k) {
    int dashes = std::max(3, k < t.widths.size() ? t.widths[k] : 3);
    out += std::string(static_cast<size_t>(dashes), '-') + (t.numeric[k] ? ":|" : "|");
  }
  out += "\n";
  for (const auto& row : t.rows) {
    out += "|";
    for (const auto& cell : row) {
      std::string text = markdown_escape(cell);
      out += text.empty() ? " |" : " " + text + " |";
    }
    out += "\n";
  }
  return out + "\n";
}

std::string paragraph(const std::string& text) {
  return markdown_escape(text) + "\n\n";
}

std::string list(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items)
    out += "- " + markdown_escape(item) + "\n";
  return out + "\n";
}

std::string facts(const std::vector<std::pair<std::string, std::string>>& pairs) {
  std::string out;
  for (const auto& [label, value] : pairs) {
    out += "- **" + markdown_escape(label) + ":** " + markdown_escape(value) + "\n";
  }
  return out + "\n";
}

std::string section_body(const ReviewPack& pack, const std::string& id) {
  std::string out;
  if (std::string note = review::empty_note(pack, id); !note.empty()) {
    out += paragraph(note);
    if (id != "actions" && id != "previous-actions") return out;
  }
  if (id == "summary") {
    out += "**" + markdown_escape(review::maturity_headline(pack)) + "**\n\n";
    out += "### The assessor's conclusion\n\n" +
           paragraph(pack.assessment.summary.empty() ? "The assessment records no summary."
                                                     : pack.assessment.summary);
    out += "### Top findings\n\n";
    if (pack.top_findings == 0) {
      out += paragraph("The assessment records no findings.");
    } else {
      out += table(review::top_findings_table(pack));
      if (pack.findings.size() > pack.top_findings) {
        out += paragraph(std::to_string(pack.findings.size() - pack.top_findings) +
                         " more under Findings and notes by process.");
      }
    }
    out += "### Decisions for management\n\n";
    if (auto note = review::decision_note(pack); !note.empty()) {
      out += paragraph(note);
    } else {
      out += paragraph(review::register_sentence(pack));
      out += table(review::decision_table(pack));
    }
    out += "### Key figures\n\n" + list(review::key_findings(pack));
  } else if (id == "trend") {
    out += paragraph(review::maturity_headline(pack));
    auto changed = review::trend_changes_table(pack);
    if (changed.rows.empty()) {
      out += paragraph("No process changed its level since the previous assessment.");
    } else {
      out += paragraph("Processes whose level changed since the previous assessment.");
      out += table(changed);
    }
  } else if (id == "process-detail") {
    for (const auto& d : pack.details) {
      out += "### " + markdown_escape(d.process + " " + d.name) + "\n\n";
      if (!d.findings.empty()) out += table(review::process_findings_table(d));
      if (!d.notes.empty()) out += table(review::process_notes_table(d));
    }
  } else if (id == "register") {
    out += paragraph(review::register_sentence(pack));
    out += table(review::register_table(pack));
  } else if (id == "profile") {
    out += table(review::profile_table(pack));
  } else if (id == "heat-map") {
    out += table(review::heat_table(pack));
    out += paragraph("? not rated, - not assessed, * assessor's override of the attribute.");
  } else if (id == "categories") {
    out += table(review::category_table(pack));
  } else if (id == "changes") {
    if (pack.trend_labels.size() > 2) {
      out += "### Level in each assessment\n\n" + table(review::trend_table(pack));
      out += "### Since " + markdown_escape(pack.comparison->older.id) + "\n\n";
    }
    out += table(review::change_table(pack));
    if (pack.comparison) {
      out += "### Comparability\n\n";
      if (auto warning = review::organisation_warning(pack); !warning.empty()) {
        out += "> **Warning:** " + markdown_escape(warning) + "\n\n";
      }
      out += paragraph(review::sample_sentence(pack));
      out += table(review::comparability_table(pack));
      if (auto t = review::sample_table(pack); !t.rows.empty()) {
        out += paragraph("Processes whose sample differs; kept levels: the process scored on the "
                         "instances assessed in both.");
        out += table(t);
      }
    }
    if (auto lines = review::gap_changes(pack); !lines.empty()) {
      out += "### Gaps of the previous assessment\n\n" + list(lines);
    }
  } else if (id == "gaps") {
    out += table(review::gap_table(pack));
  } else if (id == "why-not-next") {
    out += list(review::why_not_next(pack));
  } else if (id == "actions") {
    if (!pack.actions.empty()) {
      out += paragraph("The fewest indicator changes that bring each process to its target, "
                       "largest effect first within each process; owner and due date are for "
                       "the review to fill in.");
      out += table(review::action_table(pack));
    }
    if (auto notes = review::unreachable_notes(pack); !notes.empty()) out += list(notes);
  } else if (id == "previous-actions") {
    if (!pack.previous_actions.empty()) {
      out += table(review::previous_action_summary(pack));
      out += "### Every action\n\n" + table(review::previous_action_table(pack));
    }
  } else if (id == "fragile") {
    out += table(review::fragile_table(pack));
  } else if (id == "evidence") {
    out += table(review::evidence_table(pack));
  } else if (id == "method") {
    out += "### The assessment\n\n" + facts(review::assessment_facts(pack));
    out += "### Method\n\n" + facts(review::method_facts(pack));
    out += "### Rating scale\n\n" + table(review::band_table(pack));
    out += "### Source files\n\n" + table(review::file_table(pack));
  }
  return out;
}

} // namespace

std::string render_review_markdown(const ReviewPack& pack) {
  std::string out = "# " + markdown_escape(review::title(pack)) + "\n\n" +
                    paragraph(review::subtitle(pack)) +
                    paragraph("The charts of this pack are in its HTML edition (pace report "
                              "--format html); the tables here carry the same figures.");
  for (const auto& s : review::shown_sections(pack)) {
    out += "## " + markdown_escape(s.title) + "\n\n" + section_body(pack, s.id);
  }
  out += paragraph("Made with pace " + pack.method.pace_version + " from " + pack.assessment.id +
                   " (" + pack.assessment.date.to_string() + "), rubric " + pack.rubric_id + " " +
                   pack.rubric_version + ".");
  // One trailing newline, as every text file pace writes.
  while (out.size() > 1 && out[out.size() - 2] == '\n')
    out.pop_back();
  return out;
}

} // namespace pace
