// SPDX-License-Identifier: MIT
#include <cctype>

#include <pace/report/escape.hpp>

namespace pace {

namespace {

bool is_control(char c) {
  auto u = static_cast<unsigned char>(c);
  return u < 0x20 || u == 0x7f;
}

// Characters escaped wherever they stand. Beyond CommonMark's emphasis, code, link, image, HTML
// and entity starters, pandoc's extensions need @ (citations), $ (math), ~ and ^ (sub- and
// superscript), { } (attributes) and | (pipe-table cells).
constexpr std::string_view kMarkdownActive = "\\`*_[]()<>#!|&~^$@{}";

// Characters that only act at the start of a block: list items ("- ", "+ "), definition lists
// (": "), setext underlines ("=").
constexpr std::string_view kMarkdownLeading = "-+:=";

} // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    case '\'': out += "&#39;"; break;
    default: out += (c != '\t' && c != '\n' && is_control(c)) ? ' ' : c;
    }
  }
  return out;
}

std::string markdown_escape(std::string_view text) {
  // One line, no indentation: a newline would end a table row or start a new block, and four
  // leading spaces would make a code block.
  std::string flat;
  flat.reserve(text.size());
  for (char c : text)
    flat += is_control(c) ? ' ' : c;
  size_t start = flat.find_first_not_of(' ');
  if (start == std::string::npos) return "";
  std::string_view line = std::string_view(flat).substr(start);

  std::string out;
  out.reserve(line.size() + 8);
  // An ordered-list marker is a short run of digits (or, for pandoc's fancy lists, letters or
  // roman numerals) followed by '.' or ')' and a space; letters and digits cannot be escaped,
  // the delimiter can. ')' is escaped everywhere anyway.
  size_t word = 0;
  while (word < line.size() && std::isalnum(static_cast<unsigned char>(line[word])))
    ++word;
  bool list_marker = word > 0 && word <= 9 && word < line.size() && line[word] == '.' &&
                     (word + 1 == line.size() || line[word + 1] == ' ');
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    bool leading = i == 0 && kMarkdownLeading.find(c) != std::string_view::npos;
    bool list_delimiter = list_marker && i == word;
    // Pandoc's smart punctuation would print "--" as a dash ("--format" must stay an option).
    bool dash_run = c == '-' && i + 1 < line.size() && line[i + 1] == '-';
    if (leading || list_delimiter || dash_run ||
        kMarkdownActive.find(c) != std::string_view::npos) {
      out += '\\';
    }
    out += c;
  }
  return out;
}

} // namespace pace
