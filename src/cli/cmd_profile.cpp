// SPDX-License-Identifier: MIT
#include <pace/cli/assessment_loader.hpp>
#include <pace/report/profile_render.hpp>
#include <pace/score/profile.hpp>
#include <pace/score/score.hpp>

#include "formats.hpp"
#include "handlers.hpp"
#include "portfolio.hpp"

namespace pace::cli {

namespace {
const Formats<ScoreSheet, Profile> kFormats = {
    {"text", render_profile_text},
    {"json", render_profile_json, nullptr, Combine::json_document},
    {"csv", [](const ScoreSheet&, const Profile& p) { return render_profile_csv(p); }, nullptr,
     Combine::csv_table}};
} // namespace

int cmd_profile(const Args& args, Context& ctx) {
  std::vector<std::string> files;
  std::string format = kFormats.default_name();
  std::string output;
  int jobs = 0;
  po::options_description desc("options");
  desc.add_options()("format", po::value(&format)->value_name("FORMAT"), kFormats.help().c_str())(
      "output,o", po::value(&output)->value_name("FILE"), "write here instead of standard output")(
      "jobs,j", po::value(&jobs)->value_name("N"),
      "with several files or a directory: profile N at a time (default: one per core)")(
      "file", po::value(&files)->required()->value_name("FILE"),
      "questionnaire to profile; several files or a directory of them for a portfolio");
  po::positional_options_description positional;
  positional.add("file", -1);
  if (auto rc =
          parse_arguments("profile", "FILE... " + kFormats.synopsis() + " [-o OUT] [--jobs N]",
                          args, desc, positional, ctx)) {
    return *rc;
  }
  if (auto rc = kFormats.check("profile", format, ctx)) return *rc;
  if (jobs < 0) return usage_error("profile", "--jobs must be at least 1", ctx);
  // One report in the chosen format, for a single file and for each file of a portfolio.
  auto render = [&format](const ScoreSheet& sheet) {
    return kFormats.render(format, sheet, build_profile(sheet));
  };
  if (is_portfolio(files)) {
    return run_portfolio("profile", files, jobs, kFormats.combine(format), output, render, ctx);
  }
  const std::string& file = files.front();
  auto loaded = load_reported(file, ctx);
  if (!loaded) return static_cast<int>(ExitCode::invalid_input);
  ScoreSheet sheet = score(loaded->questionnaire, loaded->rubric);
  emit(output, render(sheet), {file}, ctx);
  return 0;
}

} // namespace pace::cli
