// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <pace/diag/source_pos.hpp>
#include <pace/model/evidence_rules.hpp>
#include <pace/model/framework.hpp>

namespace pace {

struct Outcome {
  std::string id;
  std::string text;
};

struct BasePractice {
  std::string id; // BPn, belongs to PA 1.1
  std::string text;
  std::vector<std::string> outcomes;
  std::vector<std::string> iso27001;
};

struct ProcessDef {
  std::string id;
  std::string name;
  std::string category;
  std::string purpose;
  std::vector<std::string> iso27001;
  std::vector<Outcome> outcomes;
  std::vector<BasePractice> practices;
};

struct Category {
  std::string id;
  std::string name;
  std::string description;
};

// Maturity level n holds when every process listed at levels 1..n reaches its required level.
struct MaturityRequirement {
  std::string process;
  int level = 0;
};

struct MaturityLevelDef {
  int level = 0;
  std::string name;
  std::string rationale;
  std::vector<MaturityRequirement> requirements;
};

// One indicator (base or generic practice) and the attribute it supports.
struct IndicatorDef {
  std::string id;
  std::string text;
  std::string attribute; // "PA1.1" for BPs, "PA2.1" for GP2.1.n
  int level = 0;
};

// A process reference model bound to its measurement framework.
struct Rubric {
  std::string id;
  std::string version;
  std::string name;
  std::string description;
  std::string source;
  std::string framework_id;
  SourcePos framework_pos; // of the `framework` value, for "unknown framework"
  std::string path;
  std::string maturity_description;
  std::vector<Category> categories;
  std::vector<ProcessDef> processes;
  std::vector<MaturityLevelDef> maturity;
  EvidenceRules evidence_rules;
  Framework framework;

  const ProcessDef* find_process(std::string_view process_id) const;
  const Category* find_category(std::string_view category_id) const;
  // Every indicator of the process up to max_level, in framework order (BPs first).
  std::vector<IndicatorDef> indicators(const ProcessDef& process, int max_level) const;
  std::vector<std::string> process_ids() const;
};

} // namespace pace
