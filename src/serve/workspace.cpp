// SPDX-License-Identifier: MIT
#include <algorithm>
#include <filesystem>
#include <unordered_set>

#include <pace/check/evidence_check.hpp>
#include <pace/check/questionnaire_check.hpp>
#include <pace/cli/io.hpp>
#include <pace/diag/error.hpp>
#include <pace/edit/questionnaire_edit.hpp>
#include <pace/load/questionnaire_loader.hpp>
#include <pace/report/score_render.hpp>
#include <pace/score/score.hpp>
#include <pace/serve/state_json.hpp>
#include <pace/serve/workspace.hpp>

#include "../cli/command_support.hpp"

namespace pace::serve {

using nlohmann::ordered_json;

// One reading of the file: its text and everything pace knows about it.
struct Workspace::Snapshot {
  std::string text;
  std::optional<Questionnaire> questionnaire;
  // As the loader made it, before the checks resolved it, and the loader's diagnostics alone:
  // what an edit of one block starts from (Workspace::reload_block).
  std::optional<Questionnaire> loaded;
  Diagnostics load_diags;
  const Rubric* rubric = nullptr; // owned by Workspace::rubrics_
  Diagnostics diags;
  cli::Sources sources;
  std::optional<ScoreSheet> sheet;
};

namespace {

Reply text_reply(int status, std::string text) {
  return Reply{status, "text/plain; charset=utf-8", std::move(text)};
}

Reply json_reply(const ordered_json& doc) {
  // Hostile text (control characters, invalid UTF-8 already refused by the loader) is escaped
  // by the JSON encoder; the page puts it into the DOM as text only.
  return Reply{200, "application/json",
               doc.dump(-1, ' ', false, ordered_json::error_handler_t::replace)};
}

// A request body's field: absent is nullopt, a string is itself, a number its digits.
std::optional<std::string> string_field(const nlohmann::json& body, const char* key,
                                        std::string& error) {
  auto it = body.find(key);
  if (it == body.end()) return std::nullopt;
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer() || it->is_number_unsigned()) return it->dump();
  if (it->is_number_float()) return it->dump();
  if (it->is_null()) return std::string();
  error = std::string("'") + key + "' must be a string";
  return std::nullopt;
}

std::optional<nlohmann::json> parse_object(std::string_view body, std::string& error) {
  auto doc = nlohmann::json::parse(body, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    error = "the request body must be a JSON object";
    return std::nullopt;
  }
  return doc;
}

} // namespace

Workspace::Workspace(std::string path, cli::RubricStore store)
    : path_(std::move(path)), store_(std::move(store)) {
  current_ = load(cli::read_text_file(path_));
}

Workspace::~Workspace() = default;

bool Workspace::loaded() const {
  return current_->sheet.has_value();
}

std::string Workspace::startup_diagnostics() const {
  return cli::diagnostics_text(current_->diags, current_->sources, cli::Verbosity::verbose);
}

std::unique_ptr<Workspace::Snapshot> Workspace::load(std::string text) {
  auto snap = std::make_unique<Snapshot>();
  snap->text = std::move(text);
  snap->questionnaire = load_questionnaire(snap->text, path_, snap->load_diags);
  snap->diags = snap->load_diags;
  snap->sources.emplace(path_, snap->text);
  if (!snap->questionnaire || snap->questionnaire->assessment.rubric.empty()) return snap;
  snap->loaded = snap->questionnaire;
  const auto& info = snap->questionnaire->assessment;
  // The rubric is read once per reference: an edit re-checks against the same rubric, and the
  // round trip stays within the time budget (docs/performance.md).
  auto cached = rubrics_.find(info.rubric);
  if (cached == rubrics_.end()) {
    cli::Sources rubric_sources;
    std::string base = std::filesystem::path(path_).parent_path().string();
    auto rubric = cli::load_rubric_ref(info.rubric, base.empty() ? "." : base, info.rubric_pos,
                                       store_, snap->diags, rubric_sources);
    if (!rubric) return snap;
    cached =
        rubrics_.emplace(info.rubric, std::make_pair(std::move(*rubric), rubric_sources)).first;
  }
  snap->rubric = &cached->second.first;
  for (const auto& [file, file_text] : cached->second.second)
    snap->sources.emplace(file, file_text);
  check_and_score(*snap);
  return snap;
}

void Workspace::check_and_score(Snapshot& snap) const {
  check_questionnaire(*snap.questionnaire, *snap.rubric, snap.diags);
  check_evidence(*snap.questionnaire, *snap.rubric, snap.diags);
  snap.sheet = score(*snap.questionnaire, *snap.rubric);
}

namespace {

size_t line_of(std::string_view text, size_t offset) {
  return static_cast<size_t>(
             std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n')) +
         1;
}

// Byte offset where line `line` (1-based) begins, or npos.
size_t line_start(std::string_view text, size_t line) {
  size_t at = 0;
  for (size_t n = 1; n < line; ++n) {
    at = text.find('\n', at);
    if (at == std::string_view::npos) return at;
    ++at;
  }
  return at;
}

} // namespace

// Parsing the whole file again is most of an edit's time (docs/performance.md). An indicator
// edit changes only its block: when the line count stays and every changed byte lies between
// the block's header and the next header, only that block is parsed again (alone, at its own
// lines, so positions and the loader's diagnostics come out as in a whole load; the loader
// reads a block without looking at any other) and put in place of the old one; then everything
// is checked and scored as after a whole load. nullptr when that does not apply.
std::unique_ptr<Workspace::Snapshot> Workspace::reload_block(std::string next_text,
                                                             const IndicatorEdit& edit) {
  const Snapshot& now = *current_;
  if (!now.loaded || !now.rubric || !now.questionnaire) return nullptr;
  const std::string& old_text = now.text;
  if (std::count(old_text.begin(), old_text.end(), '\n') !=
      std::count(next_text.begin(), next_text.end(), '\n')) {
    return nullptr;
  }
  auto& blocks = now.loaded->processes;
  auto it = std::find_if(blocks.begin(), blocks.end(), [&](const ProcessBlock& b) {
    return b.id == edit.process && b.instance == edit.instance && b.assessor == edit.assessor;
  });
  if (it == blocks.end() || it->pos.line <= 0) return nullptr;
  const size_t first_line = static_cast<size_t>(it->pos.line);
  size_t begin = line_start(next_text, first_line);
  if (begin == std::string::npos || next_text.compare(begin, 2, "[[") != 0) return nullptr;
  // The block ends where the next table header that is not its own begins.
  size_t end = begin;
  for (;;) {
    size_t eol = next_text.find('\n', end);
    if (eol == std::string::npos) {
      end = next_text.size();
      break;
    }
    end = eol + 1;
    std::string_view line = std::string_view(next_text).substr(end);
    if (line.rfind("[", 0) == 0 && line.rfind("[process.", 0) != 0) break;
  }
  size_t last_line = line_of(next_text, end == 0 ? 0 : end - 1);
  size_t first_diff = 0;
  while (first_diff < old_text.size() && old_text[first_diff] == next_text[first_diff])
    ++first_diff;
  size_t tail = 0;
  while (tail < old_text.size() && tail < next_text.size() &&
         old_text[old_text.size() - 1 - tail] == next_text[next_text.size() - 1 - tail]) {
    ++tail;
  }
  if (first_diff < begin || next_text.size() - tail > end) return nullptr;

  std::string alone(first_line - 1, '\n');
  alone.append(next_text, begin, end - begin);
  Diagnostics block_diags;
  auto parsed = load_questionnaire(alone, path_, block_diags);
  if (!parsed || parsed->processes.size() != 1) return nullptr;
  ProcessBlock& block = parsed->processes.front();
  if (block.id != it->id || block.instance != it->instance || block.assessor != it->assessor) {
    return nullptr;
  }
  auto inside = [&](const Diagnostic& d) {
    return d.pos.path.str() == path_ && d.pos.line >= static_cast<int>(first_line) &&
           d.pos.line <= static_cast<int>(last_line);
  };
  auto snap = std::make_unique<Snapshot>();
  snap->text = std::move(next_text);
  snap->loaded = now.loaded;
  snap->loaded->processes[static_cast<size_t>(it - blocks.begin())] = std::move(block);
  for (const auto& d : now.load_diags.items()) {
    if (!inside(d)) snap->load_diags.add(d);
  }
  for (const auto& d : block_diags.items()) {
    if (inside(d)) snap->load_diags.add(d);
  }
  snap->questionnaire = snap->loaded;
  snap->diags = snap->load_diags;
  snap->sources = now.sources;
  snap->sources[path_] = snap->text;
  snap->rubric = now.rubric;
  check_and_score(*snap);
  return snap;
}

Reply Workspace::state() {
  std::string text;
  try {
    text = cli::read_text_file(path_);
  } catch (const Error& e) {
    return text_reply(500, std::string(e.what()) + "\n");
  }
  if (text != current_->text) current_ = load(std::move(text));
  const Snapshot& s = *current_;
  return json_reply(state_to_json(path_, s.questionnaire ? &*s.questionnaire : nullptr, s.rubric,
                                  s.sheet ? &*s.sheet : nullptr, s.diags, s.sources));
}

std::optional<Reply> Workspace::refuse_if_changed_on_disk() {
  std::string text;
  try {
    text = cli::read_text_file(path_);
  } catch (const Error& e) {
    return text_reply(500, std::string(e.what()) + "\n");
  }
  if (text != current_->text) {
    return text_reply(409, "'" + path_ +
                               "' changed on disk since pace last read it; nothing was written "
                               "(reload to see the file as it is now)\n");
  }
  if (!current_->sheet) {
    return text_reply(400,
                      "'" + path_ + "' cannot be scored; fix it first:\n" + startup_diagnostics());
  }
  return std::nullopt;
}

// An edit may not add an error: every error of the edited text that the file did not already
// have (compared by message, as lines move when a line is inserted) is the edit's fault.
std::optional<Reply> Workspace::refuse_new_errors(const Snapshot& next) const {
  std::unordered_multiset<std::string> before;
  for (const auto& d : current_->diags.items()) {
    if (d.severity == Severity::error) before.insert(d.message + '\n' + d.note);
  }
  Diagnostics introduced;
  for (const auto& d : next.diags.items()) {
    if (d.severity != Severity::error) continue;
    auto old = before.find(d.message + '\n' + d.note);
    if (old != before.end()) {
      before.erase(old);
    } else {
      introduced.add(d);
    }
  }
  if (!next.sheet && !introduced.has_errors()) {
    introduced.error(SourcePos{path_, 0, 0, 0}, "the edited file cannot be scored");
  }
  if (!introduced.has_errors()) return std::nullopt;
  return text_reply(400, cli::diagnostics_text(introduced, next.sources, cli::Verbosity::verbose));
}

Reply Workspace::save(std::unique_ptr<Snapshot> next) {
  try {
    cli::update_file_atomic(path_, next->text, current_->text);
  } catch (const Error& e) {
    // update_file_atomic re-reads the file right before the rename: a change in between is a
    // conflict like any other.
    bool conflict = std::string_view(e.what()).find("changed on disk") != std::string_view::npos;
    return text_reply(conflict ? 409 : 500, std::string(e.what()) + "\n");
  }
  current_ = std::move(next);
  return Reply{};
}

Reply Workspace::edit(std::string_view body) {
  std::string error;
  auto request = parse_object(body, error);
  if (!request) return text_reply(400, error + "\n");
  IndicatorEdit e;
  auto process = string_field(*request, "process", error);
  auto indicator = string_field(*request, "indicator", error);
  e.instance = string_field(*request, "instance", error).value_or("");
  e.assessor = string_field(*request, "assessor", error).value_or("");
  e.rating = string_field(*request, "rating", error);
  e.note = string_field(*request, "note", error);
  if (auto it = request->find("evidence"); it != request->end()) {
    std::vector<std::string> ids;
    bool strings = it->is_array();
    for (const auto& id : strings ? *it : nlohmann::json::array()) {
      if (!id.is_string()) strings = false;
      if (id.is_string()) ids.push_back(id.get<std::string>());
    }
    if (!strings) error = "'evidence' must be an array of evidence ids";
    e.evidence = std::move(ids);
  }
  if (error.empty() && (!process || process->empty() || !indicator || indicator->empty())) {
    error = "'process' and 'indicator' are required";
  }
  if (!error.empty()) return text_reply(400, error + "\n");
  e.process = *process;
  e.indicator = *indicator;
  if (auto refused = refuse_if_changed_on_disk()) return *refused;

  Diagnostics diags;
  auto text = apply_indicator_edit(current_->text, *current_->questionnaire, e, diags);
  if (!text) {
    return text_reply(400,
                      cli::diagnostics_text(diags, current_->sources, cli::Verbosity::verbose));
  }
  auto next = reload_block(*text, e);
  if (!next) next = load(std::move(*text));
  if (auto refused = refuse_new_errors(*next)) return *refused;
  Reply saved = save(std::move(next));
  if (saved.status != 200) return saved;
  // The answer is rendered by the same function as `pace score --format json`, from a sheet
  // holding only this process (rendering all of them would cost more than the edit).
  const ScoreSheet& sheet = *current_->sheet;
  ScoreSheet one;
  one.assessment = sheet.assessment;
  for (const auto& p : sheet.processes) {
    if (p.id == e.process) one.processes.push_back(p);
  }
  if (one.processes.empty()) return json_reply(ordered_json::object()); // not in the rubric
  return json_reply(score_to_json(one)["processes"][0]);
}

Reply Workspace::add_evidence(std::string_view body) {
  std::string error;
  auto request = parse_object(body, error);
  if (!request) return text_reply(400, error + "\n");
  EvidenceItem item;
  item.id = string_field(*request, "id", error).value_or("");
  item.kind = string_field(*request, "kind", error).value_or("");
  item.title = string_field(*request, "title", error).value_or("");
  item.ref = string_field(*request, "ref", error).value_or("");
  item.date = string_field(*request, "date", error).value_or("");
  if (error.empty() && item.id.empty()) error = "'id' is required";
  if (!error.empty()) return text_reply(400, error + "\n");
  if (auto refused = refuse_if_changed_on_disk()) return *refused;

  Diagnostics diags;
  auto text = add_evidence_item(current_->text, *current_->questionnaire, item, diags);
  if (!text) {
    return text_reply(400,
                      cli::diagnostics_text(diags, current_->sources, cli::Verbosity::verbose));
  }
  auto next = load(std::move(*text));
  if (auto refused = refuse_new_errors(*next)) return *refused;
  Reply saved = save(std::move(next));
  if (saved.status != 200) return saved;
  return state();
}

} // namespace pace::serve
