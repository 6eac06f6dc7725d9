// SPDX-License-Identifier: MIT
#include <string>

#include <catch2/catch.hpp>

#include <pace/load/target_profile_loader.hpp>

#include "shipped_rubric.hpp"

using pace::Diagnostics;
using pace::load_target_profile;
using pace::test::shipped_rubric;

namespace {

struct Loaded {
  std::optional<pace::TargetProfile> profile;
  std::string rendered;
};

Loaded load(const std::string& text) {
  Diagnostics diags;
  Loaded l;
  l.profile = load_target_profile(text, "t.toml", shipped_rubric(), diags);
  l.rendered = pace::render_all(diags.items(), {{"t.toml", text}});
  return l;
}

} // namespace

TEST_CASE("target profile: default and per-process targets", "[load][targets]") {
  auto l = load(R"(schema = 1
[targets]
id = "certification-ready"
name = "Certification-ready"
description = "every process at 2"
rubric = "iso27022-isms"
default = 2
[targets.processes]
"COR.3" = 3
"COR.4" = 3
)");
  INFO(l.rendered);
  REQUIRE(l.profile);
  CHECK(l.rendered.empty());
  CHECK(l.profile->id == "certification-ready");
  CHECK(l.profile->name == "Certification-ready");
  CHECK(l.profile->description == "every process at 2");
  CHECK(l.profile->target_for("COR.3") == 3);
  CHECK(l.profile->target_for("COR.4") == 3);
  CHECK(l.profile->target_for("MGT.1") == 2);
  REQUIRE(l.profile->processes.size() == 2);
  CHECK(l.profile->processes[0].pos.line == 9);
}

TEST_CASE("target profile: without a default only the listed processes have targets",
          "[load][targets]") {
  auto l = load("schema = 1\n[targets]\nid = \"x\"\nname = \"X\"\n"
                "[targets.processes]\n\"SUP.1\" = 0\n");
  REQUIRE(l.profile);
  CHECK(l.profile->target_for("SUP.1") == 0);
  CHECK_FALSE(l.profile->target_for("SUP.2").has_value());
}

TEST_CASE("target profile: unknown process ids get did-you-mean", "[load][targets]") {
  auto l = load(R"(schema = 1
[targets]
id = "typo"
name = "Typo"
[targets.processes]
"COR.33" = 3
"CRO.4" = 3
)");
  CHECK_FALSE(l.profile);
  CHECK(l.rendered == "t.toml:6:1: error: unknown process 'COR.33' in rubric 'iso27022-isms'\n"
                      "    6 | \"COR.33\" = 3\n"
                      "      | ^~~~~~~~\n"
                      "note: did you mean 'COR.3'?\n"
                      "t.toml:7:1: error: unknown process 'CRO.4' in rubric 'iso27022-isms'\n"
                      "    7 | \"CRO.4\" = 3\n"
                      "      | ^~~~~~~\n"
                      "note: did you mean 'COR.4'?\n");
}

TEST_CASE("target profile: levels, keys, rubric and emptiness are checked", "[load][targets]") {
  auto l = load(R"(schema = 1
[targets]
id = "bad"
name = "Bad"
rubric = "other-rubric"
default = 6
colour = "red"
[targets.processes]
"SUP.1" = "2"
"SUP.2" = -1
)");
  CHECK_FALSE(l.profile);
  CHECK(l.rendered.find("t.toml:5:10: error: target profile 'bad' is written for rubric "
                        "'other-rubric', the assessment uses 'iso27022-isms'") !=
        std::string::npos);
  CHECK(l.rendered.find("t.toml:6:11: error: 'default' in [targets] must be between 0 and 5, "
                        "not 6") != std::string::npos);
  CHECK(l.rendered.find("t.toml:7:1: error: unknown field 'colour' in [targets]") !=
        std::string::npos);
  CHECK(l.rendered.find("t.toml:9:11: error: target of 'SUP.1' must be an integer 0-5, not a "
                        "string") != std::string::npos);
  CHECK(l.rendered.find("t.toml:10:11: error: target of 'SUP.2' must be an integer 0-5, not -1") !=
        std::string::npos);

  auto empty = load("schema = 1\n[targets]\nid = \"e\"\nname = \"E\"\n");
  CHECK_FALSE(empty.profile);
  CHECK(empty.rendered == "t.toml:2:1: error: target profile 'e' sets no target\n"
                          "    2 | [targets]\n"
                          "      | ^\n"
                          "note: give a 'default' level, a [targets.processes] table, or both\n");

  auto missing = load("schema = 1\n");
  CHECK_FALSE(missing.profile);
  CHECK(missing.rendered.find("missing required field 'targets' in the target profile") !=
        std::string::npos);
}

TEST_CASE("target profile: the shipped profiles load against the shipped rubric",
          "[load][targets]") {
  for (const char* file :
       {"rubrics/targets/certification-ready.toml", "rubrics/targets/mature-isms.toml"}) {
    auto l = load(pace::test::read_source_file(file));
    INFO(file << "\n" << l.rendered);
    REQUIRE(l.profile);
    CHECK(l.rendered.empty());
  }
  auto cert = load(pace::test::read_source_file("rubrics/targets/certification-ready.toml"));
  REQUIRE(cert.profile);
  for (const auto& p : shipped_rubric().processes) {
    int expected = p.id == "COR.3" || p.id == "COR.4" ? 3 : 2;
    CHECK(cert.profile->target_for(p.id) == expected);
  }
}
