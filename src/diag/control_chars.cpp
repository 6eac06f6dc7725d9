// SPDX-License-Identifier: MIT
#include <pace/diag/control_chars.hpp>

namespace pace {

namespace {

constexpr char kHex[] = "0123456789abcdef";

bool is_c1_at(std::string_view text, size_t i) {
  return static_cast<unsigned char>(text[i]) == 0xC2 && i + 1 < text.size() &&
         static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
         static_cast<unsigned char>(text[i + 1]) <= 0x9F;
}

bool needs_escape(std::string_view text, size_t i, bool keep_layout) {
  auto u = static_cast<unsigned char>(text[i]);
  if (u == '\n' || u == '\t') return !keep_layout;
  return u < 0x20 || u == 0x7F || is_c1_at(text, i);
}

} // namespace

std::string escape_control_chars(std::string_view text, bool keep_layout) {
  size_t first = 0;
  while (first < text.size() && !needs_escape(text, first, keep_layout))
    ++first;
  if (first == text.size()) return std::string(text); // the usual case: one copy, no rewrite
  std::string out(text.substr(0, first));
  for (size_t i = first; i < text.size(); ++i) {
    if (!needs_escape(text, i, keep_layout)) {
      out += text[i];
      continue;
    }
    auto u = static_cast<unsigned char>(text[i]);
    if (u == '\n') {
      out += "\\n";
    } else if (u == '\t') {
      out += "\\t";
    } else if (u == '\r') {
      out += "\\r";
    } else if (u == 0xC2) {
      auto c1 = static_cast<unsigned char>(text[++i]);
      out += "\\u00";
      out += kHex[c1 >> 4];
      out += kHex[c1 & 0xF];
    } else {
      out += "\\x";
      out += kHex[u >> 4];
      out += kHex[u & 0xF];
    }
  }
  return out;
}

} // namespace pace
