// SPDX-License-Identifier: MIT
// The attribute side of a comparison: deltas, band-edge crossings and the within-noise test.
#include <algorithm>
#include <cmath>

#include <pace/score/capability.hpp>
#include <pace/score/compare.hpp>

namespace pace {

namespace {

// Achievements are means of rating values; without a hair of tolerance a move of exactly the
// margin could land a rounding error below it.
constexpr double kTolerance = 1e-9;

bool moved_less_than(double a, double b, double margin) {
  return std::fabs(a - b) + kTolerance < margin;
}

const AttributeResult* find_attribute(const std::vector<AttributeResult>& attributes,
                                      const std::string& id) {
  auto it = std::find_if(attributes.begin(), attributes.end(),
                         [&](const AttributeResult& a) { return a.id == id; });
  return it == attributes.end() ? nullptr : &*it;
}

} // namespace

std::vector<AttributeChange> attribute_changes(const ProcessResult* older,
                                               const ProcessResult* newer, double margin) {
  std::vector<AttributeChange> changes;
  const ProcessResult* shape = newer ? newer : older;
  for (const auto& a : shape->attributes) {
    AttributeChange c{a.id, a.level, {}, {}, {}, {}, false, false};
    std::optional<BaseRating> old_base;
    std::optional<BaseRating> new_base;
    if (const AttributeResult* o = older ? find_attribute(older->attributes, a.id) : nullptr;
        o && o->achievement) {
      c.old_achievement = o->achievement;
      c.old_label = o->label;
      old_base = o->base;
    }
    if (const AttributeResult* n = newer ? find_attribute(newer->attributes, a.id) : nullptr;
        n && n->achievement) {
      c.new_achievement = n->achievement;
      c.new_label = n->label;
      new_base = n->base;
    }
    if (!c.old_achievement && !c.new_achievement) continue;
    c.crossed_edge = old_base && new_base && *old_base != *new_base;
    c.within_noise = c.crossed_edge && c.old_achievement && c.new_achievement &&
                     moved_less_than(*c.old_achievement, *c.new_achievement, margin);
    changes.push_back(std::move(c));
  }
  return changes;
}

bool level_change_within_noise(const std::vector<AttributeResult>& older,
                               const std::vector<AttributeResult>& newer, double margin) {
  int old_level = capability_level(older);
  if (capability_level(newer) == old_level) return false;
  std::vector<AttributeResult> small_moves_undone = newer;
  for (auto& a : small_moves_undone) {
    const AttributeResult* o = find_attribute(older, a.id);
    if (a.achievement && o && o->achievement &&
        moved_less_than(*a.achievement, *o->achievement, margin)) {
      a = *o;
    }
  }
  return capability_level(small_moves_undone) == old_level;
}

} // namespace pace
