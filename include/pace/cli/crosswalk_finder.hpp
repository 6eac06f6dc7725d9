// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

#include <pace/cli/rubric_store.hpp>

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

} // namespace pace::cli
