// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <pace/diag/diagnostic.hpp>
#include <pace/model/rubric.hpp>

namespace pace {

// Parses a process reference model file (rubrics/iso27022-isms.toml format). The framework is
// not bound yet: rubric.framework_id names it and bind_framework() checks and attaches it.
std::optional<Rubric> load_rubric(std::string_view text, const std::string& path,
                                  Diagnostics& diags);

// Attaches the framework and checks what depends on it (maturity levels within range).
bool bind_framework(Rubric& rubric, Framework framework, Diagnostics& diags);

// What a rubric file declares at its top: "framework", "rubric", or "" when neither (or
// unparsable). Cheap enough for listing a directory.
struct RubricHeader {
  std::string kind;
  std::string id;
  std::string version;
  std::string name;
  std::string framework_id;
};
std::optional<RubricHeader> read_rubric_header(std::string_view text, const std::string& path);

} // namespace pace
