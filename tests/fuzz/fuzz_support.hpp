// SPDX-License-Identifier: MIT
// Fuzz support (not a target): the shipped rubric, framework and example questionnaire, read
// once from the source tree, and the pipeline every target ends in. Any exception escaping a
// target is a finding: the core promises diagnostics, never throws, for bad input.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include <pace/check/evidence_check.hpp>
#include <pace/check/questionnaire_check.hpp>
#include <pace/load/framework_loader.hpp>
#include <pace/load/questionnaire_loader.hpp>
#include <pace/load/rubric_loader.hpp>
#include <pace/report/gaps_render.hpp>
#include <pace/report/profile_render.hpp>
#include <pace/report/review_pack.hpp>
#include <pace/report/review_render.hpp>
#include <pace/report/rubric_render.hpp>
#include <pace/report/score_render.hpp>
#include <pace/score/gaps.hpp>
#include <pace/score/maturity.hpp>
#include <pace/score/profile.hpp>
#include <pace/score/score.hpp>

namespace pace::fuzz {

inline std::string read_source(const std::string& relative) {
  std::ifstream in(std::string(PACE_SOURCE_DIR) + "/" + relative, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "fuzz: cannot read %s\n", relative.c_str());
    std::abort();
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline const Framework& shipped_framework() {
  static const Framework framework = [] {
    Diagnostics diags;
    auto f = load_framework(read_source("rubrics/iso33020.toml"), "iso33020.toml", diags);
    if (!f) std::abort();
    return *f;
  }();
  return framework;
}

// The shipped reference model before its framework is bound.
inline const Rubric& unbound_rubric() {
  static const Rubric rubric = [] {
    Diagnostics diags;
    auto r = load_rubric(read_source("rubrics/iso27022-isms.toml"), "iso27022-isms.toml", diags);
    if (!r) std::abort();
    return *r;
  }();
  return rubric;
}

inline const Rubric& shipped_rubric() {
  static const Rubric rubric = [] {
    Rubric r = unbound_rubric();
    Diagnostics diags;
    if (!bind_framework(r, shipped_framework(), diags)) std::abort();
    return r;
  }();
  return rubric;
}

inline const std::string& example_text() {
  static const std::string text = read_source("assessments/example/2026.toml");
  return text;
}

// What `pace score`, `profile`, `gaps` and `report` do once a questionnaire is loaded: check it,
// and when nothing is wrong, score it and render every format. Returns the bytes rendered so the
// work cannot be optimised away.
inline size_t check_score_render(Questionnaire q, const Rubric& rubric, Diagnostics& diags) {
  check_questionnaire(q, rubric, diags);
  check_evidence(q, rubric, diags);
  if (diags.has_errors()) return 0;
  ScoreSheet sheet = score(q, rubric);
  size_t bytes = render_score_text(sheet).size() + render_score_json(sheet).size();
  Profile profile = build_profile(sheet);
  bytes += render_profile_text(sheet, profile).size() + render_profile_json(sheet, profile).size() +
           render_profile_csv(profile).size();
  auto maturity = assess_maturity(sheet.processes, rubric.maturity);
  bytes += maturity ? 1 : 0;
  GapReport gaps = analyse_gaps(q, rubric, sheet, std::nullopt, GapOptions{});
  bytes += render_gaps_text(gaps).size() + render_gaps_json(gaps).size() +
           render_actions_csv(gaps).size();
  ReviewOptions options;
  options.pace_version = "fuzz";
  ReviewPack pack = make_review_pack({&q, &rubric, nullptr}, {}, options);
  bytes += render_review_html(pack).size() + render_review_markdown(pack).size() +
           render_review_csv(pack).size() + render_review_json(pack).size();
  return bytes;
}

} // namespace pace::fuzz
