// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include <pace/model/number.hpp>
#include <pace/score/level_requirements.hpp>
#include <pace/score/level_up_plan.hpp>
#include <pace/score/what_if.hpp>

namespace pace {

std::string_view to_string(StepMode m) {
  return m == StepMode::to_full ? "f" : "band";
}

std::string action_id(const PlanStep& step, std::string_view process) {
  std::string id(process);
  if (!step.instance.empty()) id += "/" + step.instance;
  return id + "/" + step.indicator;
}

std::string_view to_string(PlanStatus s) {
  switch (s) {
  case PlanStatus::minimal: return "minimal";
  case PlanStatus::search_limit: return "search_limit";
  case PlanStatus::unreachable: return "unreachable";
  }
  return "?";
}

namespace {

constexpr BaseRating kLetters[] = {BaseRating::n, BaseRating::p, BaseRating::l, BaseRating::f};

// A practice of one instance that can climb: every assessor's rating of the indicator there
// (the organisation improves the practice, not one rater's view of it). `start` is the lowest
// band among them (0 = N .. 2 = L; unrated counts as N); `bands` holds each slot's band.
struct Candidate {
  std::vector<size_t> slots;
  std::vector<int> bands;
  int start = 0;
  int max_steps = 1;
  bool first_of_class = true; // the next members of its class take no more steps than this one
};

std::string describe(const AttributeResult& a) {
  if (!a.achievement)
    return a.source == AttributeSource::not_assessed ? "not assessed" : "not rated";
  return a.label + ", " + format_fixed(*a.achievement, 1) + "%";
}

std::string requirement(BaseRating required) {
  return required == BaseRating::f ? "F" : "at least " + std::string(base_rating_label(required));
}

// Searches one blocking attribute: its changes never touch another attribute, so the fewest
// changes for the process are the sum of the fewest for each attribute.
class AttributeSearch {
public:
  AttributeSearch(ProcessWhatIf& what_if, const ProcessResult& current, size_t k,
                  BaseRating required, const PlanOptions& options)
      : what_if_(what_if), current_(current), k_(k), required_(required), options_(options) {
    collect_candidates();
  }

  // Fills steps_ with the chosen climb per candidate; returns the outcome.
  PlanStatus run(std::vector<std::string>& reasons) {
    const AttributeResult& a = current_.attributes[k_];
    std::string pa = spaced_attribute_id(a.id);
    if (what_if_.method() == RatingMethod::r3) {
      reasons.push_back(pa + " needs " + requirement(required_) + " (it is " + describe(a) +
                        "): under rating method R3 the assessor rates it directly and indicators "
                        "only support that judgement");
      return PlanStatus::unreachable;
    }
    std::vector<int> all(candidates_.size());
    for (size_t j = 0; j < candidates_.size(); ++j)
      all[j] = candidates_[j].max_steps;
    bool reachable = !candidates_.empty() && satisfied(all);
    if (!reachable && (candidates_.empty() || monotone_)) {
      reasons.push_back(unreachable_reason(all));
      return PlanStatus::unreachable;
    }
    int most = 0;
    for (int s : all)
      most += s;
    for (int budget = 1; budget <= most && !best_ && !stopped_; ++budget) {
      size_ = budget;
      steps_.assign(candidates_.size(), 0);
      enumerate(0, budget);
    }
    if (best_) {
      steps_ = *best_;
      return PlanStatus::minimal;
    }
    if (!stopped_) {
      reasons.push_back(unreachable_reason(all));
      return PlanStatus::unreachable;
    }
    bool found = greedy();
    if (!found) steps_.assign(candidates_.size(), 0);
    std::string searched =
        size_ > 1 ? ": no plan with fewer than " + std::to_string(size_) + " changes exists for it"
                  : "";
    reasons.push_back("search limit of " + std::to_string(options_.search_limit) +
                      " re-scores reached while planning " + pa + searched +
                      (found ? "; the steps shown for it are a greedy choice and may not be the "
                               "fewest"
                             : "; no greedy plan was found either"));
    return found ? PlanStatus::search_limit : PlanStatus::unreachable;
  }

  const std::vector<Candidate>& candidates() const { return candidates_; }
  const std::vector<int>& steps() const { return steps_; }

  // The band the practice reaches after `steps` climbs, and the changes that put every
  // assessor's rating below it up to it.
  BaseRating letter_after(const Candidate& c, int steps) const {
    return options_.step == StepMode::to_full ? BaseRating::f : kLetters[c.start + steps];
  }

  void add_changes(const Candidate& c, int steps, std::vector<RatingChange>& out) const {
    BaseRating letter = letter_after(c, steps);
    Rating rating = *rating_for(what_if_.framework(), letter);
    for (size_t i = 0; i < c.slots.size(); ++i) {
      if (c.bands[i] < static_cast<int>(letter)) out.push_back({c.slots[i], rating});
    }
  }

private:
  void collect_candidates() {
    const auto& slots = what_if_.slots();
    double f_value = rating_for(what_if_.framework(), BaseRating::f)
                         ? rating_for(what_if_.framework(), BaseRating::f)->percent
                         : 100.0;
    // One practice per (instance, indicator): the slots of its assessors, in file order.
    std::map<std::pair<size_t, std::string>, Candidate> practices;
    std::vector<std::pair<size_t, std::string>> order;
    for (size_t s = 0; s < slots.size(); ++s) {
      const IndicatorSlot& slot = slots[s];
      if (slot.attribute != k_ || what_if_.indicators_ignored(slot.group, slot.attribute_id)) {
        continue;
      }
      if (slot.rating.kind == Rating::Kind::not_applicable) continue;
      int band = 0;
      if (slot.rating.is_rated()) {
        // Adding F to values above F's own value could lower an aggregate: then the "all at F"
        // shortcut below proves nothing and only the full search can tell.
        if (slot.rating.percent > f_value) monotone_ = false;
        band = static_cast<int>(base_of(what_if_.scale(), slot.rating.percent));
      }
      auto key = std::make_pair(slot.group, slot.indicator);
      auto [it, added] = practices.try_emplace(key);
      if (added) order.push_back(key);
      it->second.slots.push_back(s);
      it->second.bands.push_back(band);
    }
    // Interchangeable practices (same instance, same ratings) form one class.
    using Shape = std::vector<std::pair<bool, double>>;
    std::map<std::tuple<int, size_t, Shape>, std::vector<Candidate>> classes;
    for (const auto& key : order) {
      Candidate& c = practices[key];
      c.start = *std::min_element(c.bands.begin(), c.bands.end());
      if (c.start == static_cast<int>(BaseRating::f) || !can_climb(c.start)) continue;
      Shape shape;
      for (size_t s : c.slots)
        shape.emplace_back(slots[s].rating.is_rated(), slots[s].rating.percent);
      std::sort(shape.begin(), shape.end());
      classes[{c.start, key.first, std::move(shape)}].push_back(std::move(c));
    }
    for (auto& [key, members] : classes) {
      for (size_t i = 0; i < members.size(); ++i) {
        Candidate& c = members[i];
        c.max_steps = options_.step == StepMode::to_full ? 1 : 3 - c.start;
        c.first_of_class = i == 0;
        candidates_.push_back(std::move(c));
      }
    }
  }

  bool can_climb(int start) const {
    if (options_.step == StepMode::to_full) {
      return rating_for(what_if_.framework(), BaseRating::f).has_value();
    }
    for (int b = start + 1; b <= 3; ++b) {
      if (!rating_for(what_if_.framework(), kLetters[b])) return false;
    }
    return true;
  }

  std::vector<RatingChange> changes(const std::vector<int>& steps) const {
    std::vector<RatingChange> result;
    for (size_t j = 0; j < candidates_.size(); ++j) {
      if (steps[j] > 0) add_changes(candidates_[j], steps[j], result);
    }
    return result;
  }

  std::optional<double> achievement(const std::vector<int>& steps, bool* ok) {
    ProcessResult r = what_if_.score_with(changes(steps));
    const AttributeResult& a = r.attributes[k_];
    *ok = meets(a, required_);
    return a.achievement;
  }

  bool satisfied(const std::vector<int>& steps) {
    bool ok = false;
    achievement(steps, &ok);
    return ok;
  }

  // Every way to spend exactly `budget` changes, members of a class in non-increasing order so
  // each multiset of climbs is tried once.
  void enumerate(size_t j, int budget) {
    if (stopped_) return;
    if (j == candidates_.size()) {
      if (budget == 0) try_current();
      return;
    }
    int cap = candidates_[j].max_steps;
    if (!candidates_[j].first_of_class) cap = std::min(cap, steps_[j - 1]);
    int rest = 0;
    for (size_t i = j + 1; i < candidates_.size(); ++i)
      rest += candidates_[i].max_steps;
    for (int s = std::min(cap, budget); s >= 0 && budget - s <= rest; --s) {
      steps_[j] = s;
      enumerate(j + 1, budget - s);
      if (stopped_) return;
    }
    steps_[j] = 0;
  }

  void try_current() {
    if (what_if_.evaluations() >= options_.search_limit) {
      stopped_ = true;
      return;
    }
    bool ok = false;
    std::optional<double> value = achievement(steps_, &ok);
    // Among equally short plans the one leaving the attribute highest; ties keep the first.
    if (ok && (!best_ || value.value_or(0) > best_value_ + 1e-9)) {
      best_ = steps_;
      best_value_ = value.value_or(0);
    }
  }

  bool greedy() {
    steps_.assign(candidates_.size(), 0);
    for (;;) {
      bool ok = false;
      achievement(steps_, &ok);
      if (ok) return true;
      std::optional<size_t> pick;
      double pick_value = -1;
      for (size_t j = 0; j < candidates_.size(); ++j) {
        if (steps_[j] >= candidates_[j].max_steps) continue;
        ++steps_[j];
        bool ignored = false;
        double value = achievement(steps_, &ignored).value_or(0);
        --steps_[j];
        if (value > pick_value + 1e-9) {
          pick = j;
          pick_value = value;
        }
      }
      if (!pick) return false;
      ++steps_[*pick];
    }
  }

  std::string unreachable_reason(const std::vector<int>& all) {
    const AttributeResult& a = current_.attributes[k_];
    std::string pa = spaced_attribute_id(a.id);
    std::string head = pa + " needs " + requirement(required_) + " (it is " + describe(a) + ")";
    std::vector<std::string> overridden;
    for (const auto& slot : what_if_.slots()) {
      if (slot.attribute != k_ || !what_if_.indicators_ignored(slot.group, slot.attribute_id)) {
        continue;
      }
      std::string who = slot.instance.empty() ? "" : " of instance '" + slot.instance + "'";
      if (std::find(overridden.begin(), overridden.end(), who) == overridden.end()) {
        overridden.push_back(who);
      }
    }
    if (candidates_.empty()) {
      if (!overridden.empty()) {
        return head + ": the assessor's override" + overridden.front() +
               " decides it and no indicator can change that";
      }
      return head + ": none of its indicators can be raised (they are 'na' or already F)";
    }
    bool ignored = false;
    std::string best = "not rated";
    if (auto v = achievement(all, &ignored)) {
      best = std::string(classify_label(*v)) + ", " + format_fixed(*v, 1) + "%";
    }
    std::string text = head + ": even with every indicator that counts at F it is only " + best;
    if (!overridden.empty()) {
      text += "; the assessor's override";
      for (size_t i = 0; i < overridden.size(); ++i)
        text += (i ? "," : "") + overridden[i];
      text += " holds it down";
    }
    return text;
  }

  std::string_view classify_label(double percent) const {
    return base_rating_label(base_of(what_if_.scale(), percent));
  }

  ProcessWhatIf& what_if_;
  const ProcessResult& current_;
  size_t k_;
  BaseRating required_;
  const PlanOptions& options_;
  std::vector<Candidate> candidates_;
  std::vector<int> steps_;
  std::optional<std::vector<int>> best_;
  double best_value_ = 0;
  int size_ = 0;
  bool stopped_ = false;
  bool monotone_ = true;
};

// The step for one practice: `from` is the lowest of its ratings (the band the climb starts
// from); with several assessors each one's rating is listed too.
PlanStep make_step(const ProcessWhatIf& what_if, const Candidate& c, int climbed,
                   const std::vector<RatingChange>& changes) {
  const auto& slots = what_if.slots();
  size_t lowest = 0;
  for (size_t i = 1; i < c.slots.size(); ++i) {
    if (c.bands[i] < c.bands[lowest]) lowest = i;
  }
  const IndicatorSlot& slot = slots[c.slots[lowest]];
  PlanStep step;
  step.attribute = slot.attribute_id;
  step.indicator = slot.indicator;
  step.instance = slot.instance;
  if (c.slots.size() == 1) step.assessor = slot.assessor;
  if (slot.rating.is_rated()) {
    step.from = slot.rating.label;
    step.from_percent = slot.rating.percent;
  }
  step.to = changes.front().rating.label;
  step.to_percent = changes.front().rating.percent;
  step.changes = climbed;
  for (size_t s : c.slots) {
    const IndicatorSlot& rater = slots[s];
    if (c.slots.size() > 1) step.raters.push_back({rater.assessor, rater.rating.label});
    if (step.note.empty()) step.note = rater.note;
    for (const auto& e : rater.evidence) {
      if (std::find(step.evidence.begin(), step.evidence.end(), e) == step.evidence.end()) {
        step.evidence.push_back(e);
      }
    }
  }
  return step;
}

} // namespace

LevelUpPlan plan_level_up(const Questionnaire& q, const Rubric& rubric,
                          const ProcessResult& current, int target, const PlanOptions& options) {
  LevelUpPlan plan;
  plan.target = target;
  plan.reaches_level = current.capability_level;
  if (!current.assessed || current.capability_level >= target) return plan;
  ProcessWhatIf what_if(q, rubric, current.id);
  std::vector<RatingChange> all_changes;
  std::vector<size_t> blocking = blocking_attributes(current.attributes, target);
  std::string not_assessed;
  for (size_t k : blocking) {
    if (current.attributes[k].source != AttributeSource::not_assessed) continue;
    not_assessed +=
        (not_assessed.empty() ? "" : ", ") + spaced_attribute_id(current.attributes[k].id);
  }
  if (!not_assessed.empty()) {
    plan.status = PlanStatus::unreachable;
    plan.reasons.push_back("the assessment stops at max_level " +
                           std::to_string(current.max_level) + ", below the target " +
                           std::to_string(target) + " (" + not_assessed + " not assessed)");
  }
  for (size_t k : blocking) {
    if (current.attributes[k].source == AttributeSource::not_assessed) continue;
    BaseRating required = *required_base(current.attributes, k, target);
    AttributeSearch search(what_if, current, k, required, options);
    PlanStatus status = search.run(plan.reasons);
    plan.status = std::max(plan.status, status); // unreachable over search_limit over minimal
    if (search.steps().empty()) continue;
    const AttributeResult& before = current.attributes[k];
    for (size_t j = 0; j < search.candidates().size(); ++j) {
      int climbed = search.steps()[j];
      if (climbed == 0) continue;
      const Candidate& c = search.candidates()[j];
      std::vector<RatingChange> changes;
      search.add_changes(c, climbed, changes);
      plan.steps.push_back(make_step(what_if, c, climbed, changes));
      ProcessResult alone = what_if.score_with(changes);
      plan.steps.back().effect =
          alone.attributes[k].achievement.value_or(0) - before.achievement.value_or(0);
      all_changes.insert(all_changes.end(), changes.begin(), changes.end());
    }
  }
  const ProcessDef* process = rubric.find_process(current.id);
  std::vector<IndicatorDef> defs =
      process ? rubric.indicators(*process, target) : std::vector<IndicatorDef>{};
  for (auto& s : plan.steps) {
    plan.changes += s.changes;
    auto def = std::find_if(defs.begin(), defs.end(),
                            [&](const IndicatorDef& d) { return d.id == s.indicator; });
    if (def != defs.end()) s.text = def->text;
  }
  std::stable_sort(plan.steps.begin(), plan.steps.end(), [](const PlanStep& a, const PlanStep& b) {
    if (std::abs(a.effect - b.effect) > 1e-9) return a.effect > b.effect;
    return a.attribute < b.attribute;
  });
  plan.reaches_level = what_if.score_with(all_changes).capability_level;
  plan.evaluations = what_if.evaluations();
  return plan;
}

} // namespace pace
