// SPDX-License-Identifier: MIT
// Test support (not a test file): the shipped framework and rubric, loaded once from rubrics/,
// and a one-call path from questionnaire text to checked questionnaire and score sheet.
#pragma once

#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include <pace/check/questionnaire_check.hpp>
#include <pace/load/framework_loader.hpp>
#include <pace/load/questionnaire_loader.hpp>
#include <pace/load/rubric_loader.hpp>
#include <pace/score/score.hpp>

namespace pace::test {

inline std::string read_source_file(const std::string& relative) {
  std::ifstream in(std::string(PACE_SOURCE_DIR) + "/" + relative, std::ios::binary);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline const Framework& shipped_framework() {
  static const Framework framework = [] {
    Diagnostics diags;
    auto loaded = load_framework(read_source_file("rubrics/iso33020.toml"), "iso33020.toml", diags);
    REQUIRE(loaded);
    REQUIRE(diags.items().empty());
    return *loaded;
  }();
  return framework;
}

inline const Rubric& shipped_rubric() {
  static const Rubric rubric = [] {
    Diagnostics diags;
    auto loaded =
        load_rubric(read_source_file("rubrics/iso27022-isms.toml"), "iso27022-isms.toml", diags);
    REQUIRE(loaded);
    REQUIRE(bind_framework(*loaded, shipped_framework(), diags));
    REQUIRE(diags.items().empty());
    return *loaded;
  }();
  return rubric;
}

// A questionnaire loaded and checked against the shipped rubric, with what was reported.
struct Checked {
  Questionnaire questionnaire;
  Diagnostics diags;
  std::string text;
  std::string path;
  std::string rendered() const { return render_all(diags.items(), {{path, text}}); }
};

inline Checked check_text(std::string text, std::string path = "q.toml") {
  Checked c;
  c.text = std::move(text);
  c.path = std::move(path);
  auto loaded = load_questionnaire(c.text, c.path, c.diags);
  REQUIRE(loaded);
  c.questionnaire = std::move(*loaded);
  check_questionnaire(c.questionnaire, shipped_rubric(), c.diags);
  return c;
}

// Scores a questionnaire that must check without errors (warnings are fine).
inline ScoreSheet score_text(const std::string& text) {
  Checked c = check_text(text);
  INFO(c.rendered());
  REQUIRE_FALSE(c.diags.has_errors());
  return score(c.questionnaire, shipped_rubric());
}

inline const ProcessResult& process_of(const ScoreSheet& sheet, const std::string& id) {
  for (const auto& p : sheet.processes) {
    if (p.id == id) return p;
  }
  FAIL("no process " << id);
  throw; // unreachable: FAIL throws
}

inline const AttributeResult& attribute_of(const std::vector<AttributeResult>& attributes,
                                           const std::string& id) {
  for (const auto& a : attributes) {
    if (a.id == id) return a;
  }
  FAIL("no attribute " << id);
  throw;
}

} // namespace pace::test
