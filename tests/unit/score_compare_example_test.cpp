// SPDX-License-Identifier: MIT
// The shipped crosswalk between the ISMS rubric editions, used on the shipped example
// assessments of 2024 (old edition) and 2025 (new edition).
#include <deque>
#include <string>

#include <catch2/catch.hpp>

#include <pace/check/crosswalk_check.hpp>
#include <pace/load/crosswalk_loader.hpp>
#include <pace/score/compare.hpp>

#include "shipped_rubric.hpp"

using namespace pace;
using pace::test::read_source_file;
using pace::test::shipped_framework;
using pace::test::shipped_rubric;

namespace {

const Rubric& rubric_2024() {
  static const Rubric rubric = [] {
    Diagnostics diags;
    auto loaded = load_rubric(read_source_file("rubrics/iso27022-isms-2024.toml"),
                              "iso27022-isms-2024.toml", diags);
    REQUIRE(loaded);
    REQUIRE(bind_framework(*loaded, shipped_framework(), diags));
    REQUIRE_FALSE(diags.has_errors());
    return *loaded;
  }();
  return rubric;
}

const char* const kCrosswalk = "rubrics/crosswalks/iso27022-isms-2024_to_iso27022-isms.toml";

Crosswalk shipped_crosswalk(Diagnostics& diags) {
  auto cw = load_crosswalk(read_source_file(kCrosswalk), kCrosswalk, diags);
  REQUIRE(cw);
  return *cw;
}

AssessmentSide example(const std::string& path, const Rubric& rubric) {
  Diagnostics diags;
  auto q = load_questionnaire(read_source_file(path), path, diags);
  REQUIRE(q);
  check_questionnaire(*q, rubric, diags);
  REQUIRE_FALSE(diags.has_errors());
  // The side points at its questionnaire (kept-instance scoring): keep it alive.
  static std::deque<Questionnaire> kept;
  kept.push_back(std::move(*q));
  return make_side(score(kept.back(), rubric), kept.back(), rubric);
}

const ProcessChange& row_of(const Comparison& c, const std::string& id) {
  for (const auto& row : c.processes) {
    if (row.id == id) return row;
  }
  FAIL("no row " << id);
  throw;
}

} // namespace

TEST_CASE("the shipped crosswalk fits both ISMS rubric editions", "[compare][crosswalk]") {
  Diagnostics diags;
  Crosswalk cw = shipped_crosswalk(diags);
  check_crosswalk(cw, rubric_2024(), shipped_rubric(), diags);
  CHECK(render_all(diags.items(), {}) == "");
}

TEST_CASE("2024 on the old edition compares with 2025 through the crosswalk", "[compare]") {
  Diagnostics diags;
  Crosswalk cw = shipped_crosswalk(diags);
  AssessmentSide older = example("assessments/example/2024.toml", rubric_2024());
  AssessmentSide newer = example("assessments/example/2025.toml", shipped_rubric());
  Comparison c = compare_assessments(older, newer, &cw, {});
  CHECK(c.rubrics_differ);
  CHECK(c.warnings.empty());
  // Risk management was split: both successors are compared with it.
  for (const char* id : {"COR.3", "COR.4"}) {
    const ProcessChange& row = row_of(c, id);
    CHECK(row.link == LinkKind::split);
    CHECK(row.old_id == "RSK.1");
    CHECK(row.old_level == 1);
  }
  // 2024 rated one unnamed instance; COR.3 now has HQ and Warehouse-North, so no instance is
  // kept and its rise is the sample's; COR.4 keeps the unnamed instance, which confirms it.
  CHECK(row_of(c, "COR.3").change == Change::sample_changed);
  CHECK(row_of(c, "COR.3").sample.instances.added ==
        std::vector<std::string>{"HQ", "Warehouse-North"});
  CHECK(row_of(c, "COR.4").change == Change::improved);
  CHECK_FALSE(row_of(c, "COR.4").sample.instances.changed());
  CHECK(row_of(c, "COR.12").link == LinkKind::renamed);
  CHECK(row_of(c, "COR.12").old_id == "MGT.2");
  CHECK(row_of(c, "COR.8").link == LinkKind::same);
  CHECK(row_of(c, "SUP.4").change == Change::added);
  CHECK(row_of(c, "SUP.4").reason == "added by the crosswalk");
  // Records control moved 4.2 points across the F edge: a level up, but within noise.
  CHECK(row_of(c, "SUP.1").change == Change::improved);
  CHECK(row_of(c, "SUP.1").within_noise);
  // 2024 BP8 (risk reporting) went to MGT.1 and has no counterpart in the split.
  REQUIRE(c.unmapped_old.size() == 1);
  CHECK(c.unmapped_old[0].process == "RSK.1");
  CHECK(c.unmapped_old[0].indicator == "BP8");
  std::string new_without_predecessor;
  for (const auto& e : c.unmapped_new)
    new_without_predecessor += e.process + " " + e.indicator + ";";
  CHECK(new_without_predecessor ==
        "COR.3 BP3;COR.3 BP5;COR.3 BP7;COR.4 BP2;COR.4 BP3;COR.4 BP6;COR.4 BP7;COR.8 BP5;");
  // The renumbered incident practices still count as rated in both years.
  const ProcessChange& incident = row_of(c, "COR.8");
  CHECK(incident.rated_both == 17); // 6 BPs and 11 level-2 GPs of 2024, all rated again in 2025
}
