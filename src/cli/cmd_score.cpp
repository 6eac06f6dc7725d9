// SPDX-License-Identifier: MIT
#include <pace/cli/assessment_loader.hpp>
#include <pace/report/score_render.hpp>
#include <pace/score/score.hpp>

#include "handlers.hpp"

namespace pace::cli {

int cmd_score(const Args& args, Context& ctx) {
  std::string file;
  std::string format = "text";
  std::string output;
  po::options_description desc("options");
  desc.add_options()("format", po::value(&format)->value_name("FORMAT"), "text (default) or json")(
      "output,o", po::value(&output)->value_name("FILE"), "write here instead of standard output")(
      "file", po::value(&file)->required()->value_name("FILE"), "questionnaire to score");
  po::positional_options_description positional;
  positional.add("file", 1);
  if (auto rc = parse_arguments("score", "FILE [--format text|json] [-o OUT]", args, desc,
                                positional, ctx)) {
    return *rc;
  }
  if (auto rc = check_choice("score", "format", format, {"text", "json"}, ctx)) return *rc;
  Diagnostics diags;
  Sources sources;
  auto loaded = load_assessment(file, ctx.store(), diags, sources);
  if (!loaded || diags.has_errors()) {
    report_diagnostics(diags, sources, ctx);
    return static_cast<int>(ExitCode::invalid_input);
  }
  report_diagnostics(diags, sources, ctx);
  ScoreSheet sheet = score(loaded->questionnaire, loaded->rubric);
  std::string content = format == "json" ? render_score_json(sheet) : render_score_text(sheet);
  emit(output, content, {file}, ctx);
  return 0;
}

} // namespace pace::cli
