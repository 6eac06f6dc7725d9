// SPDX-License-Identifier: MIT
#include <cctype>
#include <cstdio>

#include <pace/report/questionnaire_template.hpp>
#include <pace/score/capability.hpp>

namespace pace {

std::string toml_quote(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    switch (c) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\n': out += "\\n"; break;
    case '\t': out += "\\t"; break;
    case '\r': out += "\\r"; break;
    default:
      if (u < 0x20 || u == 0x7f) {
        char buffer[8];
        std::snprintf(buffer, sizeof buffer, "\\u%04X", u);
        out += buffer;
      } else {
        out += c;
      }
    }
  }
  return out + "\"";
}

namespace {

// Comments must stay on one line whatever the rubric text holds.
std::string comment(const std::string& text) {
  std::string out = "# ";
  for (char c : text)
    out += (c == '\n' || c == '\r') ? ' ' : c;
  while (!out.empty() && out.back() == ' ')
    out.pop_back();
  return out + "\n";
}

std::string slug(const std::string& organisation, int year) {
  std::string s;
  for (char c : organisation) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      s += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!s.empty() && s.back() != '-') {
      s += '-';
    }
  }
  while (!s.empty() && s.back() == '-')
    s.pop_back();
  if (s.empty()) s = "assessment";
  return s + "-" + std::to_string(year);
}

// Keys with dots must be quoted, or TOML splits them into tables.
std::string key(const std::string& id) {
  return id.find('.') == std::string::npos ? id : "\"" + id + "\"";
}

} // namespace

std::string render_questionnaire_template(const Rubric& rubric, const TemplateOptions& options) {
  std::string out;
  out +=
      "# Evidence questionnaire: " + rubric.name + " (" + rubric.id + " " + rubric.version + ")\n";
  out += "# Rate every indicator: N, P, L, F (refined: P-, P+, L-, L+), a number 0-100,\n";
  out += "# \"na\" with a note when it does not apply, or leave \"\" while not yet rated.\n";
  out += "# Detailed form: BP1 = { rating = \"L\", evidence = [\"E-01\"], note = \"...\" }\n";
  out += "# Format: assessments/README.md. Check with 'pace validate', score with 'pace score'.\n";
  out += "schema = 1\n\n[assessment]\n";
  out += "id = " + toml_quote(slug(options.organisation, options.date.year)) + "\n";
  out += "organisation = " + toml_quote(options.organisation) + "\n";
  out += "date = " + options.date.to_string() + "\n";
  out += "rubric = " + toml_quote(rubric.id) + "\n";
  out += "max_level = " + std::to_string(options.max_level) + "\n";
  out += "rating_method = \"R2\"   # R1 | R2 | R3\n";
  out += "aggregation = \"mean\"   # mean | median | min\n";
  out += "scale = \"nplf\"         # nplf | refined\n";
  out += "# target = 3\n";
  out += "# lead_assessor = \"\"\n# assessors = []\n";
  out += "# summary = \"\"   # the overall conclusion, in the assessor's words\n\n";
  out += "# One [[evidence]] block per item the ratings cite:\n";
  out +=
      "# [[evidence]]\n# id = \"E-01\"\n# kind = \"document\"  # document | record | interview | "
      "observation | tool-output | other\n# title = \"\"\n# ref = \"\"\n# date = " +
      options.date.to_string() + "\n";
  for (const auto& process : rubric.processes) {
    out += "\n[[process]]\n";
    out += "id = " + toml_quote(process.id) + "\n";
    out += comment(process.name);
    out += comment("Purpose: " + process.purpose);
    out += "# instance = \"\"   # name each instance when the process runs in several places\n";
    out += "\n[process.ratings]\n";
    std::string current_attribute;
    for (const auto& indicator : rubric.indicators(process, options.max_level)) {
      if (indicator.attribute != current_attribute) {
        current_attribute = indicator.attribute;
        const AttributeDef* a = rubric.framework.find_attribute(indicator.attribute);
        out += comment(spaced_attribute_id(indicator.attribute) + " " + (a ? a->name : ""));
      }
      out += comment(indicator.id + ": " + indicator.text);
      out += key(indicator.id) + " = \"\"\n";
    }
  }
  std::string example_process = rubric.processes.empty() ? "" : rubric.processes.front().id;
  out += "\n# What the assessor found, one [[finding]] block each:\n";
  out += "# [[finding]]\n# id = \"F-01\"\n# process = " + toml_quote(example_process) + "\n";
  out += "# instance = \"\"      # optional: one instance of the process\n";
  out += "# kind = \"weakness\"  # strength | weakness | nonconformity | observation | "
         "opportunity\n";
  out += "# severity = \"minor\" # major | minor: weaknesses and nonconformities only\n";
  out += "# text = \"\"\n# evidence = [\"E-01\"]\n# indicators = [\"BP1\"]\n";
  return out;
}

} // namespace pace
