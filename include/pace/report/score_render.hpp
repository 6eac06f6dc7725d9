// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include <pace/score/score_sheet.hpp>

namespace pace {

// `pace score` as a terminal table plus the why-not-next-level sentences.
std::string render_score_text(const ScoreSheet& sheet);

// The stable "pace.score/1" document (documented in docs/json-csv.md).
nlohmann::ordered_json score_to_json(const ScoreSheet& sheet);
std::string render_score_json(const ScoreSheet& sheet);

// "N 7.5, P- 23.75, P 32.5, ..., F 92.5": the percentage each rating label stands for, for the
// method line of every text output.
std::string rating_values_text(const std::vector<RatingValue>& values);
// The method-block line itself: "rating values (percent per label): N 7.5, ...\n".
std::string rating_values_line(const std::vector<RatingValue>& values);

// Helpers shared by the other JSON renderers.
nlohmann::ordered_json assessment_to_json(const ScoreSheet& sheet);
// {id, version, framework, framework_version}; plus file, sha256 and shadows when another file
// with the same rubric id was passed over (so which one was used is on record).
nlohmann::ordered_json rubric_to_json(const ScoreSheet& sheet);
// The text header line naming the rubric file when it shadows others, else "".
std::string rubric_origin_text(const ScoreSheet& sheet);
nlohmann::ordered_json attribute_to_json(const AttributeResult& a);
std::string dump_json(const nlohmann::ordered_json& doc); // 2-space indent, trailing newline
// "\n<heading>  COR.6 <name>\n    <findings_text>..." for the processes that have findings, in the
// order given; "" when none has any (so outputs without findings stay as they were).
std::string findings_by_process_text(const std::vector<ProcessResult>& processes,
                                     const std::string& heading);
std::string findings_by_process_text(const std::vector<const ProcessResult*>& processes,
                                     const std::string& heading);

} // namespace pace
