// SPDX-License-Identifier: MIT
#include <algorithm>
#include <tuple>

#include <pace/report/score_render.hpp>
#include <pace/serve/state_json.hpp>

namespace pace::serve {

namespace {

using nlohmann::ordered_json;

ordered_json evidence_json(const std::vector<Evidence>& register_items) {
  ordered_json items = ordered_json::array();
  for (const auto& e : register_items) {
    items.push_back({{"id", e.id},
                     {"kind", e.kind},
                     {"title", e.title},
                     {"ref", e.ref},
                     {"date", e.date ? e.date->to_string() : ""}});
  }
  return items;
}

ordered_json blocks_json(const Questionnaire& q) {
  ordered_json blocks = ordered_json::array();
  for (const auto& b : q.processes) {
    ordered_json ratings = ordered_json::object();
    for (const auto& r : b.ratings) {
      ratings[r.id] = {{"rating", r.rating.label}, {"note", r.note}, {"evidence", r.evidence}};
    }
    blocks.push_back({{"process", b.id},
                      {"instance", b.instance},
                      {"assessor", b.assessor},
                      {"max_level", effective_max_level(b, q.assessment)},
                      {"line", b.pos.line},
                      {"ratings", std::move(ratings)}});
  }
  return blocks;
}

// Each process of the rubric with its indicators up to the highest level any of its blocks
// investigates: what the page offers to rate.
ordered_json processes_json(const Questionnaire& q, const Rubric& rubric) {
  ordered_json processes = ordered_json::array();
  for (const auto& def : rubric.processes) {
    int max_level = 0;
    for (const auto& b : q.processes) {
      if (b.id == def.id) max_level = std::max(max_level, effective_max_level(b, q.assessment));
    }
    ordered_json indicators = ordered_json::array();
    for (const auto& i : rubric.indicators(def, max_level)) {
      indicators.push_back(
          {{"id", i.id}, {"text", i.text}, {"attribute", i.attribute}, {"level", i.level}});
    }
    processes.push_back({{"id", def.id},
                         {"name", def.name},
                         {"category", def.category},
                         {"purpose", def.purpose},
                         {"indicators", std::move(indicators)}});
  }
  return processes;
}

// The block (index into q.processes) whose lines hold `line`, or -1 before the first block.
int block_at(const Questionnaire& q, int line) {
  int found = -1;
  for (size_t i = 0; i < q.processes.size(); ++i) {
    if (q.processes[i].pos.line <= line) found = static_cast<int>(i);
  }
  return found;
}

ordered_json diagnostics_json(const std::string& path, const Questionnaire* q,
                              const Diagnostics& diags,
                              const std::map<std::string, std::string, std::less<>>& sources) {
  // Sorted by place, like `pace validate` prints them (and whatever order the checks ran in).
  std::vector<const Diagnostic*> sorted;
  for (const auto& d : diags.items())
    sorted.push_back(&d);
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic* a, const Diagnostic* b) {
    return std::tie(a->pos.path.str(), a->pos.line, a->pos.column, a->message) <
           std::tie(b->pos.path.str(), b->pos.line, b->pos.column, b->message);
  });
  ordered_json items = ordered_json::array();
  for (const Diagnostic* sorted_item : sorted) {
    const Diagnostic& d = *sorted_item;
    auto source = sources.find(d.pos.path.str());
    ordered_json item = {{"severity", d.severity == Severity::error ? "error" : "warning"},
                         {"file", d.pos.path.str()},
                         {"line", d.pos.line},
                         {"column", d.pos.column},
                         {"message", d.message},
                         {"note", d.note},
                         {"text", render(d, source == sources.end() ? "" : source->second)},
                         {"block", nullptr},
                         {"indicator", nullptr}};
    if (q && d.pos.path.str() == path && d.pos.line > 0) {
      int b = block_at(*q, d.pos.line);
      if (b >= 0) {
        item["block"] = b;
        for (const auto& r : q->processes[static_cast<size_t>(b)].ratings) {
          if (r.key_pos.line == d.pos.line || r.value_pos.line == d.pos.line) {
            item["indicator"] = r.id;
          }
        }
      }
    }
    items.push_back(std::move(item));
  }
  return items;
}

} // namespace

ordered_json state_to_json(const std::string& path, const Questionnaire* q, const Rubric* rubric,
                           const ScoreSheet* sheet, const Diagnostics& diags,
                           const std::map<std::string, std::string, std::less<>>& sources) {
  ordered_json doc;
  doc["schema"] = "pace.serve-state/1";
  doc["file"] = path;
  ordered_json scale = ordered_json::array();
  ordered_json attributes = ordered_json::array();
  ordered_json categories = ordered_json::array();
  if (q && rubric) {
    const Scale* s = rubric->framework.find_scale(q->assessment.scale);
    if (s) {
      for (const auto& band : s->bands)
        scale.push_back(band.label);
    }
    for (const auto& a : rubric->framework.attributes) {
      attributes.push_back({{"id", a.id}, {"name", a.name}, {"level", a.level}});
    }
    for (const auto& c : rubric->categories) {
      categories.push_back({{"id", c.id}, {"name", c.name}});
    }
  }
  doc["scale"] = std::move(scale);
  doc["attributes"] = std::move(attributes);
  doc["categories"] = std::move(categories);
  doc["assessors"] = q ? ordered_json(q->assessment.assessors) : ordered_json::array();
  doc["evidence"] = q ? evidence_json(q->evidence) : ordered_json::array();
  doc["blocks"] = q ? blocks_json(*q) : ordered_json::array();
  doc["processes"] = q && rubric ? processes_json(*q, *rubric) : ordered_json::array();
  doc["diagnostics"] = diagnostics_json(path, q, diags, sources);
  doc["score"] = sheet ? score_to_json(*sheet) : ordered_json(nullptr);
  return doc;
}

} // namespace pace::serve
