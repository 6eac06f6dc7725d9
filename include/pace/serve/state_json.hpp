// SPDX-License-Identifier: MIT
// The "pace.serve-state/1" document of GET /api/state (docs/workspace.md): the questionnaire's
// blocks and ratings, the rubric's indicator texts, the evidence register, every diagnostic
// (tied to its block and indicator by line) and the score as one "pace.score/1" document.
#pragma once

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include <pace/diag/diagnostic.hpp>
#include <pace/model/questionnaire.hpp>
#include <pace/model/rubric.hpp>
#include <pace/score/score_sheet.hpp>

namespace pace::serve {

// `q`, `rubric` and `sheet` may be null when the file does not load or has no usable rubric;
// the document then holds the file name and the diagnostics that say why. `sources` maps each
// path in a diagnostic to its text (for the source line and caret).
nlohmann::ordered_json
state_to_json(const std::string& path, const Questionnaire* q, const Rubric* rubric,
              const ScoreSheet* sheet, const Diagnostics& diags,
              const std::map<std::string, std::string, std::less<>>& sources);

} // namespace pace::serve
