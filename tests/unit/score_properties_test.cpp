// SPDX-License-Identifier: MIT
// Properties of score() over thousands of seeded random questionnaires, built in memory against
// the shipped rubric. Percentages are multiples of 0.25, so every sum is exact and only a final
// division rounds: the properties hold bit for bit where the text says "exact".
#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include <pace/report/score_render.hpp>
#include <pace/score/score.hpp>

#include "shipped_rubric.hpp"

namespace {

using pace::Aggregation;
using pace::AttributeResult;
using pace::ProcessResult;
using pace::Questionnaire;
using pace::Rating;
using pace::RatingMethod;
using pace::ScoreSheet;
using pace::test::shipped_rubric;

struct Shape {
  RatingMethod method = RatingMethod::r2;
  Aggregation aggregation = Aggregation::mean;
  bool overrides = false;       // assessor overrides of whole attributes (R2, R3)
  bool assessors = false;       // several blocks for one instance
  bool block_levels = false;    // blocks with their own max_level
  bool same_indicators = false; // every instance of a process rates the same indicators
};

class Generator {
public:
  explicit Generator(unsigned seed) : rng_(seed) {}

  int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(rng_); }
  bool chance(double p) { return std::bernoulli_distribution(p)(rng_); }
  std::mt19937& rng() { return rng_; }

  // A multiple of 0.25 in [low, 100]: half of the time a label's midpoint when one fits.
  double percent(double low = 0) {
    static const double kMidpoints[] = {7.5, 23.75, 32.5, 41.25, 58.75, 67.5, 76.25, 92.5};
    if (chance(0.5)) {
      double m = kMidpoints[pick(0, 7)];
      if (m >= low) return m;
    }
    return pick(static_cast<int>(low * 4), 400) / 4.0;
  }

  Rating value_rating(double low = 0) {
    Rating r;
    r.kind = Rating::Kind::value;
    r.percent = percent(low);
    r.explicit_number = true;
    r.label = std::to_string(r.percent);
    return r;
  }

  Questionnaire questionnaire(const Shape& shape) {
    const pace::Rubric& rubric = shipped_rubric();
    Questionnaire q;
    q.schema = 1;
    q.path = "random.toml";
    q.assessment.id = "random";
    q.assessment.organisation = "Random Ltd";
    q.assessment.date = {2026, 3, 14};
    q.assessment.rubric = rubric.id;
    q.assessment.max_level = pick(1, 5);
    q.assessment.rating_method = shape.method;
    q.assessment.aggregation = shape.aggregation;
    q.assessment.scale = chance(0.5) ? "nplf" : "refined";
    std::vector<size_t> order(rubric.processes.size());
    for (size_t i = 0; i < order.size(); ++i)
      order[i] = i;
    std::shuffle(order.begin(), order.end(), rng_);
    int process_count = pick(1, 4);
    for (int p = 0; p < process_count; ++p) {
      const pace::ProcessDef& process = rubric.processes[order[static_cast<size_t>(p)]];
      add_process(q, process, shape);
    }
    return q;
  }

private:
  void add_process(Questionnaire& q, const pace::ProcessDef& process, const Shape& shape) {
    const pace::Rubric& rubric = shipped_rubric();
    auto defs = rubric.indicators(process, q.assessment.max_level);
    // Under same_indicators one plan decides, per indicator, rated / na / left out.
    std::vector<int> plan(defs.size());
    for (auto& p : plan)
      p = chance(0.8) ? 0 : chance(0.3) ? 1 : 2;
    int instances = pick(1, 3);
    for (int i = 0; i < instances; ++i) {
      int blocks = shape.assessors ? pick(1, 2) : 1;
      for (int b = 0; b < blocks; ++b) {
        pace::ProcessBlock block;
        block.id = process.id;
        block.instance = instances > 1 ? "site-" + std::to_string(i) : "";
        block.assessor = blocks > 1 ? "assessor-" + std::to_string(b) : "";
        int max_level = q.assessment.max_level;
        if (shape.block_levels && chance(0.3)) {
          max_level = pick(1, q.assessment.max_level);
          block.max_level = max_level;
        }
        for (size_t d = 0; d < defs.size(); ++d) {
          if (defs[d].level > max_level) continue;
          int what = shape.same_indicators ? plan[d] : (chance(0.8) ? 0 : chance(0.3) ? 1 : 2);
          if (what == 2) continue;
          pace::IndicatorEntry entry;
          entry.id = defs[d].id;
          if (what == 1) {
            entry.rating.kind = Rating::Kind::not_applicable;
            entry.rating.label = "na";
            entry.note = "does not apply";
          } else {
            entry.rating = value_rating();
          }
          block.ratings.push_back(std::move(entry));
        }
        if (shape.overrides) {
          for (const auto& attribute : rubric.framework.attributes) {
            if (attribute.level > max_level || !chance(0.1)) continue;
            pace::AttributeOverride o;
            o.id = attribute.id;
            o.rating = value_rating();
            o.note = "judged " + std::to_string(pick(0, 99));
            block.attributes.push_back(std::move(o));
          }
        }
        q.processes.push_back(std::move(block));
      }
    }
  }

  std::mt19937 rng_;
};

// Every rated indicator entry of q, as (block index, entry index).
std::vector<std::pair<size_t, size_t>> rated_entries(const Questionnaire& q) {
  std::vector<std::pair<size_t, size_t>> result;
  for (size_t b = 0; b < q.processes.size(); ++b) {
    for (size_t e = 0; e < q.processes[b].ratings.size(); ++e) {
      if (q.processes[b].ratings[e].rating.is_rated()) result.emplace_back(b, e);
    }
  }
  return result;
}

const std::vector<RatingMethod> kMethods = {RatingMethod::r1, RatingMethod::r2};
const std::vector<Aggregation> kAggregations = {Aggregation::mean, Aggregation::median,
                                                Aggregation::min};

// "" when no attribute of `after` is below `before`, else the first one that is. Plain code
// rather than one CHECK per attribute: millions of assertions would dominate the run time.
std::string lowered(const std::vector<AttributeResult>& before,
                    const std::vector<AttributeResult>& after) {
  if (before.size() != after.size()) return "attribute count changed";
  for (size_t k = 0; k < before.size(); ++k) {
    if (!before[k].achievement) continue;
    if (!after[k].achievement || *after[k].achievement < *before[k].achievement ||
        *after[k].base < *before[k].base) {
      return before[k].id + " went from " + std::to_string(*before[k].achievement) + " to " +
             (after[k].achievement ? std::to_string(*after[k].achievement) : "nothing");
    }
  }
  return "";
}

// What must not depend on block, instance or indicator order (notes and assessor lists are
// joined in file order, so they are left out).
std::string fingerprint(const AttributeResult& a) {
  std::string text = a.id + " " + std::string(pace::to_string(a.source)) + " " + a.label;
  char buffer[96];
  std::snprintf(buffer, sizeof buffer, " %a %a %d/%d/%d", a.achievement.value_or(-1),
                a.indicator_achievement.value_or(-1), a.indicators_rated, a.indicators_total,
                a.indicators_na);
  return text + buffer;
}

std::string fingerprint(const ProcessResult& p) {
  std::string text = p.id + (p.assessed ? " assessed" : "") + " level " +
                     std::to_string(p.capability_level) + " max " + std::to_string(p.max_level) +
                     " target " + std::to_string(p.target.value_or(-1)) + "\n";
  for (const auto& a : p.attributes)
    text += "  " + fingerprint(a) + "\n";
  std::map<std::string, std::string> instances;
  for (const auto& i : p.instances) {
    std::string entry = "level " + std::to_string(i.capability_level) + " max " +
                        std::to_string(i.max_level) + "\n";
    for (const auto& a : i.attributes)
      entry += "    " + fingerprint(a) + "\n";
    instances[i.instance] = entry;
  }
  for (const auto& [name, entry] : instances)
    text += "  instance '" + name + "' " + entry;
  return text;
}

std::string fingerprint(const ScoreSheet& sheet) {
  std::string text;
  for (const auto& p : sheet.processes)
    text += fingerprint(p);
  return text;
}

} // namespace

TEST_CASE("properties: raising an indicator never lowers an attribute or a level",
          "[score][properties]") {
  int questionnaires = 0;
  for (RatingMethod method : kMethods) {
    for (Aggregation aggregation : kAggregations) {
      Generator gen(1000 + static_cast<unsigned>(method) * 10 + static_cast<unsigned>(aggregation));
      Shape shape;
      shape.method = method;
      shape.aggregation = aggregation;
      shape.assessors = true;
      shape.block_levels = true;
      for (int n = 0; n < 100; ++n, ++questionnaires) {
        Questionnaire q = gen.questionnaire(shape);
        auto rated = rated_entries(q);
        if (rated.empty()) continue;
        ScoreSheet before = pace::score(q, shipped_rubric());
        for (int raise = 0; raise < 3; ++raise) {
          auto [b, e] = rated[static_cast<size_t>(gen.pick(0, static_cast<int>(rated.size()) - 1))];
          Rating& rating = q.processes[b].ratings[e].rating;
          INFO("method " << pace::to_string(method) << ", aggregation "
                         << pace::to_string(aggregation) << ", questionnaire " << n << ", raising "
                         << q.processes[b].id << " " << q.processes[b].ratings[e].id << " from "
                         << rating.percent);
          rating = gen.value_rating(rating.percent);
          ScoreSheet after = pace::score(q, shipped_rubric());
          std::string problem;
          for (size_t p = 0; p < before.processes.size() && problem.empty(); ++p) {
            const ProcessResult& pb = before.processes[p];
            const ProcessResult& pa = after.processes[p];
            if (pa.capability_level < pb.capability_level) problem = pb.id + " level went down";
            if (problem.empty()) problem = lowered(pb.attributes, pa.attributes);
            if (problem.empty() && pa.instances.size() != pb.instances.size()) {
              problem = pb.id + " instance count changed";
            }
            for (size_t i = 0; i < pb.instances.size() && problem.empty(); ++i) {
              if (pa.instances[i].capability_level < pb.instances[i].capability_level) {
                problem = pb.id + " instance level went down";
              }
              if (problem.empty()) {
                problem = lowered(pb.instances[i].attributes, pa.instances[i].attributes);
              }
            }
            if (!problem.empty()) problem = "process " + pb.id + ": " + problem;
          }
          REQUIRE(problem == "");
          before = std::move(after);
        }
      }
    }
  }
  CHECK(questionnaires == 600);
}

TEST_CASE("properties: block, instance and indicator order never change a result",
          "[score][properties]") {
  Generator gen(2024);
  for (int n = 0; n < 700; ++n) {
    Shape shape;
    shape.method = static_cast<RatingMethod>(n % 3);
    shape.aggregation = static_cast<Aggregation>((n / 3) % 3);
    shape.overrides = shape.method != RatingMethod::r1;
    shape.assessors = true;
    shape.block_levels = true;
    Questionnaire q = gen.questionnaire(shape);
    std::string expected = fingerprint(pace::score(q, shipped_rubric()));
    for (int shuffle = 0; shuffle < 2; ++shuffle) {
      std::shuffle(q.processes.begin(), q.processes.end(), gen.rng());
      for (auto& block : q.processes) {
        std::shuffle(block.ratings.begin(), block.ratings.end(), gen.rng());
        std::shuffle(block.attributes.begin(), block.attributes.end(), gen.rng());
      }
      INFO("questionnaire " << n << ", shuffle " << shuffle);
      REQUIRE(fingerprint(pace::score(q, shipped_rubric())) == expected);
    }
  }
}

TEST_CASE("properties: levels never exceed max_level, JSON is identical across runs",
          "[score][properties]") {
  Generator gen(7);
  const int top = shipped_rubric().framework.max_level();
  for (int n = 0; n < 700; ++n) {
    Shape shape;
    shape.method = static_cast<RatingMethod>(n % 3);
    shape.aggregation = static_cast<Aggregation>((n / 3) % 3);
    shape.overrides = shape.method != RatingMethod::r1;
    shape.assessors = n % 2 == 0;
    shape.block_levels = true;
    const Questionnaire q = gen.questionnaire(shape);
    ScoreSheet sheet = pace::score(q, shipped_rubric());
    INFO("questionnaire " << n);
    std::string problem;
    for (const auto& p : sheet.processes) {
      if (p.capability_level > top || p.capability_level > p.max_level) {
        problem += p.id + " level " + std::to_string(p.capability_level) + "; ";
      }
      for (const auto& a : p.attributes) {
        if (a.level > p.max_level && a.achievement) problem += p.id + " " + a.id + " rated; ";
      }
      for (const auto& i : p.instances) {
        if (i.capability_level > i.max_level || i.max_level > q.assessment.max_level) {
          problem += p.id + " instance '" + i.instance + "'; ";
        }
      }
    }
    REQUIRE(problem == "");
    if (n % 5 == 0) {
      Questionnaire copy = q;
      CHECK(pace::render_score_json(pace::score(copy, shipped_rubric())) ==
            pace::render_score_json(sheet));
      CHECK(pace::render_score_text(pace::score(q, shipped_rubric())) ==
            pace::render_score_text(sheet));
    }
  }
}

namespace {

// The shipped rubric with every outcome re-linked one to one: process outcome Ok is achieved by
// BPk alone, and each generic practice has an attribute outcome of its own.
const pace::Rubric& one_indicator_per_outcome() {
  static const pace::Rubric rubric = [] {
    pace::Rubric r = shipped_rubric();
    for (auto& process : r.processes) {
      process.outcomes.clear();
      for (size_t k = 0; k < process.practices.size(); ++k) {
        std::string id = "O" + std::to_string(k + 1);
        process.outcomes.push_back({id, "outcome of " + process.practices[k].id});
        process.practices[k].outcomes = {id};
      }
    }
    for (auto& attribute : r.framework.attributes) {
      attribute.outcomes.clear();
      for (size_t k = 0; k < attribute.practices.size(); ++k) {
        std::string id = attribute.id + "." + std::string(1, static_cast<char>('a' + k));
        attribute.outcomes.push_back({id, "outcome of " + attribute.practices[k].id});
        attribute.practices[k].outcomes = {id};
      }
    }
    return r;
  }();
  return rubric;
}

} // namespace

TEST_CASE("properties: R1 equals R2 when every outcome has exactly one indicator",
          "[score][properties][r1]") {
  // With one indicator per outcome (and one outcome per indicator) an outcome's
  // characterisation is its indicator's rating. For one instance the two methods then aggregate
  // the same values under every aggregation. For several instances R1 aggregates every
  // characterisation at once and R2 the instances' results: equal under min always, and under
  // mean when every instance rates the same indicators; the median of medians differs in
  // general, so median is compared on single-instance processes only.
  Generator gen(3302019);
  int compared = 0;
  for (int n = 0; n < 600; ++n) {
    Shape shape;
    shape.method = RatingMethod::r2;
    shape.aggregation = kAggregations[static_cast<size_t>(n % 3)];
    shape.same_indicators = true;
    Questionnaire q = gen.questionnaire(shape);
    ScoreSheet r2 = pace::score(q, one_indicator_per_outcome());
    q.assessment.rating_method = RatingMethod::r1;
    ScoreSheet r1 = pace::score(q, one_indicator_per_outcome());
    INFO("questionnaire " << n << ", aggregation " << pace::to_string(shape.aggregation));
    std::string problem;
    for (size_t p = 0; p < r1.processes.size(); ++p) {
      const ProcessResult& p1 = r1.processes[p];
      const ProcessResult& p2 = r2.processes[p];
      if (shape.aggregation == Aggregation::median && p1.instances.size() > 1) continue;
      for (size_t k = 0; k < p1.attributes.size(); ++k) {
        const AttributeResult& a1 = p1.attributes[k];
        const AttributeResult& a2 = p2.attributes[k];
        std::string where = p1.id + " " + a1.id + ": ";
        if (a1.achievement.has_value() != a2.achievement.has_value()) {
          problem += where + "rated under one method only; ";
          continue;
        }
        if (!a1.achievement) continue;
        ++compared;
        if (std::abs(*a1.achievement - *a2.achievement) > 1e-9) {
          problem += where + std::to_string(*a1.achievement) + " vs " +
                     std::to_string(*a2.achievement) + "; ";
        }
      }
    }
    REQUIRE(problem == "");
  }
  CHECK(compared > 1000);
}
