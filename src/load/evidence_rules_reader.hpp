// SPDX-License-Identifier: MIT
// Internal to load/: the [evidence_rules] table, shared by rubrics and questionnaires.
#pragma once

#include <pace/model/evidence_rules.hpp>

#include "toml_reader.hpp"

namespace pace::load {

EvidenceRules read_evidence_rules(const toml::table& table, const std::string& path,
                                  Diagnostics& diags);

} // namespace pace::load
