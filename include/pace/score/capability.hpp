// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <pace/model/framework.hpp>

namespace pace {

enum class AttributeSource { computed, assessor_override, not_rated, not_assessed };
std::string_view to_string(AttributeSource s); // computed | override | not_rated | not_assessed

// One process attribute of one process (or instance): its achievement and where it came from.
struct AttributeResult {
  std::string id; // "PA2.1"
  int level = 0;
  AttributeSource source = AttributeSource::not_rated;
  std::optional<double> achievement; // percent 0-100
  std::string label;                 // on the assessment's scale; "" without achievement
  std::optional<BaseRating> base;
  std::optional<double> indicator_achievement; // R3 only: what the indicators alone give
  int indicators_rated = 0;
  int indicators_total = 0;
  int indicators_na = 0;
  // R1 only: the outcomes characterised (directly or from their indicators) and defined, once
  // per instance. nullopt under R2 and R3.
  std::optional<int> outcomes_rated;
  std::optional<int> outcomes_total;
  std::string note; // the assessor's justification when overridden
};

// The ISO/IEC 33020 level rule: level n holds when every PA of level n is L or F and every PA
// of every lower level is F. A PA without a rating stops the count below its level.
// `attributes` must be in level order.
int capability_level(const std::vector<AttributeResult>& attributes);

// "PA2.1" -> "PA 2.1" for sentences.
std::string spaced_attribute_id(const std::string& id);

} // namespace pace
