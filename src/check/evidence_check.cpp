// SPDX-License-Identifier: MIT
#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include <pace/check/evidence_check.hpp>
#include <pace/check/questionnaire_check.hpp>
#include <pace/model/indicator_index.hpp>

namespace pace {

EvidenceRules effective_evidence_rules(const Questionnaire& q, const Rubric& rubric) {
  EvidenceRules rules = rubric.evidence_rules;
  if (!q.evidence_rules) return rules;
  const EvidenceRules& own = *q.evidence_rules;
  if (own.min_items_l) rules.min_items_l = own.min_items_l;
  if (own.min_items_f) rules.min_items_f = own.min_items_f;
  if (own.min_kinds_f) rules.min_kinds_f = own.min_kinds_f;
  if (own.max_age_months) rules.max_age_months = own.max_age_months;
  return rules;
}

namespace {

std::string count_of(int n, const std::string& singular, const std::string& plural) {
  return std::to_string(n) + " " + (n == 1 ? singular : plural);
}

std::string items_of(int n) {
  return count_of(n, "evidence item", "evidence items");
}
std::string kinds_of(int n) {
  return n == 1 ? "1 kind" : std::to_string(n) + " different kinds";
}

// The base letter of the band holding `percent`: bands cover (previous upper, upper]. The same
// rule as score/rating_scale.hpp's classify(), which check/ sits below and may not include.
BaseRating band_base(const Scale& scale, double percent) {
  for (const Band& band : scale.bands) {
    if (percent <= band.upper) return band.base;
  }
  return scale.bands.back().base;
}

// The band's letter, with the rating as written when that differs: 'L', 'L+' (L), '60' (L).
std::string shown(const Rating& rating, BaseRating base) {
  std::string letter(base_rating_label(base));
  if (rating.label == letter) return "'" + letter + "'";
  return "'" + rating.label + "' (" + letter + ")";
}

class EvidenceChecker {
public:
  EvidenceChecker(const Questionnaire& q, const Rubric& rubric, Diagnostics& diags)
      : q_(q), rubric_(rubric), diags_(diags), rules_(effective_evidence_rules(q, rubric)),
        index_(rubric) {
    for (const auto& e : q.evidence)
      register_.emplace(e.id, &e);
    scale_ = rubric.framework.find_scale(q.assessment.scale);
    if (!scale_) scale_ = rubric.framework.find_scale(rubric.framework.default_scale);
  }

  void run() {
    for (const auto& block : q_.processes) {
      const ProcessDef* process = rubric_.find_process(block.id);
      for (const auto& entry : block.ratings) {
        // Named only in a warning, so built only then.
        auto subject = [&] { return "'" + entry.id + "' in " + describe_block(block); };
        if (process && (index_.find(*process, entry.id) || is_outcome(*process, entry.id))) {
          check_sufficiency(subject, entry.rating, entry.value_pos, entry.evidence);
        }
        check_citations(subject, entry.evidence, entry.evidence_pos);
      }
      for (const auto& o : block.attributes) {
        auto subject = [&] { return "the override of '" + o.id + "' in " + describe_block(block); };
        if (process && rubric_.framework.find_attribute(o.id)) {
          check_sufficiency(subject, o.rating, o.value_pos, o.evidence);
        }
        check_citations(subject, o.evidence, o.evidence_pos);
      }
    }
    // A finding cites evidence too (not for sufficiency or staleness: it rates nothing).
    for (const Finding& f : q_.findings)
      cited_.insert(f.evidence.begin(), f.evidence.end());
    for (const auto& e : q_.evidence) {
      if (e.id.empty() || cited_.count(e.id)) continue;
      diags_.warning(e.pos, "evidence '" + e.id + "' is never cited",
                     "cite it from a rating (evidence = [\"" + e.id +
                         "\"]) or remove it from the register");
    }
  }

private:
  // An outcome rated directly (R1) needs the same evidence as an indicator.
  bool is_outcome(const ProcessDef& process, const std::string& id) const {
    if (rubric_.framework.find_attribute_outcome(id)) return true;
    return std::any_of(process.outcomes.begin(), process.outcomes.end(),
                       [&](const Outcome& o) { return o.id == id; });
  }

  // "min_items_F = 2, min_kinds_F = 2 (rubric 'x')": the rules applied and where they come from.
  std::string
  rule_note(const std::vector<std::pair<std::string, const std::optional<int>*>>& fields) const {
    std::vector<std::string> origins;
    std::string text;
    for (const auto& [name, value] : fields) {
      if (!*value) continue;
      bool own = q_.evidence_rules && (name == "min_items_L"   ? q_.evidence_rules->min_items_l
                                       : name == "min_items_F" ? q_.evidence_rules->min_items_f
                                       : name == "min_kinds_F" ? q_.evidence_rules->min_kinds_f
                                                               : q_.evidence_rules->max_age_months);
      origins.push_back(own ? "questionnaire" : "rubric '" + rubric_.id + "'");
      text += (text.empty() ? "" : ", ") + name + " = " + std::to_string(**value);
    }
    bool one_origin = std::all_of(origins.begin(), origins.end(),
                                  [&](const std::string& o) { return o == origins.front(); });
    if (one_origin) return text + " (" + origins.front() + ")";
    text.clear();
    size_t k = 0;
    for (const auto& [name, value] : fields) {
      if (!*value) continue;
      text += (text.empty() ? "" : ", ") + name + " = " + std::to_string(**value) + " (" +
              origins[k++] + ")";
    }
    return text;
  }

  template <typename Subject>
  void check_sufficiency(const Subject& subject, const Rating& rating, const SourcePos& pos,
                         const std::vector<std::string>& cited) {
    if (!rating.is_rated() || !scale_ || scale_->bands.empty()) return;
    BaseRating base = band_base(*scale_, rating.percent);
    if (base != BaseRating::l && base != BaseRating::f) return;
    std::vector<std::string_view> items; // distinct known ids, and their distinct kinds
    std::vector<std::string_view> kinds;
    for (const auto& id : cited) {
      auto it = register_.find(id);
      if (it == register_.end()) continue; // unknown: the checker's error
      if (std::find(items.begin(), items.end(), id) == items.end()) items.push_back(id);
      const std::string& kind = it->second->kind;
      if (!kind.empty() && std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) {
        kinds.push_back(kind);
      }
    }
    int n_items = static_cast<int>(items.size());
    int n_kinds = static_cast<int>(kinds.size());
    if (base == BaseRating::l) {
      if (!rules_.min_items_l || n_items >= *rules_.min_items_l) return;
    } else {
      bool items_short = rules_.min_items_f && n_items < *rules_.min_items_f;
      bool kinds_short = rules_.min_kinds_f && n_kinds < *rules_.min_kinds_f;
      if (!items_short && !kinds_short) return;
    }
    std::string head = subject() + " is rated " + shown(rating, base) + " but cites ";
    if (base == BaseRating::l) {
      diags_.warning(pos,
                     head + (n_items == 0 ? "no evidence" : items_of(n_items)) +
                         "; L needs at least " + items_of(*rules_.min_items_l),
                     rule_note({{"min_items_L", &rules_.min_items_l}}));
      return;
    }
    std::string needs = "; F needs ";
    if (rules_.min_items_f && rules_.min_kinds_f) {
      needs += "at least " + items_of(*rules_.min_items_f) + " of " + kinds_of(*rules_.min_kinds_f);
    } else if (rules_.min_items_f) {
      needs += "at least " + items_of(*rules_.min_items_f);
    } else {
      needs += "evidence of at least " + kinds_of(*rules_.min_kinds_f);
    }
    std::string cites = n_items == 0
                            ? "no evidence"
                            : items_of(n_items) + " of " + count_of(n_kinds, "kind", "kinds");
    diags_.warning(
        pos, head + cites + needs,
        rule_note({{"min_items_F", &rules_.min_items_f}, {"min_kinds_F", &rules_.min_kinds_f}}));
  }

  template <typename Subject>
  void check_citations(const Subject& subject, const std::vector<std::string>& cited,
                       const std::vector<SourcePos>& positions) {
    for (size_t i = 0; i < cited.size(); ++i) {
      cited_.insert(cited[i]);
      auto it = register_.find(cited[i]);
      if (it == register_.end() || !it->second->date || !rules_.max_age_months) continue;
      const Date& assessed = q_.assessment.date;
      if (assessed.year == 0) continue;
      int age = months_between(*it->second->date, assessed);
      if (age <= *rules_.max_age_months) continue;
      diags_.warning(positions[i],
                     "evidence '" + cited[i] + "' cited by " + subject() + " is stale: dated " +
                         it->second->date->to_string() + ", " + std::to_string(age) +
                         " months before the assessment date " + assessed.to_string(),
                     rule_note({{"max_age_months", &rules_.max_age_months}}) +
                         "; cite newer evidence, or confirm that it still holds and cite that");
    }
  }

  const Questionnaire& q_;
  const Rubric& rubric_;
  Diagnostics& diags_;
  EvidenceRules rules_;
  const Scale* scale_ = nullptr;
  IndicatorIndex index_;
  std::unordered_map<std::string_view, const Evidence*> register_; // views into q_
  std::unordered_set<std::string_view> cited_;
};

} // namespace

void check_evidence(const Questionnaire& q, const Rubric& rubric, Diagnostics& diags) {
  EvidenceChecker(q, rubric, diags).run();
}

} // namespace pace
