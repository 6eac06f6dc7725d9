// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cstdio>
#include <string_view>
#include <tuple>
#include <utility>

#include <pace/diag/control_chars.hpp>
#include <pace/diag/diagnostic.hpp>

namespace pace {

void Diagnostics::error(SourcePos pos, std::string message, std::string note) {
  items_.push_back({Severity::error, pos, std::move(message), std::move(note)});
}

void Diagnostics::warning(SourcePos pos, std::string message, std::string note) {
  items_.push_back({Severity::warning, pos, std::move(message), std::move(note)});
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

// Hostile input can put megabytes on one line or into one quoted token; what is printed of
// either stays readable and bounded. Normal files never come near these limits. The excerpt is
// short so that a questionnaire naming a secret file as its rubric cannot make pace print it.
constexpr size_t kMaxMessage = 4000; // bytes of a message or note: head and tail kept
constexpr size_t kMaxExcerpt = 200;  // bytes of a source line: a window around the caret

bool is_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Moves a cut position back to the start of a UTF-8 sequence, so no character is split.
size_t char_boundary(std::string_view text, size_t at) {
  while (at > 0 && at < text.size() && is_continuation(text[at]))
    --at;
  return at;
}

std::string bounded(std::string_view text) {
  if (text.size() <= kMaxMessage) return std::string(text);
  size_t head = char_boundary(text, kMaxMessage / 2);
  size_t tail = char_boundary(text, text.size() - kMaxMessage / 2);
  return std::string(text.substr(0, head)) + " [... " + std::to_string(tail - head) +
         " bytes cut ...] " + std::string(text.substr(tail));
}

std::string_view without_cr(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

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
  return without_cr(text.substr(start, end == std::string_view::npos ? end : end - start));
}

// Where each line of a text starts, so that many diagnostics in one big file cost one pass.
class LineIndex {
public:
  explicit LineIndex(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (size_t at = text.find('\n'); at != std::string_view::npos; at = text.find('\n', at + 1)) {
      starts_.push_back(at + 1);
    }
  }
  std::string_view line(int n) const {
    if (n < 1 || static_cast<size_t>(n) > starts_.size()) return {};
    size_t start = starts_[static_cast<size_t>(n) - 1];
    if (start >= text_.size()) return {};
    size_t end = text_.find('\n', start);
    return without_cr(text_.substr(start, end == std::string_view::npos ? end : end - start));
  }

private:
  std::string_view text_;
  std::vector<size_t> starts_;
};

std::string render_line(const Diagnostic& d, std::string_view line) {
  // Paths, messages (which quote the input) and source lines are untrusted: no control
  // character reaches the terminal raw.
  std::string out = escape_control_chars(d.pos.path.str());
  if (d.pos.line > 0) {
    out += ':' + std::to_string(d.pos.line) + ':' + std::to_string(std::max(d.pos.column, 1));
  }
  out += d.severity == Severity::error ? ": error: " : ": warning: ";
  out += escape_control_chars(bounded(d.message), true);
  out += '\n';
  if (!line.empty()) {
    size_t col = static_cast<size_t>(std::max(d.pos.column, 1));
    int width = d.pos.end_column - d.pos.column;
    std::string prefix;
    std::string suffix;
    if (line.size() > kMaxExcerpt) {
      // A window of the line around the caret, marked with "..." where it was cut.
      size_t from = col > kMaxExcerpt / 4 ? char_boundary(line, col - 1 - kMaxExcerpt / 4) : 0;
      size_t to = char_boundary(line, std::min(line.size(), from + kMaxExcerpt));
      if (to < line.size()) suffix = "...";
      if (from > 0) prefix = "...";
      line = line.substr(from, to - from);
      col = col - from + prefix.size();
    }
    char gutter[32];
    std::snprintf(gutter, sizeof gutter, "%5d | ", d.pos.line);
    // The caret goes under the escaped form of the byte it pointed at.
    std::string before =
        prefix + std::string(line.substr(0, std::min(col - 1 - prefix.size(), line.size())));
    std::string shown = escape_control_chars(prefix + std::string(line), true);
    col = escape_control_chars(before, true).size() + 1;
    out += gutter;
    out += shown;
    out += suffix;
    out += "\n      | ";
    // Keep tabs so the caret lines up with what the terminal shows.
    for (size_t i = 0; i + 1 < col && i < shown.size(); ++i) {
      out += shown[i] == '\t' ? '\t' : ' ';
    }
    out += '^';
    int room = static_cast<int>(shown.size()) - static_cast<int>(col) + 1;
    for (int i = 1; i < std::min(width, room); ++i) {
      out += '~';
    }
    out += '\n';
  }
  if (!d.note.empty()) {
    out += "note: " + escape_control_chars(bounded(d.note), true) + '\n';
  }
  return out;
}

} // namespace

std::string render(const Diagnostic& d, std::string_view source) {
  return render_line(d, d.pos.line > 0 ? nth_line(source, d.pos.line) : std::string_view{});
}

std::string render_all(const std::vector<Diagnostic>& items,
                       const std::map<std::string, std::string, std::less<>>& sources) {
  std::vector<std::string> file_order;
  for (const auto& d : items) {
    if (std::find(file_order.begin(), file_order.end(), d.pos.path.str()) == file_order.end()) {
      file_order.push_back(d.pos.path.str());
    }
  }
  auto file_rank = [&](const std::string& path) {
    return std::find(file_order.begin(), file_order.end(), path) - file_order.begin();
  };
  std::vector<std::pair<decltype(file_rank("")), const Diagnostic*>> sorted;
  sorted.reserve(items.size());
  for (const auto& d : items) {
    sorted.emplace_back(file_rank(d.pos.path.str()), &d);
  }
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
    return std::tuple(a.first, a.second->pos.line, a.second->pos.column) <
           std::tuple(b.first, b.second->pos.line, b.second->pos.column);
  });
  std::map<std::string_view, LineIndex> indexes;
  std::string out;
  for (const auto& [rank, d] : sorted) {
    std::string_view line;
    auto it = sources.find(d->pos.path.str());
    if (it != sources.end() && d->pos.line > 0) {
      auto index = indexes.try_emplace(it->first, it->second).first;
      line = index->second.line(d->pos.line);
    }
    out += render_line(*d, line);
  }
  return out;
}

} // namespace pace
