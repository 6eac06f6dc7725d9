// SPDX-License-Identifier: MIT
#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include <pace/check/finding_check.hpp>
#include <pace/check/questionnaire_check.hpp>
#include <pace/diag/spelling.hpp>
#include <pace/model/indicator_index.hpp>

namespace pace {

namespace {

std::string join(const std::vector<std::string>& items, std::string_view separator = ", ") {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

bool looks_numeric(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789.") == std::string_view::npos;
}

// A process's outcomes with the lookups the checks need, worked out once per process rather
// than once per block (a file may hold hundreds of thousands of blocks of one process), so no
// check scans every outcome per rating.
struct ProcessOutcomes {
  std::vector<OutcomeDef> outcomes;
  std::unordered_map<std::string_view, const OutcomeDef*> by_id; // the first of a repeated id
  // indicator id -> the outcomes it achieves, in rubric order
  std::unordered_map<std::string_view, std::vector<const OutcomeDef*>> of_indicator;
};

class Checker {
public:
  Checker(Questionnaire& q, const Rubric& rubric, Diagnostics& diags)
      : q_(q), rubric_(rubric), diags_(diags), index_(rubric) {
    for (const auto& rv : rubric.framework.rating_values)
      labels_.push_back(rv.label);
    // Hints prefer the plain letters: "Lf" is far more likely a typo of L than of L- or L+.
    hint_labels_ = labels_;
    std::stable_sort(
        hint_labels_.begin(), hint_labels_.end(),
        [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
    for (const auto& e : q.evidence)
      evidence_ids_.push_back(e.id);
    // Large registers are cited tens of thousands of times: look ids up, don't scan for them.
    known_evidence_.insert(evidence_ids_.begin(), evidence_ids_.end());
  }

  void run() {
    check_scale();
    check_r1_units();
    check_evidence_register();
    std::map<std::tuple<std::string, std::string, std::string>, int> seen_blocks;
    std::map<std::pair<std::string, std::string>, const AttributeOverride*> r3_overrides;
    for (auto& block : q_.processes) {
      const ProcessDef* process = rubric_.find_process(block.id);
      if (!process) {
        if (!block.id.empty()) {
          diags_.error(block.id_pos, "unknown process '" + block.id + "'",
                       did_you_mean(block.id, rubric_.process_ids()));
        }
        continue;
      }
      auto key = std::tuple(block.id, block.instance, block.assessor);
      if (auto [it, inserted] = seen_blocks.emplace(key, block.pos.line); !inserted) {
        diags_.error(block.pos, "duplicate " + describe_block(block),
                     "first defined at line " + std::to_string(it->second) +
                         "; give each instance its own 'instance' name");
      }
      check_block(block, *process, r3_overrides);
    }
    check_mixed_instances();
  }

private:
  // A block without an instance name beside named ones of the same process is most likely a
  // forgotten name: it is scored as an instance of its own.
  void check_mixed_instances() {
    std::map<std::string, std::pair<int, std::string>> unnamed_line_named; // id: line, a name
    for (const auto& block : q_.processes) {
      auto& [line, named] = unnamed_line_named[block.id];
      if (block.instance.empty() && line == 0) line = block.pos.line;
      if (!block.instance.empty() && named.empty()) named = block.instance;
    }
    for (const auto& block : q_.processes) {
      auto it = unnamed_line_named.find(block.id);
      if (it == unnamed_line_named.end() || it->second.second.empty() || !block.instance.empty() ||
          it->second.first != block.pos.line || !rubric_.find_process(block.id)) {
        continue;
      }
      diags_.warning(block.pos,
                     "process '" + block.id + "' has a block without an instance name beside " +
                         "named instances (such as '" + it->second.second + "')",
                     "the unnamed block is scored as an instance of its own; give it an "
                     "'instance' name");
    }
  }

  void check_scale() {
    if (rubric_.framework.find_scale(q_.assessment.scale)) return;
    std::vector<std::string> ids;
    for (const auto& s : rubric_.framework.scales)
      ids.push_back(s.id);
    std::string hint = did_you_mean(q_.assessment.scale, ids);
    diags_.error(q_.assessment.scale_pos, "unknown scale '" + q_.assessment.scale + "'",
                 (hint.empty() ? "" : hint + " ") + "(valid: " + join(ids) + ")");
  }

  // R1 characterises outcomes: every attribute it rates needs some, and ratings of indicators
  // that achieve no outcome count toward nothing.
  void check_r1_units() {
    if (q_.assessment.rating_method != RatingMethod::r1) return;
    int top = q_.assessment.max_level;
    for (const auto& b : q_.processes)
      top = std::max(top, effective_max_level(b, q_.assessment));
    for (const auto& a : rubric_.framework.attributes) {
      if (a.level > top || a.practices.empty() || !a.outcomes.empty()) continue;
      diags_.error(q_.assessment.rating_method_pos,
                   "rating method R1 needs the outcomes of '" + a.id + "', and framework '" +
                       rubric_.framework.id + "' declares none",
                   "declare its [[attribute.outcome]] entries and link each generic practice "
                   "to them, or use R2");
    }
  }

  void check_evidence_register() {
    std::map<std::string, int> seen;
    for (const auto& e : q_.evidence) {
      if (e.id.empty()) continue;
      if (auto [it, inserted] = seen.emplace(e.id, e.pos.line); !inserted) {
        diags_.error(e.pos, "duplicate evidence id '" + e.id + "'",
                     "first defined at line " + std::to_string(it->second));
      }
      if (e.date && q_.assessment.date.year != 0 && *e.date > q_.assessment.date) {
        diags_.warning(e.date_pos, "evidence '" + e.id + "' is dated " + e.date->to_string() +
                                       ", after the assessment date " +
                                       q_.assessment.date.to_string());
      }
    }
  }

  // Resolves a label to its percentage; false (and reported) when the label is unknown. `what`
  // names the rating for the message; built only then, as most ratings are fine.
  template <typename What> bool resolve(Rating& rating, const SourcePos& pos, const What& what) {
    if (rating.kind != Rating::Kind::value || rating.explicit_number) return true;
    if (const RatingValue* rv = rubric_.framework.find_rating(rating.label)) {
      rating.percent = rv->percent;
      return true;
    }
    std::string note;
    if (looks_numeric(rating.label)) {
      note = "write a percentage as a number, without quotes: " + rating.label;
    } else {
      std::string hint = did_you_mean(rating.label, hint_labels_);
      note = (hint.empty() ? "" : hint + " ") + "(valid: " + join(labels_) +
             ", a number 0-100, \"na\" or \"\")";
    }
    diags_.error(pos, "unknown rating '" + rating.label + "' for " + what(), note);
    rating.kind = Rating::Kind::unrated;
    return false;
  }

  void check_block(ProcessBlock& block, const ProcessDef& process,
                   std::map<std::pair<std::string, std::string>, const AttributeOverride*>& r3) {
    int max_level = effective_max_level(block, q_.assessment);
    // A missing or out-of-range max_level is reported by the loader (and left 0): comparing
    // against it would only repeat that error once per indicator.
    bool max_level_known = max_level >= 1;
    const std::vector<IndicatorDef>& all = index_.all(process);
    const ProcessOutcomes& po = outcomes_of(process);
    const std::vector<OutcomeDef>& outcomes = po.outcomes;
    std::unordered_set<std::string_view> rated; // rated, or with a malformed rating reported
    std::unordered_set<std::string_view> outcomes_rated; // outcomes rated directly
    for (auto& entry : block.ratings) {
      const IndicatorDef* def = index_.find(process, entry.id);
      auto what = [&] { return "'" + entry.id + "' in " + describe_block(block); };
      if (!def) {
        auto found = po.by_id.find(entry.id);
        if (found != po.by_id.end()) {
          const OutcomeDef* outcome = found->second;
          if (check_outcome_rating(entry, *outcome, block, max_level_known ? max_level : 0) &&
              q_.assessment.rating_method == RatingMethod::r1) {
            outcomes_rated.insert(outcome->id);
          }
          continue;
        }
        report_unknown_id(entry, block, all, outcomes);
        continue;
      }
      if (entry.malformed || !resolve(entry.rating, entry.value_pos, what)) {
        rated.insert(entry.id);
        continue;
      }
      if (entry.rating.kind != Rating::Kind::unrated) {
        rated.insert(entry.id);
        if (max_level_known && def->level > max_level) {
          diags_.error(entry.key_pos,
                       "'" + entry.id + "' rates " + def->attribute + " (level " +
                           std::to_string(def->level) + "), above max_level " +
                           std::to_string(max_level) + " of " + describe_block(block),
                       "raise max_level or leave the indicator out");
        }
      }
      check_na_note(entry);
      check_cited(entry.evidence, entry.evidence_pos);
      if (q_.assessment.rating_method == RatingMethod::r1 && entry.rating.is_rated() &&
          !po.of_indicator.count(entry.id)) {
        diags_.warning(entry.key_pos,
                       "'" + entry.id + "' achieves no outcome in rubric '" + rubric_.id +
                           "', so rating method R1 leaves its rating out",
                       "link it to the outcomes it achieves in the rubric, or use R2");
      }
    }
    check_overrides(block, max_level, r3);
    std::vector<std::string> unrated;
    size_t total = 0;
    for (const auto& i : all) {
      if (i.level > max_level) continue;
      ++total;
      if (!rated.count(i.id) && !superseded(i.id, po, outcomes_rated)) {
        unrated.push_back(i.id);
      }
    }
    if (!unrated.empty()) {
      diags_.warning(block.pos, std::to_string(unrated.size()) + " of " + std::to_string(total) +
                                    " indicators of " + describe_block(block) +
                                    " not rated: " + join(unrated));
    }
  }

  void check_na_note(const IndicatorEntry& entry) {
    if (entry.rating.kind == Rating::Kind::not_applicable && entry.note.empty()) {
      diags_.error(entry.value_pos, "'" + entry.id + "' is rated 'na' without a note",
                   "say why it does not apply: " + entry.id +
                       " = { rating = \"na\", note = \"...\" }");
    }
  }

  // An outcome rated directly (`O2 = "L"`, `"PA2.1.a" = "L"`): the same labels, notes and
  // evidence as an indicator, used by R1 alone. True when it counts as rated.
  bool check_outcome_rating(IndicatorEntry& entry, const OutcomeDef& outcome,
                            const ProcessBlock& block, int max_level) {
    auto what = [&] { return "outcome '" + entry.id + "' in " + describe_block(block); };
    if (entry.malformed || !resolve(entry.rating, entry.value_pos, what)) return true;
    if (entry.rating.kind == Rating::Kind::unrated) return false;
    check_na_note(entry);
    check_cited(entry.evidence, entry.evidence_pos);
    if (max_level >= 1 && outcome.level > max_level) {
      diags_.error(entry.key_pos,
                   "outcome '" + entry.id + "' belongs to " + outcome.attribute + " (level " +
                       std::to_string(outcome.level) + "), above max_level " +
                       std::to_string(max_level) + " of " + describe_block(block),
                   "raise max_level or leave the outcome out");
    }
    if (q_.assessment.rating_method != RatingMethod::r1) {
      std::string linked = outcome.indicators.empty() ? "its indicators" : join(outcome.indicators);
      diags_.error(entry.key_pos,
                   "outcome '" + entry.id +
                       "' is rated directly, which only rating method R1 "
                       "uses (this assessment uses " +
                       std::string(to_string(q_.assessment.rating_method)) + ")",
                   "set rating_method = \"R1\" in [assessment], or rate " + linked);
    }
    return true;
  }

  // Unknown rating key: an outcome-like id is matched against the outcomes, anything else
  // against the indicators.
  void report_unknown_id(const IndicatorEntry& entry, const ProcessBlock& block,
                         const std::vector<IndicatorDef>& all,
                         const std::vector<OutcomeDef>& outcomes) {
    bool outcome_like = (entry.id.size() > 1 && entry.id[0] == 'O' &&
                         entry.id.find_first_not_of("0123456789", 1) == std::string::npos) ||
                        (entry.id.size() > 2 && entry.id.compare(0, 2, "PA") == 0 &&
                         std::count(entry.id.begin(), entry.id.end(), '.') == 2);
    std::vector<std::string> ids;
    if (outcome_like) {
      for (const auto& o : outcomes)
        ids.push_back(o.id);
      diags_.error(entry.key_pos,
                   "unknown outcome '" + entry.id + "' for process '" + block.id + "'",
                   did_you_mean(entry.id, ids));
      return;
    }
    for (const auto& i : all)
      ids.push_back(i.id);
    diags_.error(entry.key_pos,
                 "unknown indicator '" + entry.id + "' for process '" + block.id + "'",
                 did_you_mean(entry.id, ids));
  }

  // Under R1 an indicator need not be rated when every outcome it achieves is rated directly.
  static bool superseded(const std::string& indicator, const ProcessOutcomes& po,
                         const std::unordered_set<std::string_view>& rated) {
    auto it = po.of_indicator.find(indicator);
    if (it == po.of_indicator.end()) return false;
    for (const OutcomeDef* o : it->second) {
      if (!rated.count(o->id)) return false;
    }
    return true;
  }

  const ProcessOutcomes& outcomes_of(const ProcessDef& process) {
    auto [it, inserted] = outcomes_cache_.try_emplace(&process);
    ProcessOutcomes& po = it->second;
    if (inserted) {
      po.outcomes = rubric_.outcomes(process);
      for (const OutcomeDef& o : po.outcomes) {
        po.by_id.try_emplace(o.id, &o);
        for (const auto& indicator : o.indicators) {
          auto& list = po.of_indicator[indicator];
          if (list.empty() || list.back() != &o) list.push_back(&o); // listed twice: once
        }
      }
    }
    return po;
  }

  void check_cited(const std::vector<std::string>& ids, const std::vector<SourcePos>& positions) {
    for (size_t i = 0; i < ids.size(); ++i) {
      if (!known_evidence_.count(ids[i])) {
        diags_.error(positions[i], "unknown evidence '" + ids[i] + "'",
                     did_you_mean(ids[i], evidence_ids_));
      }
    }
  }

  void
  check_overrides(ProcessBlock& block, int max_level,
                  std::map<std::pair<std::string, std::string>, const AttributeOverride*>& r3) {
    for (auto& o : block.attributes) {
      const AttributeDef* def = rubric_.framework.find_attribute(o.id);
      if (!def) {
        std::vector<std::string> attribute_ids; // for the hint only: not built per block
        for (const auto& a : rubric_.framework.attributes)
          attribute_ids.push_back(a.id);
        diags_.error(o.key_pos, "unknown process attribute '" + o.id + "'",
                     did_you_mean(o.id, attribute_ids));
        continue;
      }
      auto what = [&] { return "attribute '" + o.id + "' in " + describe_block(block); };
      check_cited(o.evidence, o.evidence_pos);
      if (o.rating.kind == Rating::Kind::not_applicable) {
        diags_.error(o.value_pos, "a process attribute cannot be rated 'na'",
                     "rate it, or remove the override");
        continue;
      }
      if (!resolve(o.rating, o.value_pos, what)) continue;
      if (o.rating.kind == Rating::Kind::unrated) continue;
      if (max_level >= 1 && def->level > max_level) {
        diags_.error(o.key_pos, "'" + o.id + "' is above max_level " + std::to_string(max_level) +
                                    " of " + describe_block(block));
      }
      if (o.note.empty()) {
        diags_.error(o.value_pos,
                     "override of '" + o.id + "' in " + describe_block(block) + " has no note",
                     "an assessor's judgement needs a justification: \"" + o.id +
                         "\" = { rating = \"" + o.rating.label + "\", note = \"...\" }");
      }
      if (q_.assessment.rating_method == RatingMethod::r1) {
        diags_.error(o.key_pos, "attribute overrides are not allowed under rating method R1",
                     "R1 derives every attribute from its outcomes; rate an outcome directly "
                     "(O1 = ..., \"PA2.1.a\" = ...) or use R2 or R3");
      }
      if (q_.assessment.rating_method == RatingMethod::r3) {
        auto [it, inserted] = r3.emplace(std::pair(block.id, o.id), &o);
        if (!inserted) {
          diags_.error(o.key_pos,
                       "'" + o.id + "' of process '" + block.id +
                           "' is rated more than once under R3",
                       "R3 takes one rating per attribute across instances; first at line " +
                           std::to_string(it->second->key_pos.line));
        }
      }
    }
  }

  Questionnaire& q_;
  const Rubric& rubric_;
  Diagnostics& diags_;
  std::vector<std::string> labels_;
  std::vector<std::string> hint_labels_;
  std::vector<std::string> evidence_ids_;
  std::unordered_set<std::string_view> known_evidence_; // views into evidence_ids_
  IndicatorIndex index_;
  std::map<const ProcessDef*, ProcessOutcomes> outcomes_cache_;
};

} // namespace

void check_questionnaire(Questionnaire& q, const Rubric& rubric, Diagnostics& diags) {
  Checker(q, rubric, diags).run();
  check_findings(q, rubric, diags);
}

} // namespace pace
