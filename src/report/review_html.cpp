// SPDX-License-Identifier: MIT
// The review pack as one self-contained HTML file. Every string from a questionnaire goes
// through html_escape; the page holds no script and no URL, and its Content-Security-Policy
// forbids loading anything even if a future change slipped one in.
#include <pace/report/escape.hpp>
#include <pace/report/review_render.hpp>
#include <pace/report/svg_charts.hpp>

#include "review_text.hpp"

namespace pace {

namespace {

using review::PlainTable;

constexpr const char* kStyle = R"(
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif;
  font-size: 10.5pt; line-height: 1.4; color: #111; background: #fff;
  max-width: 1000px; margin: 0 auto; padding: 16px; }
h1 { font-size: 20pt; margin: 0 0 4px; }
h2 { font-size: 15pt; margin: 28px 0 8px; border-bottom: 2px solid #333; padding-bottom: 2px; }
h3 { font-size: 12pt; margin: 18px 0 6px; }
.subtitle { margin: 0 0 12px; color: #333; }
nav ol { columns: 2; margin: 8px 0 16px; }
dl.facts { display: grid; grid-template-columns: 12em 1fr; gap: 2px 12px; margin: 0; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 6px 0 12px; }
th, td { border: 1px solid #888; padding: 2px 4px; text-align: left; vertical-align: top; }
th { background: #e8e8e8; }
td.num, th.num { text-align: right; }
td.fill { min-width: 4em; }
figure { margin: 12px 0; }
figcaption { font-size: 9pt; color: #333; }
svg.chart { max-width: 100%; height: auto; display: block; }
.note { color: #333; font-style: italic; }
.warning { border: 2px solid #000; padding: 0.4em 0.6em; font-weight: bold; }
table.files td:last-child { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace;
  font-size: 8pt; word-break: break-all; }
footer { margin-top: 24px; font-size: 9pt; color: #333; border-top: 1px solid #888; }
td.nw { white-space: nowrap; }
@page { size: A4; margin: 12mm 12mm 14mm 12mm;
  @bottom-right { content: "page " counter(page) " of " counter(pages); font-size: 8pt;
    font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; } }
p.headline { font-size: 12pt; margin: 4px 0 8px; }
p.conclusion { border-left: 4px solid #b30000; padding: 2px 0 2px 8px; margin: 4px 0; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 8.5pt; line-height: 1.25; }
  h1 { font-size: 15pt; }
  h2 { font-size: 12pt; margin: 12px 0 4px; }
  h3 { font-size: 10pt; margin: 8px 0 3px; }
  table { font-size: 7pt; line-height: 1.15; margin: 3px 0 6px; }
  th, td { padding: 0 2px; }
  table.compact { font-size: 6.5pt; }
  figure { margin: 4px 0; }
  svg.chart { max-height: 120mm; width: auto; max-width: 100%; }
  ul { margin: 2px 0; padding-left: 16px; }
  p { margin: 3px 0; }
  footer { margin-top: 8px; }
  nav { display: none; }
  section.major { break-before: page; page-break-before: always; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  figure, dl.facts { break-inside: avoid; page-break-inside: avoid; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)";

// Short cells (ids, dates, "N → F", "PA3.1 +17.0 pp") must not wrap in narrow columns; the
// long ones (names, notes) take the width they leave.
bool keep_together(const std::string& cell) {
  return !cell.empty() && cell.size() <= 16;
}

// Tables too long for one page may break between rows; shorter ones stay whole.
std::string table(const PlainTable& t, const std::string& css_class) {
  std::string classes = css_class + (t.rows.size() > 30 ? " long" : "");
  std::string out = "<table class=\"" + classes + "\">\n<thead><tr>";
  for (size_t k = 0; k < t.header.size(); ++k) {
    out += std::string("<th scope=\"col\"") + (t.numeric[k] ? " class=\"num\"" : "") + ">" +
           html_escape(t.header[k]) + "</th>";
  }
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& row : t.rows) {
    out += "<tr>";
    for (size_t k = 0; k < row.size(); ++k) {
      bool fill = t.header[k] == "Owner" || t.header[k] == "Due";
      const char* cls = t.numeric[k]            ? " class=\"num\""
                        : fill                  ? " class=\"fill\""
                        : keep_together(row[k]) ? " class=\"nw\""
                                                : "";
      out += std::string("<td") + cls + ">" + html_escape(row[k]) + "</td>";
    }
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

std::string paragraph(const std::string& text, const std::string& css_class = {}) {
  return "<p" + (css_class.empty() ? std::string() : " class=\"" + css_class + "\"") + ">" +
         html_escape(text) + "</p>\n";
}

std::string list(const std::vector<std::string>& items) {
  std::string out = "<ul>\n";
  for (const auto& item : items)
    out += "<li>" + html_escape(item) + "</li>\n";
  return out + "</ul>\n";
}

std::string facts(const std::vector<std::pair<std::string, std::string>>& pairs) {
  std::string out = "<dl class=\"facts\">\n";
  for (const auto& [label, value] : pairs) {
    out += "<dt>" + html_escape(label) + "</dt><dd>" + html_escape(value) + "</dd>\n";
  }
  return out + "</dl>\n";
}

std::string figure(const std::string& svg, const std::string& caption) {
  return "<figure>\n" + svg + "<figcaption>" + html_escape(caption) + "</figcaption>\n</figure>\n";
}

std::string profile_chart(const ReviewPack& pack) {
  std::vector<CapabilityBar> bars;
  for (const auto& p : pack.processes) {
    bars.push_back(
        {p.id, p.name, p.assessed ? std::optional<int>(p.level) : std::nullopt, p.target});
  }
  return capability_profile_chart("chart-profile", bars, pack.top_level);
}

std::string heat_chart(const ReviewPack& pack) {
  std::vector<HeatRow> rows;
  for (const auto& p : pack.processes) {
    HeatRow row{p.id, p.name, {}};
    for (const auto& a : p.attributes) {
      HeatCell cell;
      if (!p.assessed || a.source == AttributeSource::not_assessed) {
        cell.state = HeatState::not_assessed;
      } else if (!a.achievement || !a.base) {
        cell.state = HeatState::not_rated;
      } else {
        cell = {HeatState::rated, a.label, *a.base, a.source == AttributeSource::assessor_override};
      }
      row.cells.push_back(cell);
    }
    rows.push_back(std::move(row));
  }
  return heat_map_chart("chart-heat-map", pack.columns, rows);
}

std::string category_chart(const ReviewPack& pack) {
  std::vector<CategoryBar> bars;
  auto add = [&](const std::string& name, const LevelStatistics& s) {
    CategoryBar bar{name,         s.processes,    s.processes - s.not_assessed,
                    s.mean_level, s.median_level, s.min_level,
                    std::nullopt};
    for (size_t level = 0; level < s.at_level.size(); ++level) {
      if (s.at_level[level] > 0) bar.max_level = static_cast<int>(level);
    }
    bars.push_back(bar);
  };
  for (const auto& c : pack.categories)
    add(c.name, c.statistics);
  add("All processes", pack.overall);
  return category_profile_chart("chart-categories", bars, pack.top_level);
}

std::string trend_chart(const ReviewPack& pack) {
  std::vector<TrendSeries> series;
  for (const auto& row : pack.trend)
    series.push_back({row.id, row.levels});
  return level_trend_chart("chart-trend", pack.trend_labels, series, pack.top_level);
}

std::string section_body(const ReviewPack& pack, const std::string& id) {
  std::string out;
  if (std::string note = review::empty_note(pack, id); !note.empty()) {
    out += paragraph(note, "note");
    if (id != "actions" && id != "previous-actions") return out;
  }
  if (id == "summary") {
    out += "<p class=\"headline\"><strong>" + html_escape(review::maturity_headline(pack)) +
           "</strong></p>\n";
    out +=
        "<h3>The assessor's conclusion</h3>\n" +
        (pack.assessment.summary.empty() ? paragraph("The assessment records no summary.", "note")
                                         : paragraph(pack.assessment.summary, "conclusion"));
    out += "<h3>Top findings</h3>\n";
    if (pack.top_findings == 0) {
      out += paragraph("The assessment records no findings.", "note");
    } else {
      out += table(review::top_findings_table(pack), "top-findings");
      if (pack.findings.size() > pack.top_findings) {
        out += paragraph(std::to_string(pack.findings.size() - pack.top_findings) +
                             " more under Findings and notes by process.",
                         "note");
      }
    }
    out += "<h3>Decisions for management</h3>\n";
    if (auto note = review::decision_note(pack); !note.empty()) {
      out += paragraph(note, "note");
    } else {
      out += paragraph(review::register_sentence(pack));
      out += table(review::decision_table(pack), "decisions");
    }
    out += "<h3>Key figures</h3>\n" + list(review::key_findings(pack));
  } else if (id == "trend") {
    out += paragraph(review::maturity_headline(pack));
    auto changed = review::trend_changes_table(pack);
    if (changed.rows.empty()) {
      out += paragraph("No process changed its level since the previous assessment.", "note");
    } else {
      out += paragraph(pack.detail == ReviewDetail::full
                           ? "Processes whose level changed since the previous assessment; every "
                             "process is charted under Changes since the previous assessment."
                           : "Processes whose level changed since the previous assessment.");
      out += table(changed, "trend-changes");
    }
  } else if (id == "process-detail") {
    for (const auto& d : pack.details) {
      out += "<h3>" + html_escape(d.process + " " + d.name) + "</h3>\n";
      if (!d.findings.empty()) out += table(review::process_findings_table(d), "findings");
      if (!d.notes.empty()) out += table(review::process_notes_table(d), "notes");
    }
  } else if (id == "register") {
    out += paragraph(review::register_sentence(pack));
    out += table(review::register_table(pack), "register");
  } else if (id == "profile") {
    out += figure(profile_chart(pack), "Capability level of each process; the black marker is "
                                       "its target level. The Markdown, CSV and JSON editions "
                                       "give the same figures as a table.");
  } else if (id == "heat-map") {
    out += figure(heat_chart(pack), "Rating of each process attribute; the letter in each cell is "
                                    "the rating, the shade repeats it.");
  } else if (id == "categories") {
    out += figure(category_chart(pack), "Capability levels per category of processes.");
    out += table(review::category_table(pack), "categories");
  } else if (id == "changes") {
    if (!pack.trend.empty()) {
      out += figure(trend_chart(pack), "Capability level of each process in each assessment.");
    }
    if (pack.trend_labels.size() > 2) {
      out += "<h3>Level in each assessment</h3>\n" + table(review::trend_table(pack), "trend");
      out += "<h3>Since " + html_escape(pack.comparison->older.id) + "</h3>\n";
    }
    out += table(review::change_table(pack), "changes");
    if (pack.comparison) {
      out += "<h3>Comparability</h3>\n";
      if (auto warning = review::organisation_warning(pack); !warning.empty()) {
        out += "<p class=\"warning\" role=\"alert\"><strong>Warning:</strong> " +
               html_escape(warning) + "</p>\n";
      }
      out += paragraph(review::sample_sentence(pack));
      out += table(review::comparability_table(pack), "comparability");
      if (auto t = review::sample_table(pack); !t.rows.empty()) {
        out += paragraph("Processes whose sample differs; kept levels: the process scored on the "
                         "instances assessed in both.");
        out += table(t, "sample");
      }
    }
    if (auto lines = review::gap_changes(pack); !lines.empty()) {
      out += "<h3>Gaps of the previous assessment</h3>\n" + list(lines);
    }
  } else if (id == "gaps") {
    out += table(review::gap_table(pack), "gaps");
  } else if (id == "why-not-next") {
    out += list(review::why_not_next(pack));
  } else if (id == "actions") {
    if (!pack.actions.empty()) {
      out += paragraph("The fewest indicator changes that bring each process to its target, "
                       "largest effect first within each process. The assessor's notes and "
                       "evidence for each step, with columns for owner and due date, are in the "
                       "Markdown and CSV editions (pace gaps --format csv feeds pace actions "
                       "import).");
      out += table(review::compact_action_table(pack), "actions compact");
    }
    if (auto notes = review::unreachable_notes(pack); !notes.empty()) out += list(notes);
  } else if (id == "previous-actions") {
    if (!pack.previous_actions.empty()) {
      out += table(review::previous_action_summary(pack), "previous-summary");
      out += paragraph("Every action with its rating now is listed in the Markdown, CSV and JSON "
                       "editions.",
                       "note");
    }
  } else if (id == "fragile") {
    out += table(review::fragile_table(pack), "fragile");
  } else if (id == "evidence") {
    out += table(review::evidence_appendix_table(pack), "evidence compact");
  } else if (id == "method") {
    out += "<h3>The assessment</h3>\n" + facts(review::assessment_facts(pack));
    out += "<h3>Method</h3>\n" + facts(review::method_facts(pack));
    out += "<h3>Rating scale</h3>\n" + table(review::band_table(pack), "bands");
    out += "<h3>Source files</h3>\n" + table(review::file_table(pack), "files");
  }
  return out;
}

} // namespace

std::string render_review_html(const ReviewPack& pack) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                    "style-src 'unsafe-inline'\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    "<meta name=\"generator\" content=\"pace " +
                    html_escape(pack.method.pace_version) + "\">\n<title>" +
                    html_escape(review::title(pack) + " - " + pack.assessment.organisation) +
                    "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n<header>\n<h1>" +
                    html_escape(review::title(pack)) + "</h1>\n" +
                    paragraph(review::subtitle(pack), "subtitle") +
                    "<nav aria-label=\"Contents\">\n<ol>\n";
  for (const auto& s : review::shown_sections(pack)) {
    out += "<li><a href=\"#" + s.id + "\">" + html_escape(s.title) + "</a></li>\n";
  }
  out += "</ol>\n</nav>\n</header>\n<main>\n";
  for (const auto& s : review::shown_sections(pack)) {
    out += "<section id=\"" + s.id + "\"" + (s.major ? " class=\"major\"" : "") +
           " aria-labelledby=\"" + s.id + "-heading\">\n<h2 id=\"" + s.id + "-heading\">" +
           html_escape(s.title) + "</h2>\n" + section_body(pack, s.id) + "</section>\n";
  }
  out += "</main>\n<footer>\n" +
         paragraph("Made with pace " + pack.method.pace_version + " from " + pack.assessment.id +
                   " (" + pack.assessment.date.to_string() + "), rubric " + pack.rubric_id + " " +
                   pack.rubric_version +
                   (pack.detail == ReviewDetail::summary
                        ? "; the executive summary alone: the full pack (--detail full) adds the "
                          "detail and lists the source files with their SHA-256 digests."
                        : "; the source files and their SHA-256 digests are listed under "
                          "Appendix B, Method and provenance.")) +
         "</footer>\n</body>\n</html>\n";
  return out;
}

} // namespace pace
