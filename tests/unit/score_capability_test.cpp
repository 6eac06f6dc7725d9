// SPDX-License-Identifier: MIT
#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include <pace/score/capability.hpp>

namespace {

using pace::AttributeResult;
using pace::AttributeSource;
using pace::BaseRating;

const std::vector<std::pair<std::string, int>> kAttributes = {
    {"PA1.1", 1}, {"PA2.1", 2}, {"PA2.2", 2}, {"PA3.1", 3}, {"PA3.2", 3},
    {"PA4.1", 4}, {"PA4.2", 4}, {"PA5.1", 5}, {"PA5.2", 5}};

std::optional<BaseRating> base_of(const std::string& label) {
  switch (label.empty() ? '?' : label[0]) {
  case 'N': return BaseRating::n;
  case 'P': return BaseRating::p;
  case 'L': return BaseRating::l;
  case 'F': return BaseRating::f;
  default: return std::nullopt;
  }
}

// A profile in level order. Labels are given from PA1.1 upwards; "-" is a PA within max_level
// that nobody rated; PAs past the end of the list are not assessed (above max_level).
std::vector<AttributeResult> profile(const std::vector<std::string>& labels) {
  std::vector<AttributeResult> attributes;
  for (size_t i = 0; i < kAttributes.size(); ++i) {
    AttributeResult a;
    a.id = kAttributes[i].first;
    a.level = kAttributes[i].second;
    if (i >= labels.size()) {
      a.source = AttributeSource::not_assessed;
    } else if (labels[i] == "-") {
      a.source = AttributeSource::not_rated;
    } else {
      a.source = AttributeSource::computed;
      a.label = labels[i];
      a.base = base_of(labels[i]);
      REQUIRE(a.base);
    }
    attributes.push_back(a);
  }
  return attributes;
}

int level(const std::vector<std::string>& labels) {
  return pace::capability_level(profile(labels));
}

} // namespace

TEST_CASE("capability level: the rule vectors of domain.md 1.6", "[score][capability]") {
  CHECK(level({"P"}) == 0);
  CHECK(level({"L", "F", "F"}) == 1);
  CHECK(level({"F", "L", "F", "F", "F"}) == 2);
  CHECK(level({"F", "F", "F", "L", "L", "N", "N"}) == 3);
  CHECK(level({"F", "F", "F", "F", "F", "L+", "L-"}) == 4);
  CHECK(level({"F", "F", "F", "F", "F", "F", "F", "L", "L"}) == 5);
  CHECK(level({"F", "F", "F", "F", "F", "F", "F", "L", "P"}) == 4);
  CHECK(level({"F", "L", "L", "F", "F"}) == 2);
}

TEST_CASE("capability level: each level's own PAs need L or F", "[score][capability]") {
  CHECK(level({"N"}) == 0);
  CHECK(level({"P+"}) == 0);
  CHECK(level({"L-"}) == 1);
  CHECK(level({"F"}) == 1);
  CHECK(level({"F", "L", "P"}) == 1);
  CHECK(level({"F", "P-", "L"}) == 1);
  CHECK(level({"F", "L-", "L+"}) == 2);
  CHECK(level({"F", "F", "F", "F", "F", "F", "F", "F", "F"}) == 5);
}

TEST_CASE("capability level: lower PAs must be F, refined L+ is not enough",
          "[score][capability]") {
  CHECK(level({"L+", "F", "F"}) == 1);
  CHECK(level({"F", "F", "L+", "F", "F"}) == 2);
  CHECK(level({"F", "F", "F", "F", "L", "F", "F"}) == 3);
}

TEST_CASE("capability level: a not-rated PA stops the count below its level",
          "[score][capability]") {
  CHECK(level({"-"}) == 0);
  CHECK(level({"-", "F", "F"}) == 0);
  CHECK(level({"F", "-", "F"}) == 1);
  CHECK(level({"F", "F", "-"}) == 1);
  CHECK(level({"F", "F", "F", "F", "-"}) == 2);
  // A rated PA above the gap does not lift the level over it.
  CHECK(level({"F", "-", "F", "F", "F"}) == 1);
}

TEST_CASE("capability level: not-assessed PAs stop the count at max_level", "[score][capability]") {
  CHECK(level({}) == 0);
  CHECK(level({"F"}) == 1);
  CHECK(level({"F", "F", "F"}) == 2);
  CHECK(level({"F", "F", "F", "F", "F"}) == 3);
  // Only one PA of level 2 assessed: the level cannot be 2.
  CHECK(level({"F", "F"}) == 1);
}

TEST_CASE("capability level: an empty profile is level 0", "[score][capability]") {
  CHECK(pace::capability_level({}) == 0);
}

TEST_CASE("spaced_attribute_id", "[score][capability]") {
  CHECK(pace::spaced_attribute_id("PA2.1") == "PA 2.1");
  CHECK(pace::spaced_attribute_id("PA 2.1") == "PA 2.1");
  CHECK(pace::spaced_attribute_id("GP2.1.1") == "GP2.1.1");
}
