// SPDX-License-Identifier: MIT
#include <algorithm>

#include <pace/model/framework.hpp>

namespace pace {

std::string_view base_rating_label(BaseRating b) {
  switch (b) {
  case BaseRating::n: return "N";
  case BaseRating::p: return "P";
  case BaseRating::l: return "L";
  case BaseRating::f: return "F";
  }
  return "?";
}

const Scale* Framework::find_scale(std::string_view scale_id) const {
  auto it =
      std::find_if(scales.begin(), scales.end(), [&](const Scale& s) { return s.id == scale_id; });
  return it == scales.end() ? nullptr : &*it;
}

const AttributeDef* Framework::find_attribute(std::string_view attribute_id) const {
  auto it = std::find_if(attributes.begin(), attributes.end(),
                         [&](const AttributeDef& a) { return a.id == attribute_id; });
  return it == attributes.end() ? nullptr : &*it;
}

const AttributeOutcome* Framework::find_attribute_outcome(std::string_view outcome_id) const {
  for (const auto& a : attributes) {
    for (const auto& o : a.outcomes) {
      if (o.id == outcome_id) return &o;
    }
  }
  return nullptr;
}

const RatingValue* Framework::find_rating(std::string_view label) const {
  auto it = std::find_if(rating_values.begin(), rating_values.end(),
                         [&](const RatingValue& r) { return r.label == label; });
  return it == rating_values.end() ? nullptr : &*it;
}

int Framework::max_level() const {
  int level = 0;
  for (const auto& a : attributes) {
    level = std::max(level, a.level);
  }
  return level;
}

} // namespace pace
