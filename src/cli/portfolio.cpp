// SPDX-License-Identifier: MIT
#include "portfolio.hpp"

#include <algorithm>
#include <array>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <optional>
#include <ostream>
#include <thread>

#include <nlohmann/json.hpp>

#include <pace/cli/io.hpp>
#include <pace/diag/control_chars.hpp>
#include <pace/diag/error.hpp>
#include <pace/model/number.hpp>
#include <pace/report/csv.hpp>
#include <pace/report/text_table.hpp>
#include <pace/score/profile.hpp>
#include <pace/score/score.hpp>

namespace pace::cli {

namespace fs = std::filesystem;

bool is_portfolio(const std::vector<std::string>& paths) {
  std::error_code ec;
  return paths.size() > 1 || (paths.size() == 1 && fs::is_directory(paths.front(), ec));
}

namespace {

// Fills the summary columns of `item` from a scored sheet.
void summarise(PortfolioItem& item, const ScoreSheet& sheet) {
  Profile profile = build_profile(sheet);
  item.organisation = sheet.assessment.organisation;
  item.date = sheet.assessment.date.to_string();
  item.maturity = profile.maturity ? std::to_string(profile.maturity->level) : "-";
  item.mean_level = profile.overall.mean_level ? format_fixed(*profile.overall.mean_level, 2) : "-";
}

// One file, start to end: load, score, render; runs on a worker thread, sharing only `cache`.
PortfolioItem score_one(const std::string& path, RubricCache& cache, const PortfolioRender& render,
                        Verbosity verbosity) {
  PortfolioItem item;
  Diagnostics diags;
  Sources sources;
  auto loaded = load_assessment(path, cache, diags, sources);
  item.diagnostics = diagnostics_text(diags, sources, verbosity);
  if (!loaded || diags.has_errors()) {
    item.exit_code = static_cast<int>(ExitCode::invalid_input);
    return item;
  }
  ScoreSheet sheet = score(loaded->questionnaire, loaded->rubric);
  item.report = render(sheet);
  summarise(item, sheet);
  return item;
}

// An action register kept beside the questionnaires (assessments/README.md) declares its
// [register] table at the top; the first 4 KiB tell it from a questionnaire without reading it
// all.
bool is_register_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(4096, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  return head.rfind("[register]", 0) == 0 || head.find("\n[register]") != std::string::npos;
}

// Directories become their *.toml files, sorted (directory order is not deterministic); action
// registers among them are not assessments and are left out. A symbolic link there that leads
// nowhere is skipped with a warning, not silently.
std::vector<std::string> expand(const std::vector<std::string>& paths, std::ostream& err) {
  std::vector<std::string> files;
  for (const auto& path : paths) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    std::vector<std::string> dangling;
    for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->path().extension() != ".toml") continue;
      std::error_code status_error;
      if (it->is_regular_file(status_error)) {
        if (!is_register_file(it->path())) found.push_back(it->path().string());
      } else if (it->is_symlink(status_error) && !it->exists(status_error)) {
        dangling.push_back(it->path().string());
      }
    }
    if (ec) throw Error("cannot read '" + path + "': " + ec.message());
    std::sort(dangling.begin(), dangling.end());
    for (const auto& link : dangling) {
      err << "pace: warning: skipping '" << link << "': a symbolic link to a missing file\n";
    }
    if (found.empty()) throw Error("no questionnaires (*.toml) in '" + path + "'");
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

std::string_view status(const PortfolioItem& item) {
  return item.exit_code == 0 ? "scored" : item.exit_code == 1 ? "invalid" : "unreadable";
}

// A file name that is not valid UTF-8 is named with U+FFFD for each invalid byte
// (docs/json-csv.md, conventions); nlohmann would otherwise throw mid-document and cut it off.
constexpr auto kReplaceInvalid = nlohmann::json::error_handler_t::replace;

// Standard output, or one file written atomically at the end.
class Sink {
public:
  Sink(const std::string& output, const std::vector<std::string>& inputs, Context& ctx)
      : ctx_(ctx) {
    if (!output.empty() && output != "-") file_.emplace(output, inputs);
  }
  void write(std::string_view rendered) {
    // As emit() does: no raw control character from a questionnaire reaches the output.
    std::string text = escape_control_chars(rendered, true);
    if (file_) {
      file_->write(text);
    } else {
      ctx_.out << text;
    }
  }
  void commit() {
    if (file_) file_->commit();
  }

private:
  Context& ctx_;
  std::optional<AtomicFile> file_;
};

// The records of a CSV text (quoted cells may hold line breaks), each without its line end.
std::vector<std::string_view> csv_records(std::string_view text) {
  std::vector<std::string_view> records;
  bool quoted = false;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '"') quoted = !quoted;
    if (text[i] == '\n' && !quoted) {
      size_t end = i > start && text[i - 1] == '\r' ? i - 1 : i;
      records.push_back(text.substr(start, end - start));
      start = i + 1;
    }
  }
  if (start < text.size()) records.push_back(text.substr(start));
  return records;
}

// Indents every line but the first, to nest a rendered JSON document in another.
std::string nest(std::string_view json, const std::string& indent) {
  if (!json.empty() && json.back() == '\n') json.remove_suffix(1);
  std::string out;
  for (char c : json) {
    out += c;
    if (c == '\n') out += indent;
  }
  return out;
}

class Writer {
public:
  Writer(std::string command, std::string format, Sink& sink)
      : command_(std::move(command)), format_(std::move(format)), sink_(sink) {}

  void begin() {
    if (format_ == "json") {
      sink_.write("{\n  \"schema\": \"pace.portfolio/1\",\n  \"command\": " +
                  nlohmann::json(command_).dump(-1, ' ', false, kReplaceInvalid) +
                  ",\n  \"files\": [");
    }
  }

  void item(const std::string& file, const PortfolioItem& item) {
    if (format_ == "json") {
      std::string entry =
          std::string(first_ ? "\n" : ",\n") +
          "    {\n      \"file\": " + nlohmann::json(file).dump(-1, ' ', false, kReplaceInvalid) +
          ",\n      \"status\": \"" + std::string(status(item)) +
          "\",\n      \"report\": " + (item.report.empty() ? "null" : nest(item.report, "      ")) +
          "\n    }";
      sink_.write(entry);
    } else if (format_ == "csv") {
      auto records = csv_records(item.report);
      for (size_t r = 0; r < records.size(); ++r) {
        if (r == 0 && !first_csv_header_) continue; // one header for the whole table
        sink_.write((r == 0 ? std::string("file") : csv_cell(file)) + "," +
                    std::string(records[r]) + "\n");
      }
      if (!records.empty()) first_csv_header_ = false;
    } else if (!item.report.empty()) {
      sink_.write((wrote_report_ ? "\n== " : "== ") + file + "\n\n" + item.report);
      wrote_report_ = true;
    }
    first_ = false;
    rows_.push_back({file, item.organisation, item.date, item.maturity, item.mean_level,
                     std::string(status(item))});
    if (item.exit_code != 0) rows_.back()[1] = rows_.back()[2] = "-";
  }

  void end() {
    if (format_ == "json") {
      nlohmann::ordered_json summary = nlohmann::ordered_json::array();
      for (const auto& row : rows_) {
        using Json = nlohmann::ordered_json;
        auto text_or_null = [](const std::string& cell) {
          return cell.empty() || cell == "-" ? Json(nullptr) : Json(cell);
        };
        Json j;
        j["file"] = row[0];
        j["status"] = row[5];
        j["organisation"] = text_or_null(row[1]);
        j["date"] = text_or_null(row[2]);
        bool rated = row[3] != "-" && !row[3].empty();
        j["maturity_level"] = rated ? Json(std::stoi(row[3])) : Json(nullptr);
        bool leveled = row[4] != "-" && !row[4].empty();
        j["mean_level"] = leveled ? Json(std::stod(row[4])) : Json(nullptr);
        summary.push_back(std::move(j));
      }
      sink_.write(std::string(first_ ? "" : "\n  ") + "],\n  \"summary\": " +
                  nest(summary.dump(2, ' ', false, kReplaceInvalid), "  ") + "\n}\n");
    } else if (format_ == "text") {
      int scored = static_cast<int>(std::count_if(
          rows_.begin(), rows_.end(), [](const auto& row) { return row[5] == "scored"; }));
      // The file comes last: its width (a path) then pads no other column.
      TextTable table({"organisation", "date", "maturity", "mean level", "status", "file"},
                      {false, false, true, true, false, false});
      for (auto row : rows_) {
        for (auto& cell : row) {
          if (cell.empty()) cell = "-";
        }
        table.add_row({row[1], row[2], row[3], row[4], row[5], row[0]});
      }
      sink_.write(std::string(wrote_report_ ? "\n" : "") +
                  "portfolio: " + std::to_string(rows_.size()) + " files, " +
                  std::to_string(scored) + " scored\n\n" + table.render());
    }
  }

private:
  std::string command_;
  std::string format_;
  Sink& sink_;
  bool first_ = true;
  bool first_csv_header_ = true;
  bool wrote_report_ = false;
  std::vector<std::array<std::string, 6>> rows_;
};

} // namespace

int run_portfolio(const std::string& command, const std::vector<std::string>& paths, int jobs,
                  const std::string& format, const std::string& output,
                  const PortfolioRender& render, Context& ctx) {
  const std::vector<std::string> files = expand(paths, ctx.err);
  size_t workers = jobs > 0 ? static_cast<size_t>(jobs)
                            : std::max<size_t>(1, std::thread::hardware_concurrency());
  workers = std::min(workers, files.size());
  // Results done but not yet written wait in at most this many slots: the memory bound.
  const size_t window = 2 * workers;
  RubricCache cache(ctx.store());
  std::vector<std::optional<PortfolioItem>> slots(files.size());
  std::mutex mutex;
  std::condition_variable changed;
  size_t next = 0;    // the next file a worker takes
  size_t written = 0; // files written so far
  bool stop = false;

  auto worker = [&] {
    for (;;) {
      size_t i = 0;
      {
        std::unique_lock<std::mutex> lock(mutex);
        changed.wait(lock, [&] { return stop || next >= files.size() || next < written + window; });
        if (stop || next >= files.size()) return;
        i = next++;
      }
      PortfolioItem item;
      try {
        item = score_one(files[i], cache, render, ctx.verbosity);
      } catch (const Error& e) {
        item = PortfolioItem{};
        item.diagnostics = "pace: error: " + std::string(e.what()) + "\n";
        item.exit_code = 2;
      } catch (const std::exception& e) {
        item = PortfolioItem{};
        item.diagnostics = "pace: internal error: " + std::string(e.what()) + "\n";
        item.exit_code = 2;
      }
      {
        std::lock_guard<std::mutex> lock(mutex);
        slots[i] = std::move(item);
      }
      changed.notify_all();
    }
  };

  Sink sink(output, files, ctx); // refuses an output that is one of the inputs, before any work
  std::vector<std::thread> threads;
  for (size_t t = 0; t < workers; ++t)
    threads.emplace_back(worker);
  auto finish = [&] {
    {
      std::lock_guard<std::mutex> lock(mutex);
      stop = true;
    }
    changed.notify_all();
    for (auto& thread : threads)
      thread.join();
    threads.clear();
  };
  int worst = 0;
  try {
    Writer writer(command, format, sink);
    writer.begin();
    for (size_t i = 0; i < files.size(); ++i) {
      PortfolioItem item;
      {
        std::unique_lock<std::mutex> lock(mutex);
        changed.wait(lock, [&] { return slots[i].has_value(); });
        item = std::move(*slots[i]);
        slots[i].reset();
        written = i + 1;
      }
      changed.notify_all();
      ctx.err << item.diagnostics;
      worst = std::max(worst, item.exit_code);
      writer.item(files[i], item);
    }
    writer.end();
    finish();
    sink.commit();
  } catch (...) {
    finish();
    throw;
  }
  return worst;
}

} // namespace pace::cli
