// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <pace/model/questionnaire.hpp>
#include <pace/model/rubric.hpp>
#include <pace/score/capability.hpp>

namespace pace {

// Indicators whose base ratings (N=0 P=1 L=2 F=3) differ by this many bands or more are listed.
inline constexpr int kWideDisagreementBands = 2;

// Krippendorff's alpha with the ordinal metric. `alpha` is nullopt when it is undefined and
// `reason` says why (no unit with two values; no variation at all).
struct AlphaResult {
  std::optional<double> alpha;
  int units = 0;                    // units with at least two values (pairable)
  int values = 0;                   // n: the values in those units
  double observed_disagreement = 0; // D_o
  double expected_disagreement = 0; // D_e
  std::string reason;
};

// Each unit holds the values its coders gave (missing values simply left out); any integers,
// only their order matters. Units with fewer than two values are ignored. Pure.
AlphaResult ordinal_alpha(const std::vector<std::vector<int>>& units);

// One indicator as one assessor rated it.
struct AssessorIndicatorRating {
  std::string assessor;
  std::string label; // as written: "L+", "60"
  BaseRating base = BaseRating::n;
  double percent = 0;
  std::string note;
};

// An indicator whose ratings span kWideDisagreementBands or more.
struct IndicatorDisagreement {
  std::string indicator;
  int bands = 0;                                // highest base minus lowest
  std::vector<AssessorIndicatorRating> ratings; // assessor order
};

// One assessor's own rating of a process attribute: their block scored on its own, with the
// assessment's rating method and aggregation (so an override of theirs counts).
struct AssessorAttribute {
  std::string assessor;
  AttributeResult result;
};

struct AttributeAgreement {
  std::string id; // "PA2.1"
  int level = 0;
  std::vector<AssessorAttribute> assessors;
  std::optional<double> spread; // percentage points, max - min; nullopt below two achievements
  std::vector<IndicatorDisagreement> disagreements; // rubric order
};

// One process instance and the assessors who rated it.
struct InstanceAgreement {
  std::string instance;
  std::vector<std::string> assessors; // file order; "" for a block without an assessor
  std::vector<AttributeAgreement>
      attributes; // assessed PAs in level order; empty below 2 assessors
};

struct ProcessAgreement {
  std::string id;
  std::string name;
  std::vector<InstanceAgreement> instances; // file order
};

struct AttributeAlpha {
  std::string id;
  AlphaResult alpha;
};

// `pace agreement`: how far assessors who rated the same instance agree. Units of the alpha
// statistic are indicator x instance, values the base rating N=0 P=1 L=2 F=3 on the assessment's
// scale; every rated indicator with two or more assessors takes part.
struct AgreementSheet {
  AssessmentInfo assessment;
  std::string questionnaire_path;
  std::string rubric_id;
  std::string rubric_version;
  std::vector<RatingValue> rating_values; // the framework's, low to high
  int instances_compared = 0;             // instances rated by two or more assessors
  AlphaResult overall;
  std::vector<AttributeAlpha> attributes;  // framework order, PAs up to the highest level assessed
  std::vector<ProcessAgreement> processes; // rubric order, assessed processes only
};

// Pure and deterministic; expects a checked questionnaire (labels resolved).
AgreementSheet agreement(const Questionnaire& q, const Rubric& rubric);

} // namespace pace
