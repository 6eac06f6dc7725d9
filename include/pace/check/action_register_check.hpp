// SPDX-License-Identifier: MIT
#pragma once

#include <pace/diag/diagnostic.hpp>
#include <pace/model/action_register.hpp>
#include <pace/model/questionnaire.hpp>
#include <pace/model/rubric.hpp>

namespace pace {

// Checks a register's ids against the rubric it names: every action's process, its indicators
// (base practices of the process, generic practices of the framework) and its rating labels.
// Appends to `diags`, with did-you-mean hints.
void check_action_register(const ActionRegister& reg, const Rubric& rubric, Diagnostics& diags);

// Checks the finding ids the actions cite against the [[finding]] blocks of the questionnaires
// of the register's organisation (the ones validated with it); does nothing when none of them is
// of that organisation, as then nothing can be said.
void check_action_findings(const ActionRegister& reg,
                           const std::vector<const Questionnaire*>& questionnaires,
                           Diagnostics& diags);

} // namespace pace
