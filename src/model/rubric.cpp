// SPDX-License-Identifier: MIT
#include <algorithm>

#include <pace/model/rubric.hpp>

namespace pace {

const ProcessDef* Rubric::find_process(std::string_view process_id) const {
  auto it = std::find_if(processes.begin(), processes.end(),
                         [&](const ProcessDef& p) { return p.id == process_id; });
  return it == processes.end() ? nullptr : &*it;
}

const Category* Rubric::find_category(std::string_view category_id) const {
  auto it = std::find_if(categories.begin(), categories.end(),
                         [&](const Category& c) { return c.id == category_id; });
  return it == categories.end() ? nullptr : &*it;
}

std::vector<IndicatorDef> Rubric::indicators(const ProcessDef& process, int max_level) const {
  std::vector<IndicatorDef> result;
  for (const auto& attribute : framework.attributes) {
    if (attribute.level > max_level) {
      continue;
    }
    if (attribute.practices.empty()) {
      // PA 1.1 is measured through the process's own base practices.
      for (const auto& bp : process.practices) {
        result.push_back({bp.id, bp.text, attribute.id, attribute.level});
      }
    } else {
      for (const auto& gp : attribute.practices) {
        result.push_back({gp.id, gp.text, attribute.id, attribute.level});
      }
    }
  }
  return result;
}

std::vector<OutcomeDef> Rubric::outcomes(const ProcessDef& process) const {
  std::vector<OutcomeDef> result;
  for (const auto& attribute : framework.attributes) {
    if (attribute.practices.empty()) {
      for (const auto& o : process.outcomes) {
        OutcomeDef def{o.id, attribute.id, attribute.level, {}};
        for (const auto& bp : process.practices) {
          if (std::find(bp.outcomes.begin(), bp.outcomes.end(), o.id) != bp.outcomes.end()) {
            def.indicators.push_back(bp.id);
          }
        }
        result.push_back(std::move(def));
      }
      continue;
    }
    for (const auto& o : attribute.outcomes) {
      OutcomeDef def{o.id, attribute.id, attribute.level, {}};
      for (const auto& gp : attribute.practices) {
        if (std::find(gp.outcomes.begin(), gp.outcomes.end(), o.id) != gp.outcomes.end()) {
          def.indicators.push_back(gp.id);
        }
      }
      result.push_back(std::move(def));
    }
  }
  return result;
}

std::vector<std::string> Rubric::process_ids() const {
  std::vector<std::string> ids;
  for (const auto& p : processes) {
    ids.push_back(p.id);
  }
  return ids;
}

std::string describe_edition(const std::string& rubric, const std::string& version) {
  return version.empty() ? rubric : rubric + " " + version;
}

} // namespace pace
