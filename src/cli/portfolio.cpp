// SPDX-License-Identifier: MIT
#include "portfolio.hpp"

#include <algorithm>
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
#include <pace/report/csv.hpp>
#include <pace/report/portfolio_render.hpp>
#include <pace/score/score.hpp>

namespace pace::cli {

namespace fs = std::filesystem;

bool is_portfolio(const std::vector<std::string>& paths) {
  std::error_code ec;
  return paths.size() > 1 || (paths.size() == 1 && fs::is_directory(paths.front(), ec));
}

namespace {

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
  item.row = portfolio_row(path, sheet);
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

PortfolioStatus status(const PortfolioItem& item) {
  return item.exit_code == 0   ? PortfolioStatus::scored
         : item.exit_code == 1 ? PortfolioStatus::invalid
                               : PortfolioStatus::unreadable;
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
  Writer(std::string command, Combine combine, Sink& sink)
      : command_(std::move(command)), combine_(combine), sink_(sink) {}

  void begin() {
    if (combine_ == Combine::json_document) {
      sink_.write("{\n  \"schema\": \"pace.portfolio/1\",\n  \"command\": " +
                  nlohmann::json(command_).dump(-1, ' ', false, kReplaceInvalid) +
                  ",\n  \"files\": [");
    }
  }

  void item(const std::string& file, const PortfolioItem& item) {
    if (combine_ == Combine::json_document) {
      std::string entry =
          std::string(first_ ? "\n" : ",\n") +
          "    {\n      \"file\": " + nlohmann::json(file).dump(-1, ' ', false, kReplaceInvalid) +
          ",\n      \"status\": \"" + std::string(to_string(status(item))) +
          "\",\n      \"report\": " + (item.report.empty() ? "null" : nest(item.report, "      ")) +
          "\n    }";
      sink_.write(entry);
    } else if (combine_ == Combine::csv_table) {
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
    rows_.push_back(item.row);
    rows_.back().file = file;
    rows_.back().status = status(item);
  }

  void end() {
    if (combine_ == Combine::json_document) {
      sink_.write(std::string(first_ ? "" : "\n  ") + "],\n  \"summary\": " +
                  nest(render_portfolio_summary_json(rows_), "  ") + "\n}\n");
    } else if (combine_ == Combine::sections) {
      sink_.write(std::string(wrote_report_ ? "\n" : "") + render_portfolio_summary_text(rows_));
    }
  }

private:
  std::string command_;
  Combine combine_;
  Sink& sink_;
  bool first_ = true;
  bool first_csv_header_ = true;
  bool wrote_report_ = false;
  std::vector<PortfolioRow> rows_;
};

} // namespace

int run_portfolio(const std::string& command, const std::vector<std::string>& paths, int jobs,
                  Combine combine, const std::string& output, const PortfolioRender& render,
                  Context& ctx) {
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
    Writer writer(command, combine, sink);
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
