// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <pace/diag/spelling.hpp>

using pace::closest_match;
using pace::did_you_mean;
using pace::edit_distance;

TEST_CASE("edit_distance: Levenshtein, case-insensitive", "[diag][spelling]") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("abc", "") == 3);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("organization", "organisation") == 1);
  CHECK(edit_distance("valdiate", "validate") == 1); // a swap is one edit
  CHECK(edit_distance("scroe", "score") == 1);
  CHECK(edit_distance("ab", "ba") == 1);
  CHECK(edit_distance("abc", "ca") == 3);
  CHECK(edit_distance("BP1", "bp1") == 0);
  CHECK(edit_distance("COR.3", "COR.13") == 1);
  CHECK(edit_distance("flaw", "lawn") == 2);
}

TEST_CASE("did_you_mean: a close candidate", "[diag][spelling]") {
  const std::vector<std::string> commands = {"init", "validate", "score", "rubric"};
  CHECK(did_you_mean("valdate", commands) == "did you mean 'validate'?");
  CHECK(did_you_mean("scroe", commands) == "did you mean 'score'?");
  CHECK(did_you_mean("organization", {"id", "organisation", "date"}) ==
        "did you mean 'organisation'?");
  CHECK(did_you_mean("Ff", {"N", "P", "L", "F"}) == "did you mean 'F'?");
}

TEST_CASE("did_you_mean: nothing when no candidate is close", "[diag][spelling]") {
  const std::vector<std::string> commands = {"init", "validate", "score", "rubric"};
  CHECK(did_you_mean("frobnicate", commands).empty());
  CHECK(did_you_mean("x", {}).empty());
  CHECK(did_you_mean("XYZ.9", {"COR.1", "SUP.1"}).empty());
}

TEST_CASE("closest_match: short ids tolerate one edit, ties go to the first", "[diag][spelling]") {
  CHECK(closest_match("BP9", {"BP1", "BP2"}) == "BP1");
  CHECK(closest_match("BP12", {"BP1", "BP2"}) == "BP1");
  CHECK(closest_match("PA2.3", {"PA1.1", "PA2.1", "PA2.2"}) == "PA2.1");
  CHECK(closest_match("GP2.1.9", {"GP2.1.1", "GP2.2.1"}) == "GP2.1.1");
  CHECK(closest_match("XY", {"BP1"}).empty());
}
