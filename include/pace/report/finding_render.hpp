// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include <pace/model/finding.hpp>

namespace pace {

// "weakness, major", "strength": the kind with its severity, for every human-readable format.
std::string finding_kind_text(const Finding& f);

// {id, instance, kind, severity (null when none), text, evidence, indicators}: one finding in
// pace.score/1, pace.gaps/1 and pace.compare/1.
nlohmann::ordered_json finding_to_json(const Finding& f);
nlohmann::ordered_json findings_to_json(const std::vector<Finding>& findings); // always an array

// Untrusted text as terminal lines of at most `width` columns, each starting with `indent`;
// control characters escaped, line breaks in the text folded into spaces.
std::string wrap_text(std::string_view text, size_t width, const std::string& indent);

// The findings of one process for a terminal, each as a head line and its wrapped text:
//   F25-01 nonconformity, major (HQ); indicators BP4, GP2.1.2; evidence E-28, E-17
//     Suppliers are not monitored: ...
std::string findings_text(const std::vector<Finding>& findings, const std::string& indent);

// "F25-01; F25-02": ids for one CSV cell (csv_cell() it).
std::string finding_ids(const std::vector<std::string>& ids);

} // namespace pace
