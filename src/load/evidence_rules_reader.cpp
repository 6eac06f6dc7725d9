// SPDX-License-Identifier: MIT
#include "evidence_rules_reader.hpp"

namespace pace::load {

EvidenceRules read_evidence_rules(const toml::table& table, const std::string& path,
                                  Diagnostics& diags) {
  TableReader reader(table, "[evidence_rules]", path, diags);
  EvidenceRules rules;
  rules.pos = reader.pos();
  rules.min_items_l = reader.integer("min_items_L", false, 0, 100);
  rules.min_items_f = reader.integer("min_items_F", false, 0, 100);
  rules.min_kinds_f = reader.integer("min_kinds_F", false, 0, 6);
  rules.max_age_months = reader.integer("max_age_months", false, 1, 1200);
  reader.reject_unknown_keys();
  return rules;
}

} // namespace pace::load
