// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <pace/diag/diagnostic.hpp>
#include <pace/model/crosswalk.hpp>

namespace pace {

// Parses a crosswalk file (rubrics/crosswalks/*.toml, format in docs) without the rubrics:
// structure, types, required fields, split/merge arity, and a process used twice on one side.
// check_crosswalk() then checks the ids against both rubrics. Returns nullopt when the TOML
// does not parse or the file has errors.
std::optional<Crosswalk> load_crosswalk(std::string_view text, const std::string& path,
                                        Diagnostics& diags);

// The two editions a crosswalk file links, or nullopt when it is not a readable crosswalk.
// Cheap enough to scan a directory with.
struct CrosswalkHeader {
  RubricEdition from;
  RubricEdition to;
};
std::optional<CrosswalkHeader> read_crosswalk_header(std::string_view text,
                                                     const std::string& path);

} // namespace pace
