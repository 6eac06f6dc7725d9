// SPDX-License-Identifier: MIT
#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <unordered_set>

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
  }

private:
  void check_scale() {
    if (rubric_.framework.find_scale(q_.assessment.scale)) return;
    std::vector<std::string> ids;
    for (const auto& s : rubric_.framework.scales)
      ids.push_back(s.id);
    std::string hint = did_you_mean(q_.assessment.scale, ids);
    diags_.error(q_.assessment.scale_pos, "unknown scale '" + q_.assessment.scale + "'",
                 (hint.empty() ? "" : hint + " ") + "(valid: " + join(ids) + ")");
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
    std::unordered_set<std::string_view> rated; // rated, or with a malformed rating reported
    for (auto& entry : block.ratings) {
      const IndicatorDef* def = index_.find(process, entry.id);
      auto what = [&] { return "'" + entry.id + "' in " + describe_block(block); };
      if (!def) {
        std::vector<std::string> all_ids;
        for (const auto& i : all)
          all_ids.push_back(i.id);
        diags_.error(entry.key_pos,
                     "unknown indicator '" + entry.id + "' for process '" + block.id + "'",
                     did_you_mean(entry.id, all_ids));
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
      if (entry.rating.kind == Rating::Kind::not_applicable && entry.note.empty()) {
        diags_.error(entry.value_pos, "'" + entry.id + "' is rated 'na' without a note",
                     "say why it does not apply: " + entry.id +
                         " = { rating = \"na\", note = \"...\" }");
      }
      check_cited(entry.evidence, entry.evidence_pos);
    }
    check_overrides(block, max_level, r3);
    std::vector<std::string> unrated;
    size_t total = 0;
    for (const auto& i : all) {
      if (i.level > max_level) continue;
      ++total;
      if (!rated.count(i.id)) unrated.push_back(i.id);
    }
    if (!unrated.empty()) {
      diags_.warning(block.pos, std::to_string(unrated.size()) + " of " + std::to_string(total) +
                                    " indicators of " + describe_block(block) +
                                    " not rated: " + join(unrated));
    }
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
    std::vector<std::string> attribute_ids;
    for (const auto& a : rubric_.framework.attributes)
      attribute_ids.push_back(a.id);
    for (auto& o : block.attributes) {
      const AttributeDef* def = rubric_.framework.find_attribute(o.id);
      if (!def) {
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
                     "R1 derives every attribute from its indicators; use R2 or R3");
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
};

} // namespace

void check_questionnaire(Questionnaire& q, const Rubric& rubric, Diagnostics& diags) {
  Checker(q, rubric, diags).run();
}

} // namespace pace
