// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include <pace/model/framework.hpp>
#include <pace/model/questionnaire.hpp>
#include <pace/model/rubric.hpp>
#include <pace/score/score_sheet.hpp>

namespace pace {

// An attribute whose achievement lies within the margin of a band edge that decides the
// capability level: crossing the edge alone would change the level.
struct BorderlineAttribute {
  std::string id;
  double achievement = 0;
  std::string label;
  double edge = 0;          // the band edge, in percent (50 between P and L, 85 between L and F)
  int level_if_crossed = 0; // the capability level once the attribute is across the edge
};

// One indicator moved one band (N/P/L/F) that changes the capability level.
struct FragileMove {
  std::string indicator;
  std::string attribute;
  std::string instance;
  std::string assessor;
  std::string from; // as rated
  std::string to;   // the band letter moved to
  bool up = false;
  int level_after = 0;
};

struct Borderline {
  std::string process;
  int capability_level = 0;
  std::vector<BorderlineAttribute> attributes; // level order
  std::vector<FragileMove> moves;              // downs first, then ups; each in file order
  bool fragile() const { return !attributes.empty() || !moves.empty(); }
};

// The attributes of `attributes` (in level order) within `margin` percentage points (inclusive)
// of an edge between base letters of `scale` whose crossing changes capability_level().
std::vector<BorderlineAttribute>
borderline_attributes(const std::vector<AttributeResult>& attributes, const Scale& scale,
                      double margin);

// Both kinds of fragility of one scored process: borderline attributes, and every single
// indicator of it that, moved one band up or down and re-scored with score(), changes its level.
Borderline find_borderline(const Questionnaire& q, const Rubric& rubric,
                           const ProcessResult& current, double margin);

} // namespace pace
