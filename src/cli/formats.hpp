// SPDX-License-Identifier: MIT
// Internal to cli/: one command's output formats, declared once as a table from name to renderer.
// The --format help text, the usage synopsis, the check of the value given and the dispatch all
// derive from it, so a format is named in exactly one place per command [bloaty OutputFormat].
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "command_support.hpp"

namespace pace::cli {

// How the reports of several files join into one output in portfolio mode (`pace score` and
// `pace profile` with several files): one section per file and a summary table, one JSON
// document listing them with a summary array, or one CSV table with a file column.
enum class Combine { sections, json_document, csv_table };

template <class... Inputs> class Formats {
public:
  struct Format {
    const char* name;
    std::string (*render)(const Inputs&...);
    const char* note = nullptr;          // said after the name in the help: "csv (the action list)"
    Combine combine = Combine::sections; // only for commands with a portfolio mode
  };

  // The first format is the default.
  Formats(std::initializer_list<Format> formats) : formats_(formats) {}

  std::string default_name() const { return formats_.front().name; }

  // "text (default), json or csv": the description of the --format option.
  std::string help() const {
    std::string text;
    for (size_t i = 0; i < formats_.size(); ++i) {
      const Format& f = formats_[i];
      if (i > 0) text += i + 1 == formats_.size() ? " or " : ", ";
      text += f.name;
      std::string note = i == 0 ? "default" : "";
      if (f.note) note += (note.empty() ? "" : "; ") + std::string(f.note);
      if (!note.empty()) text += " (" + note + ")";
    }
    return text;
  }

  // "text, json or csv": the names alone, for a command's summary in `pace help`.
  std::string names() const {
    std::string text;
    for (size_t i = 0; i < formats_.size(); ++i) {
      if (i > 0) text += i + 1 == formats_.size() ? " or " : ", ";
      text += formats_[i].name;
    }
    return text;
  }

  // "[--format text|json|csv]": the option in the usage line.
  std::string synopsis() const {
    std::string text = "[--format ";
    for (size_t i = 0; i < formats_.size(); ++i)
      text += (i ? "|" : "") + std::string(formats_[i].name);
    return text + "]";
  }

  // A usage error (2) when `value` names no format of the command.
  std::optional<int> check(const std::string& command, const std::string& value,
                           Context& ctx) const {
    std::vector<std::string> names;
    for (const auto& f : formats_)
      names.emplace_back(f.name);
    return check_choice(command, "format", value, names, ctx);
  }

  // How reports in format `value`, which check() accepted, join in portfolio mode.
  Combine combine(const std::string& value) const { return find(value).combine; }

  // The output in format `value`, which check() accepted.
  std::string render(const std::string& value, const Inputs&... inputs) const {
    return find(value).render(inputs...);
  }

private:
  const Format& find(const std::string& value) const {
    for (const auto& f : formats_) {
      if (value == f.name) return f;
    }
    return formats_.front();
  }

  std::vector<Format> formats_;
};

} // namespace pace::cli
