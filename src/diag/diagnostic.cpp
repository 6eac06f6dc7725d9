// SPDX-License-Identifier: MIT
#include <pace/diag/diagnostic.hpp>

#include <algorithm>
#include <cstdio>

namespace pace {

void Diagnostics::error(SourcePos pos, std::string message, std::string note) {
  items_.push_back({Severity::error, std::move(pos), std::move(message), std::move(note)});
}

void Diagnostics::warning(SourcePos pos, std::string message, std::string note) {
  items_.push_back({Severity::warning, std::move(pos), std::move(message), std::move(note)});
}

int Diagnostics::error_count() const {
  return static_cast<int>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) {
    return d.severity == Severity::error;
  }));
}

int Diagnostics::warning_count() const {
  return static_cast<int>(items_.size()) - error_count();
}

void Diagnostics::promote_warnings() {
  for (auto& d : items_) {
    d.severity = Severity::error;
  }
}

namespace {

std::string_view nth_line(std::string_view text, int line) {
  size_t start = 0;
  for (int i = 1; i < line; ++i) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) {
      return {};
    }
    start = nl + 1;
  }
  size_t end = text.find('\n', start);
  std::string_view result = text.substr(start, end == std::string_view::npos ? end : end - start);
  if (!result.empty() && result.back() == '\r') {
    result.remove_suffix(1);
  }
  return result;
}

} // namespace

std::string render(const Diagnostic& d, std::string_view source) {
  std::string out = d.pos.path;
  if (d.pos.line > 0) {
    out += ':' + std::to_string(d.pos.line) + ':' + std::to_string(std::max(d.pos.column, 1));
  }
  out += d.severity == Severity::error ? ": error: " : ": warning: ";
  out += d.message;
  out += '\n';
  std::string_view line = d.pos.line > 0 ? nth_line(source, d.pos.line) : std::string_view{};
  if (!line.empty()) {
    char gutter[32];
    std::snprintf(gutter, sizeof gutter, "%5d | ", d.pos.line);
    out += gutter;
    out += line;
    out += "\n      | ";
    // Keep tabs so the caret lines up with what the terminal shows.
    size_t col = static_cast<size_t>(std::max(d.pos.column, 1));
    for (size_t i = 0; i + 1 < col && i < line.size(); ++i) {
      out += line[i] == '\t' ? '\t' : ' ';
    }
    out += '^';
    int width = d.pos.end_column - d.pos.column;
    int room = static_cast<int>(line.size()) - static_cast<int>(col) + 1;
    for (int i = 1; i < std::min(width, room); ++i) {
      out += '~';
    }
    out += '\n';
  }
  if (!d.note.empty()) {
    out += "note: " + d.note + '\n';
  }
  return out;
}

std::string render_all(const std::vector<Diagnostic>& items,
                       const std::map<std::string, std::string, std::less<>>& sources) {
  std::vector<std::string> file_order;
  for (const auto& d : items) {
    if (std::find(file_order.begin(), file_order.end(), d.pos.path) == file_order.end()) {
      file_order.push_back(d.pos.path);
    }
  }
  auto file_rank = [&](const std::string& path) {
    return std::find(file_order.begin(), file_order.end(), path) - file_order.begin();
  };
  std::vector<const Diagnostic*> sorted;
  for (const auto& d : items) {
    sorted.push_back(&d);
  }
  std::stable_sort(sorted.begin(), sorted.end(), [&](const Diagnostic* a, const Diagnostic* b) {
    auto ka = std::tuple(file_rank(a->pos.path), a->pos.line, a->pos.column);
    auto kb = std::tuple(file_rank(b->pos.path), b->pos.line, b->pos.column);
    return ka < kb;
  });
  std::string out;
  for (const Diagnostic* d : sorted) {
    auto it = sources.find(d->pos.path);
    out += render(*d, it == sources.end() ? std::string_view{} : std::string_view{it->second});
  }
  return out;
}

} // namespace pace
