// SPDX-License-Identifier: MIT
#include <algorithm>

#include <pace/model/rubric.hpp>
#include <pace/score/compare.hpp>

namespace pace {

namespace {

const ProcessResult* find_result(const ScoreSheet& sheet, const std::string& id) {
  if (id.empty()) return nullptr;
  auto it = std::find_if(sheet.processes.begin(), sheet.processes.end(),
                         [&](const ProcessResult& p) { return p.id == id; });
  return it == sheet.processes.end() ? nullptr : &*it;
}

template <typename Map>
const typename Map::mapped_type& lookup(const Map& map, const std::string& key) {
  static const typename Map::mapped_type empty{};
  auto it = map.find(key);
  return it == map.end() ? empty : it->second;
}

bool defines(const AssessmentSide& side, const std::string& process, const std::string& indicator) {
  const auto& ids = lookup(side.defined, process);
  return std::find(ids.begin(), ids.end(), indicator) != ids.end();
}

std::vector<std::string> process_ids(const ScoreSheet& sheet) {
  std::vector<std::string> ids;
  for (const auto& p : sheet.processes)
    ids.push_back(p.id);
  return ids;
}

std::string edition(const AssessmentRef& a) {
  return describe_edition(a.rubric_id, a.rubric_version);
}

// The older process a row compares with: the lowest level among the assessed ones (a merge
// must not look better than its weakest part); the crosswalk's order breaks ties.
const ProcessResult* choose_older(const std::vector<const ProcessLink*>& group,
                                  const ScoreSheet& older) {
  const ProcessResult* chosen = nullptr;
  for (const ProcessLink* link : group) {
    const ProcessResult* p = find_result(older, link->old_id);
    if (p && p->assessed && (!chosen || p->capability_level < chosen->capability_level)) {
      chosen = p;
    }
  }
  return chosen;
}

// "BP8 only in kestrel-2024; BP9 only in kestrel-2025", or "" when the sets are equal.
std::string indicator_set_difference(const std::vector<std::string>& older,
                                     const std::vector<std::string>& newer,
                                     const AssessmentRef& older_ref,
                                     const AssessmentRef& newer_ref) {
  auto only = [](const std::vector<std::string>& a, const std::vector<std::string>& b) {
    std::string list;
    for (const auto& id : a) {
      if (std::find(b.begin(), b.end(), id) == b.end()) list += (list.empty() ? "" : ", ") + id;
    }
    return list;
  };
  std::string old_only = only(older, newer);
  std::string new_only = only(newer, older);
  std::string text;
  if (!old_only.empty()) text = old_only + " only in " + older_ref.id;
  if (!new_only.empty()) text += (text.empty() ? "" : "; ") + new_only + " only in " + newer_ref.id;
  return text;
}

class PairComparer {
public:
  PairComparer(const AssessmentSide& older, const AssessmentSide& newer, const Crosswalk* cw,
               const CompareOptions& options, Comparison& out)
      : older_(older), newer_(newer), cw_(cw), options_(options), out_(out),
        links_(align_processes(process_ids(older.sheet), process_ids(newer.sheet), cw)) {}

  void run() {
    for (size_t i = 0; i < links_.size();) {
      size_t j = i + 1;
      while (!links_[i].new_id.empty() && j < links_.size() &&
             links_[j].new_id == links_[i].new_id) {
        ++j;
      }
      std::vector<const ProcessLink*> group;
      for (size_t k = i; k < j; ++k)
        group.push_back(&links_[k]);
      add_row(group);
      i = j;
    }
    find_unmapped();
  }

private:
  void add_row(const std::vector<const ProcessLink*>& group) {
    const ProcessLink& first = *group.front();
    const ProcessResult* np = find_result(newer_.sheet, first.new_id);
    const ProcessResult* op = choose_older(group, older_.sheet);
    bool new_assessed = np && np->assessed;
    if (!new_assessed && !op) return;
    ProcessChange row;
    row.id = np ? np->id : first.old_id;
    row.name = np ? np->name : find_result(older_.sheet, first.old_id)->name;
    row.old_id = op ? op->id : first.old_id;
    row.new_id = first.new_id;
    row.link = first.kind;
    row.link_note = first.note;
    if (first.kind == LinkKind::merged) {
      for (const ProcessLink* link : group)
        row.merged_from.push_back(link->old_id);
    }
    if (op) {
      row.old_level = op->capability_level;
      row.old_target = op->target;
    }
    if (new_assessed) {
      row.new_level = np->capability_level;
      row.new_target = np->target;
    }
    row.attributes = attribute_changes(op, new_assessed ? np : nullptr, options_.margin);
    row.sample = compare_process_sample(op, new_assessed ? np : nullptr);
    classify(row, group, op, np);
    count_rated(row, group);
    add_gap(row, op, new_assessed ? np : nullptr);
    out_.rated_both += row.rated_both;
    out_.rated_either += row.rated_either;
    out_.sample.instances_added += static_cast<int>(row.sample.instances.added.size());
    out_.sample.instances_removed += static_cast<int>(row.sample.instances.removed.size());
    out_.sample.instances_kept += static_cast<int>(row.sample.instances.kept.size());
    out_.sample.sample_changed += row.change == Change::sample_changed ? 1 : 0;
    out_.processes.push_back(std::move(row));
  }

  void classify(ProcessChange& row, const std::vector<const ProcessLink*>& group,
                const ProcessResult* op, const ProcessResult* np) {
    const ProcessLink& first = *group.front();
    if (!np) {
      row.change = Change::retired;
      row.reason =
          first.declared ? "retired by the crosswalk" : "no counterpart in " + edition(out_.newer);
    } else if (!op) {
      row.change = Change::added;
      if (!first.old_id.empty()) {
        row.reason = "not assessed in " + out_.older.id;
      } else {
        row.reason =
            first.declared ? "added by the crosswalk" : "no predecessor in " + edition(out_.older);
      }
    } else if (!np->assessed) {
      row.change = Change::not_comparable;
      row.reason = "not assessed in " + out_.newer.id;
    } else if (out_.rubrics_differ && !cw_ &&
               lookup(older_.defined, op->id) != lookup(newer_.defined, np->id)) {
      row.change = Change::not_comparable;
      row.reason = "indicator sets differ: " +
                   indicator_set_difference(lookup(older_.defined, op->id),
                                            lookup(newer_.defined, np->id), out_.older, out_.newer);
      ++not_comparable_sets_;
    } else {
      int delta = np->capability_level - op->capability_level;
      row.change = delta > 0 ? Change::improved : delta < 0 ? Change::regressed : Change::unchanged;
      row.within_noise =
          delta != 0 && level_change_within_noise(op->attributes, np->attributes, options_.margin);
      judge_kept_instances(row, *op, *np);
      // A level at the ceiling of what was investigated says nothing about the levels above it.
      if (delta > 0 && op->capability_level == op->max_level) {
        row.reason = out_.older.id + " investigated up to level " + std::to_string(op->max_level);
      } else if (delta < 0 && np->capability_level == np->max_level) {
        row.reason = out_.newer.id + " investigated up to level " + std::to_string(np->max_level);
      }
    }
  }

  // Where the instances changed, the process scored on the kept instances alone in both
  // assessments: a level change they do not show comes from the sample, not the process.
  void judge_kept_instances(ProcessChange& row, const ProcessResult& op, const ProcessResult& np) {
    ProcessSample& sample = row.sample;
    if (!sample.instances.changed()) return;
    if (!sample.instances.kept.empty() && older_.questionnaire && older_.rubric &&
        newer_.questionnaire && newer_.rubric) {
      sample.kept_old_level =
          level_on_instances(*older_.questionnaire, *older_.rubric, op.id, sample.instances.kept);
      sample.kept_new_level =
          level_on_instances(*newer_.questionnaire, *newer_.rubric, np.id, sample.instances.kept);
    }
    judge_sample(sample, op.capability_level, np.capability_level);
    if (sample.sample_changed) row.change = Change::sample_changed;
  }

  // Rated in both / rated in either, in the newer process's indicator ids. Rated old indicators
  // that map into no successor at all count as "either" once, on the first row of their process.
  void count_rated(ProcessChange& row, const std::vector<const ProcessLink*>& group) {
    std::set<std::string> old_rated;
    int unmapped_rated = 0;
    for (const ProcessLink* link : group) {
      if (link->old_id.empty()) continue;
      for (const auto& indicator : lookup(older_.rated, link->old_id)) {
        std::string mapped = link_indicator(*link, indicator);
        if (!mapped.empty() && defines(newer_, link->new_id, mapped)) old_rated.insert(mapped);
      }
      if (!counted_old_.insert(link->old_id).second) continue;
      for (const auto& indicator : lookup(older_.rated, link->old_id)) {
        if (!maps_anywhere(link->old_id, indicator)) ++unmapped_rated;
      }
    }
    const auto& new_rated = lookup(newer_.rated, row.new_id);
    for (const auto& indicator : old_rated)
      row.rated_both += new_rated.count(indicator) ? 1 : 0;
    std::set<std::string> either = old_rated;
    either.insert(new_rated.begin(), new_rated.end());
    row.rated_either = static_cast<int>(either.size()) + unmapped_rated;
    // An instance assessed on one side only was not compared at all: what it rated counts as
    // rated in either, never in both.
    const auto& old_instances = lookup(older_.rated_in_instance, row.old_id);
    const auto& new_instances = lookup(newer_.rated_in_instance, row.new_id);
    for (const auto& name : row.sample.instances.removed)
      row.rated_either += lookup(old_instances, name);
    for (const auto& name : row.sample.instances.added)
      row.rated_either += lookup(new_instances, name);
  }

  bool maps_anywhere(const std::string& old_id, const std::string& indicator) const {
    for (const auto& link : links_) {
      if (link.old_id != old_id || link.new_id.empty()) continue;
      std::string mapped = link_indicator(link, indicator);
      if (!mapped.empty() && defines(newer_, link.new_id, mapped)) return true;
    }
    return false;
  }

  void add_gap(const ProcessChange& row, const ProcessResult* op, const ProcessResult* np) {
    int old_gap = op ? op->gap() : 0;
    int new_gap = np ? np->gap() : 0;
    if (old_gap == 0 && new_gap == 0) return;
    GapChange gap{row.id,
                  op ? op->id : "",
                  GapStatus::closed,
                  op ? op->target : std::nullopt,
                  np ? np->target : std::nullopt,
                  old_gap,
                  new_gap};
    if (old_gap == 0) {
      gap.status = GapStatus::added;
    } else if (!np) {
      gap.status = GapStatus::not_reassessed;
    } else if (new_gap > 0) {
      gap.status = GapStatus::still_open;
    }
    out_.gaps.push_back(std::move(gap));
  }

  void find_unmapped() {
    for (const auto& link : links_) {
      if (link.kind == LinkKind::retired && !link.declared)
        out_.unmapped_old.push_back({link.old_id, ""});
      if (link.kind == LinkKind::added && !link.declared)
        out_.unmapped_new.push_back({link.new_id, ""});
    }
    for (const auto& p : older_.sheet.processes) {
      bool linked = std::any_of(links_.begin(), links_.end(), [&](const ProcessLink& l) {
        return l.old_id == p.id && !l.new_id.empty();
      });
      if (!linked) continue;
      for (const auto& indicator : lookup(older_.defined, p.id)) {
        if (!maps_anywhere(p.id, indicator)) out_.unmapped_old.push_back({p.id, indicator});
      }
    }
    for (const auto& p : newer_.sheet.processes) {
      std::set<std::string> reached;
      bool linked = false;
      for (const auto& link : links_) {
        if (link.new_id != p.id || link.old_id.empty()) continue;
        linked = true;
        for (const auto& indicator : lookup(older_.defined, link.old_id)) {
          reached.insert(link_indicator(link, indicator));
        }
      }
      if (!linked) continue;
      for (const auto& indicator : lookup(newer_.defined, p.id)) {
        if (!reached.count(indicator)) out_.unmapped_new.push_back({p.id, indicator});
      }
    }
    if (not_comparable_sets_ > 0) {
      out_.warnings.push_back(
          "'" + out_.older.id + "' and '" + out_.newer.id + "' use different rubric editions ('" +
          edition(out_.older) + "' and '" + edition(out_.newer) +
          "') and no crosswalk links them: processes are matched by id, and " +
          std::to_string(not_comparable_sets_) +
          (not_comparable_sets_ == 1 ? " process whose indicators differ is"
                                     : " processes whose indicators differ are") +
          " not comparable");
    } else if (out_.rubrics_differ && !cw_) {
      out_.warnings.push_back("'" + out_.older.id + "' and '" + out_.newer.id +
                              "' use different rubric editions ('" + edition(out_.older) +
                              "' and '" + edition(out_.newer) +
                              "') and no crosswalk links them: processes are matched by id");
    }
  }

  const AssessmentSide& older_;
  const AssessmentSide& newer_;
  const Crosswalk* cw_;
  const CompareOptions& options_;
  Comparison& out_;
  std::vector<ProcessLink> links_;
  std::set<std::string> counted_old_;
  int not_comparable_sets_ = 0;
};

std::optional<double> share(int both, int either) {
  if (either == 0) return std::nullopt;
  return 100.0 * both / either;
}

} // namespace

std::string_view to_string(Change c) {
  switch (c) {
  case Change::improved: return "improved";
  case Change::regressed: return "regressed";
  case Change::unchanged: return "unchanged";
  case Change::added: return "new";
  case Change::retired: return "retired";
  case Change::not_comparable: return "not_comparable";
  case Change::sample_changed: return "sample_changed";
  }
  return "?";
}

std::string_view to_string(GapStatus s) {
  switch (s) {
  case GapStatus::closed: return "closed";
  case GapStatus::still_open: return "still_open";
  case GapStatus::added: return "new";
  case GapStatus::not_reassessed: return "not_reassessed";
  }
  return "?";
}

std::optional<double> AttributeChange::delta() const {
  if (!old_achievement || !new_achievement) return std::nullopt;
  return *new_achievement - *old_achievement;
}

std::optional<double> ProcessChange::comparability() const {
  return share(rated_both, rated_either);
}

std::optional<double> Comparison::comparability() const {
  return share(rated_both, rated_either);
}

AssessmentSide make_side(ScoreSheet sheet, const Questionnaire& q, const Rubric& rubric) {
  AssessmentSide side;
  std::map<std::string, std::map<std::string, std::set<std::string>>> per_instance;
  for (const auto& block : q.processes) {
    for (const auto& entry : block.ratings) {
      if (!entry.rating.is_rated()) continue;
      side.rated[block.id].insert(entry.id);
      per_instance[block.id][block.instance].insert(entry.id);
    }
  }
  for (const auto& [process, instances] : per_instance) {
    for (const auto& [instance, indicators] : instances)
      side.rated_in_instance[process][instance] = static_cast<int>(indicators.size());
  }
  side.questionnaire = &q;
  side.rubric = &rubric;
  for (const auto& p : rubric.processes) {
    auto& ids = side.defined[p.id];
    for (const auto& indicator : rubric.indicators(p, rubric.framework.max_level())) {
      ids.push_back(indicator.id);
    }
  }
  side.sheet = std::move(sheet);
  return side;
}

AssessmentRef make_ref(const ScoreSheet& sheet) {
  return {sheet.assessment.id,   sheet.assessment.organisation,
          sheet.assessment.date, sheet.questionnaire_path,
          sheet.rubric_id,       sheet.rubric_version};
}

Comparison compare_assessments(const AssessmentSide& older, const AssessmentSide& newer,
                               const Crosswalk* crosswalk, const CompareOptions& options) {
  Comparison c;
  c.older = make_ref(older.sheet);
  c.newer = make_ref(newer.sheet);
  c.crosswalk_path = crosswalk ? crosswalk->path : "";
  c.rubrics_differ =
      c.older.rubric_id != c.newer.rubric_id || c.older.rubric_version != c.newer.rubric_version;
  c.sample = compare_assessment_settings(older.sheet.assessment, newer.sheet.assessment,
                                         edition(c.older), edition(c.newer));
  if (!c.sample.same_organisation()) {
    c.warnings.push_back("'" + c.older.id + "' and '" + c.newer.id +
                         "' assess different organisations ('" + c.older.organisation + "' and '" +
                         c.newer.organisation + "'): the comparison says little");
  }
  PairComparer(older, newer, crosswalk, options, c).run();
  std::map<std::string, std::string> successor; // older process id -> the newer it continues as
  for (const auto& row : c.processes) {
    if (row.new_id.empty()) continue;
    if (!row.old_id.empty()) successor.emplace(row.old_id, row.new_id);
    for (const auto& merged : row.merged_from)
      successor.emplace(merged, row.new_id);
  }
  c.findings = follow_up_findings(older.sheet, newer.sheet, successor);
  return c;
}

} // namespace pace
