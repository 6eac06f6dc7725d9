// SPDX-License-Identifier: MIT
// The review pack as one CSV table for spreadsheets. Every text cell goes through csv_cell,
// which quotes per RFC 4180 and defuses cells a spreadsheet would run as a formula.
#include <pace/model/number.hpp>
#include <pace/report/csv.hpp>
#include <pace/report/review_render.hpp>

#include "review_text.hpp"

namespace pace {

namespace {

// The columns, in order; each record fills the ones that apply to it.
// clang-format off
namespace col {
enum Column {
  record, assessment, process, name, category, attribute, instance, assessor, indicator, step,
  level, target, gap, previous_level, change, rating, achievement, source, from_rating, to_rating,
  effect_pp, status, owner, due_date, note, evidence, practice, id, kind, severity, standing,
  verdict, column_count
};
} // namespace col
using col::Column;

constexpr const char* kHeader[col::column_count] = {
  "record", "assessment", "process", "name", "category", "attribute", "instance", "assessor",
  "indicator", "step", "level", "target", "gap", "previous_level", "change", "rating",
  "achievement", "source", "from_rating", "to_rating", "effect_pp", "status", "owner", "due_date",
  "note", "evidence", "practice", "id", "kind", "severity", "standing", "verdict"};
// clang-format on

class Records {
public:
  explicit Records(std::string assessment_id) : assessment_(std::move(assessment_id)) {
    std::vector<std::string> header(kHeader, kHeader + col::column_count);
    out_ = csv_record(header);
  }
  // Starts a record of the given type; set() fills its cells, the next start() or text() ends it.
  void start(const std::string& type) {
    flush();
    cells_.assign(col::column_count, "");
    cells_[col::record] = csv_cell(type);
    cells_[col::assessment] = csv_cell(assessment_);
  }
  void text(Column c, const std::string& value) { cells_[c] = csv_cell(value); }
  void number(Column c, const std::string& formatted) { cells_[c] = formatted; }
  std::string finish() {
    flush();
    return out_;
  }

private:
  void flush() {
    if (!cells_.empty()) out_ += csv_record(cells_);
    cells_.clear();
  }
  std::string assessment_;
  std::vector<std::string> cells_;
  std::string out_;
};

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items)
    out += (out.empty() ? "" : " ") + item;
  return out;
}

void process_records(const ReviewPack& pack, Records& r) {
  for (const auto& p : pack.processes) {
    r.start("process");
    r.text(col::process, p.id);
    r.text(col::name, p.name);
    r.text(col::category, p.category);
    if (p.assessed) r.number(col::level, std::to_string(p.level));
    if (p.target) r.number(col::target, std::to_string(*p.target));
    if (p.assessed) r.number(col::gap, std::to_string(p.gap));
    if (p.previous_level) r.number(col::previous_level, std::to_string(*p.previous_level));
    if (p.change) r.text(col::change, review::change_text(p));
    r.text(col::note, p.why_not_next);
    for (const auto& a : p.attributes) {
      r.start("attribute");
      r.text(col::process, p.id);
      r.text(col::attribute, a.id);
      if (a.achievement) {
        r.text(col::rating, a.label);
        r.number(col::achievement, format_fixed(*a.achievement, 1));
      }
      r.text(col::source, std::string(to_string(a.source)));
      r.text(col::note, a.note);
    }
  }
}

void action_records(const ReviewPack& pack, Records& r) {
  for (const auto& a : pack.actions) {
    const PlanStep& s = a.step;
    r.start("action");
    r.text(col::process, a.process);
    r.text(col::name, a.process_name);
    r.text(col::attribute, s.attribute);
    r.text(col::instance, s.instance);
    r.text(col::assessor, s.assessor);
    r.text(col::indicator, s.indicator);
    r.number(col::step, std::to_string(a.rank));
    r.text(col::from_rating, s.from);
    r.text(col::to_rating, s.to);
    r.number(col::effect_pp, format_fixed(s.effect, 1));
    r.text(col::note, s.note);
    r.text(col::evidence, join(s.evidence));
    r.text(col::practice, s.text);
  }
  for (const auto& a : pack.previous_actions) {
    const PlanStep& s = a.step;
    r.start("previous_action");
    r.text(col::process, a.process_now.empty() ? a.process : a.process_now);
    r.text(col::attribute, s.attribute);
    r.text(col::instance, s.instance);
    r.text(col::assessor, s.assessor);
    r.text(col::indicator, s.indicator);
    r.number(col::step, std::to_string(a.rank));
    r.text(col::rating, a.rating_now);
    r.text(col::from_rating, s.from);
    r.text(col::to_rating, s.to);
    r.text(col::status, std::string(to_string(a.status)));
    r.text(col::note, s.note);
    r.text(col::evidence, join(s.evidence));
  }
}

// The newest comparison's settings ("comparability": name, from_rating old, to_rating new,
// status same|differs) and, for each process whose instances changed, its instances ("instance":
// status added|removed|kept) and its level on the kept instances ("kept_instances").
void comparability_records(const ReviewPack& pack, Records& r) {
  if (!pack.comparison) return;
  const AssessmentSample& s = pack.comparison->sample;
  r.start("comparability");
  r.text(col::name, "organisation");
  r.text(col::from_rating, s.old_organisation);
  r.text(col::to_rating, s.new_organisation);
  r.text(col::status, s.same_organisation() ? "same" : "differs");
  for (const auto& setting : s.settings) {
    r.start("comparability");
    r.text(col::name, setting.name);
    r.text(col::from_rating, setting.old_value);
    r.text(col::to_rating, setting.new_value);
    r.text(col::status, setting.differs() ? "differs" : "same");
  }
  for (const auto& row : pack.comparison->processes) {
    const ProcessSample& sample = row.sample;
    if (!sample.instances.changed()) continue;
    auto instances = [&](const std::vector<std::string>& names, const char* status) {
      for (const auto& name : names) {
        r.start("instance");
        r.text(col::process, row.id);
        r.text(col::instance, name);
        r.text(col::status, status);
      }
    };
    instances(sample.instances.added, "added");
    instances(sample.instances.removed, "removed");
    instances(sample.instances.kept, "kept");
    if (sample.kept_old_level && sample.kept_new_level) {
      r.start("kept_instances");
      r.text(col::process, row.id);
      r.number(col::previous_level, std::to_string(*sample.kept_old_level));
      r.number(col::level, std::to_string(*sample.kept_new_level));
      r.text(col::status, sample.sample_changed ? "sample_changed"
                          : sample.kept_confirm ? "confirms"
                                                : "");
    }
  }
}

// The assessor's summary ("summary": note), every finding ("finding": id, kind, severity, the
// text in note) and, with --actions, every action of the register ("register_action": standing
// on the assessment date, verdict of a done one, the ratings now) and every decision it puts
// before management ("decision": kind not_agreed | overdue | not_effective).
void finding_records(const ReviewPack& pack, Records& r) {
  if (!pack.assessment.summary.empty()) {
    r.start("summary");
    r.text(col::note, pack.assessment.summary);
  }
  for (const auto& f : pack.findings) {
    r.start("finding");
    r.text(col::id, f.id);
    r.text(col::process, f.process);
    r.text(col::instance, f.instance);
    r.text(col::indicator, join(f.indicators));
    r.text(col::kind, std::string(to_string(f.kind)));
    if (f.severity) r.text(col::severity, std::string(to_string(*f.severity)));
    r.text(col::note, f.text);
    r.text(col::evidence, join(f.evidence));
  }
  if (!pack.register_review) return;
  const RegisterReview& reg = *pack.register_review;
  for (const auto& line : reg.standing.lines) {
    const RegisteredAction& a = reg.actions[line.action];
    r.start("register_action");
    r.text(col::id, a.id);
    r.text(col::name, a.title);
    r.text(col::process, a.process);
    r.text(col::instance, a.instance);
    r.text(col::indicator, join(a.indicators));
    r.text(col::from_rating, a.from_rating);
    r.text(col::to_rating, a.to_rating);
    r.text(col::status, std::string(to_string(a.status)));
    r.text(col::owner, a.owner);
    if (a.due) r.text(col::due_date, a.due->to_string());
    r.text(col::note, a.note);
    r.text(col::standing, std::string(to_string(line.standing)));
    for (const auto& c : reg.closures) {
      if (c.action != line.action) continue;
      r.text(col::verdict, std::string(to_string(c.verdict)));
      std::vector<std::string> now;
      for (const auto& n : c.now)
        now.push_back(n.indicator + "=" + (n.rating.empty() ? "-" : n.rating));
      r.text(col::rating, join(now));
    }
  }
  for (const auto& d : reg.decisions) {
    r.start("decision");
    r.text(col::id, reg.actions[d.action].id);
    r.text(col::process, reg.actions[d.action].process);
    r.text(col::kind, std::string(to_string(d.kind)));
  }
}

} // namespace

std::string render_review_csv(const ReviewPack& pack) {
  Records r(pack.assessment.id);
  process_records(pack, r);
  action_records(pack, r);
  comparability_records(pack, r);
  finding_records(pack, r);
  return r.finish();
}

} // namespace pace
