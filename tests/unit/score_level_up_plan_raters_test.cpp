// SPDX-License-Identifier: MIT
// Level-up plans with several assessors on one instance: a step raises a practice (every
// assessor's rating of it), counted once. Checked against an exhaustive search over practices.
#include <functional>
#include <random>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include <pace/score/level_up_plan.hpp>
#include <pace/score/score.hpp>

#include "shipped_rubric.hpp"

using pace::PlanOptions;
using pace::PlanStatus;
using pace::Questionnaire;
using pace::StepMode;
using pace::test::check_text;
using pace::test::process_of;
using pace::test::shipped_rubric;

namespace {

const char* const kIndicators[] = {"BP1",     "BP2",     "BP3",     "BP4",     "BP5",     "GP2.1.1",
                                   "GP2.1.2", "GP2.1.3", "GP2.1.4", "GP2.1.5", "GP2.1.6", "GP2.1.7",
                                   "GP2.2.1", "GP2.2.2", "GP2.2.3", "GP2.2.4"};

// COR.9 at max_level 2, target 2, rated by the assessors in `blocks` (one block each, one
// unnamed instance); a value "" leaves the indicator out.
std::string
questionnaire(const std::string& aggregation,
              const std::vector<std::pair<std::string, std::vector<std::string>>>& blocks) {
  std::string text = "schema = 1\n[assessment]\nid = \"unit\"\norganisation = \"Test Ltd\"\n"
                     "date = 2026-03-14\nrubric = \"iso27022-isms\"\nmax_level = 2\ntarget = 2\n"
                     "rating_method = \"R2\"\naggregation = \"" +
                     aggregation + "\"\nassessors = [";
  for (size_t i = 0; i < blocks.size(); ++i)
    text += (i ? ", \"" : "\"") + blocks[i].first + "\"";
  text += "]\n";
  for (const auto& [assessor, values] : blocks) {
    text += "\n[[process]]\nid = \"COR.9\"\nassessor = \"" + assessor + "\"\n[process.ratings]\n";
    for (size_t i = 0; i < values.size(); ++i) {
      if (!values[i].empty())
        text += "\"" + std::string(kIndicators[i]) + "\" = " + values[i] + "\n";
    }
  }
  return text;
}

int band_of(const Questionnaire& q, size_t block, const std::string& id) {
  for (const auto& e : q.processes[block].ratings) {
    if (e.id != id) continue;
    if (e.rating.kind == pace::Rating::Kind::not_applicable) return -1;
    if (!e.rating.is_rated()) return 0;
    return e.rating.percent <= 15 ? 0 : e.rating.percent <= 50 ? 1 : e.rating.percent <= 85 ? 2 : 3;
  }
  return 0; // left out: unrated, counts as N
}

void set_rating(Questionnaire& q, size_t block, const std::string& id, int band) {
  pace::Rating r;
  r.kind = pace::Rating::Kind::value;
  r.label = std::string(1, "NPLF"[band]);
  r.percent = band == 0 ? 7.5 : band == 1 ? 32.5 : band == 2 ? 67.5 : 92.5;
  for (auto& e : q.processes[block].ratings) {
    if (e.id == id) {
      e.rating = r;
      return;
    }
  }
  pace::IndicatorEntry e;
  e.id = id;
  e.rating = r;
  q.processes[block].ratings.push_back(e);
}

// The practice `id` raised to `band`: every assessor's rating below it goes up to it.
void raise(Questionnaire& q, const std::string& id, int band) {
  for (size_t b = 0; b < q.processes.size(); ++b) {
    int now = band_of(q, b, id);
    if (now >= 0 && now < band) set_rating(q, b, id, band);
  }
}

int level_of(const Questionnaire& q) {
  return process_of(pace::score(q, shipped_rubric()), "COR.9").capability_level;
}

// The fewest practice climbs that reach level 2, over every assignment; -1 when none does.
int exhaustive_minimum(const Questionnaire& q, StepMode step) {
  struct Practice {
    std::string id;
    int start;
  };
  std::vector<Practice> practices;
  for (const char* id : kIndicators) {
    int start = 3;
    bool any = false;
    for (size_t b = 0; b < q.processes.size(); ++b) {
      int band = band_of(q, b, id);
      if (band < 0) continue;
      any = true;
      start = std::min(start, band);
    }
    if (any && start < 3) practices.push_back({id, start});
  }
  std::vector<int> climbs(practices.size(), 0);
  int best = -1;
  std::function<void(size_t, int)> walk = [&](size_t j, int used) {
    if (best >= 0 && used >= best) return;
    if (j == practices.size()) {
      Questionnaire changed = q;
      for (size_t i = 0; i < practices.size(); ++i) {
        if (climbs[i] == 0) continue;
        raise(changed, practices[i].id,
              step == StepMode::to_full ? 3 : practices[i].start + climbs[i]);
      }
      if (level_of(changed) >= 2) best = used;
      return;
    }
    int most = step == StepMode::to_full ? 1 : 3 - practices[j].start;
    for (int s = 0; s <= most; ++s) {
      climbs[j] = s;
      walk(j + 1, used + s);
    }
    climbs[j] = 0;
  };
  walk(0, 0);
  return best;
}

pace::LevelUpPlan plan_for(const Questionnaire& q, StepMode step) {
  PlanOptions options;
  options.step = step;
  return pace::plan_level_up(q, shipped_rubric(),
                             process_of(pace::score(q, shipped_rubric()), "COR.9"), 2, options);
}

int level_after(Questionnaire q, const pace::LevelUpPlan& plan) {
  for (const auto& s : plan.steps) {
    int band = static_cast<int>(std::string("NPLF").find(s.to[0]));
    raise(q, s.indicator, band);
  }
  return level_of(q);
}

} // namespace

TEST_CASE("level-up plan: one step per practice when several assessors rated it", "[score][plan]") {
  // Everything F but BP1, which A. Becker rated P and T. Kowal L. PA1.1 pools ten ratings under
  // R2 mean: (32.5 + 67.5 + 92.5 x 8) / 10 = 84.0 is L, and level 2 needs F. Raising one
  // rater's view would not do; raising the practice (both ratings to F) is one change.
  std::vector<std::string> a(16, "\"F\"");
  std::vector<std::string> b(16, "\"F\"");
  a[0] = "\"P\"";
  b[0] = "\"L\"";
  auto checked = check_text(questionnaire("mean", {{"A. Becker", a}, {"T. Kowal", b}}));
  REQUIRE(checked.rendered() == "");
  auto plan = plan_for(checked.questionnaire, StepMode::to_full);
  CHECK(plan.status == PlanStatus::minimal);
  REQUIRE(plan.steps.size() == 1);
  CHECK(plan.changes == 1);
  const auto& step = plan.steps[0];
  CHECK(step.indicator == "BP1");
  CHECK(step.assessor == "");
  CHECK(step.from == "P"); // the lowest of the practice's ratings
  CHECK(step.to == "F");
  REQUIRE(step.raters.size() == 2);
  CHECK(step.raters[0] == pace::PlanRater{"A. Becker", "P"});
  CHECK(step.raters[1] == pace::PlanRater{"T. Kowal", "L"});
  CHECK(step.effect == Approx((92.5 - 32.5 + 92.5 - 67.5) / 10));
  CHECK_FALSE(step.text.empty());
  CHECK(pace::action_id(step, "COR.9") == "COR.9/BP1");
  CHECK(plan.reaches_level == 2);
  CHECK(level_after(checked.questionnaire, plan) == 2);

  // By band the practice starts at its lowest rating (P): one climb to L raises A's P and
  // leaves B's L; PA1.1 is then (67.5 x 2 + 92.5 x 8) / 10 = 87.5, F.
  auto band = plan_for(checked.questionnaire, StepMode::one_band);
  REQUIRE(band.steps.size() == 1);
  CHECK(band.changes == 1);
  CHECK(band.steps[0].to == "L");
  CHECK(band.changes == exhaustive_minimum(checked.questionnaire, StepMode::one_band));
}

TEST_CASE("level-up plan: practices against exhaustive search, several assessors",
          "[score][plan]") {
  std::mt19937 rng(20261130);
  const std::vector<std::string> low = {"\"N\"", "\"P\"", "\"L\"", "\"\"", "40", "\"L-\""};
  for (int round = 0; round < 40; ++round) {
    std::vector<std::pair<std::string, std::vector<std::string>>> blocks = {
        {"A. Becker", std::vector<std::string>(16, "\"F\"")},
        {"T. Kowal", std::vector<std::string>(16, "\"F\"")}};
    for (int n = 0; n < 5; ++n) {
      auto& values = blocks[std::uniform_int_distribution<size_t>(0, 1)(rng)].second;
      values[std::uniform_int_distribution<size_t>(0, 15)(rng)] =
          low[std::uniform_int_distribution<size_t>(0, low.size() - 1)(rng)];
    }
    const char* aggregation = round % 3 == 0 ? "mean" : round % 3 == 1 ? "median" : "min";
    auto checked = check_text(questionnaire(aggregation, blocks));
    REQUIRE_FALSE(checked.diags.has_errors());
    for (StepMode step : {StepMode::to_full, StepMode::one_band}) {
      auto plan = plan_for(checked.questionnaire, step);
      int expected = exhaustive_minimum(checked.questionnaire, step);
      INFO("round " << round << " aggregation " << aggregation << " step "
                    << pace::to_string(step));
      if (level_of(checked.questionnaire) >= 2) continue;
      if (expected < 0) {
        CHECK(plan.status == PlanStatus::unreachable);
        continue;
      }
      CHECK(plan.status == PlanStatus::minimal);
      CHECK(plan.changes == expected);
      CHECK(level_after(checked.questionnaire, plan) >= 2);
    }
  }
}
