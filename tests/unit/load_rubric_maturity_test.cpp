// SPDX-License-Identifier: MIT
// Staged maturity models: the loader turns process sets into requirements (level n: every
// process of sets 1..n at capability level n), and assess_maturity() applies them to hand-made
// profiles. Explicit models keep their old meaning.
#include <string>

#include <catch2/catch.hpp>

#include <pace/load/rubric_loader.hpp>
#include <pace/score/maturity.hpp>

#include "hand_made_sheet.hpp"
#include "shipped_rubric.hpp"

using pace::Diagnostics;
using pace::test::hand_process;
using pace::test::not_assessed;

namespace {

std::string process_block(const std::string& id) {
  return "[[process]]\nid = \"" + id +
         "\"\nname = \"P\"\ncategory = \"core\"\npurpose = \"p\"\n"
         "[[process.outcome]]\nid = \"O1\"\ntext = \"o\"\n"
         "[[process.practice]]\nid = \"BP1\"\ntext = \"t\"\noutcomes = [\"O1\"]\n";
}

std::string rubric_text(const std::string& maturity) {
  return "schema = 1\n[rubric]\nid = \"r\"\nversion = \"1\"\nname = \"R\"\nframework = "
         "\"iso33020\"\n[[category]]\nid = \"core\"\nname = \"Core\"\n" +
         process_block("A") + process_block("B") + process_block("C") + process_block("D") +
         maturity;
}

struct Loaded {
  std::optional<pace::Rubric> rubric;
  Diagnostics diags;
  std::string text;
  std::string rendered() const { return render_all(diags.items(), {{"r.toml", text}}); }
};

Loaded load(const std::string& maturity) {
  Loaded l;
  l.text = rubric_text(maturity);
  l.rubric = pace::load_rubric(l.text, "r.toml", l.diags);
  return l;
}

// ML1 adds A and B, ML2 adds nothing, ML3 adds C; D belongs to no set.
const char* kStaged = R"(
[maturity]
staged = true
[[maturity.level]]
level = 1
name = "One"
processes = ["B", "A"]
[[maturity.level]]
level = 2
name = "Two"
processes = []
[[maturity.level]]
level = 3
name = "Three"
processes = ["C"]
)";

std::vector<pace::ProcessResult> profile(int a, int b, int c, int d) {
  return {hand_process("A", "core", a), hand_process("B", "core", b), hand_process("C", "core", c),
          hand_process("D", "core", d)};
}

} // namespace

TEST_CASE("staged maturity: level n raises every lower set to n", "[load][maturity]") {
  Loaded l = load(kStaged);
  INFO(l.rendered());
  REQUIRE(l.rubric);
  REQUIRE(l.diags.items().empty());
  const auto& m = l.rubric->maturity;
  REQUIRE(m.size() == 3);
  CHECK(l.rubric->maturity_staged);
  CHECK(m[0].process_set == std::vector<std::string>{"B", "A"});
  // Requirements in rubric order, each at the maturity level itself.
  REQUIRE(m[0].requirements.size() == 2);
  CHECK(m[0].requirements[0].process == "A");
  CHECK(m[0].requirements[0].level == 1);
  CHECK(m[0].requirements[1].process == "B");
  REQUIRE(m[1].requirements.size() == 2);
  CHECK(m[1].requirements[0].level == 2);
  CHECK(m[1].requirements[1].level == 2);
  REQUIRE(m[2].requirements.size() == 3);
  CHECK(m[2].requirements[0].process == "A");
  CHECK(m[2].requirements[0].level == 3);
  CHECK(m[2].requirements[2].process == "C");
  CHECK(m[2].requirements[2].level == 3);
}

TEST_CASE("staged maturity on hand-made profiles", "[score][maturity]") {
  Loaded l = load(kStaged);
  REQUIRE(l.rubric);
  const auto& model = l.rubric->maturity;

  SECTION("a lower-set process at level 2 blocks level 3 even though the level-3 set is at 3") {
    auto m = pace::assess_maturity(profile(3, 2, 3, 0), model);
    REQUIRE(m);
    CHECK(m->level == 2);
    REQUIRE(m->next == 3);
    REQUIRE(m->blockers.size() == 1);
    CHECK(m->blockers[0].process == "B");
    CHECK(m->blockers[0].required == 3);
    CHECK(m->blockers[0].achieved == 2);
  }
  SECTION("ties: every required process exactly at the level holds it") {
    auto m = pace::assess_maturity(profile(3, 3, 3, 0), model);
    REQUIRE(m);
    CHECK(m->level == 3);
    CHECK_FALSE(m->next.has_value());
    CHECK(m->blockers.empty());
  }
  SECTION("the level-3 set does not count below level 3; D counts nowhere") {
    auto m = pace::assess_maturity(profile(2, 2, 0, 0), model);
    REQUIRE(m);
    CHECK(m->level == 2);
    REQUIRE(m->blockers.size() == 3);
    CHECK(m->blockers[0].process == "A");
    CHECK(m->blockers[1].process == "B");
    CHECK(m->blockers[2].process == "C");
    CHECK(m->blockers[2].achieved == 0);
  }
  SECTION("a process not assessed fails every level whose set reaches it") {
    std::vector<pace::ProcessResult> processes = {
        hand_process("A", "core", 5), not_assessed("B", "core"), hand_process("C", "core", 5)};
    auto m = pace::assess_maturity(processes, model);
    REQUIRE(m);
    CHECK(m->level == 0);
    REQUIRE(m->next == 1);
    REQUIRE(m->blockers.size() == 1);
    CHECK(m->blockers[0].process == "B");
    CHECK(m->blockers[0].required == 1);
    CHECK_FALSE(m->blockers[0].achieved.has_value());
  }
  SECTION("a process of a higher set that is not assessed does not hold back lower levels") {
    std::vector<pace::ProcessResult> processes = {
        hand_process("A", "core", 2), hand_process("B", "core", 2), not_assessed("C", "core")};
    auto m = pace::assess_maturity(processes, model);
    REQUIRE(m);
    CHECK(m->level == 2);
    REQUIRE(m->blockers.size() == 3);
    CHECK(m->blockers[2].process == "C");
    CHECK_FALSE(m->blockers[2].achieved.has_value());
  }
}

TEST_CASE("staged maturity: mistakes are reported", "[load][maturity]") {
  SECTION("a table in a staged model, an unknown id, a process in two sets") {
    Loaded l = load(R"(
[maturity]
staged = true
[[maturity.level]]
level = 1
name = "One"
processes = ["A", "Bx"]
[[maturity.level]]
level = 2
name = "Two"
processes = ["A"]
[[maturity.level]]
level = 3
name = "Three"
[maturity.level.processes]
C = 3
)");
    CHECK_FALSE(l.rubric);
    std::string out = l.rendered();
    CHECK(out.find("error: unknown process 'Bx'") != std::string::npos);
    CHECK(out.find("note: did you mean 'B'?") != std::string::npos);
    CHECK(out.find("error: process 'A' is already in the set of a lower maturity level") !=
          std::string::npos);
    CHECK(out.find("error: in a staged maturity model, 'processes' lists the processes level 3 "
                   "adds, as an array") != std::string::npos);
  }
  SECTION("an array in an explicit model names the fix") {
    Loaded l = load(R"(
[maturity]
[[maturity.level]]
level = 1
name = "One"
processes = ["A"]
)");
    CHECK_FALSE(l.rubric);
    CHECK(l.rendered().find("error: maturity level 1 lists a process set, which only a staged "
                            "model has") != std::string::npos);
  }
  SECTION("an explicit model keeps its meaning") {
    Loaded l = load(R"(
[maturity]
[[maturity.level]]
level = 1
name = "One"
[maturity.level.processes]
A = 1
[[maturity.level]]
level = 2
name = "Two"
[maturity.level.processes]
B = 2
)");
    REQUIRE(l.rubric);
    CHECK_FALSE(l.rubric->maturity_staged);
    REQUIRE(l.rubric->maturity[1].requirements.size() == 1);
    CHECK(l.rubric->maturity[1].requirements[0].process == "B");
    // A stays required at 1 only: level 2 holds with A at 1.
    auto m = pace::assess_maturity(profile(1, 2, 0, 0), l.rubric->maturity);
    REQUIRE(m);
    CHECK(m->level == 2);
  }
}

TEST_CASE("the shipped maturity model is staged", "[load][maturity]") {
  const pace::Rubric& rubric = pace::test::shipped_rubric();
  REQUIRE(rubric.maturity_staged);
  REQUIRE(rubric.maturity.size() == 5);
  CHECK(rubric.maturity[0].requirements.size() == 16);
  CHECK(rubric.maturity[1].requirements.size() == 16);
  for (int n = 3; n <= 5; ++n) {
    const auto& level = rubric.maturity[static_cast<size_t>(n - 1)];
    REQUIRE(level.requirements.size() == 17);
    for (const auto& r : level.requirements)
      CHECK(r.level == n);
  }
  CHECK(rubric.maturity[2].process_set == std::vector<std::string>{"SUP.4"});
}
