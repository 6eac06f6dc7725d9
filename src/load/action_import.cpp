// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cstdio>
#include <map>

#include <pace/diag/spelling.hpp>
#include <pace/load/action_import.hpp>
#include <pace/load/action_register_loader.hpp>
#include <pace/load/csv_reader.hpp>
#include <pace/model/action_register.hpp>

#include "toml_reader.hpp"

namespace pace {

std::string toml_quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (u < 0x20 || u == 0x7f) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\u%04X", u);
      out += buffer;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

namespace {

// The columns a plan CSV must have (pace gaps --format csv writes them all).
const std::vector<std::string> kColumns = {"process",    "indicator", "instance", "current_rating",
                                           "new_rating", "owner",     "due_date", "action_id",
                                           "practice",   "status"};

struct Row {
  const CsvRecord* record = nullptr;
  std::map<std::string, size_t> index;
  std::string get(const std::string& column) const {
    size_t i = index.at(column);
    return i < record->fields.size() ? record->fields[i] : "";
  }
  SourcePos pos(const std::string& column, const std::string& path) const {
    size_t i = std::min(index.at(column), record->fields.size() - 1);
    const std::string& field = record->fields[i];
    int width = field.find('\n') == std::string::npos ? static_cast<int>(field.size()) : 0;
    return SourcePos{path, record->lines[i], record->columns[i],
                     width ? record->columns[i] + width : 0};
  }
};

std::optional<Date> parse_date(const std::string& text) {
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (text.size() != 10 || std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) {
    return std::nullopt;
  }
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return std::nullopt;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (m == 2 && d == 29 && !leap) return std::nullopt;
  return Date{y, m, d};
}

// Byte offsets of each line's start, so toml++ positions (line, code-point column) map to bytes.
class LineMap {
public:
  explicit LineMap(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') starts_.push_back(i + 1);
    }
  }
  size_t offset(size_t line, size_t column) const {
    size_t at = starts_[std::min(line, starts_.size()) - 1];
    for (size_t cp = 1; cp < column && at < text_.size() && text_[at] != '\n'; ++cp) {
      ++at;
      while (at < text_.size() && (static_cast<unsigned char>(text_[at]) & 0xC0) == 0x80)
        ++at;
    }
    return at;
  }
  size_t line_end(size_t line) const { // just past the line's '\n' (or the end of the text)
    return line < starts_.size() ? starts_[line] : text_.size();
  }

private:
  std::string_view text_;
  std::vector<size_t> starts_;
};

// The end of a one-line scalar starting at `at`: a basic or literal string, or a bare value
// (date, number, boolean). nullopt for what this edit will not rewrite (multi-line strings,
// arrays, inline tables).
std::optional<size_t> scalar_end(std::string_view text, size_t at) {
  if (text.substr(at, 3) == "\"\"\"" || text.substr(at, 3) == "'''") return std::nullopt;
  if (at < text.size() && (text[at] == '[' || text[at] == '{')) return std::nullopt;
  if (at < text.size() && (text[at] == '"' || text[at] == '\'')) {
    char quote = text[at];
    for (size_t i = at + 1; i < text.size() && text[i] != '\n'; ++i) {
      if (quote == '"' && text[i] == '\\') {
        ++i;
        continue;
      }
      if (text[i] == quote) return i + 1;
    }
    return std::nullopt;
  }
  size_t i = at;
  while (i < text.size() && text[i] != '\n' && text[i] != '#' && text[i] != ' ' &&
         text[i] != '\t' && text[i] != '\r')
    ++i;
  return i;
}

struct Edit {
  size_t from = 0;
  size_t to = 0; // from == to: an insertion
  std::string text;
};

struct Change {
  std::string key;
  std::string value; // TOML text
};

class RegisterEditor {
public:
  RegisterEditor(std::string_view text, const std::string& path, const toml::table& doc)
      : text_(text), path_(path), lines_(text) {
    if (const toml::array* actions = doc["action"].as_array()) {
      for (const toml::node& n : *actions) {
        const toml::table* t = n.as_table();
        if (!t) continue;
        if (auto id = (*t)["id"].value<std::string>()) tables_.emplace(*id, t);
      }
    }
  }

  // Sets each key of the action to its value; false (and a diagnostic) when a value is written
  // in a form this edit does not rewrite.
  bool update(const std::string& id, const std::vector<Change>& changes, Diagnostics& diags) {
    const toml::table& t = *tables_.at(id);
    size_t last_line = t.source().begin.line;
    for (const auto& [key, node] : t)
      last_line = std::max<size_t>(last_line, node.source().end.line);
    std::string inserted;
    for (const auto& c : changes) {
      const toml::node* node = t.get(c.key);
      if (!node) {
        inserted += c.key + " = " + c.value + "\n";
        continue;
      }
      size_t from = lines_.offset(node->source().begin.line, node->source().begin.column);
      auto to = scalar_end(text_, from);
      if (!to) {
        diags.error(load::to_pos(node->source(), load::Origin(path_)),
                    "cannot update '" + c.key + "' of action '" + id + "' written in this form",
                    "write it as a one-line value, or edit it by hand");
        return false;
      }
      edits_.push_back({from, *to, c.value});
    }
    if (!inserted.empty()) {
      size_t at = lines_.line_end(last_line);
      if (at == text_.size() && !text_.empty() && text_.back() != '\n') inserted = "\n" + inserted;
      edits_.push_back({at, at, inserted});
    }
    return true;
  }

  void append(std::string block) { appended_ += block; }

  std::string result() const {
    std::vector<Edit> sorted = edits_;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Edit& a, const Edit& b) { return a.from < b.from; });
    std::string out;
    size_t at = 0;
    for (const auto& e : sorted) {
      out.append(text_.substr(at, e.from - at));
      out += e.text;
      at = e.to;
    }
    out.append(text_.substr(at));
    if (!appended_.empty()) {
      if (!out.empty() && out.back() != '\n') out += "\n";
      out += appended_;
    }
    return out;
  }

  const toml::table* find(const std::string& id) const {
    auto it = tables_.find(id);
    return it == tables_.end() ? nullptr : it->second;
  }

private:
  std::string_view text_;
  std::string path_;
  LineMap lines_;
  std::map<std::string, const toml::table*> tables_;
  std::vector<Edit> edits_;
  std::string appended_;
};

// The optional `findings` column (pace gaps writes it: "F-1; F-2") as a TOML list body,
// '"F-1", "F-2"'; "" when the column is absent or empty.
std::string finding_list(const Row& row) {
  if (!row.index.count("findings")) return "";
  std::string cell = row.get("findings");
  std::string list;
  size_t start = 0;
  while (start <= cell.size()) {
    size_t end = std::min(cell.find(';', start), cell.size());
    std::string id = cell.substr(start, end - start);
    size_t first = id.find_first_not_of(' ');
    size_t last = id.find_last_not_of(' ');
    if (first != std::string::npos) {
      list += (list.empty() ? "" : ", ") + toml_quote(id.substr(first, last - first + 1));
    }
    start = end + 1;
  }
  return list;
}

std::string new_action_block(const Row& row, const std::string& id, const std::string& status) {
  std::string block = "\n[[action]]\nid = " + toml_quote(id) + "\n";
  std::string practice = row.get("practice");
  std::string title = "Raise " + row.get("indicator") + " to " + row.get("new_rating");
  if (!practice.empty()) title += ": " + practice;
  block += "title = " + toml_quote(title) + "\n";
  block += "process = " + toml_quote(row.get("process")) + "\n";
  if (!row.get("instance").empty()) block += "instance = " + toml_quote(row.get("instance")) + "\n";
  block += "indicators = [" + toml_quote(row.get("indicator")) + "]\n";
  if (!row.get("current_rating").empty()) {
    block += "from_rating = " + toml_quote(row.get("current_rating")) + "\n";
  }
  block += "to_rating = " + toml_quote(row.get("new_rating")) + "\n";
  if (std::string ids = finding_list(row); !ids.empty()) block += "findings = [" + ids + "]\n";
  if (!row.get("owner").empty()) block += "owner = " + toml_quote(row.get("owner")) + "\n";
  if (!row.get("due_date").empty()) block += "due = " + row.get("due_date") + "\n";
  block += "status = " + toml_quote(status) + "\n";
  return block;
}

} // namespace

std::optional<std::string> import_plan_csv(std::string_view register_text,
                                           const std::string& register_path,
                                           std::string_view csv_text, const std::string& csv_path,
                                           Diagnostics& diags, ImportSummary& summary) {
  int errors_before = diags.error_count();
  auto reg = load_action_register(register_text, register_path, diags);
  std::vector<CsvRecord> records = read_csv(csv_text, csv_path, diags);
  if (!reg || diags.error_count() > errors_before) return std::nullopt;
  if (records.empty()) {
    diags.error(SourcePos{csv_path, 0, 0, 0}, "the plan CSV is empty",
                "write it with 'pace gaps FILE --format csv'");
    return std::nullopt;
  }
  std::map<std::string, size_t> index;
  for (size_t i = 0; i < records[0].fields.size(); ++i)
    index.emplace(records[0].fields[i], i);
  for (const auto& column : kColumns) {
    if (index.count(column)) continue;
    diags.error(SourcePos{csv_path, 1, 1, 0}, "the plan CSV has no '" + column + "' column",
                "write it with 'pace gaps FILE --format csv' (pace 0.2 or later)");
  }
  if (diags.error_count() > errors_before) return std::nullopt;
  auto doc = load::try_parse_toml(register_text, register_path);
  if (!doc) return std::nullopt; // load_action_register parsed it a moment ago
  RegisterEditor editor(register_text, register_path, *doc);
  std::map<std::string, int> seen;
  for (size_t r = 1; r < records.size(); ++r) {
    Row row{&records[r], index};
    std::string id = row.get("action_id");
    if (id.empty()) continue; // a row explaining why a target cannot be reached
    if (auto [it, added] = seen.try_emplace(id, records[r].line); !added) {
      diags.error(row.pos("action_id", csv_path), "action '" + id + "' appears twice in the plan",
                  "first on line " + std::to_string(it->second));
      continue;
    }
    std::string status = row.get("status");
    if (!status.empty() && !action_progress_from(status)) {
      diags.error(row.pos("status", csv_path),
                  "unknown status '" + status + "' for action '" + id + "'", status_hint(status));
      continue;
    }
    std::string due = row.get("due_date");
    if (!due.empty() && !parse_date(due)) {
      diags.error(row.pos("due_date", csv_path),
                  "due date '" + due + "' of action '" + id + "' is not a date",
                  "write dates as YYYY-MM-DD, e.g. 2026-09-30");
      continue;
    }
    const RegisteredAction* existing = reg->find(id);
    if (!existing && status.empty() && due.empty() && row.get("owner").empty()) {
      ++summary.left_blank; // nobody took this step up: not an action yet
      continue;
    }
    if (!existing) {
      editor.append(new_action_block(row, id, status.empty() ? "proposed" : status));
      summary.added.push_back(id);
      continue;
    }
    std::vector<Change> changes;
    std::string owner = row.get("owner");
    if (!owner.empty() && owner != existing->owner) changes.push_back({"owner", toml_quote(owner)});
    if (!due.empty() && (!existing->due || existing->due->to_string() != due)) {
      changes.push_back({"due", due});
    }
    if (!status.empty() && status != to_string(existing->status)) {
      changes.push_back({"status", toml_quote(status)});
    }
    if (changes.empty()) {
      ++summary.unchanged;
      continue;
    }
    if (editor.update(id, changes, diags)) summary.updated.push_back(id);
  }
  if (diags.error_count() > errors_before) return std::nullopt;
  std::string result = editor.result();
  // What is written must read back as a valid register; a failure here is pace's own bug.
  Diagnostics recheck;
  load_action_register(result, register_path, recheck);
  if (recheck.has_errors()) {
    for (const auto& d : recheck.items())
      diags.add(d);
    return std::nullopt;
  }
  return result;
}

} // namespace pace
