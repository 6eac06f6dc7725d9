// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <pace/model/rubric.hpp>

TEST_CASE("model: describe_edition names a rubric edition for messages", "[model]") {
  CHECK(pace::describe_edition("iso27022-isms", "2026.1") == "iso27022-isms 2026.1");
  CHECK(pace::describe_edition("iso27022-isms", "") == "iso27022-isms");
}
