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

void Framework::index_attributes() {
  attribute_index.clear();
  for (size_t k = 0; k < attributes.size(); ++k)
    attribute_index.try_emplace(attributes[k].id, k); // the first of a repeated id wins
}

const AttributeDef* Framework::find_attribute(std::string_view attribute_id) const {
  // The index (built by the loader) answers in log time. It is used only while it still matches
  // `attributes` (one entry per attribute, so no repeated id, and the hit names this id);
  // otherwise (a hand-built or edited framework) the scan below answers.
  if (attribute_index.size() == attributes.size()) {
    auto hit = attribute_index.find(attribute_id);
    if (hit != attribute_index.end() && hit->second < attributes.size() &&
        attributes[hit->second].id == attribute_id) {
      return &attributes[hit->second];
    }
  }
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
