// SPDX-License-Identifier: MIT
// The tables and lists of the review pack, as plain text (see review_text.hpp).
#include <algorithm>

#include <pace/model/number.hpp>

#include "compare_cells.hpp"
#include "review_text.hpp"

namespace pace::review {

namespace {

// A path's last component: tables show the crosswalk's file, the provenance its whole path.
std::string file_name(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string join(const std::vector<std::string>& items, const std::string& separator) {
  std::string out;
  for (const auto& item : items)
    out += (out.empty() ? "" : separator) + item;
  return out;
}

std::string optional_level(const std::optional<int>& level) {
  return level ? std::to_string(*level) : "-";
}

// " (instance, assessor)", or "" for a process's single unnamed instance.
std::string where(const std::string& instance, const std::string& assessor, const char* open = " (",
                  const char* close = ")") {
  std::vector<std::string> parts;
  if (!instance.empty()) parts.push_back(instance);
  if (!assessor.empty()) parts.push_back(assessor);
  return parts.empty() ? "" : open + join(parts, ", ") + close;
}

std::string category_name(const ReviewPack& pack, const std::string& id) {
  for (const auto& c : pack.categories) {
    if (c.id == id) return c.name;
  }
  return id;
}

std::string heat_cell(const AttributeResult& a, bool assessed) {
  if (!assessed || a.source == AttributeSource::not_assessed) return "-";
  if (!a.achievement) return "?";
  return a.label + (a.source == AttributeSource::assessor_override ? "*" : "");
}

std::string plan_text(const LevelUpPlan& plan) {
  std::string n = std::to_string(plan.changes) + (plan.changes == 1 ? " change" : " changes");
  switch (plan.status) {
  case PlanStatus::minimal: return n;
  case PlanStatus::search_limit: return n + " (not proven minimal)";
  case PlanStatus::unreachable: return "not reachable by indicators alone";
  }
  return n;
}

std::string step_change(const PlanStep& s) {
  return (s.from_percent ? s.from : "not rated") + " \u2192 " + s.to +
         (s.changes > 1 ? " (" + std::to_string(s.changes) + " bands)" : "");
}

std::string gap_status_text(GapStatus s) {
  switch (s) {
  case GapStatus::closed: return "Closed";
  case GapStatus::still_open: return "Still open";
  case GapStatus::added: return "New";
  case GapStatus::not_reassessed: return "Not reassessed";
  }
  return "";
}

std::string action_status_text(ActionStatus s) {
  switch (s) {
  case ActionStatus::closed: return "closed";
  case ActionStatus::open: return "still open";
  case ActionStatus::not_reassessed: return "not reassessed";
  }
  return "";
}

} // namespace

PlainTable profile_table(const ReviewPack& pack) {
  PlainTable t{{"Process", "Name", "Category", "Level", "Target", "Gap"},
               {8, 30, 12, 6, 6, 4},
               {false, false, false, true, true, true},
               {}};
  for (const auto& p : pack.processes) {
    t.rows.push_back({p.id, p.name, category_name(pack, p.category),
                      level_text(p.assessed, p.level), p.target ? std::to_string(*p.target) : "-",
                      p.gap > 0 ? std::to_string(p.gap) : ""});
  }
  return t;
}

PlainTable heat_table(const ReviewPack& pack) {
  PlainTable t{{"Process", "Name"}, {8, 24}, {false, false}, {}};
  for (const auto& c : pack.columns) {
    t.header.push_back(c);
    t.widths.push_back(6);
    t.numeric.push_back(false);
  }
  t.header.push_back("Level");
  t.widths.push_back(6);
  t.numeric.push_back(true);
  for (const auto& p : pack.processes) {
    std::vector<std::string> row = {p.id, p.name};
    for (const auto& a : p.attributes)
      row.push_back(heat_cell(a, p.assessed));
    row.push_back(level_text(p.assessed, p.level));
    t.rows.push_back(std::move(row));
  }
  return t;
}

PlainTable category_table(const ReviewPack& pack) {
  PlainTable t{{"Category", "Processes", "Assessed"}, {20, 9, 8}, {false, true, true}, {}};
  for (int level = 0; level <= pack.top_level; ++level) {
    t.header.push_back("At level " + std::to_string(level));
    t.widths.push_back(7);
    t.numeric.push_back(true);
  }
  t.header.insert(t.header.end(), {"Min", "Median", "Mean"});
  t.widths.insert(t.widths.end(), {5, 6, 5});
  t.numeric.insert(t.numeric.end(), {true, true, true});
  auto add = [&](const std::string& name, const LevelStatistics& s) {
    std::vector<std::string> row = {name, std::to_string(s.processes),
                                    std::to_string(s.processes - s.not_assessed)};
    for (int level = 0; level <= pack.top_level; ++level) {
      auto k = static_cast<size_t>(level);
      row.push_back(k < s.at_level.size() ? std::to_string(s.at_level[k]) : "0");
    }
    row.push_back(optional_level(s.min_level));
    row.push_back(optional_level(s.median_level));
    row.push_back(s.mean_level ? format_fixed(*s.mean_level, 1) : "-");
    t.rows.push_back(std::move(row));
  };
  for (const auto& c : pack.categories)
    add(c.name, c.statistics);
  add("All processes", pack.overall);
  return t;
}

PlainTable change_table(const ReviewPack& pack) {
  PlainTable t{{"Process", "Name", "Previous", "Level", "Change", "Comparability"},
               {8, 28, 8, 6, 24, 12},
               {false, false, true, true, false, true},
               {}};
  if (!pack.comparison) return t;
  for (const auto& c : pack.comparison->processes) {
    std::string change = change_words(c);
    std::string id = c.old_id.empty() || c.old_id == c.id ? c.id : c.old_id + " \u2192 " + c.id;
    auto comparability = c.comparability();
    t.rows.push_back({id, c.name, optional_level(c.old_level), optional_level(c.new_level), change,
                      comparability ? percent_text(*comparability) : "-"});
  }
  return t;
}

PlainTable trend_table(const ReviewPack& pack) {
  PlainTable t{{"Process", "Name"}, {8, 28}, {false, false}, {}};
  for (const auto& label : pack.trend_labels) {
    t.header.push_back(label);
    t.widths.push_back(8);
    t.numeric.push_back(true);
  }
  for (const auto& row : pack.trend) {
    std::vector<std::string> cells = {row.id, row.name};
    for (const auto& level : row.levels)
      cells.push_back(optional_level(level));
    t.rows.push_back(std::move(cells));
  }
  return t;
}

std::string change_words(const ProcessChange& c) {
  std::string change = compare_cells::change_words(c.change);
  if (c.within_noise) change += " (within noise)";
  if (!c.reason.empty()) change += ": " + c.reason;
  if (std::string sample = compare_cells::sample_note(c); !sample.empty()) {
    change += (c.reason.empty() ? ": " : "; ") + sample;
  }
  return change;
}

std::string sample_sentence(const ReviewPack& pack) {
  if (!pack.comparison) return "";
  const AssessmentSample& s = pack.comparison->sample;
  std::string text = "Sample since " + pack.comparison->older.id + ": " +
                     std::to_string(s.instances_added) +
                     (s.instances_added == 1 ? " instance added, " : " instances added, ") +
                     std::to_string(s.instances_removed) + " removed, " +
                     std::to_string(s.instances_kept) + " kept.";
  if (s.sample_changed > 0) {
    text += " " + std::to_string(s.sample_changed) +
            (s.sample_changed == 1 ? " level change comes" : " level changes come") +
            " from the changed sample: the instances assessed in both do not show it.";
  }
  return text;
}

PlainTable comparability_table(const ReviewPack& pack) {
  PlainTable t{{"Setting", "Previous", "Current", "Same"},
               {16, 28, 28, 8},
               {false, false, false, false},
               {}};
  if (!pack.comparison) return t;
  const Comparison& c = *pack.comparison;
  const AssessmentSample& s = c.sample;
  t.rows.push_back({"organisation", s.old_organisation, s.new_organisation,
                    s.same_organisation() ? "same" : "DIFFERENT"});
  for (const auto& setting : s.settings) {
    t.rows.push_back({setting.name, setting.old_value, setting.new_value,
                      setting.differs() ? "differs" : "same"});
  }
  t.rows.push_back(
      {"crosswalk", "", c.crosswalk_path.empty() ? "none" : file_name(c.crosswalk_path), ""});
  t.rows.push_back({"assessors added", "", compare_cells::names(s.assessors.added), ""});
  t.rows.push_back({"assessors removed", compare_cells::names(s.assessors.removed), "", ""});
  return t;
}

PlainTable sample_table(const ReviewPack& pack) {
  PlainTable t{{"Process", "Instances added", "Removed", "Kept", "Assessors added", "Removed",
                "max_level", "Kept levels"},
               {8, 16, 12, 16, 16, 12, 8, 8},
               {false, false, false, false, false, false, true, true},
               {}};
  if (!pack.comparison) return t;
  for (const auto& row : pack.comparison->processes) {
    if (!compare_cells::sample_differs(row)) continue;
    const ProcessSample& s = row.sample;
    t.rows.push_back(
        {row.id, compare_cells::names(s.instances.added), compare_cells::names(s.instances.removed),
         compare_cells::names(s.instances.kept), compare_cells::names(s.assessors.added),
         compare_cells::names(s.assessors.removed), compare_cells::max_levels(row),
         compare_cells::kept_levels(row)});
  }
  return t;
}

std::string organisation_warning(const ReviewPack& pack) {
  if (!pack.comparison) return "";
  std::string warning = compare_cells::organisation_warning(*pack.comparison);
  if (warning.empty()) return "";
  warning[0] = 'D';
  return warning + ".";
}

std::vector<std::string> gap_changes(const ReviewPack& pack) {
  std::vector<std::string> lines;
  if (!pack.comparison) return lines;
  for (GapStatus status :
       {GapStatus::closed, GapStatus::still_open, GapStatus::added, GapStatus::not_reassessed}) {
    std::vector<std::string> ids;
    for (const auto& g : pack.comparison->gaps) {
      if (g.status == status) ids.push_back(g.id);
    }
    if (!ids.empty()) lines.push_back(gap_status_text(status) + ": " + join(ids, ", "));
  }
  return lines;
}

PlainTable gap_table(const ReviewPack& pack) {
  PlainTable t{{"Process", "Name", "Level", "Target", "Gap", "Blocking attributes", "Plan"},
               {8, 24, 6, 6, 4, 36, 16},
               {false, false, true, true, true, false, false},
               {}};
  for (const auto& g : pack.gaps) {
    std::vector<std::string> blocking;
    for (const auto& b : g.blocking) {
      const AttributeResult& a = b.attribute;
      std::string achieved = a.achievement ? a.label + " " + percent_text(*a.achievement)
                             : a.source == AttributeSource::not_assessed ? "not assessed"
                                                                         : "not rated";
      std::string required = b.required == BaseRating::f
                                 ? "F"
                                 : "at least " + std::string(base_rating_label(b.required));
      blocking.push_back(a.id + " " + achieved + ", needs " + required);
    }
    t.rows.push_back({g.id, g.name, std::to_string(g.capability_level), std::to_string(g.target),
                      std::to_string(g.target - g.capability_level), join(blocking, "; "),
                      plan_text(g.plan)});
  }
  return t;
}

std::vector<std::string> why_not_next(const ReviewPack& pack) {
  std::vector<std::string> lines;
  for (const auto& p : pack.processes)
    lines.push_back(p.why_not_next);
  return lines;
}

PlainTable action_table(const ReviewPack& pack) {
  PlainTable t{{"#", "Process", "Indicator", "Practice", "Rating", "Effect", "Assessor's note",
                "Evidence", "Owner", "Due"},
               {3, 7, 12, 30, 10, 14, 24, 8, 8, 6},
               {true, false, false, false, false, false, false, false, false, false},
               {}};
  int number = 0;
  for (const auto& a : pack.actions) {
    const PlanStep& s = a.step;
    t.rows.push_back({std::to_string(++number), a.process,
                      s.indicator + where(s.instance, s.assessor), s.text, step_change(s),
                      s.attribute + " +" + format_fixed(s.effect, 1) + " pp", s.note,
                      join(s.evidence, ", "), "", ""});
  }
  return t;
}

PlainTable compact_action_table(const ReviewPack& pack) {
  PlainTable t{{"Process", "Indicator", "Practice", "Rating", "Effect"},
               {7, 14, 48, 10, 14},
               {false, false, false, false, false},
               {}};
  for (const auto& a : pack.actions) {
    const PlanStep& s = a.step;
    t.rows.push_back({a.process, s.indicator + where(s.instance, s.assessor), s.text,
                      step_change(s), s.attribute + " +" + format_fixed(s.effect, 1) + " pp"});
  }
  return t;
}

std::vector<std::string> unreachable_notes(const ReviewPack& pack) {
  std::vector<std::string> notes;
  for (const auto& g : pack.gaps) {
    if (g.plan.status == PlanStatus::minimal) continue;
    std::string lead = g.plan.status == PlanStatus::unreachable
                           ? g.id + " cannot reach level " + std::to_string(g.target) +
                                 " by indicator changes alone"
                           : g.id + ": the search stopped before proving the plan minimal";
    notes.push_back(lead + (g.plan.reasons.empty() ? "" : ": " + join(g.plan.reasons, "; ")) + ".");
  }
  return notes;
}

PlainTable previous_action_summary(const ReviewPack& pack) {
  PlainTable t{{"Process", "Proposed", "Closed", "Still open", "Not reassessed"},
               {12, 9, 7, 10, 14},
               {false, true, true, true, true},
               {}};
  for (size_t i = 0; i < pack.previous_actions.size();) {
    const std::string& process = pack.previous_actions[i].process;
    int counts[3] = {0, 0, 0}; // in ActionStatus order: closed, open, not reassessed
    size_t n = 0;
    for (; i < pack.previous_actions.size() && pack.previous_actions[i].process == process;
         ++i, ++n) {
      ++counts[static_cast<int>(pack.previous_actions[i].status)];
    }
    t.rows.push_back({process, std::to_string(n), std::to_string(counts[0]),
                      std::to_string(counts[1]), std::to_string(counts[2])});
  }
  return t;
}

PlainTable previous_action_table(const ReviewPack& pack) {
  PlainTable t{{"Process", "Indicator", "Asked for", "Rating now", "Status"},
               {12, 18, 18, 10, 14},
               {false, false, false, false, false},
               {}};
  for (const auto& a : pack.previous_actions) {
    std::string process = a.process_now.empty() || a.process_now == a.process
                              ? a.process
                              : a.process + " \u2192 " + a.process_now;
    t.rows.push_back({process, a.step.indicator + where(a.step.instance, a.step.assessor),
                      step_change(a.step), a.rating_now.empty() ? "not rated" : a.rating_now,
                      action_status_text(a.status)});
  }
  return t;
}

PlainTable fragile_table(const ReviewPack& pack) {
  PlainTable t{{"Process", "Level", "Attributes near a deciding band edge",
                "One-band moves that change the level"},
               {8, 5, 34, 40},
               {false, true, false, false},
               {}};
  for (const auto& b : pack.fragile) {
    std::vector<std::string> attributes;
    for (const auto& a : b.attributes) {
      attributes.push_back(a.id + " " + a.label + " " + percent_text(a.achievement) + ", edge " +
                           format_fixed(a.edge, 1) + ": level " +
                           std::to_string(a.level_if_crossed) + " if crossed");
    }
    std::vector<std::string> moves;
    for (const auto& m : b.moves) {
      moves.push_back(m.indicator + where(m.instance, m.assessor) + " " + m.from + " \u2192 " +
                      m.to + ": level " + std::to_string(m.level_after));
    }
    t.rows.push_back(
        {b.process, std::to_string(b.capability_level), join(attributes, "; "), join(moves, "; ")});
  }
  return t;
}

PlainTable evidence_table(const ReviewPack& pack) {
  PlainTable t{{"Id", "Kind", "Title", "Reference", "Date", "Cited by"},
               {6, 9, 28, 24, 10, 24},
               {false, false, false, false, false, false},
               {}};
  for (const auto& e : pack.evidence) {
    std::vector<std::string> cited;
    for (const auto& c : e.cited_by) {
      cited.push_back(c.process + where(c.instance, c.assessor, " [", "]") + " " + c.indicator +
                      " (" + c.rating + ")");
    }
    t.rows.push_back({e.item.id, e.item.kind, e.item.title, e.item.ref,
                      e.item.date ? e.item.date->to_string() : "",
                      cited.empty() ? "not cited" : join(cited, "; ")});
  }
  return t;
}

PlainTable evidence_appendix_table(const ReviewPack& pack) {
  PlainTable t{{"Id", "Kind", "Title", "Date", "Cited by"},
               {6, 9, 34, 10, 30},
               {false, false, false, false, false},
               {}};
  for (const auto& e : pack.evidence) {
    // Per process, in citation order: "COR.3 (4)" for four ratings citing the item.
    std::vector<std::pair<std::string, int>> counts;
    for (const auto& c : e.cited_by) {
      auto it = std::find_if(counts.begin(), counts.end(),
                             [&](const auto& pc) { return pc.first == c.process; });
      if (it == counts.end()) {
        counts.emplace_back(c.process, 1);
      } else {
        ++it->second;
      }
    }
    std::vector<std::string> cited;
    for (const auto& [process, n] : counts)
      cited.push_back(n == 1 ? process : process + " (" + std::to_string(n) + ")");
    t.rows.push_back({e.item.id, e.item.kind, e.item.title,
                      e.item.date ? e.item.date->to_string() : "",
                      cited.empty() ? "not cited" : join(cited, ", ")});
  }
  return t;
}

std::vector<std::pair<std::string, std::string>> method_facts(const ReviewPack& pack) {
  const MethodSummary& m = pack.method;
  std::vector<std::string> values;
  for (const auto& v : m.rating_values)
    values.push_back(v.label + " " + format_fixed(v.percent, 2) + "%");
  return {
      {"Made with", "pace " + m.pace_version},
      {"Rubric", pack.rubric_id + " " + pack.rubric_version + ": " + pack.rubric_name},
      {"Framework", pack.framework_id + " " + pack.framework_version + ": " + pack.framework_name},
      {"Rating method", m.rating_method + ": " + m.rating_method_text},
      {"Aggregation", m.aggregation + ": " + m.aggregation_text},
      {"Rating scale", m.scale_id + (m.scale_name.empty() ? "" : ": " + m.scale_name)},
      {"Values of the rating labels", join(values, ", ")},
      {"Capability level rule", m.level_rule},
      {"Fragility margin", format_fixed(m.margin, 1) + " percentage points"},
      {"Level-up plans", m.plan_step == "band" ? "each change moves an indicator one band up"
                                               : "each change raises an indicator to F"},
  };
}

PlainTable band_table(const ReviewPack& pack) {
  PlainTable t{{"Label", "Meaning", "Achievement"}, {6, 24, 24}, {false, false, false}, {}};
  bool first = true;
  for (const auto& b : pack.method.bands) {
    std::string range =
        (first ? "from " : "above ") + percent_text(b.lower) + " to " + percent_text(b.upper);
    t.rows.push_back({b.label, b.name, range});
    first = false;
  }
  return t;
}

PlainTable file_table(const ReviewPack& pack) {
  PlainTable t{{"Role", "File", "Id", "Version or date", "SHA-256"},
               {12, 20, 12, 10, 40},
               {false, false, false, false, false},
               {}};
  for (const auto& f : pack.method.files)
    t.rows.push_back({f.role, f.name, f.id, f.version, f.sha256});
  return t;
}

} // namespace pace::review
