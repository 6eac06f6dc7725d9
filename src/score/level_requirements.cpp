// SPDX-License-Identifier: MIT
#include <pace/score/level_requirements.hpp>

namespace pace {

std::optional<BaseRating> required_base(const std::vector<AttributeResult>& attributes, size_t k,
                                        int target) {
  std::vector<AttributeResult> probe = attributes;
  for (size_t j = 0; j < probe.size(); ++j) {
    if (j != k && probe[j].level <= target) probe[j].base = BaseRating::f;
  }
  probe[k].base.reset();
  if (capability_level(probe) >= target) return std::nullopt;
  for (BaseRating b : {BaseRating::n, BaseRating::p, BaseRating::l, BaseRating::f}) {
    probe[k].base = b;
    if (capability_level(probe) >= target) return b;
  }
  // Unreachable with the 33020 rule; kept total so a stranger rule cannot crash a report.
  return BaseRating::f;
}

bool meets(const AttributeResult& a, BaseRating required) {
  return a.base && *a.base >= required;
}

std::vector<size_t> blocking_attributes(const std::vector<AttributeResult>& attributes,
                                        int target) {
  std::vector<size_t> blocking;
  for (size_t k = 0; k < attributes.size(); ++k) {
    auto required = required_base(attributes, k, target);
    if (required && !meets(attributes[k], *required)) blocking.push_back(k);
  }
  return blocking;
}

} // namespace pace
