// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pace/diag/diagnostic.hpp>
#include <pace/load/rubric_loader.hpp>
#include <pace/model/rubric.hpp>

namespace pace::cli {

using Sources = std::map<std::string, std::string, std::less<>>;

// Where rubrics are found by id: --rubrics DIR, then $PACE_RUBRICS (':'-separated), then
// default_rubric_dirs(): <exe dir>/../share/pace/rubrics, or the source tree's rubrics/ for a
// binary in its own build directory (so a fresh build works in the repo).
class RubricStore {
public:
  static RubricStore standard(const std::string& rubrics_option);
  explicit RubricStore(std::vector<std::string> dirs) : dirs_(std::move(dirs)) {}

  // The file declaring [kind] with this id, searching `first_dir` before the store's dirs. A file
  // with the conventional name <id>.toml (or one naming the id) whose header cannot be read is
  // found too, so loading it reports why instead of the next directory's file silently winning.
  std::optional<std::string> find(std::string_view kind, std::string_view id,
                                  const std::string& first_dir = {}) const;
  // Every such file, in search order: the first wins, the others are shadowed by it. Files with
  // the same bytes as an earlier one (an installed copy of the same edition) are left out.
  std::vector<std::string> find_all(std::string_view kind, std::string_view id,
                                    const std::string& first_dir = {}) const;
  // Every rubric and framework file, first of each (kind, id) in search order.
  std::vector<std::pair<std::string, RubricHeader>> list() const;
  // The files list() leaves out because an earlier file declares the same (kind, id): each with
  // its header and the file that wins.
  struct Shadowed {
    std::string file;
    RubricHeader header;
    std::string winner;
  };
  std::vector<Shadowed> shadowed() const;
  std::vector<std::string> ids(std::string_view kind) const;
  const std::vector<std::string>& dirs() const { return dirs_; }

private:
  std::vector<std::string> dirs_;
};

// Loads a rubric given by id or by a path (relative to base_dir) and binds its framework.
// Problems go to diags (at ref_pos when the rubric cannot be found); file texts to sources.
std::optional<Rubric> load_rubric_ref(const std::string& ref, const std::string& base_dir,
                                      const SourcePos& ref_pos, const RubricStore& store,
                                      Diagnostics& diags, Sources& sources);

// Loads a measurement framework given by id or by a path (relative to base_dir).
std::optional<Framework> load_framework_ref(const std::string& ref, const std::string& base_dir,
                                            const SourcePos& ref_pos, const RubricStore& store,
                                            Diagnostics& diags, Sources& sources);

} // namespace pace::cli
