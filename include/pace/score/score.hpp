// SPDX-License-Identifier: MIT
#pragma once

#include <pace/model/questionnaire.hpp>
#include <pace/model/rubric.hpp>
#include <pace/score/score_sheet.hpp>

namespace pace {

// Scores a checked questionnaire (check_questionnaire resolved its labels) against its rubric:
// attribute achievements by the assessment's rating method and aggregation, capability levels
// by the ISO/IEC 33020 rule, and the why-not-next-level sentence of every process. Pure.
ScoreSheet score(const Questionnaire& q, const Rubric& rubric);

// The sentence explaining a process's level and what the next one needs.
std::string explain_next_level(const ProcessResult& p, const Framework& framework);

} // namespace pace
