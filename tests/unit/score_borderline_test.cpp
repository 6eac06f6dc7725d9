// SPDX-License-Identifier: MIT
#include <limits>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include <pace/score/borderline.hpp>
#include <pace/score/level_requirements.hpp>
#include <pace/score/score.hpp>

#include "hand_made_sheet.hpp"
#include "shipped_rubric.hpp"

using pace::borderline_attributes;
using pace::test::attributes_of;
using pace::test::shipped_framework;

namespace {

const pace::Scale& nplf() {
  return *shipped_framework().find_scale("nplf");
}
const double kNotRated = std::numeric_limits<double>::quiet_NaN();

} // namespace

TEST_CASE("borderline: attributes at and around the deciding edges", "[score][borderline]") {
  // Level 2: PA1.1 F, PA2.1 L, PA2.2 L.
  SECTION("exactly the margin away counts, a hair further does not") {
    auto flags = borderline_attributes(attributes_of({90.0, 55.0, 60.0}), nplf(), 5.0);
    REQUIRE(flags.size() == 2);
    CHECK(flags[0].id == "PA1.1");
    CHECK(flags[0].edge == 85.0);
    CHECK(flags[0].level_if_crossed == 1);
    CHECK(flags[1].id == "PA2.1");
    CHECK(flags[1].edge == 50.0);
    CHECK(flags[1].level_if_crossed == 1);
    CHECK(borderline_attributes(attributes_of({90.01, 55.01, 60.0}), nplf(), 5.0).empty());
  }
  SECTION("on the edge itself: 50 is P (edges belong to the band below)") {
    auto flags = borderline_attributes(attributes_of({92.5, 50.0, 67.5}), nplf(), 5.0);
    REQUIRE(flags.size() == 1);
    CHECK(flags[0].id == "PA2.1");
    CHECK(flags[0].label == "P");
    CHECK(flags[0].achievement == 50.0);
    CHECK(flags[0].level_if_crossed == 2); // now level 1; across the edge it would be 2
    auto at_85 = borderline_attributes(attributes_of({85.0, 67.5, 67.5}), nplf(), 0.0);
    REQUIRE(at_85.size() == 1);
    CHECK(at_85[0].label == "L");
    CHECK(at_85[0].level_if_crossed == 2);
  }
  SECTION("an edge that does not decide the level is not flagged") {
    // Level 1: PA2.1 P at 30 blocks level 2, so PA2.2 at 84 crossing 85 changes nothing, and
    // PA2.1 crossing 15 (N/P) never matters.
    CHECK(borderline_attributes(attributes_of({92.5, 30.0, 84.0}), nplf(), 5.0).empty());
    CHECK(borderline_attributes(attributes_of({92.5, 14.0, 84.0}), nplf(), 5.0).empty());
    // Not rated and not assessed attributes have nothing to be near.
    CHECK(borderline_attributes(attributes_of({92.5, kNotRated, 52.0}), nplf(), 5.0).empty());
  }
  SECTION("the refined scale's half-band edges are not level edges") {
    const pace::Scale& refined = *shipped_framework().find_scale("refined");
    auto attributes = attributes_of({92.5, 68.0, 33.0});
    attributes[1].label = "L+";
    attributes[2].label = "P+";
    auto flags = borderline_attributes(attributes, refined, 5.0);
    CHECK(flags.empty()); // 68 is near 67.5 (L-/L+) and 33 near 32.5 (P-/P+): both ignored
  }
  SECTION("the margin is a parameter") {
    CHECK(borderline_attributes(attributes_of({95.0, 58.0, 67.5}), nplf(), 5.0).empty());
    CHECK(borderline_attributes(attributes_of({95.0, 58.0, 67.5}), nplf(), 8.0).size() == 1);
  }
}

TEST_CASE("borderline: single indicators moving one band", "[score][borderline]") {
  // COR.9, five BPs F F F F L: PA1.1 (370 + 67.5) / 5 = 87.5, F by 2.5 points. Any F dropping
  // to L (82.5) or the L dropping to P (80.5) costs level 2.
  auto checked = pace::test::check_text(R"(schema = 1
[assessment]
id = "unit"
organisation = "Test Ltd"
date = 2026-03-14
rubric = "iso27022-isms"
max_level = 2
rating_method = "R1"

[[process]]
id = "COR.9"
[process.ratings]
BP1 = "F"
BP2 = "F"
BP3 = "F"
BP4 = "F"
BP5 = "L"
"GP2.1.1" = "L"
"GP2.1.2" = "L"
"GP2.1.3" = "L"
"GP2.1.4" = "L"
"GP2.1.5" = "L"
"GP2.1.6" = "L"
"GP2.1.7" = "L"
"GP2.2.1" = "F"
"GP2.2.2" = "F"
"GP2.2.3" = "F"
"GP2.2.4" = "F"
)");
  REQUIRE_FALSE(checked.diags.has_errors());
  auto sheet = pace::score(checked.questionnaire, pace::test::shipped_rubric());
  const auto& p = pace::test::process_of(sheet, "COR.9");
  REQUIRE(p.capability_level == 2);
  auto b = pace::find_borderline(checked.questionnaire, pace::test::shipped_rubric(), p, 5.0);
  CHECK(b.fragile());
  REQUIRE(b.attributes.size() == 1);
  CHECK(b.attributes[0].id == "PA1.1");
  CHECK(b.attributes[0].achievement == 87.5);
  REQUIRE(b.moves.size() == 5);
  for (size_t i = 0; i < 4; ++i) {
    CHECK(b.moves[i].indicator == "BP" + std::to_string(i + 1));
    CHECK(b.moves[i].from == "F");
    CHECK(b.moves[i].to == "L");
    CHECK_FALSE(b.moves[i].up);
    CHECK(b.moves[i].level_after == 1);
  }
  CHECK(b.moves[4].indicator == "BP5");
  CHECK(b.moves[4].to == "P");
  // PA2.1 at L (67.5) is 17.5 from either edge: one GP moving changes nothing, so no move
  // of a GP is listed; with a 2-point margin PA1.1 is no longer borderline, the moves stay.
  auto narrow = pace::find_borderline(checked.questionnaire, pace::test::shipped_rubric(), p, 2.0);
  CHECK(narrow.attributes.empty());
  CHECK(narrow.moves.size() == 5);
  CHECK(narrow.fragile());
}

TEST_CASE("borderline: a level one band up would change", "[score][borderline]") {
  // PA2.1 L L L P P P P: (202.5 + 130) / 7 = 47.5 (P), level 1. Any P going to L, or any L to
  // F, lifts PA2.1 over 50 and the process to level 2. (R2 with one instance: the mean of the
  // indicators. Under R1 GP2.1.6 would count for two outcomes.)
  auto checked = pace::test::check_text(R"(schema = 1
[assessment]
id = "unit"
organisation = "Test Ltd"
date = 2026-03-14
rubric = "iso27022-isms"
max_level = 2
rating_method = "R2"

[[process]]
id = "COR.9"
[process.ratings]
BP1 = "F"
BP2 = "F"
BP3 = "F"
BP4 = "F"
BP5 = "F"
"GP2.1.1" = "L"
"GP2.1.2" = "L"
"GP2.1.3" = "L"
"GP2.1.4" = "P"
"GP2.1.5" = "P"
"GP2.1.6" = "P"
"GP2.1.7" = "P"
"GP2.2.1" = "F"
"GP2.2.2" = "F"
"GP2.2.3" = "F"
"GP2.2.4" = "F"
)");
  REQUIRE_FALSE(checked.diags.has_errors());
  auto sheet = pace::score(checked.questionnaire, pace::test::shipped_rubric());
  const auto& p = pace::test::process_of(sheet, "COR.9");
  REQUIRE(p.capability_level == 1);
  auto b = pace::find_borderline(checked.questionnaire, pace::test::shipped_rubric(), p, 5.0);
  REQUIRE(b.attributes.size() == 1);
  CHECK(b.attributes[0].id == "PA2.1");
  CHECK(b.attributes[0].level_if_crossed == 2);
  // No single move down matters: a BP F -> L leaves PA1.1 at (4 x 92.5 + 67.5) / 5 = 87.5.
  int ups = 0;
  for (const auto& m : b.moves) {
    CHECK(m.up);
    CHECK(m.level_after == 2);
    ups += m.up ? 1 : 0;
  }
  CHECK(ups == 7);
}

TEST_CASE("level requirements come from the level rule", "[score][borderline]") {
  auto attributes = attributes_of({70.0, 30.0, 90.0, 40.0, 40.0});
  CHECK(pace::required_base(attributes, 0, 2) == pace::BaseRating::f);
  CHECK(pace::required_base(attributes, 1, 2) == pace::BaseRating::l);
  CHECK(pace::required_base(attributes, 1, 3) == pace::BaseRating::f);
  CHECK_FALSE(pace::required_base(attributes, 3, 2).has_value());
  CHECK(pace::blocking_attributes(attributes, 2) == std::vector<size_t>{0, 1});
  CHECK(pace::blocking_attributes(attributes, 3) == std::vector<size_t>{0, 1, 3, 4});
  CHECK(pace::blocking_attributes(attributes, 0).empty());
}
