// SPDX-License-Identifier: MIT
#include <pace/model/questionnaire.hpp>

namespace pace {

std::string_view to_string(RatingMethod m) {
  switch (m) {
  case RatingMethod::r1: return "R1";
  case RatingMethod::r2: return "R2";
  case RatingMethod::r3: return "R3";
  }
  return "?";
}

std::string_view to_string(Aggregation a) {
  switch (a) {
  case Aggregation::mean: return "mean";
  case Aggregation::median: return "median";
  case Aggregation::min: return "min";
  }
  return "?";
}

int effective_max_level(const ProcessBlock& block, const AssessmentInfo& assessment) {
  return block.max_level.value_or(assessment.max_level);
}

std::string describe_block(const ProcessBlock& block) {
  std::string text = "process '" + block.id + "'";
  if (!block.instance.empty() && !block.assessor.empty()) {
    text += " (instance '" + block.instance + "', assessor '" + block.assessor + "')";
  } else if (!block.instance.empty()) {
    text += " (instance '" + block.instance + "')";
  } else if (!block.assessor.empty()) {
    text += " (assessor '" + block.assessor + "')";
  }
  return text;
}

} // namespace pace
