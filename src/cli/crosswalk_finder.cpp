// SPDX-License-Identifier: MIT
#include <algorithm>
#include <filesystem>

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

} // namespace pace::cli
