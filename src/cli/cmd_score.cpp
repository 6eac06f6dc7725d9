// SPDX-License-Identifier: MIT
#include <pace/cli/assessment_loader.hpp>
#include <pace/report/score_render.hpp>
#include <pace/score/score.hpp>

#include "formats.hpp"
#include "handlers.hpp"
#include "portfolio.hpp"

namespace pace::cli {

namespace {
const Formats<ScoreSheet> kFormats = {{"text", render_score_text},
                                      {"json", render_score_json, nullptr, Combine::json_document}};
} // namespace

int cmd_score(const Args& args, Context& ctx) {
  std::vector<std::string> files;
  std::string format = kFormats.default_name();
  std::string output;
  int jobs = 0;
  po::options_description desc("options");
  desc.add_options()("format", po::value(&format)->value_name("FORMAT"), kFormats.help().c_str())(
      "output,o", po::value(&output)->value_name("FILE"), "write here instead of standard output")(
      "jobs,j", po::value(&jobs)->value_name("N"),
      "with several files or a directory: score N at a time (default: one per core)")(
      "file", po::value(&files)->required()->value_name("FILE"),
      "questionnaire to score; several files or a directory of them for a portfolio");
  po::positional_options_description positional;
  positional.add("file", -1);
  if (auto rc = parse_arguments("score", "FILE... " + kFormats.synopsis() + " [-o OUT] [--jobs N]",
                                args, desc, positional, ctx)) {
    return *rc;
  }
  if (auto rc = kFormats.check("score", format, ctx)) return *rc;
  if (jobs < 0) return usage_error("score", "--jobs must be at least 1", ctx);
  // One report in the chosen format, for a single file and for each file of a portfolio.
  auto render = [&format](const ScoreSheet& sheet) { return kFormats.render(format, sheet); };
  if (is_portfolio(files)) {
    return run_portfolio("score", files, jobs, kFormats.combine(format), output, render, ctx);
  }
  const std::string& file = files.front();
  auto loaded = load_reported(file, ctx);
  if (!loaded) return static_cast<int>(ExitCode::invalid_input);
  ScoreSheet sheet = score(loaded->questionnaire, loaded->rubric);
  emit(output, render(sheet), {file}, ctx);
  return 0;
}

} // namespace pace::cli
