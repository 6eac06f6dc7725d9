// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include <pace/score/profile.hpp>
#include <pace/score/score_sheet.hpp>

namespace pace {

// `pace profile` as text: the heat map of rating letters (processes x attributes), the
// capability statistics and mean attribute achievement per category, the maturity level and
// what blocks the next one.
std::string render_profile_text(const ScoreSheet& sheet, const Profile& profile);

// The body of "pace.profile/1": attributes, processes, categories, overall, maturity. `pace score`
// JSON embeds it as "profile".
nlohmann::ordered_json profile_to_json(const Profile& profile);

// The "pace.profile/1" document: schema, assessment, rubric, then the body above.
std::string render_profile_json(const ScoreSheet& sheet, const Profile& profile);

// One record per process and attribute, with a header record.
std::string render_profile_csv(const Profile& profile);

} // namespace pace
