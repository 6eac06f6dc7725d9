// SPDX-License-Identifier: MIT
#include <pace/diag/control_chars.hpp>
#include <pace/report/finding_render.hpp>
#include <pace/report/text_table.hpp>

namespace pace {

namespace {

std::string join(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const auto& item : items)
    out += (out.empty() ? "" : separator) + item;
  return out;
}

// Control characters escaped, so a hostile id cannot move the cursor or break a line.
std::string plain(std::string_view text) {
  return escape_control_chars(text);
}

} // namespace

std::string finding_kind_text(const Finding& f) {
  std::string text(to_string(f.kind));
  if (f.severity) text += ", " + std::string(to_string(*f.severity));
  return text;
}

nlohmann::ordered_json finding_to_json(const Finding& f) {
  nlohmann::ordered_json j;
  j["id"] = f.id;
  j["instance"] = f.instance;
  j["kind"] = to_string(f.kind);
  j["severity"] = f.severity ? nlohmann::ordered_json(to_string(*f.severity)) : nullptr;
  j["text"] = f.text;
  j["evidence"] = f.evidence;
  j["indicators"] = f.indicators;
  return j;
}

nlohmann::ordered_json findings_to_json(const std::vector<Finding>& findings) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Finding& f : findings)
    list.push_back(finding_to_json(f));
  return list;
}

std::string wrap_text(std::string_view text, size_t width, const std::string& indent) {
  // Whitespace (line breaks included) separates words; everything else is escaped per word.
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      if (!word.empty()) words.push_back(plain(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(plain(word));
  std::string out;
  std::string line;
  size_t room = width > indent.size() ? width - indent.size() : 1;
  for (const auto& w : words) {
    if (!line.empty() && display_width(line) + 1 + display_width(w) > room) {
      out += indent + line + "\n";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + w;
  }
  if (!line.empty()) out += indent + line + "\n";
  return out;
}

std::string findings_text(const std::vector<Finding>& findings, const std::string& indent) {
  std::string out;
  for (const Finding& f : findings) {
    out += indent + plain(f.id) + " " + finding_kind_text(f);
    if (!f.instance.empty()) out += " (" + plain(f.instance) + ")";
    if (!f.indicators.empty()) out += "; indicators " + plain(join(f.indicators, ", "));
    if (!f.evidence.empty()) out += "; evidence " + plain(join(f.evidence, ", "));
    out += "\n" + wrap_text(f.text, 100, indent + "  ");
  }
  return out;
}

std::string finding_ids(const std::vector<std::string>& ids) {
  return join(ids, "; ");
}

} // namespace pace
