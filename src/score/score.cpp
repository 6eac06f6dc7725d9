// SPDX-License-Identifier: MIT
#include <algorithm>
#include <limits>
#include <map>
#include <optional>
#include <string_view>
#include <unordered_map>

#include <pace/model/number.hpp>
#include <pace/model/questionnaire.hpp>
#include <pace/score/aggregate.hpp>
#include <pace/score/rating_scale.hpp>
#include <pace/score/score.hpp>

namespace pace {

namespace {

// What one instance offers for one attribute before aggregation.
struct Evidence4Attribute {
  std::vector<double> indicator_values;
  std::vector<double> override_values;
  std::vector<double> outcome_values; // R1: one characterisation per rated outcome
  std::string note;
  int rated = 0;
  int total = 0;
  int na = 0;
  int outcomes_rated = 0;
  int outcomes_total = 0;
};

struct InstanceGroup {
  std::string instance;
  std::vector<const ProcessBlock*> blocks;
};

void set_achievement(AttributeResult& a, double percent, const Scale& scale) {
  a.achievement = percent;
  const Band& band = classify(scale, percent);
  a.label = band.label;
  a.base = band.base;
}

// A block's ratings sorted by id, so each indicator is a binary search away. The sort is stable:
// with a repeated id (only possible in a hand-built model) the first one wins, as in file order.
class RatingIndex {
public:
  explicit RatingIndex(const ProcessBlock& block) : block_(block) {
    entries_.reserve(block.ratings.size());
    for (const auto& r : block.ratings)
      entries_.emplace_back(r.id, &r);
    std::stable_sort(entries_.begin(), entries_.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    overrides_.reserve(block.attributes.size());
    for (const auto& o : block.attributes)
      overrides_.emplace_back(o.id, &o);
    std::stable_sort(overrides_.begin(), overrides_.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
  }
  const ProcessBlock& block() const { return block_; }
  const IndicatorEntry* find(std::string_view id) const {
    auto it =
        std::lower_bound(entries_.begin(), entries_.end(), id,
                         [](const auto& entry, std::string_view key) { return entry.first < key; });
    return it != entries_.end() && it->first == id ? it->second : nullptr;
  }

  // The block's overrides of one attribute, in file order (the sort is stable).
  template <typename Visit> void for_each_override(std::string_view attribute, Visit visit) const {
    auto [first, last] =
        std::equal_range(overrides_.begin(), overrides_.end(), std::pair{attribute, nullptr},
                         [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto it = first; it != last; ++it)
      visit(*it->second);
  }

private:
  const ProcessBlock& block_;
  std::vector<std::pair<std::string_view, const IndicatorEntry*>> entries_;
  std::vector<std::pair<std::string_view, const AttributeOverride*>> overrides_;
};

// `indicator_ids`: the ids of the attribute's indicators for this process, in rubric order.
Evidence4Attribute collect(const std::vector<RatingIndex>& blocks, const AttributeDef& attribute,
                           const std::vector<std::string_view>& indicator_ids) {
  Evidence4Attribute e;
  for (const RatingIndex& index : blocks) {
    for (std::string_view id : indicator_ids) {
      ++e.total;
      const IndicatorEntry* entry = index.find(id);
      if (!entry) continue;
      if (entry->rating.is_rated()) {
        e.indicator_values.push_back(entry->rating.percent);
        ++e.rated;
      } else if (entry->rating.kind == Rating::Kind::not_applicable) {
        ++e.na;
      }
    }
    index.for_each_override(attribute.id, [&](const AttributeOverride& o) {
      if (o.rating.is_rated()) {
        e.override_values.push_back(o.rating.percent);
        if (!o.note.empty()) e.note += (e.note.empty() ? "" : " / ") + o.note;
      }
    });
  }
  return e;
}

// R1 (ISO/IEC 33020): the characterisation of one outcome at one instance. A direct rating of
// the outcome wins (several assessors' are aggregated); otherwise the rated indicators linked
// to it, aggregated. nullopt when neither exists (or the outcome is rated "na").
std::optional<double> characterise(const std::vector<RatingIndex>& blocks,
                                   const OutcomeDef& outcome, Aggregation method) {
  std::vector<double> direct;
  bool not_applicable = false;
  for (const RatingIndex& index : blocks) {
    if (const IndicatorEntry* entry = index.find(outcome.id)) {
      if (entry->rating.is_rated()) direct.push_back(entry->rating.percent);
      if (entry->rating.kind == Rating::Kind::not_applicable) not_applicable = true;
    }
  }
  if (!direct.empty()) return aggregate(direct, method);
  if (not_applicable) return std::nullopt;
  std::vector<double> linked;
  for (const RatingIndex& index : blocks) {
    for (const auto& id : outcome.indicators) {
      const IndicatorEntry* entry = index.find(id);
      if (entry && entry->rating.is_rated()) linked.push_back(entry->rating.percent);
    }
  }
  if (linked.empty()) return std::nullopt;
  return aggregate(linked, method);
}

class ProcessScorer {
public:
  ProcessScorer(const Questionnaire& q, const Rubric& rubric, const Scale& scale)
      : q_(q), rubric_(rubric), scale_(scale), method_(q.assessment.aggregation) {}

  ProcessResult run(const ProcessDef& process, const std::vector<InstanceGroup>& groups) {
    ProcessResult result;
    result.id = process.id;
    result.name = process.name;
    result.category = process.category;
    result.assessed = !groups.empty();
    result.max_level = 0;
    result.target = q_.assessment.target;
    // The first block (file order) that names a target wins. Comparing with the assessment's
    // target instead let a later instance win whenever the first one equalled it.
    bool block_target = false;
    for (const auto& g : groups) {
      for (const ProcessBlock* b : g.blocks) {
        result.max_level = std::max(result.max_level, effective_max_level(*b, q_.assessment));
        if (b->target && !block_target) {
          result.target = b->target;
          block_target = true;
        }
      }
    }
    // The indicators of each attribute, worked out once per process rather than once per
    // instance and attribute (rubric.indicators() copies every practice text).
    // Each definition goes to every attribute of its id (one, unless a hand-built framework
    // repeats an id) through a map built once: not a scan of all definitions per attribute.
    const auto& attributes = rubric_.framework.attributes;
    std::unordered_map<std::string_view, std::vector<size_t>> attribute_slots;
    for (size_t k = 0; k < attributes.size(); ++k)
      attribute_slots[attributes[k].id].push_back(k);
    std::vector<IndicatorDef> defs = rubric_.indicators(process, std::numeric_limits<int>::max());
    std::vector<std::vector<std::string_view>> indicator_ids(attributes.size());
    for (const auto& def : defs) {
      auto it = attribute_slots.find(def.attribute);
      if (it == attribute_slots.end()) continue;
      for (size_t k : it->second) {
        if (def.level <= attributes[k].level) indicator_ids[k].push_back(def.id);
      }
    }
    // R1's units: the outcomes of each attribute.
    std::vector<OutcomeDef> outcome_defs;
    std::vector<std::vector<const OutcomeDef*>> outcomes_of(attributes.size());
    if (q_.assessment.rating_method == RatingMethod::r1) {
      outcome_defs = rubric_.outcomes(process);
      for (const auto& o : outcome_defs) {
        auto it = attribute_slots.find(o.attribute);
        if (it == attribute_slots.end()) continue;
        for (size_t k : it->second)
          outcomes_of[k].push_back(&o);
      }
    }
    std::vector<std::vector<Evidence4Attribute>> per_instance(groups.size());
    for (size_t i = 0; i < groups.size(); ++i) {
      std::vector<RatingIndex> blocks;
      for (const ProcessBlock* b : groups[i].blocks)
        blocks.emplace_back(*b);
      InstanceResult instance;
      instance.instance = groups[i].instance;
      for (const ProcessBlock* b : groups[i].blocks) {
        if (!b->assessor.empty()) instance.assessors.push_back(b->assessor);
        instance.max_level = std::max(instance.max_level, effective_max_level(*b, q_.assessment));
      }
      instance.attributes.reserve(attributes.size());
      per_instance[i].reserve(attributes.size());
      for (size_t k = 0; k < attributes.size(); ++k) {
        const AttributeDef& attribute = attributes[k];
        Evidence4Attribute e = collect(blocks, attribute, indicator_ids[k]);
        for (const OutcomeDef* o : outcomes_of[k]) {
          ++e.outcomes_total;
          if (auto c = characterise(blocks, *o, method_)) {
            e.outcome_values.push_back(*c);
            ++e.outcomes_rated;
          }
        }
        instance.attributes.push_back(instance_attribute(attribute, e, instance.max_level));
        per_instance[i].push_back(std::move(e));
      }
      instance.capability_level = capability_level(instance.attributes);
      result.instances.push_back(std::move(instance));
    }
    result.attributes.reserve(attributes.size());
    for (size_t k = 0; k < rubric_.framework.attributes.size(); ++k) {
      result.attributes.push_back(
          process_attribute(rubric_.framework.attributes[k], k, result, per_instance));
    }
    result.capability_level = capability_level(result.attributes);
    result.why_not_next = explain_next_level(result, rubric_.framework);
    return result;
  }

private:
  AttributeResult blank(const AttributeDef& attribute, int max_level) const {
    AttributeResult a;
    a.id = attribute.id;
    a.level = attribute.level;
    a.source =
        attribute.level > max_level ? AttributeSource::not_assessed : AttributeSource::not_rated;
    return a;
  }

  AttributeResult instance_attribute(const AttributeDef& attribute, const Evidence4Attribute& e,
                                     int max_level) const {
    AttributeResult a = blank(attribute, max_level);
    a.indicators_rated = e.rated;
    a.indicators_total = e.total;
    a.indicators_na = e.na;
    if (q_.assessment.rating_method == RatingMethod::r1) {
      a.outcomes_rated = e.outcomes_rated;
      a.outcomes_total = e.outcomes_total;
    }
    if (a.source == AttributeSource::not_assessed) return a;
    if (q_.assessment.rating_method == RatingMethod::r1) {
      // The outcome characterisations of this instance (shown per instance only; the process
      // rating aggregates them over all instances at once).
      if (!e.outcome_values.empty()) {
        set_achievement(a, aggregate(e.outcome_values, method_), scale_);
        a.source = AttributeSource::computed;
      }
      return a;
    }
    bool use_override =
        !e.override_values.empty() && q_.assessment.rating_method != RatingMethod::r1;
    if (use_override) {
      set_achievement(a, aggregate(e.override_values, method_), scale_);
      a.source = AttributeSource::assessor_override;
      a.note = e.note;
    } else if (!e.indicator_values.empty() && q_.assessment.rating_method != RatingMethod::r3) {
      set_achievement(a, aggregate(e.indicator_values, method_), scale_);
      a.source = AttributeSource::computed;
    }
    if (q_.assessment.rating_method == RatingMethod::r3 && !e.indicator_values.empty()) {
      a.indicator_achievement = aggregate(e.indicator_values, method_);
    }
    return a;
  }

  AttributeResult
  process_attribute(const AttributeDef& attribute, size_t k, const ProcessResult& result,
                    const std::vector<std::vector<Evidence4Attribute>>& per_instance) {
    AttributeResult a = blank(attribute, result.max_level);
    std::vector<double> pooled_indicators;
    std::vector<double> outcome_values;
    std::vector<double> instance_values;
    std::vector<double> overrides;
    bool any_override = false;
    std::string notes;
    for (size_t i = 0; i < per_instance.size(); ++i) {
      const Evidence4Attribute& e = per_instance[i][k];
      a.indicators_rated += e.rated;
      a.indicators_total += e.total;
      a.indicators_na += e.na;
      pooled_indicators.insert(pooled_indicators.end(), e.indicator_values.begin(),
                               e.indicator_values.end());
      outcome_values.insert(outcome_values.end(), e.outcome_values.begin(), e.outcome_values.end());
      if (q_.assessment.rating_method == RatingMethod::r1) {
        a.outcomes_rated = a.outcomes_rated.value_or(0) + e.outcomes_rated;
        a.outcomes_total = a.outcomes_total.value_or(0) + e.outcomes_total;
      }
      overrides.insert(overrides.end(), e.override_values.begin(), e.override_values.end());
      const AttributeResult& ia = result.instances[i].attributes[k];
      if (ia.achievement) {
        instance_values.push_back(*ia.achievement);
        any_override = any_override || ia.source == AttributeSource::assessor_override;
      }
      if (!ia.note.empty()) notes += (notes.empty() ? "" : " / ") + ia.note;
    }
    if (a.source == AttributeSource::not_assessed) return a;
    switch (q_.assessment.rating_method) {
    case RatingMethod::r1:
      // Every outcome characterisation of every instance, aggregated at once.
      if (!outcome_values.empty()) {
        set_achievement(a, aggregate(outcome_values, method_), scale_);
        a.source = AttributeSource::computed;
      }
      break;
    case RatingMethod::r2:
      // Per instance first, then over the instances that rated it.
      if (!instance_values.empty()) {
        set_achievement(a, aggregate(instance_values, method_), scale_);
        a.source = any_override ? AttributeSource::assessor_override : AttributeSource::computed;
        a.note = notes;
      }
      break;
    case RatingMethod::r3:
      // One judgement per attribute across instances; indicators only support it.
      if (!overrides.empty()) {
        set_achievement(a, aggregate(overrides, method_), scale_);
        a.source = AttributeSource::assessor_override;
        a.note = notes;
      }
      if (!pooled_indicators.empty()) {
        a.indicator_achievement = aggregate(pooled_indicators, method_);
      }
      break;
    }
    return a;
  }

  const Questionnaire& q_;
  const Rubric& rubric_;
  const Scale& scale_;
  Aggregation method_;
};

std::string describe(const AttributeResult& a) {
  if (!a.achievement) {
    return a.source == AttributeSource::not_assessed ? "not assessed" : "not rated";
  }
  return a.label + ", " + format_fixed(*a.achievement, 1) + "%";
}

} // namespace

namespace {

// Each process carries its findings in reading order (finding_precedes), so every report lists
// them the same way.
void attach_findings(const Questionnaire& q, ScoreSheet& sheet) {
  if (q.findings.empty()) return;
  for (ProcessResult& p : sheet.processes) {
    for (const Finding& f : q.findings) {
      if (f.process == p.id) p.findings.push_back(f);
    }
    std::sort(p.findings.begin(), p.findings.end(), finding_precedes);
  }
}

} // namespace

std::string explain_next_level(const ProcessResult& p, const Framework& framework) {
  std::string head = p.id + " is at level " + std::to_string(p.capability_level);
  if (!p.assessed) return p.id + " was not assessed";
  int next = p.capability_level + 1;
  if (next > framework.max_level()) return head + ", the highest level";
  if (next > p.max_level) {
    return head + ", the highest level assessed (max_level " + std::to_string(p.max_level) + ")";
  }
  std::vector<std::string> needs;
  for (const auto& a : p.attributes) {
    if (a.level > next) continue;
    bool at_level = a.level == next;
    bool ok = a.base && (at_level ? *a.base >= BaseRating::l : *a.base == BaseRating::f);
    if (ok) continue;
    std::string need = spaced_attribute_id(a.id) + (at_level ? " at least L" : " F");
    needs.push_back(need + " (it is " + describe(a) + ")");
  }
  std::string text = head + ": level " + std::to_string(next) + " needs ";
  for (size_t i = 0; i < needs.size(); ++i) {
    if (i > 0) text += i + 1 == needs.size() ? " and " : ", ";
    text += needs[i];
  }
  return text;
}

ScoreSheet score(const Questionnaire& q, const Rubric& rubric) {
  ScoreSheet sheet;
  sheet.assessment = q.assessment;
  sheet.questionnaire_path = q.path;
  sheet.rubric_id = rubric.id;
  sheet.rubric_version = rubric.version;
  sheet.framework_id = rubric.framework.id;
  sheet.framework_version = rubric.framework.version;
  sheet.rating_values = rubric.framework.rating_values;
  sheet.rubric_path = rubric.path;
  sheet.rubric_sha256 = rubric.sha256;
  sheet.rubric_shadowed = rubric.shadowed;
  sheet.categories = rubric.categories;
  sheet.maturity = rubric.maturity;
  const Scale* scale = rubric.framework.find_scale(q.assessment.scale);
  if (!scale) scale = rubric.framework.find_scale(rubric.framework.default_scale);
  ProcessScorer scorer(q, rubric, *scale);
  // The blocks of each process, grouped by instance in order of first appearance: one pass over
  // the blocks with a map from (process, instance) to its group, not a search per block.
  std::unordered_map<std::string_view, std::vector<InstanceGroup>> groups_of;
  std::unordered_map<std::string_view, std::unordered_map<std::string_view, size_t>> slot_of;
  for (const auto& block : q.processes) {
    std::vector<InstanceGroup>& groups = groups_of[block.id];
    auto [it, inserted] = slot_of[block.id].try_emplace(block.instance, groups.size());
    if (inserted) groups.push_back({block.instance, {}});
    groups[it->second].blocks.push_back(&block);
  }
  const std::vector<InstanceGroup> none;
  for (const auto& process : rubric.processes) {
    auto it = groups_of.find(process.id);
    sheet.processes.push_back(scorer.run(process, it == groups_of.end() ? none : it->second));
  }
  attach_findings(q, sheet);
  return sheet;
}

} // namespace pace
