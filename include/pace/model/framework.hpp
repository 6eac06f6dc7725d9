// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <pace/diag/source_pos.hpp>

namespace pace {

// The letters the capability level rule works with; refined labels map onto these.
enum class BaseRating { n, p, l, f };

std::string_view base_rating_label(BaseRating b);

// One band of a rating scale: covers (previous upper, upper], the first band starts at 0.
struct Band {
  std::string label;
  std::string name;
  std::string description;
  BaseRating base = BaseRating::n;
  double upper = 0;
};

struct Scale {
  std::string id;
  std::string name;
  std::vector<Band> bands; // ordered low to high; the last upper is 100
};

// The percentage a rating label stands for ("L" -> 67.5).
struct RatingValue {
  std::string label;
  double percent = 0;
};

struct CapabilityLevelDef {
  int level = 0;
  std::string name;
  std::string description;
};

struct GenericPractice {
  std::string id; // GPa.b.n, belongs to PA a.b
  std::string text;
  std::vector<std::string> outcomes; // ids of the attribute outcomes it achieves ("PA2.1.a")
};

// An attribute outcome (ISO/IEC 33020): an observable result of achieving the attribute. The
// units rating method R1 characterises for the attributes above PA1.1.
struct AttributeOutcome {
  std::string id; // "PA2.1.a"
  std::string text;
};

struct AttributeDef {
  std::string id; // "PA2.1"
  int level = 0;
  std::string name;
  std::string description;
  std::vector<AttributeOutcome> outcomes; // empty for PA1.1 (measured by process outcomes)
  std::vector<GenericPractice> practices; // empty for PA1.1 (its indicators are base practices)
};

// The measurement framework (ISO/IEC 33020 style): levels, attributes, scales.
struct Framework {
  std::string id;
  std::string version;
  std::string name;
  std::string description;
  std::string default_scale;
  std::string path;
  std::vector<RatingValue> rating_values;
  std::vector<Scale> scales;
  std::vector<CapabilityLevelDef> levels;
  std::vector<AttributeDef> attributes; // in level order
  // Attribute id -> position in `attributes`, built by index_attributes() once the attributes
  // are loaded, so find_attribute is not a scan (a framework may hold thousands).
  std::map<std::string, size_t, std::less<>> attribute_index;

  void index_attributes();
  const Scale* find_scale(std::string_view scale_id) const;
  const AttributeDef* find_attribute(std::string_view attribute_id) const;
  // The attribute outcome with this id ("PA2.1.a"), or nullptr.
  const AttributeOutcome* find_attribute_outcome(std::string_view outcome_id) const;
  const RatingValue* find_rating(std::string_view label) const;
  int max_level() const;
};

} // namespace pace
