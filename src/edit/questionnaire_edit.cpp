// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cstdio>

#include <pace/edit/questionnaire_edit.hpp>

namespace pace {

namespace {

constexpr size_t npos = std::string_view::npos;

// A replacement of text[begin, end) by `with`; applied back to front so offsets stay valid.
struct Splice {
  size_t begin;
  size_t end;
  std::string with;
};

std::string apply(std::string_view text, std::vector<Splice> splices) {
  std::sort(splices.begin(), splices.end(),
            [](const Splice& a, const Splice& b) { return a.begin > b.begin; });
  std::string out(text);
  for (const Splice& s : splices)
    out.replace(s.begin, s.end - s.begin, s.with);
  return out;
}

// Byte offset of the start of each line (line 1 at index 0).
std::vector<size_t> line_starts(std::string_view text) {
  std::vector<size_t> starts{0};
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') starts.push_back(i + 1);
  return starts;
}

size_t line_end(std::string_view text, size_t from) {
  size_t nl = text.find('\n', from);
  return nl == npos ? text.size() : nl;
}

// toml++ counts columns in code points; the offset of (line, column).
size_t offset_of(std::string_view text, const std::vector<size_t>& starts, int line, int column) {
  if (line < 1 || static_cast<size_t>(line) > starts.size()) return npos;
  size_t i = starts[static_cast<size_t>(line) - 1];
  for (int c = 1; c < column && i < text.size() && text[i] != '\n'; ++c) {
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80)
      ++i;
  }
  return i;
}

size_t skip_blanks(std::string_view t, size_t i) {
  while (i < t.size() && (t[i] == ' ' || t[i] == '\t'))
    ++i;
  return i;
}

// Whitespace, line breaks and comments, as allowed between array elements.
size_t skip_blanks_and_comments(std::string_view t, size_t i) {
  while (i < t.size()) {
    char c = t[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
    } else if (c == '#') {
      i = line_end(t, i);
    } else {
      break;
    }
  }
  return i;
}

// i at the opening quote; the offset after the closing one, npos when unterminated.
size_t end_of_string(std::string_view t, size_t i) {
  char q = t[i];
  bool multi = t.substr(i, 3) == std::string(3, q);
  size_t j = i + (multi ? 3 : 1);
  while (j < t.size()) {
    char c = t[j];
    if (q == '"' && c == '\\') {
      j += 2;
      continue;
    }
    if (!multi && c == '\n') return npos;
    if (c == q) {
      if (!multi) return j + 1;
      if (t.substr(j, 3) == std::string(3, q)) {
        j += 3;
        while (j < t.size() && t[j] == q) // up to two quotes may end the content
          ++j;
        return j;
      }
    }
    ++j;
  }
  return npos;
}

bool is_bare_key_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

// A (possibly dotted) key starting at i; the offset after it, npos when there is none.
size_t end_of_key(std::string_view t, size_t i) {
  while (true) {
    if (i >= t.size()) return npos;
    if (t[i] == '"' || t[i] == '\'') {
      i = end_of_string(t, i);
      if (i == npos) return npos;
    } else {
      size_t start = i;
      while (i < t.size() && is_bare_key_char(t[i]))
        ++i;
      if (i == start) return npos;
    }
    size_t after = skip_blanks(t, i);
    if (after < t.size() && t[after] == '.') {
      i = skip_blanks(t, after + 1);
      continue;
    }
    return i;
  }
}

size_t end_of_value(std::string_view t, size_t i);

size_t end_of_array(std::string_view t, size_t i) {
  i = skip_blanks_and_comments(t, i + 1);
  while (i < t.size() && t[i] != ']') {
    i = end_of_value(t, i);
    if (i == npos) return npos;
    i = skip_blanks_and_comments(t, i);
    if (i < t.size() && t[i] == ',') i = skip_blanks_and_comments(t, i + 1);
  }
  return i < t.size() ? i + 1 : npos;
}

struct Pair {
  std::string key;
  size_t key_begin;
  size_t value_begin;
  size_t value_end;
};

// i at '{'. The pairs of the inline table, and in `end` the offset after its '}'.
std::optional<std::vector<Pair>> read_inline_table(std::string_view t, size_t i, size_t& end) {
  std::vector<Pair> pairs;
  i = skip_blanks(t, i + 1);
  while (i < t.size() && t[i] != '}') {
    Pair p;
    p.key_begin = i;
    size_t key_end = end_of_key(t, i);
    if (key_end == npos) return std::nullopt;
    p.key = std::string(t.substr(i, key_end - i));
    if (p.key.size() >= 2 && (p.key.front() == '"' || p.key.front() == '\''))
      p.key = p.key.substr(1, p.key.size() - 2);
    i = skip_blanks(t, key_end);
    if (i >= t.size() || t[i] != '=') return std::nullopt;
    p.value_begin = skip_blanks(t, i + 1);
    p.value_end = end_of_value(t, p.value_begin);
    if (p.value_end == npos) return std::nullopt;
    pairs.push_back(p);
    i = skip_blanks(t, p.value_end);
    if (i < t.size() && t[i] == ',') i = skip_blanks(t, i + 1);
  }
  if (i >= t.size()) return std::nullopt;
  end = i + 1;
  return pairs;
}

size_t end_of_value(std::string_view t, size_t i) {
  if (i >= t.size()) return npos;
  char c = t[i];
  if (c == '"' || c == '\'') return end_of_string(t, i);
  if (c == '[') return end_of_array(t, i);
  if (c == '{') {
    size_t end = npos;
    return read_inline_table(t, i, end) ? end : npos;
  }
  size_t j = i;
  while (j < t.size() && t[j] != ',' && t[j] != '}' && t[j] != ']' && t[j] != '#' && t[j] != '\n' &&
         t[j] != '\r' && t[j] != ' ' && t[j] != '\t')
    ++j;
  return j == i ? npos : j;
}

bool looks_like_number(std::string_view s) {
  if (s.empty() || s.size() > 12) return false;
  int dots = 0;
  for (char c : s) {
    if (c == '.') {
      ++dots;
    } else if (c < '0' || c > '9') {
      return false;
    }
  }
  return dots <= 1 && s.front() != '.' && s.back() != '.';
}

std::string rating_literal(std::string_view rating) {
  return looks_like_number(rating) ? std::string(rating) : toml_string(rating);
}

std::string evidence_literal(const std::vector<std::string>& ids) {
  std::string out = "[";
  for (size_t k = 0; k < ids.size(); ++k)
    out += (k ? ", " : "") + toml_string(ids[k]);
  return out + "]";
}

const ProcessBlock* find_block(const Questionnaire& q, const IndicatorEdit& e) {
  for (const ProcessBlock& b : q.processes) {
    if (b.id == e.process && b.instance == e.instance && b.assessor == e.assessor) return &b;
  }
  return nullptr;
}

std::string describe(const IndicatorEdit& e) {
  std::string where = "process '" + e.process + "'";
  if (!e.instance.empty() || !e.assessor.empty()) {
    where += " (instance '" + e.instance + "'";
    if (!e.assessor.empty()) where += ", assessor '" + e.assessor + "'";
    where += ")";
  }
  return where;
}

bool check_utf8(const IndicatorEdit& e, const SourcePos& pos, Diagnostics& diags) {
  std::vector<std::string_view> values{e.indicator};
  if (e.rating) values.push_back(*e.rating);
  if (e.note) values.push_back(*e.note);
  if (e.evidence)
    for (const auto& id : *e.evidence)
      values.push_back(id);
  for (std::string_view v : values) {
    if (!is_valid_utf8(v)) {
      diags.error(pos, "an edit of '" + e.indicator + "' in " + describe(e) +
                           " holds text that is not valid UTF-8");
      return false;
    }
  }
  return true;
}

// The text that stands for the whole value when it is written anew.
std::string whole_value(const std::string& rating, const std::string& note,
                        const std::vector<std::string>& evidence) {
  if (note.empty() && evidence.empty()) return rating;
  std::string out = "{ rating = " + rating;
  if (!evidence.empty()) out += ", evidence = " + evidence_literal(evidence);
  if (!note.empty()) out += ", note = " + toml_string(note);
  return out + " }";
}

// Edits an inline table's pairs in place: values replaced, fields added before the '}' or
// removed with their comma. When only `rating` would remain, the table becomes a plain value.
std::optional<std::vector<Splice>> edit_inline_table(std::string_view t, size_t open, size_t close,
                                                     const std::vector<Pair>& pairs,
                                                     const IndicatorEntry& entry,
                                                     const IndicatorEdit& e) {
  auto find = [&](std::string_view key) -> const Pair* {
    for (const Pair& p : pairs)
      if (p.key == key) return &p;
    return nullptr;
  };
  std::string rating = e.rating ? rating_literal(*e.rating) : "";
  std::string note = e.note ? *e.note : entry.note;
  std::vector<std::string> evidence = e.evidence ? *e.evidence : entry.evidence;
  bool other_keys = std::any_of(pairs.begin(), pairs.end(), [](const Pair& p) {
    return p.key != "rating" && p.key != "note" && p.key != "evidence";
  });
  const Pair* rating_pair = find("rating");
  if (!rating_pair) return std::nullopt;
  if (note.empty() && evidence.empty() && !other_keys) {
    std::string keep(
        t.substr(rating_pair->value_begin, rating_pair->value_end - rating_pair->value_begin));
    return std::vector<Splice>{{open, close, e.rating ? rating : keep}};
  }
  std::vector<Splice> splices;
  if (e.rating) splices.push_back({rating_pair->value_begin, rating_pair->value_end, rating});
  auto set = [&](std::string_view key, bool present, const std::string& literal) {
    const Pair* p = find(key);
    if (p && present) {
      splices.push_back({p->value_begin, p->value_end, literal});
    } else if (p) {
      size_t index = static_cast<size_t>(p - pairs.data());
      if (index > 0) {
        splices.push_back({pairs[index - 1].value_end, p->value_end, ""});
      } else {
        splices.push_back({p->key_begin, pairs[1].key_begin, ""});
      }
    } else if (present) {
      splices.push_back({pairs.back().value_end, pairs.back().value_end,
                         ", " + std::string(key) + " = " + literal});
    }
  };
  if (e.evidence) set("evidence", !evidence.empty(), evidence_literal(evidence));
  if (e.note) set("note", !note.empty(), toml_string(note));
  return splices;
}

// The last line (1-based) of the block that starts at `header_line`: the line before the next
// table header outside it, less trailing blank and comment lines (they belong to what follows).
int block_last_line(std::string_view t, const std::vector<size_t>& starts, int header_line,
                    int next_block_line) {
  int last = next_block_line > 0 ? next_block_line - 1 : static_cast<int>(starts.size());
  auto text_of = [&](int line) {
    size_t b = starts[static_cast<size_t>(line) - 1];
    std::string_view l = t.substr(b, line_end(t, b) - b);
    size_t s = l.find_first_not_of(" \t\r");
    return s == npos ? std::string_view{} : l.substr(s);
  };
  while (last > header_line && (text_of(last).empty() || text_of(last).front() == '#'))
    --last;
  return last;
}

// The header line of the block that follows line `after` in the file (processes and evidence),
// or 0 at the end.
int next_block_line(const Questionnaire& q, int after) {
  int next = 0;
  auto consider = [&](int line) {
    if (line > after && (next == 0 || line < next)) next = line;
  };
  for (const ProcessBlock& b : q.processes)
    consider(b.pos.line);
  for (const Evidence& ev : q.evidence)
    consider(ev.pos.line);
  return next;
}

std::string insert_after_line(std::string_view t, const std::vector<size_t>& starts, int line,
                              const std::string& lines) {
  size_t at = line_end(t, starts[static_cast<size_t>(line) - 1]);
  std::string out(t);
  if (at == t.size()) {
    if (!t.empty() && t.back() != '\n') return out + "\n" + lines;
    return out + lines;
  }
  out.insert(at + 1, lines + (lines.empty() || lines.back() == '\n' ? "" : "\n"));
  return out;
}

std::optional<std::string> insert_indicator(std::string_view t, const Questionnaire& q,
                                            const ProcessBlock& block, const IndicatorEdit& e,
                                            Diagnostics& diags) {
  std::vector<size_t> starts = line_starts(t);
  std::string rating = e.rating ? rating_literal(*e.rating) : "\"\"";
  std::string line =
      toml_key(e.indicator) + " = " +
      whole_value(rating, e.note.value_or(""), e.evidence.value_or(std::vector<std::string>{})) +
      "\n";
  // After the entry that ends last in the block's ratings.
  size_t best_end = 0;
  for (const IndicatorEntry& entry : block.ratings) {
    size_t key = offset_of(t, starts, entry.key_pos.line, entry.key_pos.column);
    size_t key_end = key == npos ? npos : end_of_key(t, key);
    if (key_end == npos) continue;
    size_t eq = skip_blanks(t, key_end);
    size_t value_end =
        eq < t.size() && t[eq] == '=' ? end_of_value(t, skip_blanks(t, eq + 1)) : npos;
    if (value_end != npos) best_end = std::max(best_end, value_end);
  }
  if (best_end > 0) {
    size_t at = line_end(t, best_end);
    std::string out(t);
    if (at == t.size()) return out + (t.empty() || t.back() == '\n' ? "" : "\n") + line;
    out.insert(at + 1, line);
    return out;
  }
  int next = next_block_line(q, block.pos.line);
  int end_line = next > 0 ? next - 1 : static_cast<int>(starts.size());
  for (int l = block.pos.line + 1; l <= end_line; ++l) {
    size_t b = starts[static_cast<size_t>(l) - 1];
    std::string_view text = t.substr(b, line_end(t, b) - b);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
      text.remove_suffix(1);
    if (text == "[process.ratings]") return insert_after_line(t, starts, l, line);
    if (text.rfind("[process.", 0) == 0 || text.rfind("ratings", 0) == 0) {
      diags.error(SourcePos{q.path, l, 1, 0},
                  "cannot insert '" + e.indicator + "' into " + describe(e) +
                      ": its ratings are not written as a [process.ratings] table",
                  "add the indicator by hand");
      return std::nullopt;
    }
  }
  int last = block_last_line(t, starts, block.pos.line, next);
  return insert_after_line(t, starts, last, "\n[process.ratings]\n" + line);
}

} // namespace

bool is_valid_utf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    auto c = static_cast<unsigned char>(text[i]);
    size_t extra = 0;
    unsigned cp = c;
    if (c >= 0xC2 && c <= 0xDF) {
      extra = 1;
      cp = c & 0x1Fu;
    } else if (c >= 0xE0 && c <= 0xEF) {
      extra = 2;
      cp = c & 0x0Fu;
    } else if (c >= 0xF0 && c <= 0xF4) {
      extra = 3;
      cp = c & 0x07u;
    } else if (c >= 0x80) {
      return false;
    }
    if (extra > text.size() - i - 1) return false;
    for (size_t k = 1; k <= extra; ++k) {
      auto d = static_cast<unsigned char>(text[i + k]);
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3Fu);
    }
    if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += extra + 1;
  }
  return true;
}

std::string toml_string(std::string_view value) {
  std::string out = "\"";
  for (char ch : value) {
    auto c = static_cast<unsigned char>(ch);
    switch (ch) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\b': out += "\\b"; break;
    case '\t': out += "\\t"; break;
    case '\n': out += "\\n"; break;
    case '\f': out += "\\f"; break;
    case '\r': out += "\\r"; break;
    default:
      if (c < 0x20 || c == 0x7F) {
        char buffer[8];
        std::snprintf(buffer, sizeof buffer, "\\u%04X", c);
        out += buffer;
      } else {
        out += ch;
      }
    }
  }
  return out + "\"";
}

std::string toml_key(std::string_view key) {
  bool bare = !key.empty() && std::all_of(key.begin(), key.end(), is_bare_key_char);
  return bare ? std::string(key) : toml_string(key);
}

std::optional<std::string> apply_indicator_edit(std::string_view text, const Questionnaire& q,
                                                const IndicatorEdit& e, Diagnostics& diags) {
  const ProcessBlock* block = find_block(q, e);
  if (!block) {
    diags.error(SourcePos{q.path, 0, 0, 0}, "there is no [[process]] block for " + describe(e));
    return std::nullopt;
  }
  if (!check_utf8(e, block->pos, diags)) return std::nullopt;
  if (e.indicator.empty()) {
    diags.error(block->pos, "an edit of " + describe(e) + " names no indicator");
    return std::nullopt;
  }
  auto entry = std::find_if(block->ratings.begin(), block->ratings.end(),
                            [&](const IndicatorEntry& r) { return r.id == e.indicator; });
  if (entry == block->ratings.end()) return insert_indicator(text, q, *block, e, diags);

  auto cannot = [&](std::string why) -> std::optional<std::string> {
    diags.error(entry->key_pos,
                "cannot edit '" + e.indicator + "' in " + describe(e) + " in place: " + why,
                "edit this line by hand");
    return std::nullopt;
  };
  std::vector<size_t> starts = line_starts(text);
  size_t key = offset_of(text, starts, entry->key_pos.line, entry->key_pos.column);
  size_t key_end = key == npos ? npos : end_of_key(text, key);
  if (key_end == npos) return cannot("its key was not found");
  size_t eq = skip_blanks(text, key_end);
  if (eq >= text.size() || text[eq] != '=') return cannot("it is not written as 'KEY = VALUE'");
  size_t value = skip_blanks(text, eq + 1);
  if (value < text.size() && text[value] == '{') {
    size_t close = npos;
    auto pairs = read_inline_table(text, value, close);
    if (!pairs) return cannot("its inline table could not be read");
    auto splices = edit_inline_table(text, value, close, *pairs, *entry, e);
    if (!splices) return cannot("its inline table has no rating");
    return apply(text, *splices);
  }
  size_t value_end = end_of_value(text, value);
  if (value_end == npos) return cannot("its value could not be read");
  std::string rating =
      e.rating ? rating_literal(*e.rating) : std::string(text.substr(value, value_end - value));
  std::string replacement =
      whole_value(rating, e.note.value_or(entry->note), e.evidence.value_or(entry->evidence));
  return apply(text, {{value, value_end, replacement}});
}

std::optional<std::string> add_evidence_item(std::string_view text, const Questionnaire& q,
                                             const EvidenceItem& item, Diagnostics& diags) {
  SourcePos where{q.path, 0, 0, 0};
  for (std::string_view v :
       {std::string_view(item.id), std::string_view(item.kind), std::string_view(item.title),
        std::string_view(item.ref), std::string_view(item.date)}) {
    if (!is_valid_utf8(v)) {
      diags.error(where, "the new evidence item holds text that is not valid UTF-8");
      return std::nullopt;
    }
  }
  for (const Evidence& ev : q.evidence) {
    if (ev.id == item.id) {
      diags.error(ev.pos, "evidence id '" + item.id + "' is already in the register");
      return std::nullopt;
    }
  }
  bool date_ok = item.date.size() == 10 && item.date[4] == '-' && item.date[7] == '-' &&
                 std::all_of(item.date.begin(), item.date.end(),
                             [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
  if (!item.date.empty() && !date_ok) {
    diags.error(where, "evidence date '" + item.date + "' is not a date (YYYY-MM-DD)");
    return std::nullopt;
  }
  std::string lines = "[[evidence]]\nid = " + toml_string(item.id) +
                      "\nkind = " + toml_string(item.kind) +
                      "\ntitle = " + toml_string(item.title) + "\n";
  if (!item.ref.empty()) lines += "ref = " + toml_string(item.ref) + "\n";
  if (!item.date.empty()) lines += "date = " + item.date + "\n";
  std::vector<size_t> starts = line_starts(text);
  const Evidence* last = nullptr;
  for (const Evidence& ev : q.evidence)
    if (!last || ev.pos.line > last->pos.line) last = &ev;
  if (last) {
    int end = block_last_line(text, starts, last->pos.line, next_block_line(q, last->pos.line));
    return insert_after_line(text, starts, end, "\n" + lines);
  }
  int first = next_block_line(q, 0);
  if (first == 0) {
    std::string out(text);
    if (!out.empty() && out.back() != '\n') out += "\n";
    return out + "\n" + lines;
  }
  // Before the first block, and before the comment lines that introduce it.
  int line = first;
  while (line > 1) {
    size_t b = starts[static_cast<size_t>(line) - 2];
    std::string_view l = text.substr(b, line_end(text, b) - b);
    if (l.empty() || l.front() != '#') break;
    --line;
  }
  std::string out(text);
  out.insert(starts[static_cast<size_t>(line) - 1], lines + "\n");
  return out;
}

} // namespace pace
