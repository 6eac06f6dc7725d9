// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <pace/diag/source_pos.hpp>
#include <pace/model/date.hpp>
#include <pace/model/evidence_rules.hpp>
#include <pace/model/finding.hpp>

namespace pace {

enum class RatingMethod { r1, r2, r3 };
enum class Aggregation { mean, median, min };

// What the assessor wrote for one indicator or attribute.
struct Rating {
  enum class Kind { value, not_applicable, unrated };
  Kind kind = Kind::unrated;
  double percent = 0;           // for Kind::value: the label's midpoint or the explicit number
  std::string label;            // as written: "L+", "40", "na", ""
  bool explicit_number = false; // the assessor wrote a percentage, not a label
  bool is_rated() const { return kind == Kind::value; }
  bool operator==(const Rating&) const = default;
};

struct IndicatorEntry {
  std::string id;
  Rating rating;
  std::vector<std::string> evidence;
  std::vector<SourcePos> evidence_pos;
  std::string note;
  SourcePos key_pos;
  SourcePos value_pos;
  // The rating was malformed and already reported: treated as unrated, but not warned about
  // again as "not rated".
  bool malformed = false;
  bool operator==(const IndicatorEntry&) const = default;
};

struct AttributeOverride {
  std::string id; // "PA2.1"
  Rating rating;
  std::string note;
  std::vector<std::string> evidence; // what the judgement rests on (evidence sufficiency rules)
  std::vector<SourcePos> evidence_pos;
  SourcePos key_pos;
  SourcePos value_pos;
  bool operator==(const AttributeOverride&) const = default;
};

// One [[process]] block: one instance of a process, as rated by one assessor.
struct ProcessBlock {
  std::string id;
  std::string instance; // "" when the process has a single, unnamed instance
  std::string assessor; // "" unless several assessors rate the same instance
  std::optional<int> max_level;
  std::optional<int> target;
  std::vector<IndicatorEntry> ratings; // sorted by key (TOML tables are)
  std::vector<AttributeOverride> attributes;
  SourcePos pos;    // the [[process]] header
  SourcePos id_pos; // the id value
  SourcePos max_level_pos;
  bool operator==(const ProcessBlock&) const = default;
};

struct Evidence {
  std::string id;
  std::string kind;
  std::string title;
  std::string ref;
  std::optional<Date> date;
  SourcePos pos;
  SourcePos date_pos;
  bool operator==(const Evidence&) const = default;
};

struct AssessmentInfo {
  std::string id;
  std::string organisation;
  Date date;
  std::string rubric;
  int max_level = 0;
  RatingMethod rating_method = RatingMethod::r2;
  Aggregation aggregation = Aggregation::mean;
  std::string scale = "nplf";
  std::optional<int> target;
  std::string title;
  std::string purpose;
  std::string scope;
  std::string sponsor;
  std::string lead_assessor;
  std::vector<std::string> assessors;
  std::optional<int> assessment_class;
  std::string summary; // the assessor's overall conclusion, in their words
  SourcePos pos;
  SourcePos rubric_pos;
  SourcePos rating_method_pos;
  SourcePos scale_pos;
  bool operator==(const AssessmentInfo&) const = default;
};

struct Questionnaire {
  int schema = 0;
  std::string path;
  AssessmentInfo assessment;
  std::vector<Evidence> evidence;
  std::vector<ProcessBlock> processes;         // file order
  std::vector<Finding> findings;               // file order
  std::optional<EvidenceRules> evidence_rules; // overrides the rubric's when present
  bool operator==(const Questionnaire&) const = default;
};

std::string_view to_string(RatingMethod m);
std::string_view to_string(Aggregation a);

// The max_level that applies to a block: its own, else the assessment's.
int effective_max_level(const ProcessBlock& block, const AssessmentInfo& assessment);

// "process 'COR.3'" or "process 'COR.3' (instance 'HQ', assessor 'ana')" for messages.
std::string describe_block(const ProcessBlock& block);

} // namespace pace
