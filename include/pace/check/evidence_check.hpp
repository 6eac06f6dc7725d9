// SPDX-License-Identifier: MIT
#pragma once

#include <pace/diag/diagnostic.hpp>
#include <pace/model/questionnaire.hpp>
#include <pace/model/rubric.hpp>

namespace pace {

// The evidence rules in force: each field of the questionnaire's [evidence_rules] where it is
// set, else the rubric's.
EvidenceRules effective_evidence_rules(const Questionnaire& q, const Rubric& rubric);

// Evidence sufficiency, as warnings (validate --strict makes them errors), on a questionnaire
// that check_questionnaire has resolved. At each indicator rating and attribute override:
// a rating in an L band citing fewer than min_items_L distinct evidence items; in the F band,
// fewer than min_items_F items or fewer than min_kinds_F kinds. At each citation: evidence dated
// more than max_age_months before the assessment. At each [[evidence]] entry: never cited.
// Bands are those of the assessment's scale; unknown ids and blocks are left to the checker.
void check_evidence(const Questionnaire& q, const Rubric& rubric, Diagnostics& diags);

} // namespace pace
