// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <pace/score/rating_scale.hpp>

#include "shipped_rubric.hpp"

namespace {

using pace::test::shipped_framework;

std::string label(std::string_view scale_id, double percent) {
  const pace::Scale* scale = shipped_framework().find_scale(scale_id);
  REQUIRE(scale);
  return pace::classify(*scale, percent).label;
}

} // namespace

TEST_CASE("classify on the nplf scale: every band edge, upper-inclusive", "[score][scale]") {
  CHECK(label("nplf", 0) == "N");
  CHECK(label("nplf", 15) == "N");
  CHECK(label("nplf", 15.01) == "P");
  CHECK(label("nplf", 32.5) == "P");
  CHECK(label("nplf", 32.51) == "P");
  CHECK(label("nplf", 50) == "P");
  CHECK(label("nplf", 50.01) == "L");
  CHECK(label("nplf", 67.5) == "L");
  CHECK(label("nplf", 67.51) == "L");
  CHECK(label("nplf", 85) == "L");
  CHECK(label("nplf", 85.01) == "F");
  CHECK(label("nplf", 100) == "F");
}

TEST_CASE("classify on the refined scale: P and L split at 32.5 and 67.5", "[score][scale]") {
  CHECK(label("refined", 0) == "N");
  CHECK(label("refined", 15) == "N");
  CHECK(label("refined", 15.01) == "P-");
  CHECK(label("refined", 32.5) == "P-");
  CHECK(label("refined", 32.51) == "P+");
  CHECK(label("refined", 50) == "P+");
  CHECK(label("refined", 50.01) == "L-");
  CHECK(label("refined", 67.5) == "L-");
  CHECK(label("refined", 67.51) == "L+");
  CHECK(label("refined", 85) == "L+");
  CHECK(label("refined", 85.01) == "F");
  CHECK(label("refined", 100) == "F");
}

TEST_CASE("classify: refined labels keep their base letter", "[score][scale]") {
  const pace::Scale* refined = shipped_framework().find_scale("refined");
  REQUIRE(refined);
  CHECK(pace::classify(*refined, 20).base == pace::BaseRating::p);
  CHECK(pace::classify(*refined, 45).base == pace::BaseRating::p);
  CHECK(pace::classify(*refined, 60).base == pace::BaseRating::l);
  CHECK(pace::classify(*refined, 80).base == pace::BaseRating::l);
  CHECK(pace::classify(*refined, 92.5).base == pace::BaseRating::f);
}

TEST_CASE("the rating values are the band midpoints", "[score][scale]") {
  const auto& f = shipped_framework();
  auto percent = [&](std::string_view l) {
    const pace::RatingValue* rv = f.find_rating(l);
    REQUIRE(rv);
    return rv->percent;
  };
  CHECK(percent("N") == 7.5);
  CHECK(percent("P-") == 23.75);
  CHECK(percent("P") == 32.5);
  CHECK(percent("P+") == 41.25);
  CHECK(percent("L-") == 58.75);
  CHECK(percent("L") == 67.5);
  CHECK(percent("L+") == 76.25);
  CHECK(percent("F") == 92.5);
  // Each midpoint classifies as its own label on the scale it belongs to.
  CHECK(label("nplf", percent("N")) == "N");
  CHECK(label("nplf", percent("P")) == "P");
  CHECK(label("nplf", percent("L")) == "L");
  CHECK(label("nplf", percent("F")) == "F");
  CHECK(label("refined", percent("P-")) == "P-");
  CHECK(label("refined", percent("P+")) == "P+");
  CHECK(label("refined", percent("L-")) == "L-");
  CHECK(label("refined", percent("L+")) == "L+");
}
