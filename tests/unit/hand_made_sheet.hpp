// SPDX-License-Identifier: MIT
// Test support (not a test file): score sheets built by hand, without questionnaire or rubric, for
// the profile and maturity tests.
#pragma once

#include <cmath>
#include <string>
#include <vector>

#include <pace/score/score_sheet.hpp>

namespace pace::test {

inline const std::vector<std::pair<std::string, int>>& framework_attributes() {
  static const std::vector<std::pair<std::string, int>> attributes = {
      {"PA1.1", 1}, {"PA2.1", 2}, {"PA2.2", 2}, {"PA3.1", 3}, {"PA3.2", 3},
      {"PA4.1", 4}, {"PA4.2", 4}, {"PA5.1", 5}, {"PA5.2", 5}};
  return attributes;
}

// Every attribute of the framework in level order. `achievements` holds the percentages from
// PA1.1 upwards; NaN is a PA nobody rated; PAs past its end are not assessed. Labels follow the
// plain N/P/L/F bands.
inline std::vector<AttributeResult> attributes_of(const std::vector<double>& achievements) {
  std::vector<AttributeResult> attributes;
  const auto& defs = framework_attributes();
  for (size_t i = 0; i < defs.size(); ++i) {
    AttributeResult a;
    a.id = defs[i].first;
    a.level = defs[i].second;
    if (i >= achievements.size()) {
      a.source = AttributeSource::not_assessed;
    } else if (std::isnan(achievements[i])) {
      a.source = AttributeSource::not_rated;
    } else {
      double v = achievements[i];
      a.source = AttributeSource::computed;
      a.achievement = v;
      a.base = v <= 15   ? BaseRating::n
               : v <= 50 ? BaseRating::p
               : v <= 85 ? BaseRating::l
                         : BaseRating::f;
      a.label = std::string(base_rating_label(*a.base));
    }
    attributes.push_back(a);
  }
  return attributes;
}

// A process scored by hand: its level is given, not derived, so tests choose it freely.
inline ProcessResult hand_process(const std::string& id, const std::string& category, int level,
                                  const std::vector<double>& achievements = {}) {
  ProcessResult p;
  p.id = id;
  p.name = "process " + id;
  p.category = category;
  p.assessed = true;
  p.max_level = achievements.empty() ? 0 : framework_attributes()[achievements.size() - 1].second;
  p.capability_level = level;
  p.attributes = attributes_of(achievements);
  return p;
}

inline ProcessResult not_assessed(const std::string& id, const std::string& category) {
  ProcessResult p;
  p.id = id;
  p.name = "process " + id;
  p.category = category;
  p.attributes = attributes_of({});
  return p;
}

inline InstanceResult hand_instance(const std::string& name, int level) {
  InstanceResult i;
  i.instance = name;
  i.capability_level = level;
  return i;
}

inline MaturityLevelDef maturity_level(int level, std::vector<MaturityRequirement> requirements) {
  MaturityLevelDef def;
  def.level = level;
  def.name = "ML" + std::to_string(level);
  def.requirements = std::move(requirements);
  return def;
}

} // namespace pace::test
