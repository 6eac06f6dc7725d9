// SPDX-License-Identifier: MIT
#include <pace/diag/spelling.hpp>
#include <pace/load/target_profile_loader.hpp>

#include "toml_reader.hpp"

namespace pace {

namespace {

void read_process_targets(const toml::table& table, TargetProfile& profile, const Rubric& rubric,
                          int max_level, const std::string& path, Diagnostics& diags) {
  std::vector<std::string> process_ids = rubric.process_ids();
  for (const auto& [key, value] : table) {
    std::string id(key.str());
    SourcePos key_pos = load::to_pos(key.source(), path);
    if (!rubric.find_process(id)) {
      diags.error(key_pos, "unknown process '" + id + "' in rubric '" + rubric.id + "'",
                  did_you_mean(id, process_ids));
      continue;
    }
    auto level = value.value<int64_t>();
    if (!value.is_integer() || *level < 0 || *level > max_level) {
      diags.error(load::to_pos(value.source(), path),
                  "target of '" + id + "' must be an integer 0-" + std::to_string(max_level) +
                      ", not " +
                      (value.is_integer() ? std::to_string(*level) : load::type_name(value)));
      continue;
    }
    profile.processes.push_back({id, static_cast<int>(*level), key_pos});
  }
}

} // namespace

std::optional<TargetProfile> load_target_profile(std::string_view text, const std::string& path,
                                                 const Rubric& rubric, Diagnostics& diags) {
  int errors_before = diags.error_count();
  auto doc = load::parse_toml(text, path, diags);
  if (!doc) return std::nullopt;
  load::TableReader root(*doc, "the target profile", path, diags);
  root.integer("schema", true, 1, 1);
  TargetProfile profile;
  profile.path = path;
  int max_level = rubric.framework.max_level();
  if (const toml::table* targets = root.table("targets", true)) {
    load::TableReader tr(*targets, "[targets]", path, diags);
    profile.id = tr.string("id", true).value_or("");
    profile.name = tr.string("name", true).value_or("");
    profile.description = tr.string("description", false).value_or("");
    if (auto r = tr.string("rubric", false)) {
      profile.rubric = *r;
      if (profile.rubric != rubric.id) {
        diags.error(tr.value_pos("rubric"), "target profile '" + profile.id +
                                                "' is written for rubric '" + *r +
                                                "', the assessment uses '" + rubric.id + "'");
      }
    }
    profile.default_level = tr.integer("default", false, 0, max_level);
    if (const toml::table* processes = tr.table("processes", false)) {
      read_process_targets(*processes, profile, rubric, max_level, path, diags);
    }
    if (!tr.node("default") && !tr.node("processes")) {
      diags.error(tr.pos(), "target profile '" + profile.id + "' sets no target",
                  "give a 'default' level, a [targets.processes] table, or both");
    }
    tr.reject_unknown_keys();
  }
  root.reject_unknown_keys();
  if (diags.error_count() > errors_before) return std::nullopt;
  return profile;
}

} // namespace pace
