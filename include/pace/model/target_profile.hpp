// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pace/diag/source_pos.hpp>

namespace pace {

struct ProcessTarget {
  std::string process;
  int level = 0;
  SourcePos pos;
};

// A reusable set of target capability levels (rubrics/targets/*.toml): one default for every
// process plus per-process exceptions. Replaces the targets a questionnaire declares.
struct TargetProfile {
  std::string id;
  std::string name;
  std::string description;
  std::string rubric; // "" when the profile does not name the rubric it was written for
  std::string path;
  std::optional<int> default_level;
  std::vector<ProcessTarget> processes; // file order

  // The process's own target, else the default; nullopt when the profile sets none for it.
  std::optional<int> target_for(std::string_view process_id) const;
};

} // namespace pace
