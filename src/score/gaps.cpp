// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cctype>

#include <pace/score/gaps.hpp>
#include <pace/score/level_requirements.hpp>
#include <pace/score/what_if.hpp>

namespace pace {

namespace {

std::vector<BlockingIndicator> pulling_down(ProcessWhatIf& what_if, size_t k, BaseRating required) {
  std::vector<std::pair<const IndicatorSlot*, BlockingIndicator>> found;
  for (const auto& slot : what_if.slots()) {
    if (slot.attribute != k) continue;
    // Under R2 an overridden instance's indicators do not count; under R3 they support the
    // assessor's rating and are worth showing.
    if (what_if.method() == RatingMethod::r2 &&
        what_if.indicators_ignored(slot.group, slot.attribute_id)) {
      continue;
    }
    if (slot.rating.kind == Rating::Kind::not_applicable) continue;
    if (slot.rating.is_rated() && base_of(what_if.scale(), slot.rating.percent) >= required) {
      continue;
    }
    BlockingIndicator b{slot.indicator, slot.instance, slot.assessor, slot.rating.label,
                        std::nullopt,   slot.note,     slot.evidence};
    if (slot.rating.is_rated()) b.percent = slot.rating.percent;
    found.emplace_back(&slot, std::move(b));
  }
  std::stable_sort(found.begin(), found.end(), [](const auto& x, const auto& y) {
    if (x.second.percent.has_value() != y.second.percent.has_value()) {
      return x.second.percent.has_value();
    }
    return x.second.percent.value_or(0) < y.second.percent.value_or(0);
  });
  std::vector<BlockingIndicator> result;
  result.reserve(found.size());
  for (auto& f : found)
    result.push_back(std::move(f.second));
  return result;
}

size_t category_rank(const Rubric& rubric, const std::string& category) {
  for (size_t i = 0; i < rubric.categories.size(); ++i) {
    if (rubric.categories[i].id == category) return i;
  }
  return rubric.categories.size();
}

} // namespace

bool natural_less(const std::string& a, const std::string& b) {
  size_t i = 0;
  size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (std::isdigit(static_cast<unsigned char>(a[i])) &&
        std::isdigit(static_cast<unsigned char>(b[j]))) {
      size_t i_end = i;
      size_t j_end = j;
      while (i_end < a.size() && std::isdigit(static_cast<unsigned char>(a[i_end])))
        ++i_end;
      while (j_end < b.size() && std::isdigit(static_cast<unsigned char>(b[j_end])))
        ++j_end;
      std::string_view x = std::string_view(a).substr(i, i_end - i);
      std::string_view y = std::string_view(b).substr(j, j_end - j);
      while (x.size() > 1 && x.front() == '0')
        x.remove_prefix(1);
      while (y.size() > 1 && y.front() == '0')
        y.remove_prefix(1);
      if (x.size() != y.size()) return x.size() < y.size();
      if (x != y) return x < y;
      i = i_end;
      j = j_end;
      continue;
    }
    if (a[i] != b[j]) return a[i] < b[j];
    ++i;
    ++j;
  }
  if ((a.size() - i) != (b.size() - j)) return a.size() - i < b.size() - j;
  return a < b;
}

void apply_targets(ScoreSheet& sheet, const TargetProfile& profile) {
  for (auto& p : sheet.processes)
    p.target = profile.target_for(p.id);
}

GapReport analyse_gaps(const Questionnaire& q, const Rubric& rubric, ScoreSheet sheet,
                       std::optional<TargetProfile> profile, const GapOptions& options) {
  GapReport report;
  report.profile = std::move(profile);
  report.options = options;
  for (const auto& p : sheet.processes) {
    if (!p.assessed) {
      if (p.target) report.not_assessed.push_back(p.id);
      continue;
    }
    report.borderline.push_back(find_borderline(q, rubric, p, options.margin));
    if (p.gap() == 0) continue;
    ProcessGap gap;
    gap.id = p.id;
    gap.name = p.name;
    gap.category = p.category;
    gap.capability_level = p.capability_level;
    gap.target = *p.target;
    gap.why_not_next = p.why_not_next;
    ProcessWhatIf what_if(q, rubric, p.id);
    for (size_t k : blocking_attributes(p.attributes, gap.target)) {
      BaseRating required = *required_base(p.attributes, k, gap.target);
      gap.blocking.push_back({p.attributes[k], required, pulling_down(what_if, k, required)});
    }
    gap.plan = plan_level_up(q, rubric, p, gap.target, options.plan);
    report.gaps.push_back(std::move(gap));
  }
  std::stable_sort(report.gaps.begin(), report.gaps.end(),
                   [&](const ProcessGap& a, const ProcessGap& b) {
                     int gap_a = a.target - a.capability_level;
                     int gap_b = b.target - b.capability_level;
                     if (gap_a != gap_b) return gap_a > gap_b;
                     size_t ca = category_rank(rubric, a.category);
                     size_t cb = category_rank(rubric, b.category);
                     if (ca != cb) return ca < cb;
                     return natural_less(a.id, b.id);
                   });
  report.sheet = std::move(sheet);
  return report;
}

} // namespace pace
