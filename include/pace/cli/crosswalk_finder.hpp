// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <pace/check/assessment_series.hpp>
#include <pace/cli/rubric_store.hpp>
#include <pace/model/crosswalk.hpp>

namespace pace::cli {

// The crosswalk file linking two rubric editions, looked for in the crosswalks/ folder of each
// rubric directory of the store, in the store's order: the conventional name
// <from>_to_<to>.toml first, then any file there whose [crosswalk] from/to match. An empty
// version in a crosswalk matches every version of its rubric.
std::optional<std::string> find_crosswalk(const RubricStore& store, const std::string& from_id,
                                          const std::string& from_version, const std::string& to_id,
                                          const std::string& to_version);

// Whether the crosswalk at `path` links these editions (false when it cannot be read).
bool crosswalk_links(const std::string& path, const std::string& from_id,
                     const std::string& from_version, const std::string& to_id,
                     const std::string& to_version);

// The crosswalk files of one assessment series, the CrosswalkSource of pair_editions(): for each
// step a given crosswalk that links its editions (with two assessments and one crosswalk given,
// that one regardless, so a mismatch is reported), else, when the editions differ, one found in
// the store. Each file is loaded once; its problems go to diags and its text to sources.
// Throws pace::Error when a crosswalk file cannot be read.
class SeriesCrosswalks {
public:
  SeriesCrosswalks(RubricStore store, std::vector<std::string> given, size_t members,
                   Diagnostics& diags, Sources& sources);

  const Crosswalk* find(const EditionStep& step);

  // An error for each given crosswalk that no step used.
  void check_given_used();

  // Every crosswalk file read, by path (nullopt when it did not load).
  const std::map<std::string, std::optional<Crosswalk>>& loaded() const { return loaded_; }

private:
  const Crosswalk* load(const std::string& path);

  RubricStore store_;
  std::vector<std::string> given_;
  std::vector<bool> given_used_;
  bool single_pair_with_one_given_;
  Diagnostics& diags_;
  Sources& sources_;
  std::map<std::string, std::optional<Crosswalk>> loaded_; // nodes stay put: pointers are kept
};

} // namespace pace::cli
