// SPDX-License-Identifier: MIT
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include <pace/check/assessment_series.hpp>

using namespace pace;

namespace {

Questionnaire assessed(const std::string& organisation, Date date, const std::string& path) {
  Questionnaire q;
  q.assessment.organisation = organisation;
  q.assessment.date = date;
  q.assessment.pos = {path, 2, 1, 9};
  return q;
}

Rubric edition(const std::string& id, const std::string& version) {
  Rubric r;
  r.id = id;
  r.version = version;
  return r;
}

} // namespace

TEST_CASE("a series is put in date order, equal dates keeping the given order", "[series]") {
  Questionnaire late = assessed("Kestrel", {2026, 3, 11}, "c.toml");
  Questionnaire early = assessed("Kestrel", {2024, 1, 23}, "a.toml");
  Questionnaire same_day = assessed("Kestrel", {2026, 3, 11}, "d.toml");
  Rubric r = edition("isms", "2025");
  std::vector<SeriesMember> given = {
      {&late, &r, "c.toml"}, {&early, &r, "a.toml"}, {&same_day, &r, "d.toml"}};
  CHECK(date_order(given) == std::vector<size_t>{1, 0, 2});
  CHECK(date_order({}).empty());
}

TEST_CASE("consecutive assessments of different organisations are an error", "[series]") {
  Questionnaire a = assessed("Kestrel", {2024, 1, 23}, "a.toml");
  Questionnaire b = assessed("Kestrel", {2025, 3, 12}, "b.toml");
  Questionnaire c = assessed("Osprey", {2026, 3, 11}, "c.toml");
  Rubric r = edition("isms", "2025");
  Diagnostics diags;
  check_organisations({{&a, &r, "a.toml"}, {&b, &r, "b.toml"}, {&c, &r, "c.toml"}}, diags);
  REQUIRE(diags.items().size() == 1);
  const Diagnostic& d = diags.items().front();
  CHECK(d.severity == Severity::error);
  CHECK(d.pos.path.str() == "c.toml");
  CHECK(d.pos.line == 2);
  CHECK(d.message ==
        "assessments of different organisations: 'Kestrel' ('b.toml') and 'Osprey' ('c.toml')");
  CHECK(d.note == "--allow-different-org compares them anyway, with a warning");
}

TEST_CASE("every step between editions asks for its crosswalk", "[series]") {
  Questionnaire a = assessed("Kestrel", {2024, 1, 23}, "a.toml");
  Questionnaire b = assessed("Kestrel", {2025, 3, 12}, "b.toml");
  Questionnaire c = assessed("Kestrel", {2026, 3, 11}, "c.toml");
  Rubric old_edition = edition("isms-2013", "1.0");
  Rubric new_edition = edition("isms", "2025");
  std::vector<std::string> asked;
  auto find = [&](const EditionStep& step) -> const Crosswalk* {
    asked.push_back(std::to_string(step.index) + ": " + step.older->id + " -> " + step.newer->id +
                    (step.same_edition() ? " (same)" : ""));
    return nullptr;
  };
  Diagnostics diags;
  auto crosswalks = pair_editions(
      {{&a, &old_edition, "a.toml"}, {&b, &new_edition, "b.toml"}, {&c, &new_edition, "c.toml"}},
      find, diags);
  CHECK(crosswalks == std::vector<const Crosswalk*>{nullptr, nullptr});
  CHECK(asked == std::vector<std::string>{"0: isms-2013 -> isms", "1: isms -> isms (same)"});
  CHECK(diags.items().empty());
}

TEST_CASE("a crosswalk found for a step is checked against both editions", "[series]") {
  Questionnaire a = assessed("Kestrel", {2024, 1, 23}, "a.toml");
  Questionnaire b = assessed("Kestrel", {2025, 3, 12}, "b.toml");
  Rubric old_edition = edition("isms-2013", "1.0");
  Rubric new_edition = edition("isms", "2025");
  Crosswalk cw;
  cw.from.rubric = "other";
  cw.from.pos = {"cw.toml", 3, 8, 15};
  cw.to.rubric = "isms";
  Diagnostics diags;
  auto crosswalks = pair_editions(
      {{&a, &old_edition, "a.toml"}, {&b, &new_edition, "b.toml"}},
      [&](const EditionStep&) { return &cw; }, diags);
  CHECK(crosswalks == std::vector<const Crosswalk*>{&cw});
  REQUIRE(diags.items().size() == 1);
  const Diagnostic& d = diags.items().front();
  CHECK(d.severity == Severity::error);
  CHECK(d.pos.path.str() == "cw.toml");
  CHECK(d.pos.line == 3);
  CHECK(d.message == "crosswalk from 'other', but the older assessment uses 'isms-2013 1.0'");
}
