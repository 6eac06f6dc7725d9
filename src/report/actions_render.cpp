// SPDX-License-Identifier: MIT
// `pace actions` in text, JSON and CSV. Titles, owners and notes are untrusted text.
#include <nlohmann/json.hpp>

#include <pace/report/actions_render.hpp>
#include <pace/report/csv.hpp>
#include <pace/report/score_render.hpp>
#include <pace/report/text_table.hpp>

namespace pace {

namespace {

using Json = nlohmann::ordered_json;

// A control character could move the cursor or recolour a terminal: each prints as a space.
std::string plain(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  }
  return out;
}

std::string date_text(const std::optional<Date>& d) {
  return d ? d->to_string() : "";
}

std::string when_text(const RegisterLine& line, const RegisteredAction& a) {
  if (!a.due) return "no due date";
  int days = line.days_left;
  switch (line.standing) {
  case ActionStanding::overdue:
    return "due " + a.due->to_string() + ", " + std::to_string(-days) +
           (days == -1 ? " day" : " days") + " overdue";
  case ActionStanding::due_soon:
    return "due " + a.due->to_string() +
           (days == 0 ? ", today"
                      : ", in " + std::to_string(days) + (days == 1 ? " day" : " days"));
  case ActionStanding::done:
  case ActionStanding::dropped:
    return "closed " + (a.closed_on ? a.closed_on->to_string() : std::string("(no date)"));
  case ActionStanding::open: break;
  }
  return "due " + a.due->to_string();
}

std::string heading(ActionStanding s) {
  switch (s) {
  case ActionStanding::overdue: return "overdue";
  case ActionStanding::due_soon: return "due within the next days";
  case ActionStanding::open: return "open";
  case ActionStanding::done: return "done";
  case ActionStanding::dropped: return "dropped";
  }
  return "";
}

std::string tally_text(const ActionTally& t) {
  std::string text = std::to_string(t.open) + " open";
  if (t.overdue) text += " (" + std::to_string(t.overdue) + " overdue)";
  text += ", " + std::to_string(t.done) + " done";
  if (t.dropped) text += ", " + std::to_string(t.dropped) + " dropped";
  return text;
}

std::string ratings_text(const ClosureCheck& c) {
  std::string text;
  for (const auto& r : c.now) {
    text += (text.empty() ? "" : ", ") + r.indicator +
            (r.assessor.empty() ? "" : " (" + plain(r.assessor) + ")") + " " +
            (r.rating.empty() ? "not rated" : plain(r.rating));
  }
  return text;
}

std::string verdict_text(ClosureVerdict v) {
  switch (v) {
  case ClosureVerdict::effective: return "effective";
  case ClosureVerdict::not_effective: return "NOT effective";
  case ClosureVerdict::not_reassessed: return "not reassessed";
  }
  return "";
}

} // namespace

std::string render_actions_text(const ActionsView& view) {
  const ActionRegister& reg = *view.reg;
  const ActionSummary& s = view.summary;
  std::string out = "action register " + plain(reg.path) + " (" + plain(reg.organisation) +
                    "), as of " + s.as_of.to_string() + "\n";
  out += std::to_string(reg.actions.size()) + " actions: " + tally_text(s.total) + "\n";
  for (ActionStanding standing :
       {ActionStanding::overdue, ActionStanding::due_soon, ActionStanding::open,
        ActionStanding::done, ActionStanding::dropped}) {
    std::string block;
    int count = 0;
    for (const auto& line : s.lines) {
      if (line.standing != standing) continue;
      const RegisteredAction& a = reg.actions[line.action];
      ++count;
      block += "  " + plain(a.id) + "  " + truncate_display(plain(a.title), 60) + "\n    " +
               std::string(to_string(a.status)) + ", " +
               (a.owner.empty() ? "no owner" : "owner " + plain(a.owner)) + ", " +
               when_text(line, a) + "\n";
    }
    if (count == 0) continue;
    std::string title = heading(standing);
    if (standing == ActionStanding::due_soon) {
      title = "due within " + std::to_string(s.soon_days) + " days";
    }
    out += "\n" + title + " (" + std::to_string(count) + "):\n" + block;
  }
  out += "\nby owner:\n";
  for (const auto& [owner, t] : s.by_owner)
    out += "  " + (owner.empty() ? "(no owner)" : plain(owner)) + ": " + tally_text(t) + "\n";
  out += "\nby process:\n";
  for (const auto& [process, t] : s.by_process)
    out += "  " + plain(process) + ": " + tally_text(t) + "\n";
  if (view.closures) {
    out += "\nclosures checked against " + plain(view.assessment_path) + ":\n";
    if (view.closures->empty()) out += "  no action is done yet\n";
    for (const auto& c : *view.closures) {
      const RegisteredAction& a = reg.actions[c.action];
      out += "  " + plain(a.id) + ": " + verdict_text(c.verdict) + "\n";
      if (!c.reason.empty()) out += "    " + c.reason + "\n";
      if (!c.now.empty()) {
        out += "    asked " + plain(c.asked) +
               (a.from_rating.empty() ? "" : " (was " + plain(a.from_rating) + ")") + ", now " +
               ratings_text(c) + "\n";
      }
    }
  }
  return out;
}

std::string render_actions_json(const ActionsView& view) {
  const ActionRegister& reg = *view.reg;
  Json doc;
  doc["format"] = "pace.actions/1";
  doc["register"] = reg.path;
  doc["organisation"] = reg.organisation;
  doc["rubric"] = reg.rubric;
  doc["as_of"] = view.summary.as_of.to_string();
  doc["due_soon_days"] = view.summary.soon_days;
  auto tally = [](const ActionTally& t) {
    return Json{{"open", t.open}, {"overdue", t.overdue}, {"done", t.done}, {"dropped", t.dropped}};
  };
  doc["totals"] = tally(view.summary.total);
  doc["actions"] = Json::array();
  for (const auto& line : view.summary.lines) {
    const RegisteredAction& a = reg.actions[line.action];
    doc["actions"].push_back(
        {{"id", a.id},
         {"title", a.title},
         {"process", a.process},
         {"instance", a.instance},
         {"indicators", a.indicators},
         {"findings", a.findings},
         {"owner", a.owner},
         {"due", a.due ? Json(a.due->to_string()) : Json(nullptr)},
         {"status", to_string(a.status)},
         {"standing", to_string(line.standing)},
         {"days_left", a.due ? Json(line.days_left) : Json(nullptr)},
         {"agreed_on", a.agreed_on ? Json(date_text(a.agreed_on)) : Json(nullptr)},
         {"closed_on", a.closed_on ? Json(date_text(a.closed_on)) : Json(nullptr)},
         {"from_rating", a.from_rating},
         {"to_rating", a.to_rating.empty() ? "F" : a.to_rating},
         {"note", a.note}});
  }
  Json owners = Json::array();
  for (const auto& [owner, t] : view.summary.by_owner) {
    Json o = tally(t);
    o["owner"] = owner;
    owners.push_back(std::move(o));
  }
  doc["by_owner"] = std::move(owners);
  Json processes = Json::array();
  for (const auto& [process, t] : view.summary.by_process) {
    Json p = tally(t);
    p["process"] = process;
    processes.push_back(std::move(p));
  }
  doc["by_process"] = std::move(processes);
  if (view.closures) {
    Json closures = Json::array();
    for (const auto& c : *view.closures) {
      Json ratings = Json::array();
      for (const auto& r : c.now) {
        ratings.push_back({{"indicator", r.indicator},
                           {"assessor", r.assessor},
                           {"rating", r.rating},
                           {"reached", r.reached}});
      }
      closures.push_back({{"id", reg.actions[c.action].id},
                          {"verdict", to_string(c.verdict)},
                          {"asked", c.asked},
                          {"from_rating", reg.actions[c.action].from_rating},
                          {"ratings", std::move(ratings)},
                          {"reason", c.reason}});
    }
    doc["closures"] = {{"assessment", view.assessment_path}, {"checks", std::move(closures)}};
  }
  return dump_json(doc);
}

std::string render_actions_csv(const ActionsView& view) {
  const ActionRegister& reg = *view.reg;
  std::string out = csv_record({"id", "title", "process", "instance", "indicators", "owner", "due",
                                "status", "standing", "days_left", "agreed_on", "closed_on",
                                "from_rating", "to_rating", "closure", "ratings_now", "note"});
  for (const auto& line : view.summary.lines) {
    const RegisteredAction& a = reg.actions[line.action];
    std::string closure;
    std::string now;
    if (view.closures) {
      for (const auto& c : *view.closures) {
        if (c.action != line.action) continue;
        closure = std::string(to_string(c.verdict));
        now = ratings_text(c);
      }
    }
    std::string indicators;
    for (const auto& i : a.indicators)
      indicators += (indicators.empty() ? "" : " ") + i;
    out += csv_record({csv_cell(a.id), csv_cell(a.title), csv_cell(a.process), csv_cell(a.instance),
                       csv_cell(indicators), csv_cell(a.owner), date_text(a.due),
                       std::string(to_string(a.status)), std::string(to_string(line.standing)),
                       a.due ? std::to_string(line.days_left) : "", date_text(a.agreed_on),
                       date_text(a.closed_on), csv_cell(a.from_rating),
                       csv_cell(a.to_rating.empty() ? "F" : a.to_rating), closure, csv_cell(now),
                       csv_cell(a.note)});
  }
  return out;
}

} // namespace pace
