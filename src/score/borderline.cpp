// SPDX-License-Identifier: MIT
#include <cmath>

#include <pace/score/borderline.hpp>
#include <pace/score/rating_scale.hpp>
#include <pace/score/what_if.hpp>

namespace pace {

namespace {

// Achievements are sums of rating values; a hair of tolerance keeps 45.0000000001 "5 points".
constexpr double kTolerance = 1e-9;

constexpr BaseRating kLetters[] = {BaseRating::n, BaseRating::p, BaseRating::l, BaseRating::f};

} // namespace

std::vector<BorderlineAttribute>
borderline_attributes(const std::vector<AttributeResult>& attributes, const Scale& scale,
                      double margin) {
  std::vector<BorderlineAttribute> result;
  int level = capability_level(attributes);
  for (size_t k = 0; k < attributes.size(); ++k) {
    const AttributeResult& a = attributes[k];
    if (!a.achievement || !a.base) continue;
    double value = *a.achievement;
    for (size_t b = 0; b + 1 < scale.bands.size(); ++b) {
      const Band& below = scale.bands[b];
      const Band& above = scale.bands[b + 1];
      if (below.base == above.base) continue; // P- / P+ split: the level rule cannot see it
      double edge = below.upper;
      if (std::fabs(value - edge) > margin + kTolerance) continue;
      // Bands are upper-inclusive: at the edge itself the attribute is in the lower band.
      std::vector<AttributeResult> crossed = attributes;
      crossed[k].base = value <= edge ? above.base : below.base;
      int other = capability_level(crossed);
      if (other != level) result.push_back({a.id, value, a.label, edge, other});
    }
  }
  return result;
}

Borderline find_borderline(const Questionnaire& q, const Rubric& rubric,
                           const ProcessResult& current, double margin) {
  Borderline result;
  result.process = current.id;
  result.capability_level = current.capability_level;
  if (!current.assessed) return result;
  ProcessWhatIf what_if(q, rubric, current.id);
  result.attributes = borderline_attributes(current.attributes, what_if.scale(), margin);
  std::vector<FragileMove> ups;
  for (size_t s = 0; s < what_if.slots().size(); ++s) {
    const IndicatorSlot& slot = what_if.slots()[s];
    if (!slot.rating.is_rated()) continue;
    int band = static_cast<int>(base_of(what_if.scale(), slot.rating.percent));
    for (int direction : {-1, +1}) {
      int to = band + direction;
      if (to < 0 || to > 3) continue;
      auto rating = rating_for(what_if.framework(), kLetters[to]);
      if (!rating) continue;
      int level = what_if.score_with({{s, *rating}}).capability_level;
      if (level == current.capability_level) continue;
      FragileMove move{slot.indicator,    slot.attribute_id, slot.instance, slot.assessor,
                       slot.rating.label, rating->label,     direction > 0, level};
      (direction > 0 ? ups : result.moves).push_back(std::move(move));
    }
  }
  result.moves.insert(result.moves.end(), ups.begin(), ups.end());
  return result;
}

} // namespace pace
