// SPDX-License-Identifier: MIT
#include <pace/model/target_profile.hpp>

namespace pace {

std::optional<int> TargetProfile::target_for(std::string_view process_id) const {
  for (const auto& t : processes) {
    if (t.process == process_id) return t.level;
  }
  return default_level;
}

} // namespace pace
