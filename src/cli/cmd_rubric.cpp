// SPDX-License-Identifier: MIT
#include <filesystem>
#include <ostream>

#include <pace/diag/spelling.hpp>
#include <pace/report/rubric_render.hpp>
#include <pace/report/text_table.hpp>

#include "handlers.hpp"

namespace pace::cli {

int cmd_rubric(const Args& args, Context& ctx) {
  std::string action;
  std::string id;
  po::options_description desc("options");
  desc.add_options()("action", po::value(&action)->required()->value_name("ACTION"),
                     "list | show")("id", po::value(&id)->value_name("ID"),
                                    "rubric or framework id, or a rubric file (for show)");
  po::positional_options_description positional;
  positional.add("action", 1).add("id", 1);
  if (auto rc = parse_arguments("rubric", "list | show ID", args, desc, positional, ctx)) {
    return *rc;
  }
  if (auto rc = check_choice("rubric", "action", action, {"list", "show"}, ctx)) return *rc;
  RubricStore store = ctx.store();
  if (action == "list") {
    TextTable table({"kind", "id", "version", "name"});
    // A file passed over because an earlier directory has the same (kind, id) is listed right
    // after the one that wins, so a customised rubric that is not in use shows.
    auto shadowed = store.shadowed();
    for (const auto& [file, header] : store.list()) {
      table.add_row({header.kind, header.id, header.version, header.name});
      for (const auto& s : shadowed) {
        if (s.winner != file) continue;
        table.add_row({header.kind, header.id, s.header.version,
                       "(shadowed: " + s.file + "; " + file + " is used)"});
      }
    }
    ctx.out << table.render();
    return 0;
  }
  if (id.empty()) return usage_error("rubric", "'show' needs a rubric or framework id", ctx);
  Diagnostics diags;
  Sources sources;
  const SourcePos command_line{"<command line>", 0, 0, 0};
  // A framework id is shown as a framework; everything else (ids, paths) as a rubric.
  if (store.find("framework", id, {}) && !store.find("rubric", id, {})) {
    auto framework = load_framework_ref(id, ".", command_line, store, diags, sources);
    if (!framework || diags.has_errors()) return report_diagnostics(diags, sources, ctx);
    ctx.out << render_framework_text(*framework);
    return 0;
  }
  bool bare_id =
      id.find('/') == std::string::npos && std::filesystem::path(id).extension() != ".toml";
  if (bare_id && !store.find("rubric", id, {})) {
    // Neither a rubric nor a framework: the suggestion looks at both kinds of id.
    std::vector<std::string> ids = store.ids("rubric");
    for (const auto& f : store.ids("framework"))
      ids.push_back(f);
    std::string hint = did_you_mean(id, ids);
    diags.error(command_line, "unknown rubric or framework '" + id + "'",
                hint.empty() ? "see 'pace rubric list', or give a path to the file" : hint);
    return report_diagnostics(diags, sources, ctx);
  }
  auto rubric = load_rubric_ref(id, ".", command_line, store, diags, sources);
  if (!rubric) return report_diagnostics(diags, sources, ctx);
  ctx.out << render_rubric_text(*rubric);
  return 0;
}

} // namespace pace::cli
