// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <set>

#include <pace/cli/data_dir.hpp>
#include <pace/cli/io.hpp>
#include <pace/cli/rubric_store.hpp>
#include <pace/diag/error.hpp>
#include <pace/diag/spelling.hpp>
#include <pace/load/framework_loader.hpp>
#include <pace/model/sha256.hpp>

namespace pace::cli {

namespace fs = std::filesystem;

RubricStore RubricStore::standard(const std::string& rubrics_option) {
  std::vector<std::string> dirs;
  if (!rubrics_option.empty()) dirs.push_back(rubrics_option);
  if (const char* env = std::getenv("PACE_RUBRICS"); env && *env) {
    std::string list(env);
    size_t start = 0;
    while (start <= list.size()) {
      size_t colon = list.find(':', start);
      std::string dir = list.substr(start, colon == std::string::npos ? colon : colon - start);
      if (!dir.empty()) dirs.push_back(dir);
      if (colon == std::string::npos) break;
      start = colon + 1;
    }
  }
  for (auto& dir : default_rubric_dirs())
    dirs.push_back(std::move(dir));
  return RubricStore(std::move(dirs));
}

namespace {

std::vector<std::string> toml_files(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == ".toml" && it->is_regular_file(ec)) {
      files.push_back(it->path().string());
    }
  }
  std::sort(files.begin(), files.end()); // directory order is not deterministic
  return files;
}

struct Candidate {
  std::string text;
  std::optional<RubricHeader> header; // nullopt: unreadable, or neither [rubric] nor [framework]
};

std::optional<Candidate> candidate(const std::string& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return std::nullopt;
  try {
    Candidate c;
    c.text = read_text_file(path, kMaxRubricBytes);
    c.header = read_rubric_header(c.text, path);
    return c;
  } catch (const Error&) {
    return std::nullopt;
  }
}

// Whether a file is the (kind, id) looked for: it declares them, or it cannot be parsed and
// carries the conventional name or the id in quotes under a [kind] table (a broken edit of it).
bool declares(const Candidate& c, std::string_view kind, std::string_view id, bool conventional) {
  if (c.header) return c.header->kind == kind && c.header->id == id;
  if (conventional) return true;
  return c.text.find("[" + std::string(kind) + "]") != std::string::npos &&
         c.text.find("\"" + std::string(id) + "\"") != std::string::npos;
}

// Two spellings of one file, or two copies of the same bytes.
bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  if (fs::equivalent(a, b, ec)) return true;
  try {
    return read_text_file(a) == read_text_file(b);
  } catch (const Error&) {
    return false;
  }
}

} // namespace

std::vector<std::string> RubricStore::find_all(std::string_view kind, std::string_view id,
                                               const std::string& first_dir) const {
  std::vector<std::string> search;
  if (!first_dir.empty()) search.push_back(first_dir);
  search.insert(search.end(), dirs_.begin(), dirs_.end());
  std::vector<std::string> found;
  auto add = [&found](const std::string& file) {
    for (const auto& f : found) {
      if (same_file(f, file)) return;
    }
    found.push_back(file);
  };
  for (const auto& dir : search) {
    // The conventional file name first, then any file that declares the id.
    std::string conventional = (fs::path(dir) / (std::string(id) + ".toml")).string();
    if (auto c = candidate(conventional); c && declares(*c, kind, id, true)) add(conventional);
    for (const auto& file : toml_files(dir)) {
      if (file == conventional) continue;
      if (auto c = candidate(file); c && declares(*c, kind, id, false)) add(file);
    }
  }
  return found;
}

std::optional<std::string> RubricStore::find(std::string_view kind, std::string_view id,
                                             const std::string& first_dir) const {
  auto all = find_all(kind, id, first_dir);
  if (all.empty()) return std::nullopt;
  return all.front();
}

std::vector<std::pair<std::string, RubricHeader>> RubricStore::list() const {
  std::vector<std::pair<std::string, RubricHeader>> result;
  std::set<std::pair<std::string, std::string>> seen;
  for (const auto& dir : dirs_) {
    for (const auto& file : toml_files(dir)) {
      auto c = candidate(file);
      if (!c || !c->header || !seen.emplace(c->header->kind, c->header->id).second) continue;
      result.emplace_back(file, *c->header);
    }
  }
  return result;
}

std::vector<RubricStore::Shadowed> RubricStore::shadowed() const {
  std::vector<Shadowed> result;
  for (const auto& [winner, header] : list()) {
    auto all = find_all(header.kind, header.id);
    for (size_t i = 1; i < all.size(); ++i) {
      auto c = candidate(all[i]);
      result.push_back({all[i], c && c->header ? *c->header : header, all.front()});
    }
  }
  return result;
}

std::vector<std::string> RubricStore::ids(std::string_view kind) const {
  std::vector<std::string> ids;
  for (const auto& [file, header] : list()) {
    if (header.kind == kind) ids.push_back(header.id);
  }
  return ids;
}

namespace {

bool is_path(const std::string& ref) {
  return ref.find('/') != std::string::npos ||
         (ref.size() > 5 && ref.compare(ref.size() - 5, 5, ".toml") == 0);
}

std::optional<std::string> locate(std::string_view kind, const std::string& ref,
                                  const std::string& base_dir, const SourcePos& ref_pos,
                                  const RubricStore& store, Diagnostics& diags,
                                  std::vector<std::string>* shadowed = nullptr) {
  if (is_path(ref)) {
    fs::path p = fs::path(ref).is_absolute() ? fs::path(ref) : fs::path(base_dir) / ref;
    std::error_code ec;
    // A questionnaire must not make pace read, and quote from, any file it names (a device, a
    // FIFO, /proc/self/environ, /etc/shadow): only a regular .toml file is a rubric file.
    if (fs::exists(p, ec)) {
      if (!fs::is_regular_file(p, ec)) {
        diags.error(ref_pos, std::string(kind) + " file '" + ref + "' is not a regular file");
        return std::nullopt;
      }
      if (p.extension() != ".toml") {
        diags.error(ref_pos, std::string(kind) + " file '" + ref + "' is not a .toml file",
                    "rubric, framework, crosswalk and target files end in .toml");
        return std::nullopt;
      }
      return p.lexically_normal().string();
    }
    diags.error(ref_pos, "cannot find " + std::string(kind) + " file '" + ref + "'",
                "paths are relative to the file that names them");
    return std::nullopt;
  }
  auto found = store.find_all(kind, ref, kind == "framework" ? base_dir : std::string{});
  if (!found.empty()) {
    if (shadowed) shadowed->assign(found.begin() + 1, found.end());
    return found.front();
  }
  std::string hint = did_you_mean(ref, store.ids(kind));
  diags.error(ref_pos, "unknown " + std::string(kind) + " '" + ref + "'",
              hint.empty() ? "see 'pace rubric list', or give a path to the file" : hint);
  return std::nullopt;
}

} // namespace

std::optional<Rubric> load_rubric_ref(const std::string& ref, const std::string& base_dir,
                                      const SourcePos& ref_pos, const RubricStore& store,
                                      Diagnostics& diags, Sources& sources) {
  std::vector<std::string> shadowed;
  auto rubric_path = locate("rubric", ref, base_dir, ref_pos, store, diags, &shadowed);
  if (!rubric_path) return std::nullopt;
  std::string text = read_text_file(*rubric_path, kMaxRubricBytes);
  auto rubric = load_rubric(text, *rubric_path, diags);
  std::string digest = sha256_hex(text);
  sources.emplace(*rubric_path, std::move(text));
  if (!rubric) return std::nullopt;
  rubric->sha256 = std::move(digest);
  rubric->shadowed = std::move(shadowed);
  std::string rubric_dir = fs::path(*rubric_path).parent_path().string();
  SourcePos framework_pos =
      rubric->framework_pos.line > 0 ? rubric->framework_pos : SourcePos{*rubric_path, 0, 0, 0};
  auto framework =
      load_framework_ref(rubric->framework_id, rubric_dir, framework_pos, store, diags, sources);
  if (!framework || !bind_framework(*rubric, std::move(*framework), diags)) return std::nullopt;
  return rubric;
}

std::optional<Framework> load_framework_ref(const std::string& ref, const std::string& base_dir,
                                            const SourcePos& ref_pos, const RubricStore& store,
                                            Diagnostics& diags, Sources& sources) {
  auto path = locate("framework", ref, base_dir, ref_pos, store, diags);
  if (!path) return std::nullopt;
  std::string text = read_text_file(*path, kMaxRubricBytes);
  auto framework = load_framework(text, *path, diags);
  sources.emplace(*path, std::move(text));
  return framework;
}

} // namespace pace::cli
