// SPDX-License-Identifier: MIT
#include <algorithm>

#include <pace/score/capability.hpp>

namespace pace {

std::string_view to_string(AttributeSource s) {
  switch (s) {
  case AttributeSource::computed: return "computed";
  case AttributeSource::assessor_override: return "override";
  case AttributeSource::not_rated: return "not_rated";
  case AttributeSource::not_assessed: return "not_assessed";
  }
  return "?";
}

int capability_level(const std::vector<AttributeResult>& attributes) {
  int top = 0;
  for (const auto& a : attributes)
    top = std::max(top, a.level);
  int level = 0;
  for (int n = 1; n <= top; ++n) {
    bool has_attribute = false;
    for (const auto& a : attributes) {
      if (a.level > n) continue;
      if (!a.base) return level;
      if (a.level == n) {
        has_attribute = true;
        if (*a.base != BaseRating::l && *a.base != BaseRating::f) return level;
      } else if (*a.base != BaseRating::f) {
        return level;
      }
    }
    if (!has_attribute) return level;
    level = n;
  }
  return level;
}

std::string spaced_attribute_id(const std::string& id) {
  if (id.size() > 2 && id.compare(0, 2, "PA") == 0 && id[2] != ' ') {
    return "PA " + id.substr(2);
  }
  return id;
}

} // namespace pace
