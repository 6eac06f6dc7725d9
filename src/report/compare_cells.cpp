// SPDX-License-Identifier: MIT
#include "compare_cells.hpp"

#include <algorithm>
#include <set>

#include <pace/model/number.hpp>
#include <pace/model/rubric.hpp>

namespace pace::compare_cells {

std::vector<std::string> labels(const std::vector<AssessmentRef>& assessments) {
  auto distinct = [](std::vector<std::string> values) {
    std::set<std::string> seen(values.begin(), values.end());
    return seen.size() == values.size();
  };
  std::vector<std::string> years;
  std::vector<std::string> dates;
  std::vector<std::string> ids;
  for (const auto& a : assessments) {
    years.push_back(std::to_string(a.date.year));
    dates.push_back(a.date.to_string());
    ids.push_back(a.id);
  }
  if (distinct(years)) return years;
  if (distinct(dates)) return dates;
  return ids;
}

std::vector<std::string> attribute_ids(const std::vector<Comparison>& pairs) {
  std::set<std::pair<int, std::string>> seen;
  for (const auto& pair : pairs) {
    for (const auto& row : pair.processes) {
      for (const auto& a : row.attributes)
        seen.emplace(a.level, a.id);
    }
  }
  std::vector<std::string> ids;
  for (const auto& [level, id] : seen)
    ids.push_back(id);
  return ids;
}

std::string signed_points(double value) {
  std::string text = format_fixed(value, 1);
  return text[0] == '-' || text == "0.0" ? text : "+" + text;
}

std::string attribute_delta(const ProcessChange& row, const std::string& attribute_id) {
  auto it = std::find_if(row.attributes.begin(), row.attributes.end(),
                         [&](const AttributeChange& a) { return a.id == attribute_id; });
  if (it == row.attributes.end()) return "";
  const AttributeChange& a = *it;
  if (!a.old_achievement) return "new " + a.new_label;
  if (!a.new_achievement) return "was " + a.old_label;
  std::string cell = signed_points(*a.delta());
  if (a.crossed_edge) cell += " " + a.old_label + ">" + a.new_label;
  if (a.within_noise) cell += "~";
  return cell;
}

std::string change_words(Change c) {
  if (c == Change::not_comparable) return "not comparable";
  if (c == Change::sample_changed) return "sample changed";
  return std::string(to_string(c));
}

std::string names(const std::vector<std::string>& list) {
  std::string text;
  for (const auto& n : list)
    text += (text.empty() ? "" : ", ") + (n.empty() ? std::string("(unnamed)") : n);
  return text;
}

std::string sample_note(const ProcessChange& row) {
  const ProcessSample& s = row.sample;
  if (!s.instances.changed()) return "";
  std::string text;
  if (!s.instances.added.empty()) text = "instances added: " + names(s.instances.added);
  if (!s.instances.removed.empty()) {
    text += (text.empty() ? "" : ", ") + std::string("instances removed: ") +
            names(s.instances.removed);
  }
  if (s.kept_old_level && s.kept_new_level) {
    text += "; kept instances (" + names(s.instances.kept) + ") " +
            std::to_string(*s.kept_old_level) + " -> " + std::to_string(*s.kept_new_level);
    if (s.sample_changed) text += ": the level change comes from the sample";
    if (s.kept_confirm) text += ": they confirm the change";
  } else if (row.old_level && row.new_level) {
    text += "; no instance assessed in both";
  }
  return text;
}

bool sample_differs(const ProcessChange& row) {
  const ProcessSample& s = row.sample;
  bool max_level_differs =
      s.old_max_level && s.new_max_level && *s.old_max_level != *s.new_max_level;
  return s.instances.changed() || s.assessors.changed() || max_level_differs;
}

std::string max_levels(const ProcessChange& row) {
  const ProcessSample& s = row.sample;
  std::string old_text = s.old_max_level ? std::to_string(*s.old_max_level) : "-";
  std::string new_text = s.new_max_level ? std::to_string(*s.new_max_level) : "-";
  return old_text == new_text ? new_text : old_text + ">" + new_text;
}

std::string kept_levels(const ProcessChange& row) {
  const ProcessSample& s = row.sample;
  if (!s.kept_old_level || !s.kept_new_level) return "-";
  return std::to_string(*s.kept_old_level) + ">" + std::to_string(*s.kept_new_level);
}

std::string organisation_warning(const Comparison& pair) {
  if (pair.sample.same_organisation()) return "";
  return "different organisations: '" + pair.older.organisation + "' (" + pair.older.path +
         ") and '" + pair.newer.organisation + "' (" + pair.newer.path +
         "), compared because --allow-different-org was given";
}

std::string gap_words(GapStatus s) {
  switch (s) {
  case GapStatus::closed: return "closed";
  case GapStatus::still_open: return "still open";
  case GapStatus::added: return "new";
  case GapStatus::not_reassessed: return "not reassessed";
  }
  return "?";
}

std::string finding_words(FindingStatus s) {
  std::string words(to_string(s));
  std::replace(words.begin(), words.end(), '_', ' ');
  return words;
}

std::string finding_process(const FindingFollowUp& f) {
  return f.previous.process + (f.previous.instance.empty() ? "" : " (" + f.previous.instance + ")");
}

const ProcessChange* finding_row(const Comparison& pair, const FindingFollowUp& f) {
  for (const auto& row : pair.processes) {
    if (row.old_id == f.previous.process) return &row;
    for (const auto& merged : row.merged_from) {
      if (merged == f.previous.process) return &row;
    }
  }
  return nullptr;
}

std::string note(const ProcessChange& row) {
  std::vector<std::string> parts;
  switch (row.link) {
  case LinkKind::renamed: parts.push_back("renamed from " + row.old_id); break;
  case LinkKind::split: parts.push_back("split from " + row.old_id); break;
  case LinkKind::merged: {
    std::string from;
    for (const auto& id : row.merged_from)
      from += (from.empty() ? "" : ", ") + id;
    parts.push_back("merged from " + from + "; compared with " + row.old_id);
    break;
  }
  default: break;
  }
  if (!row.reason.empty()) parts.push_back(row.reason);
  if (row.within_noise) parts.push_back("within noise");
  if (std::string sample = sample_note(row); !sample.empty()) parts.push_back(sample);
  std::string text;
  for (const auto& p : parts)
    text += (text.empty() ? "" : "; ") + p;
  return text;
}

std::string level(const std::optional<int>& level) {
  return level ? std::to_string(*level) : "-";
}

std::string percent(const std::optional<double>& value) {
  return value ? format_fixed(*value, 1) + "%" : "-";
}

std::string target(const GapChange& gap) {
  if (gap.old_target && gap.new_target && *gap.old_target != *gap.new_target) {
    return std::to_string(*gap.old_target) + ">" + std::to_string(*gap.new_target);
  }
  if (gap.new_target) return std::to_string(*gap.new_target);
  return gap.old_target ? std::to_string(*gap.old_target) : "-";
}

std::string summary(const Comparison& pair) {
  const Change order[] = {Change::improved,      Change::regressed, Change::sample_changed,
                          Change::unchanged,     Change::added,     Change::retired,
                          Change::not_comparable};
  std::string text;
  for (Change c : order) {
    int count = 0;
    int noise = 0;
    for (const auto& row : pair.processes) {
      if (row.change != c) continue;
      ++count;
      noise += row.within_noise ? 1 : 0;
    }
    if (count == 0) continue;
    text += (text.empty() ? "" : ", ") + std::to_string(count) + " " + change_words(c);
    if (noise > 0) text += " (" + std::to_string(noise) + " within noise)";
  }
  return text.empty() ? "no process assessed" : text;
}

std::vector<std::pair<std::string, std::string>>
group_unmapped(const std::vector<UnmappedElement>& elements) {
  std::vector<std::pair<std::string, std::string>> groups;
  for (const auto& e : elements) {
    std::string item = e.indicator.empty() ? "the whole process" : e.indicator;
    if (!groups.empty() && groups.back().first == e.process) {
      groups.back().second += ", " + item;
    } else {
      groups.emplace_back(e.process, item);
    }
  }
  return groups;
}

std::string describe(const AssessmentRef& a) {
  return a.id + " (" + a.date.to_string() + ")";
}

std::string edition(const AssessmentRef& a) {
  return describe_edition(a.rubric_id, a.rubric_version);
}

} // namespace pace::compare_cells
