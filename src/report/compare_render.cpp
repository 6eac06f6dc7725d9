// SPDX-License-Identifier: MIT
// render_compare_text() and render_compare_markdown(); JSON and CSV are in compare_render_data.cpp.
#include <algorithm>

#include <pace/diag/control_chars.hpp>
#include <pace/model/number.hpp>
#include <pace/report/compare_render.hpp>
#include <pace/report/escape.hpp>
#include <pace/report/finding_render.hpp>
#include <pace/report/text_table.hpp>

#include "compare_cells.hpp"

namespace pace {

namespace cells = compare_cells;

namespace {

std::string organisations(const Comparison& pair) {
  if (pair.older.organisation == pair.newer.organisation) return pair.newer.organisation;
  return pair.older.organisation + " -> " + pair.newer.organisation;
}

std::string comparability_sentence(const Comparison& pair) {
  if (!pair.comparability()) return "no indicator was rated in either assessment";
  return cells::percent(pair.comparability()) + " (" + std::to_string(pair.rated_both) + " of " +
         std::to_string(pair.rated_either) + " indicators rated in either were rated in both)";
}

// "sample: 2 instances added, 0 removed, 20 kept; 1 level change comes from the sample"
std::string sample_sentence(const Comparison& pair) {
  const AssessmentSample& s = pair.sample;
  std::string text = "sample: " + std::to_string(s.instances_added) +
                     (s.instances_added == 1 ? " instance added, " : " instances added, ") +
                     std::to_string(s.instances_removed) + " removed, " +
                     std::to_string(s.instances_kept) + " kept";
  if (s.sample_changed > 0) {
    text += "; " + std::to_string(s.sample_changed) +
            (s.sample_changed == 1 ? " level change comes" : " level changes come") +
            " from the sample, not the kept instances";
  }
  return text;
}

// The file name alone: the whole path is in the header line, and a table column as wide as an
// absolute path would change with where the rubrics are installed.
std::string crosswalk_words(const Comparison& pair) {
  if (pair.crosswalk_path.empty()) return "none";
  size_t slash = pair.crosswalk_path.find_last_of('/');
  return slash == std::string::npos ? pair.crosswalk_path : pair.crosswalk_path.substr(slash + 1);
}

// ---- text ----------------------------------------------------------------------------------

std::string text_comparability(const Comparison& pair, const std::string& old_label,
                               const std::string& new_label) {
  std::string out = "comparability of the two assessments:\n";
  TextTable settings({"", old_label, new_label, ""});
  settings.add_row({"organisation", pair.sample.old_organisation, pair.sample.new_organisation,
                    pair.sample.same_organisation() ? "same" : "DIFFERENT"});
  for (const auto& setting : pair.sample.settings) {
    settings.add_row({setting.name, setting.old_value, setting.new_value,
                      setting.differs() ? "differs" : "same"});
  }
  settings.add_row({"crosswalk", "", crosswalk_words(pair), ""});
  settings.add_row({"assessors added", "", cells::names(pair.sample.assessors.added), ""});
  settings.add_row({"assessors removed", cells::names(pair.sample.assessors.removed), "", ""});
  out += settings.render();
  std::vector<const ProcessChange*> rows;
  for (const auto& row : pair.processes) {
    if (cells::sample_differs(row)) rows.push_back(&row);
  }
  if (rows.empty()) return out + "every process: same instances, assessors and max_level\n";
  out += "\nprocesses whose sample differs (kept: the level on the instances in both):\n";
  TextTable table({"process", "instances added", "removed", "kept", "assessors added", "removed",
                   "max_level", "kept"});
  for (const ProcessChange* row : rows) {
    const ProcessSample& s = row->sample;
    table.add_row({row->id, cells::names(s.instances.added), cells::names(s.instances.removed),
                   cells::names(s.instances.kept), cells::names(s.assessors.added),
                   cells::names(s.assessors.removed), cells::max_levels(*row),
                   cells::kept_levels(*row)});
  }
  return out + table.render();
}

// The older findings followed up; "" when the older assessment recorded none.
std::string text_findings(const Comparison& pair, const std::string& old_label,
                          const std::string& new_label) {
  if (pair.findings.empty()) return "";
  TextTable table({"finding", "process", "kind", "status", "in " + new_label, "text"});
  for (const auto& f : pair.findings) {
    table.add_row({escape_control_chars(f.previous.id),
                   escape_control_chars(cells::finding_process(f)), finding_kind_text(f.previous),
                   cells::finding_words(f.status), escape_control_chars(finding_ids(f.by)),
                   truncate_display(escape_control_chars(f.previous.text), 60)});
  }
  return "\nfindings of " + old_label + " in " + new_label +
         " (still present: same process and instance, same side, a shared indicator):\n" +
         table.render();
}

std::string text_pair(const Comparison& pair, const std::string& old_label,
                      const std::string& new_label, const std::vector<std::string>& attributes,
                      double margin) {
  std::string out;
  if (std::string warning = cells::organisation_warning(pair); !warning.empty()) {
    out += "WARNING: " + warning + "\n";
  }
  out += organisations(pair) + ": " + cells::describe(pair.older) + " -> " +
         cells::describe(pair.newer) + "\n";
  out += "rubric " + cells::edition(pair.older) + " -> " + cells::edition(pair.newer);
  out += pair.crosswalk_path.empty() ? "\n" : ", crosswalk " + pair.crosswalk_path + "\n";
  out += "comparability " + comparability_sentence(pair) + "\n";
  out +=
      cells::summary(pair) + "; noise margin " + format_fixed(margin, 1) + " percentage points\n";
  out += sample_sentence(pair) + "\n\n";
  TextTable processes({"process", "name", old_label, new_label, "change", "compared", "note"},
                      {false, false, true, true, false, true, false});
  for (const auto& row : pair.processes) {
    processes.add_row({row.id, truncate_display(row.name, 36), cells::level(row.old_level),
                       cells::level(row.new_level), cells::change_words(row.change),
                       cells::percent(row.comparability()), cells::note(row)});
  }
  out += processes.render();
  out += "\nattribute achievement change in percentage points (old>new rating when the letter "
         "changed; ~ within noise):\n";
  std::vector<std::string> header = {"process"};
  header.insert(header.end(), attributes.begin(), attributes.end());
  TextTable deltas(header);
  for (const auto& row : pair.processes) {
    std::vector<std::string> cells_of_row = {row.id};
    for (const auto& id : attributes)
      cells_of_row.push_back(cells::attribute_delta(row, id));
    deltas.add_row(std::move(cells_of_row));
  }
  out += deltas.render();
  out += "\n" + text_comparability(pair, old_label, new_label);
  out += "\ngaps to target:";
  if (pair.gaps.empty()) {
    out += " none in either assessment\n";
  } else {
    TextTable gaps({"process", "target", old_label, new_label, "status"},
                   {false, true, true, true, false});
    for (const auto& g : pair.gaps) {
      gaps.add_row({g.id, cells::target(g), std::to_string(g.old_gap), std::to_string(g.new_gap),
                    cells::gap_words(g.status)});
    }
    out += "\n" + gaps.render();
  }
  out += text_findings(pair, old_label, new_label);
  if (!pair.unmapped_old.empty()) {
    out += "\nno counterpart in " + cells::edition(pair.newer) + ":\n";
    for (const auto& [process, items] : cells::group_unmapped(pair.unmapped_old)) {
      out += "  " + process + ": " + items + "\n";
    }
  }
  if (!pair.unmapped_new.empty()) {
    out += "\nno predecessor in " + cells::edition(pair.older) + ":\n";
    for (const auto& [process, items] : cells::group_unmapped(pair.unmapped_new)) {
      out += "  " + process + ": " + items + "\n";
    }
  }
  return out;
}

std::string earlier_ids(const TrendRow& row, const std::vector<std::string>& labels) {
  std::string text;
  for (size_t i = 0; i < row.ids.size(); ++i) {
    if (row.ids[i].empty() || row.ids[i] == row.id) continue;
    text += (text.empty() ? "" : ", ") + row.ids[i] + " in " + labels[i];
  }
  return text;
}

std::string text_trend(const CompareReport& report, const std::vector<std::string>& labels) {
  std::vector<std::string> header = {"process", "name"};
  std::vector<bool> right = {false, false};
  for (const auto& label : labels) {
    header.push_back(label);
    right.push_back(true);
  }
  header.push_back("earlier ids");
  right.push_back(false);
  TextTable table(header, right);
  for (const auto& row : report.trend->rows) {
    std::vector<std::string> r = {row.id, truncate_display(row.name, 36)};
    for (const auto& level : row.levels)
      r.push_back(cells::level(level));
    r.push_back(earlier_ids(row, labels));
    table.add_row(std::move(r));
  }
  return "capability level trend, " + std::to_string(labels.size()) + " assessments:\n" +
         table.render();
}

// ---- Markdown -------------------------------------------------------------------------------

std::string md(const std::string& text) {
  return markdown_escape(text);
}

// The text cell with numbers left readable: only the rating labels and markers are escaped.
std::string md_delta(const ProcessChange& row, const std::string& attribute_id) {
  auto it = std::find_if(row.attributes.begin(), row.attributes.end(),
                         [&](const AttributeChange& a) { return a.id == attribute_id; });
  if (it == row.attributes.end()) return "";
  if (!it->old_achievement || !it->new_achievement) {
    return md(cells::attribute_delta(row, attribute_id));
  }
  std::string cell = cells::signed_points(*it->delta());
  if (it->crossed_edge) cell += " " + md(it->old_label) + "\\>" + md(it->new_label);
  if (it->within_noise) cell += "\\~";
  return cell;
}

std::string md_row(const std::vector<std::string>& cells_of_row) {
  std::string line = "|";
  for (const auto& c : cells_of_row)
    line += " " + c + " |";
  return line + "\n";
}

std::string md_rule(const std::vector<bool>& right) {
  std::string line = "|";
  for (bool r : right)
    line += r ? " ---: |" : " --- |";
  return line + "\n";
}

std::string md_comparability(const Comparison& pair, const std::string& old_label,
                             const std::string& new_label, const std::string& heading) {
  std::string out = heading + " Comparability\n\n";
  out += md_row({"Setting", md(old_label), md(new_label), "Same"});
  out += md_rule({false, false, false, false});
  out += md_row({"organisation", md(pair.sample.old_organisation), md(pair.sample.new_organisation),
                 pair.sample.same_organisation() ? "same" : "**DIFFERENT**"});
  for (const auto& setting : pair.sample.settings) {
    out += md_row({md(setting.name), md(setting.old_value), md(setting.new_value),
                   setting.differs() ? "differs" : "same"});
  }
  out += md_row({"crosswalk", "", md(crosswalk_words(pair)), ""});
  out += md_row({"assessors added", "", md(cells::names(pair.sample.assessors.added)), ""});
  out += md_row({"assessors removed", md(cells::names(pair.sample.assessors.removed)), "", ""});
  std::vector<const ProcessChange*> rows;
  for (const auto& row : pair.processes) {
    if (cells::sample_differs(row)) rows.push_back(&row);
  }
  if (rows.empty()) return out + "\nEvery process: same instances, assessors and max_level.\n";
  out += "\nProcesses whose sample differs (kept: the level on the instances in both):\n\n";
  out += md_row({"Process", "Instances added", "Removed", "Kept", "Assessors added", "Removed",
                 "max_level", "Kept"});
  out += md_rule({false, false, false, false, false, false, true, true});
  for (const ProcessChange* row : rows) {
    const ProcessSample& s = row->sample;
    out += md_row({md(row->id), md(cells::names(s.instances.added)),
                   md(cells::names(s.instances.removed)), md(cells::names(s.instances.kept)),
                   md(cells::names(s.assessors.added)), md(cells::names(s.assessors.removed)),
                   md(cells::max_levels(*row)), md(cells::kept_levels(*row))});
  }
  return out;
}

std::string md_pair(const Comparison& pair, const std::string& old_label,
                    const std::string& new_label, const std::vector<std::string>& attributes,
                    double margin, const std::string& heading) {
  std::string out;
  if (std::string warning = cells::organisation_warning(pair); !warning.empty()) {
    out += "> **Warning:** " + md(warning) + "\n\n";
  }
  out += md_row({"", md(old_label), md(new_label)}) + md_rule({false, false, false});
  out += md_row({"Assessment", md(pair.older.id), md(pair.newer.id)});
  out += md_row({"Organisation", md(pair.older.organisation), md(pair.newer.organisation)});
  out += md_row({"Date", pair.older.date.to_string(), pair.newer.date.to_string()});
  out += md_row({"Rubric", md(cells::edition(pair.older)), md(cells::edition(pair.newer))});
  // Both sentences hold only numbers and pace's own words: nothing to escape.
  out += "\n**Comparability:** " + comparability_sentence(pair) + ".\n\n";
  out += "**Changes:** " + cells::summary(pair) + ". Noise margin: " + format_fixed(margin, 1) +
         " percentage points.\n\n";
  out += "**Sample:** " + sample_sentence(pair).substr(8) + ".\n\n";
  if (!pair.crosswalk_path.empty()) out += "**Crosswalk:** " + md(pair.crosswalk_path) + "\n\n";
  out += heading + " Processes\n\n";
  out += md_row({"Process", "Name", md(old_label), md(new_label), "Change", "Compared", "Note"});
  out += md_rule({false, false, true, true, false, true, false});
  for (const auto& row : pair.processes) {
    out += md_row({md(row.id), md(row.name), cells::level(row.old_level),
                   cells::level(row.new_level), md(cells::change_words(row.change)),
                   cells::percent(row.comparability()), md(cells::note(row))});
  }
  out += "\n" + heading +
         " Attribute achievement\n\n"
         "Change in percentage points; old>new rating when the letter changed; ~ within noise.\n\n";
  std::vector<std::string> header = {"Process"};
  std::vector<bool> right = {false};
  for (const auto& id : attributes) {
    header.push_back(md(id));
    right.push_back(true);
  }
  out += md_row(header) + md_rule(right);
  for (const auto& row : pair.processes) {
    std::vector<std::string> r = {md(row.id)};
    for (const auto& id : attributes)
      r.push_back(md_delta(row, id));
    out += md_row(r);
  }
  out += "\n" + md_comparability(pair, old_label, new_label, heading);
  out += "\n" + heading + " Gaps to target\n\n";
  if (pair.gaps.empty()) {
    out += "No process has a gap in either assessment.\n";
  } else {
    out += md_row({"Process", "Target", md(old_label), md(new_label), "Status"});
    out += md_rule({false, true, true, true, false});
    for (const auto& g : pair.gaps) {
      out += md_row({md(g.id), md(cells::target(g)), std::to_string(g.old_gap),
                     std::to_string(g.new_gap), md(cells::gap_words(g.status))});
    }
  }
  if (!pair.findings.empty()) {
    out += "\n" + heading + " Findings of " + md(old_label) + "\n\n";
    out += "Still present: " + md(new_label) +
           " has a finding on the same process and instance, of the same side (strength or "
           "not), on a shared indicator (or both name none).\n\n";
    out += md_row({"Finding", "Process", "Kind", "Status", "In " + md(new_label), "Text"});
    out += md_rule({false, false, false, false, false, false});
    for (const auto& f : pair.findings) {
      out += md_row({md(f.previous.id), md(cells::finding_process(f)),
                     md(finding_kind_text(f.previous)), md(cells::finding_words(f.status)),
                     md(finding_ids(f.by)), md(f.previous.text)});
    }
  }
  if (!pair.unmapped_old.empty() || !pair.unmapped_new.empty()) {
    out += "\n" + heading + " Not mapped\n\n";
    out += md_row({"Process", "Elements", "Why"}) + md_rule({false, false, false});
    for (const auto& [process, items] : cells::group_unmapped(pair.unmapped_old)) {
      out +=
          md_row({md(process), md(items), md("no counterpart in " + cells::edition(pair.newer))});
    }
    for (const auto& [process, items] : cells::group_unmapped(pair.unmapped_new)) {
      out +=
          md_row({md(process), md(items), md("no predecessor in " + cells::edition(pair.older))});
    }
  }
  return out;
}

} // namespace

std::string render_compare_text(const CompareReport& report) {
  std::vector<std::string> labels = cells::labels(report.assessments);
  std::vector<std::string> attributes = cells::attribute_ids(report.pairs);
  std::string out;
  if (report.trend) out += text_trend(report, labels);
  for (size_t i = 0; i < report.pairs.size(); ++i) {
    if (report.trend) out += "\n== " + labels[i] + " -> " + labels[i + 1] + " ==\n";
    out += text_pair(report.pairs[i], labels[i], labels[i + 1], attributes, report.margin);
  }
  return out;
}

std::string render_compare_markdown(const CompareReport& report) {
  std::vector<std::string> labels = cells::labels(report.assessments);
  std::vector<std::string> attributes = cells::attribute_ids(report.pairs);
  const Comparison& last = report.pairs.back();
  std::string out = "# Capability comparison: " + md(last.newer.organisation) + "\n\n";
  if (report.trend) {
    out += "## Capability level trend\n\n";
    std::vector<std::string> header = {"Process", "Name"};
    std::vector<bool> right = {false, false};
    for (const auto& label : labels) {
      header.push_back(md(label));
      right.push_back(true);
    }
    header.push_back("Earlier ids");
    right.push_back(false);
    out += md_row(header) + md_rule(right);
    for (const auto& row : report.trend->rows) {
      std::vector<std::string> r = {md(row.id), md(row.name)};
      for (const auto& level : row.levels)
        r.push_back(cells::level(level));
      r.push_back(md(earlier_ids(row, labels)));
      out += md_row(r);
    }
  }
  for (size_t i = 0; i < report.pairs.size(); ++i) {
    if (report.trend || i > 0) out += "\n";
    std::string heading = "##";
    if (report.trend) {
      out += "## " + md(labels[i]) + " to " + md(labels[i + 1]) + "\n\n";
      heading = "###";
    }
    out += md_pair(report.pairs[i], labels[i], labels[i + 1], attributes, report.margin, heading);
  }
  return out;
}

} // namespace pace
