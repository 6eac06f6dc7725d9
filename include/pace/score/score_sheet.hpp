// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <pace/model/questionnaire.hpp>
#include <pace/model/rubric.hpp>
#include <pace/score/capability.hpp>

namespace pace {

// One process instance (all assessors' blocks for it pooled).
struct InstanceResult {
  std::string instance;
  std::vector<std::string> assessors;
  int max_level = 0;
  std::vector<AttributeResult> attributes;
  int capability_level = 0;
};

struct ProcessResult {
  std::string id;
  std::string name;
  std::string category;
  bool assessed = false;
  int max_level = 0;
  std::optional<int> target;
  int capability_level = 0;
  std::vector<AttributeResult> attributes; // every PA of the framework, in level order
  std::vector<InstanceResult> instances;   // file order
  std::string why_not_next;                // one plain sentence
  std::vector<Finding> findings;           // the questionnaire's on this process, finding_precedes

  int gap() const { return target && *target > capability_level ? *target - capability_level : 0; }
};

// Everything `pace score` knows about one questionnaire. Pure data, deterministic.
struct ScoreSheet {
  AssessmentInfo assessment;
  std::string questionnaire_path;
  std::string rubric_id;
  std::string rubric_version;
  std::string framework_id;
  std::string framework_version;
  // The percentage each rating label stands for (the framework's [rating_values], low to high):
  // a choice that decides levels, so every output states it.
  std::vector<RatingValue> rating_values;
  std::string rubric_path;                  // the file the rubric came from
  std::string rubric_sha256;                // of its bytes
  std::vector<std::string> rubric_shadowed; // files with the same rubric id that were passed over
  std::vector<ProcessResult> processes;     // rubric order
  // Copied from the rubric so that profiles (score/profile.hpp) need nothing but the sheet.
  std::vector<Category> categories;       // rubric order
  std::vector<MaturityLevelDef> maturity; // empty when the rubric declares no model
};

} // namespace pace
