// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cassert>

#include <pace/model/questionnaire.hpp>
#include <pace/score/rating_scale.hpp>
#include <pace/score/score.hpp>
#include <pace/score/what_if.hpp>

namespace pace {

namespace {

// Scoring never reads practice or outcome texts (only outcome ids and links), nor attributes above
// every block's max_level (they come out "not assessed" and stop the level count where max_level
// does); dropping them keeps the many re-scores of a search from copying paragraphs of prose.
// Attributes stay a prefix in level order, so their indices match the full ProcessResult.
Rubric one_process_rubric(const Rubric& rubric, const ProcessDef& process, int max_level) {
  Rubric reduced;
  reduced.id = rubric.id;
  reduced.framework_id = rubric.framework_id;
  reduced.categories = rubric.categories;
  reduced.framework = rubric.framework;
  auto& attributes = reduced.framework.attributes;
  attributes.erase(std::remove_if(attributes.begin(), attributes.end(),
                                  [&](const AttributeDef& a) { return a.level > max_level; }),
                   attributes.end());
  for (auto& attribute : attributes) {
    for (auto& gp : attribute.practices)
      gp.text.clear();
    for (auto& o : attribute.outcomes)
      o.text.clear();
  }
  // Outcome ids and the practices' links to them stay: rating method R1 scores through them.
  ProcessDef copy = process;
  copy.purpose.clear();
  for (auto& o : copy.outcomes)
    o.text.clear();
  for (auto& bp : copy.practices) {
    bp.text.clear();
    bp.iso27001.clear();
  }
  reduced.processes.push_back(std::move(copy));
  return reduced;
}

} // namespace

BaseRating base_of(const Scale& scale, double percent) {
  return classify(scale, percent).base;
}

std::optional<Rating> rating_for(const Framework& framework, BaseRating b) {
  const RatingValue* value = framework.find_rating(base_rating_label(b));
  if (!value) return std::nullopt;
  Rating r;
  r.kind = Rating::Kind::value;
  r.label = value->label;
  r.percent = value->percent;
  return r;
}

ProcessWhatIf::ProcessWhatIf(const Questionnaire& q, const Rubric& rubric,
                             const std::string& process_id) {
  const ProcessDef* process = rubric.find_process(process_id);
  assert(process);
  int process_max_level = 0;
  for (const auto& block : q.processes) {
    if (block.id != process_id) continue;
    process_max_level = std::max(process_max_level, effective_max_level(block, q.assessment));
  }
  rubric_ = one_process_rubric(rubric, *process, process_max_level);
  questionnaire_.schema = q.schema;
  questionnaire_.path = q.path;
  questionnaire_.assessment = q.assessment;
  scale_ = rubric_.framework.find_scale(q.assessment.scale);
  if (!scale_) scale_ = rubric_.framework.find_scale(rubric_.framework.default_scale);
  assert(scale_);
  std::vector<std::string> groups;
  for (const auto& block : q.processes) {
    if (block.id != process_id) continue;
    auto it = std::find(groups.begin(), groups.end(), block.instance);
    size_t group = static_cast<size_t>(it - groups.begin());
    if (it == groups.end()) {
      groups.push_back(block.instance);
      overridden_.emplace_back();
    }
    ProcessBlock copy = block;
    for (const auto& o : block.attributes) {
      if (o.rating.is_rated()) overridden_[group].push_back(o.id);
    }
    size_t block_index = questionnaire_.processes.size();
    int max_level = effective_max_level(block, q.assessment);
    for (const auto& def : rubric.indicators(*process, max_level)) {
      auto entry = std::find_if(copy.ratings.begin(), copy.ratings.end(),
                                [&](const IndicatorEntry& e) { return e.id == def.id; });
      IndicatorSlot slot;
      slot.block = block_index;
      slot.group = group;
      slot.indicator = def.id;
      slot.attribute_id = def.attribute;
      for (size_t k = 0; k < rubric.framework.attributes.size(); ++k) {
        if (rubric.framework.attributes[k].id == def.attribute) slot.attribute = k;
      }
      slot.instance = block.instance;
      slot.assessor = block.assessor;
      if (entry == copy.ratings.end()) {
        // Absent and "" score alike; an entry to change in place makes both a slot.
        IndicatorEntry added;
        added.id = def.id;
        copy.ratings.push_back(added);
        entry = copy.ratings.end() - 1;
      } else {
        slot.rating = entry->rating;
        slot.note = entry->note;
        slot.evidence = entry->evidence;
      }
      entry_of_slot_.emplace_back(block_index, static_cast<size_t>(entry - copy.ratings.begin()));
      slots_.push_back(std::move(slot));
    }
    copy.attributes = block.attributes;
    questionnaire_.processes.push_back(std::move(copy));
  }
}

bool ProcessWhatIf::indicators_ignored(size_t group, const std::string& attribute_id) const {
  switch (method()) {
  case RatingMethod::r1: return false;
  case RatingMethod::r3: return true;
  case RatingMethod::r2: {
    const auto& ids = overridden_[group];
    return std::find(ids.begin(), ids.end(), attribute_id) != ids.end();
  }
  }
  return false;
}

ProcessResult ProcessWhatIf::score_with(const std::vector<RatingChange>& changes) {
  ++evaluations_;
  for (const auto& c : changes) {
    auto [block, entry] = entry_of_slot_[c.slot];
    questionnaire_.processes[block].ratings[entry].rating = c.rating;
  }
  ScoreSheet sheet = score(questionnaire_, rubric_);
  for (const auto& c : changes) {
    auto [block, entry] = entry_of_slot_[c.slot];
    questionnaire_.processes[block].ratings[entry].rating = slots_[c.slot].rating;
  }
  return std::move(sheet.processes.front());
}

} // namespace pace
