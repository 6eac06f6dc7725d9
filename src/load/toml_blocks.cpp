// SPDX-License-Identifier: MIT
#include "toml_blocks.hpp"

#include <algorithm>
#include <optional>

namespace pace::load {

namespace {

bool is_bare_key_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

// A table header as far as splitting needs it. A header this reader cannot follow (escapes in
// a quoted key, anything malformed) is `other`: it stays in the rest, where it either parses
// as it would have in the whole document or makes the caller fall back.
struct Header {
  bool array = false; // [[...]]
  bool other = false; // not understood
  std::string first;  // first key segment
  int segments = 0;
  size_t end = 0; // offset just past the closing bracket(s)
};

Header read_header(std::string_view text, size_t at) {
  Header h;
  size_t i = at + 1;
  h.array = i < text.size() && text[i] == '[';
  if (h.array) ++i;
  auto skip_blank = [&] {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t'))
      ++i;
  };
  for (;;) {
    skip_blank();
    std::string segment;
    if (i < text.size() && (text[i] == '"' || text[i] == '\'')) {
      char quote = text[i++];
      size_t close = text.find_first_of(std::string{quote, '\n', '\\'}, i);
      if (close == std::string_view::npos || text[close] != quote) {
        h.other = true;
        return h;
      }
      segment = text.substr(i, close - i);
      i = close + 1;
    } else {
      size_t start = i;
      while (i < text.size() && is_bare_key_char(text[i]))
        ++i;
      if (i == start) {
        h.other = true;
        return h;
      }
      segment = text.substr(start, i - start);
    }
    if (h.segments++ == 0) h.first = std::move(segment);
    skip_blank();
    if (i < text.size() && text[i] == '.') {
      ++i;
      continue;
    }
    break;
  }
  std::string_view close = h.array ? "]]" : "]";
  if (text.substr(i, close.size()) != close) {
    h.other = true;
    return h;
  }
  h.end = i + close.size();
  return h;
}

// Lexes TOML just enough to know, at each line start, whether a header may begin there: not
// inside a multi-line string, not inside an array or inline table spanning lines.
class Splitter {
public:
  Splitter(std::string_view text, const std::vector<std::string_view>& names)
      : text_(text), names_(names) {}

  SplitToml run() {
    size_t i = 0;
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") i = text_start_ = 3; // a UTF-8 byte order mark
    bool line_start = true;
    while (i < text_.size()) {
      char c = text_[i];
      if (c == '\n') {
        ++line_;
        line_start = true;
        ++i;
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\r') {
        ++i;
        continue;
      }
      if (line_start && depth_ == 0 && c == '[') {
        i = header(i);
        line_start = false;
        continue;
      }
      line_start = false;
      i = token(i);
    }
    close_region(text_.size());
    return std::move(out_);
  }

private:
  // Lexes one token of a key or value line from i; returns the offset after it.
  size_t token(size_t i) {
    char c = text_[i];
    switch (c) {
    case '#': return std::min(text_.find('\n', i), text_.size());
    case '"':
    case '\'':
      if (text_.substr(i, 3) == std::string(3, c)) return multi_line_string(i + 3, c);
      return single_line_string(i + 1, c);
    case '[':
    case '{': ++depth_; return i + 1;
    case ']':
    case '}':
      if (depth_ > 0) --depth_;
      return i + 1;
    default: return i + 1;
    }
  }

  size_t single_line_string(size_t i, char quote) {
    while (i < text_.size() && text_[i] != '\n') {
      // An escape, but never past the end of the line: a line break ends the string either way.
      if (text_[i] == '\\' && quote == '"' && i + 1 < text_.size() && text_[i + 1] != '\n') {
        i += 2;
        continue;
      }
      if (text_[i++] == quote) return i;
    }
    return std::min(i, text_.size()); // unterminated: the parser reports it
  }

  size_t multi_line_string(size_t i, char quote) {
    while (i < text_.size()) {
      char c = text_[i];
      if (c == '\\' && quote == '"') {
        if (i + 1 < text_.size() && text_[i + 1] == '\n') ++line_;
        i += 2;
        continue;
      }
      if (c == '\n') ++line_;
      if (c == quote) {
        size_t run = 0;
        while (i + run < text_.size() && text_[i + run] == quote)
          ++run;
        i += run;
        if (run >= 3) return i; // up to two quotes before the closing three are content
        continue;
      }
      ++i;
    }
    return text_.size();
  }

  size_t header(size_t at) {
    Header h = read_header(text_, at);
    if (h.other) {
      ++depth_; // lex it as the array it is not: the parser will say what is wrong
      return at + 1;
    }
    size_t line_begin = text_.rfind('\n', at);
    line_begin = line_begin == std::string_view::npos ? text_start_ : line_begin + 1;
    auto named = std::find(names_.begin(), names_.end(), h.first);
    if (h.array && h.segments == 1 && named != names_.end()) {
      close_region(line_begin);
      block_ = *named;
      block_line_ = line_;
    } else if (!(block_ && h.segments > 1 && h.first == *block_)) {
      close_region(line_begin);
      block_.reset();
    }
    return h.end;
  }

  // Ends the region that started at region_ and begins a new one at `at`.
  void close_region(size_t at) {
    std::string_view region = text_.substr(region_, at - region_);
    if (block_) {
      out_.blocks.push_back({*block_, region, block_line_});
      out_.rest.append(static_cast<size_t>(std::count(region.begin(), region.end(), '\n')), '\n');
    } else {
      out_.rest.append(region);
    }
    region_ = at;
  }

  std::string_view text_;
  const std::vector<std::string_view>& names_;
  SplitToml out_;
  int line_ = 1;
  int depth_ = 0;
  size_t region_ = 0;
  size_t text_start_ = 0;                 // past a byte order mark
  std::optional<std::string_view> block_; // the block being read, if any
  int block_line_ = 1;
};

} // namespace

SplitToml split_toml_blocks(std::string_view text, const std::vector<std::string_view>& names) {
  return Splitter(text, names).run();
}

} // namespace pace::load
