// SPDX-License-Identifier: MIT
// Level-up plans against an exhaustive search: every combination of indicator changes is
// re-scored with score() and the fewest that reach the target are counted; the plan must match.
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

// COR.9 (five base practices) at max_level 2, target 2; `blocks` holds per instance the TOML
// value of every indicator (omitted when empty: not rated).
std::string
questionnaire(const std::string& method, const std::string& aggregation,
              const std::vector<std::pair<std::string, std::vector<std::string>>>& blocks,
              const std::string& extra = "") {
  std::string text = R"(schema = 1
[assessment]
id = "unit"
organisation = "Test Ltd"
date = 2026-03-14
rubric = "iso27022-isms"
max_level = 2
target = 2
rating_method = ")" + method +
                     "\"\naggregation = \"" + aggregation + "\"\n";
  for (const auto& [instance, values] : blocks) {
    text += "\n[[process]]\nid = \"COR.9\"\n";
    if (!instance.empty()) text += "instance = \"" + instance + "\"\n";
    text += "[process.ratings]\n";
    for (size_t i = 0; i < values.size(); ++i) {
      if (!values[i].empty())
        text += "\"" + std::string(kIndicators[i]) + "\" = " + values[i] + "\n";
    }
  }
  return text + extra;
}

// The oracle's own reading of ratings, independent of the code under test.
struct Slot {
  size_t block;
  std::string id;
  int start;     // 0 N (or unrated), 1 P, 2 L
  int max_steps; // to F: 1; by band: 3 - start
};

double value_of(char letter) {
  switch (letter) {
  case 'N': return 7.5;
  case 'P': return 32.5;
  case 'L': return 67.5;
  default: return 92.5;
  }
}

std::vector<Slot> free_slots(const Questionnaire& q, StepMode step) {
  std::vector<Slot> slots;
  for (size_t b = 0; b < q.processes.size(); ++b) {
    for (const char* id : kIndicators) {
      int start = 0;
      for (const auto& e : q.processes[b].ratings) {
        if (e.id != id) continue;
        if (e.rating.kind == pace::Rating::Kind::not_applicable) start = -1;
        if (e.rating.is_rated()) {
          start = e.rating.percent <= 15   ? 0
                  : e.rating.percent <= 50 ? 1
                  : e.rating.percent <= 85 ? 2
                                           : -1;
        }
      }
      if (start < 0) continue;
      slots.push_back({b, id, start, step == StepMode::to_full ? 1 : 3 - start});
    }
  }
  return slots;
}

void set_rating(Questionnaire& q, size_t block, const std::string& id, char letter) {
  pace::Rating r;
  r.kind = pace::Rating::Kind::value;
  r.label = std::string(1, letter);
  r.percent = value_of(letter);
  auto& ratings = q.processes[block].ratings;
  for (auto& e : ratings) {
    if (e.id == id) {
      e.rating = r;
      return;
    }
  }
  pace::IndicatorEntry e;
  e.id = id;
  e.rating = r;
  ratings.push_back(e);
}

int level_of(const Questionnaire& q) {
  return process_of(pace::score(q, shipped_rubric()), "COR.9").capability_level;
}

// The fewest changes over every assignment of climbs to every free indicator; -1 when none
// reaches the target.
int exhaustive_minimum(const Questionnaire& q, StepMode step, int target) {
  std::vector<Slot> slots = free_slots(q, step);
  std::vector<int> steps(slots.size(), 0);
  int best = -1;
  std::function<void(size_t, int)> walk = [&](size_t j, int used) {
    if (best >= 0 && used >= best) return; // cannot improve
    if (j == slots.size()) {
      Questionnaire changed = q;
      for (size_t i = 0; i < slots.size(); ++i) {
        if (steps[i] == 0) continue;
        char letter = step == StepMode::to_full ? 'F' : "NPLF"[slots[i].start + steps[i]];
        set_rating(changed, slots[i].block, slots[i].id, letter);
      }
      if (level_of(changed) >= target) best = used;
      return;
    }
    for (int s = 0; s <= slots[j].max_steps; ++s) {
      steps[j] = s;
      walk(j + 1, used + s);
    }
    steps[j] = 0;
  };
  walk(0, 0);
  return best;
}

// Applies a plan's steps to the questionnaire and re-scores it.
int level_after(Questionnaire q, const pace::LevelUpPlan& plan) {
  for (const auto& s : plan.steps) {
    for (size_t b = 0; b < q.processes.size(); ++b) {
      if (q.processes[b].instance == s.instance) set_rating(q, b, s.indicator, s.to[0]);
    }
  }
  return level_of(q);
}

pace::LevelUpPlan plan_for(const Questionnaire& q, StepMode step, long limit = 20000) {
  pace::ScoreSheet sheet = pace::score(q, shipped_rubric());
  PlanOptions options;
  options.step = step;
  options.search_limit = limit;
  return pace::plan_level_up(q, shipped_rubric(), process_of(sheet, "COR.9"), 2, options);
}

// A random case: most indicators F, a few (`free_count` over all blocks) rated below F or not
// rated, so the exhaustive search stays small.
std::vector<std::pair<std::string, std::vector<std::string>>>
random_blocks(std::mt19937& rng, int instances, int free_count) {
  const std::vector<std::string> low = {"\"N\"", "\"P\"", "\"L\"",  "\"\"",  "60",
                                        "40",    "12",    "\"P+\"", "\"L-\""};
  const std::vector<std::string> full = {"\"F\"", "\"F\"", "\"F\"", "100", "88"};
  std::vector<std::pair<std::string, std::vector<std::string>>> blocks;
  for (int i = 0; i < instances; ++i) {
    std::vector<std::string> values;
    for (size_t k = 0; k < std::size(kIndicators); ++k) {
      values.push_back(full[std::uniform_int_distribution<size_t>(0, full.size() - 1)(rng)]);
    }
    blocks.emplace_back(instances == 1 ? "" : "site-" + std::to_string(i + 1), values);
  }
  for (int n = 0; n < free_count; ++n) {
    auto& values = blocks[std::uniform_int_distribution<size_t>(0, blocks.size() - 1)(rng)].second;
    auto& v = values[std::uniform_int_distribution<size_t>(0, values.size() - 1)(rng)];
    int pick = std::uniform_int_distribution<int>(0, static_cast<int>(low.size()))(rng);
    v = pick == static_cast<int>(low.size()) ? "" : low[static_cast<size_t>(pick)];
  }
  return blocks;
}

} // namespace

TEST_CASE("level-up plan: minimal against exhaustive search", "[score][plan]") {
  std::mt19937 rng(20260314);
  int cases = 0;
  int with_plan = 0;
  int unreachable = 0;
  for (const char* method : {"R1", "R2"}) {
    for (const char* aggregation : {"mean", "median", "min"}) {
      for (StepMode step : {StepMode::to_full, StepMode::one_band}) {
        for (int round = 0; round < 6; ++round) {
          int instances = std::string(method) == "R1" && round % 2 == 0 ? 1 : 2;
          int free_count = step == StepMode::to_full ? 7 : 5;
          // Every third R2 case gives the last instance an assessor's override of one attribute.
          std::string override_text;
          if (std::string(method) == "R2" && round % 3 == 0) {
            const char* attribute[] = {"PA1.1", "PA2.1", "PA2.2"};
            const char* rating[] = {"P", "L", "F"};
            override_text = std::string("[process.attributes]\n\"") + attribute[round % 2 + 1] +
                            "\" = { rating = \"" + rating[rng() % 3] + "\", note = \"judged\" }\n";
          }
          auto text = questionnaire(method, aggregation, random_blocks(rng, instances, free_count),
                                    override_text);
          auto checked = check_text(text);
          INFO(text << checked.rendered());
          REQUIRE_FALSE(checked.diags.has_errors());
          const Questionnaire& q = checked.questionnaire;
          int expected = exhaustive_minimum(q, step, 2);
          auto plan = plan_for(q, step);
          INFO("method " << method << ", aggregation " << aggregation << ", step "
                         << pace::to_string(step) << ", exhaustive minimum " << expected);
          for (const auto& r : plan.reasons)
            INFO("reason: " << r);
          ++cases;
          if (expected < 0) {
            CHECK(plan.status == PlanStatus::unreachable);
            ++unreachable;
            continue;
          }
          CHECK(plan.status == PlanStatus::minimal);
          CHECK(plan.changes == expected);
          CHECK(plan.reaches_level >= 2);
          CHECK(level_after(q, plan) >= 2);
          if (expected > 0) ++with_plan;
        }
      }
    }
  }
  CHECK(cases == 72);
  // The generator must mostly produce cases that need a plan, and some that overrides block.
  CHECK(with_plan > 30);
  CHECK(unreachable > 0);
}

TEST_CASE("level-up plan: hand-checked cases under min and median", "[score][plan]") {
  // min aggregation: PA2.2 is L, P, P, F -> min P. Raising one P alone changes nothing, raising
  // the L first (a greedy tie) wastes a change: the fewest is both P to F.
  std::vector<std::string> values(16, "\"F\"");
  values[12] = "\"L\"";
  values[13] = "\"P\"";
  values[14] = "\"P\"";
  auto checked = check_text(questionnaire("R1", "min", {{"", values}}));
  REQUIRE_FALSE(checked.diags.has_errors());
  auto plan = plan_for(checked.questionnaire, StepMode::to_full);
  CHECK(plan.status == PlanStatus::minimal);
  REQUIRE(plan.changes == 2);
  CHECK(plan.steps[0].indicator == "GP2.2.2");
  CHECK(plan.steps[1].indicator == "GP2.2.3");
  CHECK(plan.reaches_level == 2);

  // The same by band: each P climbs one band to L, the L stays.
  auto band = plan_for(checked.questionnaire, StepMode::one_band);
  REQUIRE(band.changes == 2);
  CHECK(band.steps[0].to == "L");
  CHECK(band.steps[0].from == "P");
  CHECK(band.steps[0].changes == 1);

  // median of five BPs N N N F F is N (the lower middle); one N to F makes it N N F F F -> F.
  std::vector<std::string> bps(16, "\"F\"");
  bps[0] = bps[1] = bps[2] = "\"N\"";
  auto median = check_text(questionnaire("R1", "median", {{"", bps}}));
  auto median_plan = plan_for(median.questionnaire, StepMode::to_full);
  CHECK(median_plan.changes == 1);
  CHECK(exhaustive_minimum(median.questionnaire, StepMode::to_full, 2) == 1);
  // By band that N needs three climbs, and no single climb moves the median at all, so a
  // greedy walk has nothing to go by.
  auto median_band = plan_for(median.questionnaire, StepMode::one_band);
  CHECK(median_band.changes == 3);
  CHECK(exhaustive_minimum(median.questionnaire, StepMode::one_band, 2) == 3);
}

TEST_CASE("level-up plan: unrated indicators are candidates", "[score][plan]") {
  // PA2.2 has no rated indicator, so it is not rated and blocks level 2: rating one is the way.
  std::vector<std::string> values(16, "\"F\"");
  for (size_t i = 12; i < 16; ++i)
    values[i] = i == 13 ? "\"\"" : "";
  auto checked = check_text(questionnaire("R1", "mean", {{"", values}}));
  REQUIRE_FALSE(checked.diags.has_errors());
  auto plan = plan_for(checked.questionnaire, StepMode::to_full);
  CHECK(plan.status == PlanStatus::minimal);
  REQUIRE(plan.changes == 1);
  CHECK(plan.changes == exhaustive_minimum(checked.questionnaire, StepMode::to_full, 2));
  CHECK(plan.steps[0].attribute == "PA2.2");
  CHECK_FALSE(plan.steps[0].from_percent.has_value());
  CHECK(plan.steps[0].to == "F");
  // By band an unrated indicator counts as N: P is not enough, L is (two climbs).
  auto band = plan_for(checked.questionnaire, StepMode::one_band);
  REQUIRE(band.changes == 2);
  CHECK(band.changes == exhaustive_minimum(checked.questionnaire, StepMode::one_band, 2));
  REQUIRE(band.steps.size() == 1);
  CHECK(band.steps[0].to == "L");
  CHECK(band.steps[0].changes == 2);
}

TEST_CASE("level-up plan: targets indicators cannot reach", "[score][plan]") {
  std::vector<std::string> values(16, "\"F\"");
  values[13] = "\"P\"";
  SECTION("an R2 override decides the attribute") {
    auto checked = check_text(questionnaire(
        "R2", "mean", {{"", values}},
        "[process.attributes]\n\"PA2.2\" = { rating = \"P\", note = \"judged P\" }\n"));
    REQUIRE_FALSE(checked.diags.has_errors());
    auto plan = plan_for(checked.questionnaire, StepMode::to_full);
    CHECK(plan.status == PlanStatus::unreachable);
    REQUIRE(plan.reasons.size() == 1);
    CHECK(plan.reasons[0] == "PA 2.2 needs at least L (it is P, 32.5%): the assessor's override "
                             "decides it and no indicator can change that");
    CHECK(plan.steps.empty());
  }
  SECTION("rating method R3") {
    auto checked = check_text(
        questionnaire("R3", "mean", {{"", values}},
                      "[process.attributes]\n\"PA1.1\" = { rating = \"F\", note = \"ok\" }\n"
                      "\"PA2.1\" = { rating = \"F\", note = \"ok\" }\n"
                      "\"PA2.2\" = { rating = \"P\", note = \"judged P\" }\n"));
    REQUIRE_FALSE(checked.diags.has_errors());
    auto plan = plan_for(checked.questionnaire, StepMode::to_full);
    CHECK(plan.status == PlanStatus::unreachable);
    REQUIRE(plan.reasons.size() == 1);
    CHECK(plan.reasons[0] == "PA 2.2 needs at least L (it is P, 32.5%): under rating method R3 "
                             "the assessor rates it directly and indicators only support that "
                             "judgement");
  }
  SECTION("max_level below the target") {
    std::vector<std::string> bps(5, "\"L\"");
    std::string text = questionnaire("R1", "mean", {{"", bps}});
    text.replace(text.find("max_level = 2"), 13, "max_level = 1");
    auto checked = check_text(text);
    REQUIRE_FALSE(checked.diags.has_errors());
    auto plan = plan_for(checked.questionnaire, StepMode::to_full);
    CHECK(plan.status == PlanStatus::unreachable);
    REQUIRE(plan.reasons.size() == 1);
    CHECK(plan.reasons[0] ==
          "the assessment stops at max_level 1, below the target 2 (PA 2.1, PA 2.2 not assessed)");
    // What indicators can do is still listed: PA1.1 at F needs (92.5 k + 67.5 (5 - k)) / 5 > 85,
    // so k = 4 of the five L base practices.
    CHECK(plan.changes == 4);
  }
  SECTION("one overridden instance of two holds the attribute down") {
    std::vector<std::string> hq = values;
    hq[0] = "\"L\""; // PA1.1 of HQ: 87.5, Site's override N: 7.5, mean 47.5
    auto checked = check_text(questionnaire(
        "R2", "mean", {{"HQ", hq}, {"Site", values}},
        "[process.attributes]\n\"PA1.1\" = { rating = \"N\", note = \"nothing works\" }\n"));
    REQUIRE_FALSE(checked.diags.has_errors());
    auto plan = plan_for(checked.questionnaire, StepMode::to_full);
    CHECK(plan.status == PlanStatus::unreachable);
    REQUIRE_FALSE(plan.reasons.empty());
    CHECK(plan.reasons[0] == "PA 1.1 needs F (it is P, 47.5%): even with every indicator that "
                             "counts at F it is only P, 50.0%; the assessor's override of "
                             "instance 'Site' holds it down");
  }
}

TEST_CASE("level-up plan: a search limit is reported, not hidden", "[score][plan]") {
  std::vector<std::string> values(16, "\"L\"");
  auto checked = check_text(questionnaire("R1", "mean", {{"", values}}));
  REQUIRE_FALSE(checked.diags.has_errors());
  auto full = plan_for(checked.questionnaire, StepMode::to_full);
  CHECK(full.status == PlanStatus::minimal);
  auto limited = plan_for(checked.questionnaire, StepMode::to_full, 2);
  CHECK(limited.status == PlanStatus::search_limit);
  REQUIRE_FALSE(limited.reasons.empty());
  INFO(limited.reasons[0]);
  CHECK(limited.reasons[0].find("search limit of 2 re-scores reached while planning PA 1.1: no "
                                "plan with fewer than 2 changes exists for it") == 0);
  CHECK(limited.reaches_level >= 2);      // the greedy steps still reach the target
  CHECK(limited.changes >= full.changes); // but may not be the fewest
}

TEST_CASE("level-up plan: steps are ordered by their effect", "[score][plan]") {
  std::vector<std::string> values(16, "\"F\"");
  values[0] = "\"P\""; // PA1.1 is (32.5 + 7.5 + 3 x 92.5) / 5 = 63.5: both BPs must go to F
  values[1] = "\"N\"";
  values[12] = "\"N\""; // PA2.2 is 50.0 (P): one N to F makes it L
  values[13] = "\"N\"";
  auto checked = check_text(questionnaire("R1", "mean", {{"", values}}));
  auto plan = plan_for(checked.questionnaire, StepMode::to_full);
  REQUIRE(plan.steps.size() == 3);
  CHECK(plan.steps[0].indicator == "GP2.2.1");
  CHECK(plan.steps[0].effect == Approx(21.25));
  CHECK(plan.steps[1].indicator == "BP2");
  CHECK(plan.steps[1].effect == Approx(17.0));
  CHECK(plan.steps[2].indicator == "BP1");
  CHECK(plan.steps[2].effect == Approx(12.0));
}
