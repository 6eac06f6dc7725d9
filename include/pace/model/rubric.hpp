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

// Maturity level n holds when every requirement of levels 1..n is met.
struct MaturityRequirement {
  std::string process;
  int level = 0;
};

struct MaturityLevelDef {
  int level = 0;
  std::string name;
  std::string rationale;
  // Staged models only: the processes this level adds (its process set).
  std::vector<std::string> process_set;
  // What the level requires. In a staged model, worked out by the loader: every process of the
  // sets of levels 1..n at capability level n, in rubric order.
  std::vector<MaturityRequirement> requirements;
};

// One indicator (base or generic practice) and the attribute it supports.
struct IndicatorDef {
  std::string id;
  std::string text;
  std::string attribute; // "PA1.1" for BPs, "PA2.1" for GP2.1.n
  int level = 0;
};

// A unit that rating method R1 characterises (ISO/IEC 33020): a process outcome ("O2", rated
// into PA1.1) or an attribute outcome ("PA2.1.a"), with the indicators linked to it.
struct OutcomeDef {
  std::string id;
  std::string attribute; // "PA1.1" for process outcomes
  int level = 0;
  std::vector<std::string> indicators; // the BPs / GPs that achieve it, in rubric order
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
  std::string sha256;                // of the file's bytes, when loaded from a file
  std::vector<std::string> shadowed; // files further down the search path with the same id
  std::string maturity_description;
  // [maturity] staged = true: level n requires its own process set and every lower set at
  // capability level n (ISO/IEC TR 15504-7, CMMI staged representation). Otherwise each level
  // lists its requirements explicitly.
  bool maturity_staged = false;
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
  // Every outcome R1 characterises for the process, in framework order: the process outcomes
  // under the attribute without generic practices (PA1.1), then each attribute's outcomes.
  std::vector<OutcomeDef> outcomes(const ProcessDef& process) const;
};

// A rubric edition (id and version) for messages: "iso27022-isms 2026.1", or the id alone.
std::string describe_edition(const std::string& rubric, const std::string& version);

} // namespace pace
