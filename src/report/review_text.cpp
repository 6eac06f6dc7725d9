// SPDX-License-Identifier: MIT
// The sections, headline sentences and assessment facts of the review pack.
#include "review_text.hpp"

#include <pace/model/number.hpp>
#include <pace/report/score_render.hpp>

#include "compare_cells.hpp"

namespace pace::review {

namespace {

std::string plural(int n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string join(const std::vector<std::string>& items, const std::string& separator) {
  std::string out;
  for (const auto& item : items)
    out += (out.empty() ? "" : separator) + item;
  return out;
}

std::string maturity_finding(const ReviewPack& pack) {
  const auto& m = pack.summary.maturity;
  if (!m)
    return "The rubric declares no maturity model, so no organisation maturity level is given.";
  std::string text = "Organisation maturity level " + std::to_string(m->level) +
                     (m->name.empty() ? "" : " (" + m->name + ")") + " of " +
                     std::to_string(m->top) + ".";
  if (!m->next) return text + " This is the highest level of the maturity model.";
  std::vector<std::string> blockers;
  for (const auto& b : m->blockers) {
    blockers.push_back(b.process + " (" +
                       (b.achieved ? "level " + std::to_string(*b.achieved) : "not assessed") +
                       ", needs " + std::to_string(b.required) + ")");
  }
  return text + " Level " + std::to_string(*m->next) +
         (m->next_name.empty() ? "" : " (" + m->next_name + ")") + " is held back by " +
         plural(static_cast<int>(blockers.size()), "process", "processes") + ": " +
         join(blockers, ", ") + ".";
}

std::string target_finding(const ReviewSummary& s) {
  return std::to_string(s.on_target) + " of " +
         plural(s.with_target, "process with a target reaches it",
                "processes with a target reach it") +
         " (" + std::to_string(s.assessed) + " of " + plural(s.processes, "process", "processes") +
         " assessed).";
}

std::string largest_gap_finding(const ReviewPack& pack) {
  if (pack.gaps.empty()) return "No assessed process is below its target.";
  std::vector<std::string> items;
  for (size_t i = 0; i < pack.summary.largest_gaps; ++i) {
    const ProcessGap& g = pack.gaps[i];
    items.push_back(g.id + " " + g.name + " (level " + std::to_string(g.capability_level) +
                    ", target " + std::to_string(g.target) + ")");
  }
  std::string more =
      pack.gaps.size() > items.size()
          ? "; " + std::to_string(pack.gaps.size() - items.size()) + " more below target"
          : "";
  return "Largest gaps: " + join(items, "; ") + more + ".";
}

std::string change_finding(const ReviewPack& pack) {
  if (!pack.changes || !pack.comparison) {
    return "No previous assessment was given, so no changes are shown.";
  }
  const ChangeCounts& n = *pack.changes;
  const AssessmentRef& old = pack.comparison->older;
  std::vector<std::string> parts = {std::to_string(n.improved) + " improved",
                                    std::to_string(n.regressed) + " regressed",
                                    std::to_string(n.unchanged) + " unchanged"};
  if (n.added > 0) parts.push_back(std::to_string(n.added) + " new");
  if (n.retired > 0) parts.push_back(std::to_string(n.retired) + " retired");
  if (n.not_comparable > 0) parts.push_back(std::to_string(n.not_comparable) + " not comparable");
  if (n.sample_changed > 0) {
    parts.push_back(std::to_string(n.sample_changed) +
                    " sample changed (the level moved only through instances assessed in one "
                    "assessment)");
  }
  std::string text =
      "Since " + old.id + " (" + old.date.to_string() + "): " + join(parts, ", ") + ".";
  if (n.within_noise > 0) {
    text += " " + plural(n.within_noise, "level change lies", "level changes lie") +
            " within the noise margin.";
  }
  text += " Gaps of the previous assessment: " + std::to_string(n.gaps_closed) + " closed, " +
          std::to_string(n.gaps_open) + " still open, " + std::to_string(n.gaps_new) + " new.";
  if (auto c = pack.comparison->comparability()) {
    text += " Comparability: " + percent_text(*c) +
            " of the indicators rated in either assessment were rated in both.";
  }
  return text;
}

std::string previous_action_finding(const ReviewPack& pack) {
  if (pack.previous.empty()) return "";
  int closed = 0, open = 0, not_reassessed = 0;
  for (const auto& a : pack.previous_actions) {
    (a.status == ActionStatus::closed ? closed
     : a.status == ActionStatus::open ? open
                                      : not_reassessed) += 1;
  }
  return "Actions proposed by " + pack.previous.back().id + ": " + std::to_string(closed) +
         " closed, " + std::to_string(open) + " still open, " + std::to_string(not_reassessed) +
         " not reassessed.";
}

} // namespace

const std::vector<Section>& sections() {
  // The executive part fits two A4 pages; the detail follows, the appendices come last.
  static const std::vector<Section> kSections = {
      {"summary", "Executive summary", false, Part::executive},
      {"heat-map", "Process attribute ratings", false, Part::executive},
      {"trend", "Trend", false, Part::executive},
      {"profile", "Capability profile", true, Part::detail},
      {"categories", "Category profile", false, Part::detail},
      {"changes", "Changes since the previous assessment", false, Part::detail},
      {"process-detail", "Findings and notes by process", false, Part::detail},
      {"gaps", "Gap list", false, Part::detail},
      {"actions", "Level-up plan", false, Part::detail},
      {"register", "Action register", false, Part::detail},
      {"previous-actions", "Actions from the previous assessment", false, Part::detail},
      {"fragile", "Fragile results", false, Part::detail},
      {"why-not-next", "Why not the next level", false, Part::detail},
      {"evidence", "Appendix A: Evidence register", false, Part::appendix},
      {"method", "Appendix B: Method and provenance", false, Part::appendix},
  };
  return kSections;
}

std::vector<Section> shown_sections(const ReviewPack& pack) {
  std::vector<Section> shown;
  for (const auto& s : sections()) {
    if (pack.detail == ReviewDetail::full || s.part == Part::executive) shown.push_back(s);
  }
  return shown;
}

std::string title(const ReviewPack& pack) {
  return pack.assessment.title.empty() ? "Management review pack" : pack.assessment.title;
}

std::string subtitle(const ReviewPack& pack) {
  return "Management review pack (ISO/IEC 27001 clause 9.3): " + pack.assessment.organisation +
         ", assessment " + pack.assessment.id + " of " + pack.assessment.date.to_string();
}

std::vector<std::pair<std::string, std::string>> assessment_facts(const ReviewPack& pack) {
  const AssessmentInfo& a = pack.assessment;
  std::vector<std::pair<std::string, std::string>> facts = {
      {"Organisation", a.organisation},
      {"Assessment", a.id + ", " + a.date.to_string()},
  };
  auto add = [&](const std::string& label, const std::string& value) {
    if (!value.empty()) facts.emplace_back(label, value);
  };
  add("Purpose", a.purpose);
  add("Scope", a.scope);
  add("Sponsor", a.sponsor);
  add("Lead assessor", a.lead_assessor);
  add("Assessors", join(a.assessors, ", "));
  if (a.assessment_class) add("Assessment class", std::to_string(*a.assessment_class));
  add("Rubric", pack.rubric_name + " (" + pack.rubric_id + " " + pack.rubric_version + ")");
  add("Framework",
      pack.framework_name + " (" + pack.framework_id + " " + pack.framework_version + ")");
  add("Method", "rating method " + pack.method.rating_method + ", aggregation " +
                    pack.method.aggregation + ", scale " + pack.method.scale_id +
                    ", levels assessed up to " + std::to_string(a.max_level));
  add("Rating values", rating_values_text(pack.method.rating_values) + " (percent per label)");
  std::vector<std::string> previous;
  for (const auto& p : pack.previous)
    previous.push_back(p.id + " (" + p.date.to_string() + ")");
  add("Compared with", join(previous, ", "));
  return facts;
}

std::vector<std::string> key_findings(const ReviewPack& pack) {
  std::vector<std::string> findings;
  if (std::string warning = organisation_warning(pack); !warning.empty()) {
    findings.push_back("WARNING: " + warning);
  }
  for (auto&& finding : {maturity_finding(pack), target_finding(pack.summary),
                         largest_gap_finding(pack), change_finding(pack)})
    findings.push_back(finding);
  if (std::string text = previous_action_finding(pack); !text.empty()) findings.push_back(text);
  if (!pack.fragile.empty()) {
    findings.push_back(
        plural(static_cast<int>(pack.fragile.size()), "process has", "processes have") +
        " fragile results: an attribute within " + format_fixed(pack.method.margin, 1) +
        " percentage points of a band edge that decides the level, or one "
        "indicator whose move by one band would change it.");
  }
  std::string register_size =
      plural(static_cast<int>(pack.evidence.size()), "evidence item", "evidence items") +
      " in the register";
  findings.push_back(
      pack.uncited.empty()
          ? register_size + (pack.evidence.empty() ? "." : ", every one cited by a rating.")
          : register_size + "; cited by no rating: " + join(pack.uncited, ", ") + ".");
  return findings;
}

std::string empty_note(const ReviewPack& pack, const std::string& section_id) {
  if (section_id == "changes" && !pack.comparison) {
    return "No previous assessment was given (pace report FILE --previous OLDER.toml), so there "
           "is nothing to compare with.";
  }
  if (section_id == "gaps" && pack.gaps.empty()) return "No assessed process is below its target.";
  if (section_id == "actions" && pack.actions.empty() && unreachable_notes(pack).empty()) {
    return "No level-up actions: every assessed process meets its target.";
  }
  if (section_id == "previous-actions") {
    if (pack.previous.empty()) return "No previous assessment was given.";
    if (pack.previous_actions.empty()) {
      return "The previous assessment " + pack.previous.back().id + " proposed no actions.";
    }
  }
  if (section_id == "fragile" && pack.fragile.empty()) {
    return "No result is fragile: no attribute lies within " + format_fixed(pack.method.margin, 1) +
           " percentage points of a deciding band edge, and no single indicator moved by one band "
           "changes a level.";
  }
  if (section_id == "trend" && pack.trend_labels.empty()) {
    return "No previous assessment was given, so there is no trend yet.";
  }
  if (section_id == "process-detail" && pack.details.empty()) {
    return "The assessment records no findings and no notes on its ratings.";
  }
  if (section_id == "register" && !pack.register_review) {
    return "No action register was given (pace report FILE --actions actions.toml).";
  }
  if (section_id == "register" && pack.register_review->actions.empty()) {
    return "The action register holds no actions.";
  }
  if (section_id == "evidence" && pack.evidence.empty())
    return "The questionnaire lists no evidence.";
  return "";
}

std::string level_text(bool assessed, int level) {
  return assessed ? std::to_string(level) : "not assessed";
}

std::string percent_text(double percent) {
  return format_fixed(percent, 1) + "%";
}

std::string change_text(const ProcessLine& line) {
  if (!line.change) return "";
  return compare_cells::change_words(*line.change) + (line.within_noise ? " (within noise)" : "");
}

} // namespace pace::review
