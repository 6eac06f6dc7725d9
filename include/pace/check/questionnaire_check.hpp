// SPDX-License-Identifier: MIT
#pragma once

#include <pace/diag/diagnostic.hpp>
#include <pace/model/questionnaire.hpp>
#include <pace/model/rubric.hpp>

namespace pace {

// Checks a loaded questionnaire against its rubric and resolves every rating label to the
// percentage the framework gives it. Errors: unknown process, indicator, attribute, evidence or
// scale; bad rating labels; duplicate instances or evidence ids; 'na' without a note; ratings
// above max_level; overrides without a note, under R1, or twice for one PA under R3. Warnings:
// indicators not yet rated (one per block). Evidence sufficiency is check_evidence's job.
// The [[finding]] blocks are checked too (check_findings).
void check_questionnaire(Questionnaire& q, const Rubric& rubric, Diagnostics& diags);

} // namespace pace
