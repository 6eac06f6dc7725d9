// SPDX-License-Identifier: MIT
// The framework's attribute outcomes and the links from generic practices to them.
#include <string>

#include <catch2/catch.hpp>

#include <pace/load/framework_loader.hpp>

#include "shipped_rubric.hpp"

using pace::Diagnostics;
using pace::test::read_source_file;
using pace::test::shipped_framework;

namespace {

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

std::string diagnostics_of(const std::string& text) {
  Diagnostics diags;
  auto fw = pace::load_framework(text, "fw.toml", diags);
  CHECK_FALSE(fw);
  return render_all(diags.items(), {{"fw.toml", text}});
}

} // namespace

TEST_CASE("framework: the shipped file links every generic practice to an outcome", "[load]") {
  const pace::Framework& fw = shipped_framework();
  const pace::AttributeDef* pa11 = fw.find_attribute("PA1.1");
  REQUIRE(pa11);
  CHECK(pa11->outcomes.empty());
  const pace::AttributeDef* pa21 = fw.find_attribute("PA2.1");
  REQUIRE(pa21);
  REQUIRE(pa21->outcomes.size() == 8);
  CHECK(pa21->outcomes[7].id == "PA2.1.h");
  CHECK(pa21->practices[5].outcomes == std::vector<std::string>{"PA2.1.f", "PA2.1.g"});
  std::vector<size_t> counts;
  for (const auto& a : fw.attributes)
    counts.push_back(a.outcomes.size());
  CHECK(counts == std::vector<size_t>{0, 8, 4, 5, 6, 7, 5, 4, 3});
  CHECK(fw.find_attribute_outcome("PA4.1.g"));
  CHECK_FALSE(fw.find_attribute_outcome("PA4.1.h"));
}

TEST_CASE("framework: broken outcome links are reported", "[load]") {
  const std::string text = read_source_file("rubrics/iso33020.toml");
  SECTION("an unknown outcome gets a did-you-mean") {
    std::string out =
        diagnostics_of(replaced(text, "outcomes = [\"PA2.1.a\"]", "outcomes = [\"PA2.1.A\"]"));
    CHECK(out.find("error: unknown outcome 'PA2.1.A' in practice 'GP2.1.1' of 'PA2.1'\n") !=
          std::string::npos);
    CHECK(out.find("note: did you mean 'PA2.1.a'?") != std::string::npos);
    CHECK(out.find("error: outcome 'PA2.1.a' of 'PA2.1' is achieved by no generic practice") !=
          std::string::npos);
  }
  SECTION("a practice without outcomes, in an attribute that has them") {
    std::string out = diagnostics_of(
        replaced(text, "id = \"GP2.2.4\"\noutcomes = [\"PA2.2.d\"]\n", "id = \"GP2.2.4\"\n"));
    CHECK(out.find("error: generic practice 'GP2.2.4' of 'PA2.2' achieves no outcome") !=
          std::string::npos);
    CHECK(out.find("error: outcome 'PA2.2.d' of 'PA2.2' is achieved by no generic practice") !=
          std::string::npos);
  }
  SECTION("a malformed outcome id, and outcomes on PA1.1") {
    std::string broken = replaced(text, "id = \"PA2.2.c\"", "id = \"PA2.2.cc\"");
    broken = replaced(broken, "level = 1\nname = \"Process performance\"\n",
                      "level = 1\nname = \"Process performance\"\n"
                      "outcome = [{ id = \"PA1.1.a\", text = \"x\" }]\n");
    std::string out = diagnostics_of(broken);
    CHECK(out.find("error: outcome id 'PA2.2.cc' of 'PA2.2' must look like 'PA2.2.a'") !=
          std::string::npos);
    CHECK(out.find("error: attribute 'PA1.1' has no generic practices, so no outcomes") !=
          std::string::npos);
  }
}
