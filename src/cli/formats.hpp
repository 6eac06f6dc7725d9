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

template <class... Inputs> class Formats {
public:
  struct Format {
    const char* name;
    std::string (*render)(const Inputs&...);
    const char* note = nullptr; // said after the name in the help: "csv (the action list)"
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

  // The output in format `value`, which check() accepted.
  std::string render(const std::string& value, const Inputs&... inputs) const {
    for (const auto& f : formats_) {
      if (value == f.name) return f.render(inputs...);
    }
    return formats_.front().render(inputs...);
  }

private:
  std::vector<Format> formats_;
};

} // namespace pace::cli
