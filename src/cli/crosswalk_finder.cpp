// SPDX-License-Identifier: MIT
#include <algorithm>
#include <filesystem>
#include <utility>

#include <pace/cli/crosswalk_finder.hpp>
#include <pace/cli/io.hpp>
#include <pace/diag/error.hpp>
#include <pace/load/crosswalk_loader.hpp>

namespace pace::cli {

namespace fs = std::filesystem;

namespace {

bool matches(const RubricEdition& edition, const std::string& id, const std::string& version) {
  return edition.rubric == id && (edition.version.empty() || edition.version == version);
}

bool crosswalk_header_readable(const std::string& path) {
  try {
    return read_crosswalk_header(read_text_file(path), path).has_value();
  } catch (const Error&) {
    return false;
  }
}

} // namespace

bool crosswalk_links(const std::string& path, const std::string& from_id,
                     const std::string& from_version, const std::string& to_id,
                     const std::string& to_version) {
  std::optional<CrosswalkHeader> header;
  try {
    header = read_crosswalk_header(read_text_file(path, kMaxRubricBytes), path);
  } catch (const Error&) {
    return false;
  }
  return header && matches(header->from, from_id, from_version) &&
         matches(header->to, to_id, to_version);
}

std::optional<std::string> find_crosswalk(const RubricStore& store, const std::string& from_id,
                                          const std::string& from_version, const std::string& to_id,
                                          const std::string& to_version) {
  for (const auto& dir : store.dirs()) {
    fs::path folder = fs::path(dir) / "crosswalks";
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) continue;
    std::vector<std::string> files;
    std::string conventional = (folder / (from_id + "_to_" + to_id + ".toml")).string();
    if (fs::is_regular_file(conventional, ec)) files.push_back(conventional);
    std::vector<std::string> others;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->path().extension() == ".toml" && it->path().string() != conventional) {
        others.push_back(it->path().string());
      }
    }
    std::sort(others.begin(), others.end()); // directory order is not deterministic
    files.insert(files.end(), others.begin(), others.end());
    for (const auto& file : files) {
      if (crosswalk_links(file, from_id, from_version, to_id, to_version)) return file;
      // A crosswalk by the conventional name that cannot be read is found all the same: loading
      // it reports why, where skipping it would silently compare without it (or with another).
      if (file == conventional && !crosswalk_header_readable(file)) return file;
    }
  }
  return std::nullopt;
}

SeriesCrosswalks::SeriesCrosswalks(RubricStore store, std::vector<std::string> given,
                                   size_t members, Diagnostics& diags, Sources& sources)
    : store_(std::move(store)), given_(std::move(given)), given_used_(given_.size(), false),
      single_pair_with_one_given_(members == 2 && given_.size() == 1), diags_(diags),
      sources_(sources) {}

const Crosswalk* SeriesCrosswalks::find(const EditionStep& step) {
  const Rubric& older = *step.older;
  const Rubric& newer = *step.newer;
  std::optional<std::string> path;
  for (size_t c = 0; c < given_.size() && !path; ++c) {
    if (single_pair_with_one_given_ ||
        crosswalk_links(given_[c], older.id, older.version, newer.id, newer.version)) {
      path = given_[c];
      given_used_[c] = true;
    }
  }
  if (!path && !step.same_edition()) {
    path = find_crosswalk(store_, older.id, older.version, newer.id, newer.version);
  }
  return path ? load(*path) : nullptr;
}

void SeriesCrosswalks::check_given_used() {
  for (size_t c = 0; c < given_.size(); ++c) {
    if (given_used_[c]) continue;
    if (const Crosswalk* cw = load(given_[c])) {
      diags_.error(cw->from.pos, "crosswalk links '" +
                                     describe_edition(cw->from.rubric, cw->from.version) +
                                     "' to '" + describe_edition(cw->to.rubric, cw->to.version) +
                                     "', which no two consecutive assessments use");
    }
  }
}

const Crosswalk* SeriesCrosswalks::load(const std::string& path) {
  if (auto it = loaded_.find(path); it != loaded_.end()) return it->second ? &*it->second : nullptr;
  std::string text = read_text_file(path, kMaxRubricBytes);
  auto cw = load_crosswalk(text, path, diags_);
  sources_.emplace(path, std::move(text));
  auto& slot = loaded_[path];
  slot = std::move(cw);
  return slot ? &*slot : nullptr;
}

} // namespace pace::cli
