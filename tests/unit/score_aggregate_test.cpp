// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <pace/score/aggregate.hpp>

using pace::aggregate;
using pace::Aggregation;

TEST_CASE("aggregate: mean", "[score][aggregate]") {
  CHECK(aggregate({92.5}, Aggregation::mean) == 92.5);
  CHECK(aggregate({92.5, 67.5}, Aggregation::mean) == 80.0);
  CHECK(aggregate({92.5, 32.5, 7.5}, Aggregation::mean) == Approx(44.166666666666664));
  CHECK(aggregate({50, 50.02}, Aggregation::mean) == Approx(50.01));
}

TEST_CASE("aggregate: mean does not depend on the order of its inputs", "[score][aggregate]") {
  std::vector<double> a = {0.1, 92.5, 0.2, 23.75, 0.3, 41.25};
  std::vector<double> b = {41.25, 0.3, 23.75, 0.2, 92.5, 0.1};
  CHECK(aggregate(a, Aggregation::mean) == aggregate(b, Aggregation::mean));
}

TEST_CASE("aggregate: median of an odd count is the middle value", "[score][aggregate]") {
  CHECK(aggregate({7.5}, Aggregation::median) == 7.5);
  CHECK(aggregate({92.5, 7.5, 67.5}, Aggregation::median) == 67.5);
  CHECK(aggregate({92.5, 92.5, 7.5, 32.5, 67.5}, Aggregation::median) == 67.5);
}

TEST_CASE("aggregate: median of an even count takes the lower middle", "[score][aggregate]") {
  CHECK(aggregate({92.5, 67.5}, Aggregation::median) == 67.5);
  CHECK(aggregate({92.5, 7.5, 67.5, 32.5}, Aggregation::median) == 32.5);
  CHECK(aggregate({50, 85, 85.01, 15}, Aggregation::median) == 50);
}

TEST_CASE("aggregate: min", "[score][aggregate]") {
  CHECK(aggregate({92.5}, Aggregation::min) == 92.5);
  CHECK(aggregate({92.5, 67.5, 76.25}, Aggregation::min) == 67.5);
  CHECK(aggregate({92.5, 0, 100}, Aggregation::min) == 0);
}
