// SPDX-License-Identifier: MIT
#include <algorithm>
#include <filesystem>

#include <pace/cli/assessment_loader.hpp>
#include <pace/cli/io.hpp>
#include <pace/diag/error.hpp>
#include <pace/diag/spelling.hpp>
#include <pace/load/target_profile_loader.hpp>
#include <pace/report/gaps_render.hpp>
#include <pace/score/gaps.hpp>
#include <pace/score/score.hpp>

#include "formats.hpp"
#include "handlers.hpp"

namespace pace::cli {

namespace {

namespace fs = std::filesystem;

// A path as given, or a bare id ("certification-ready") found as targets/<id>.toml in the
// rubric directories, so the shipped profiles work without knowing where pace is installed.
std::string resolve_profile(const std::string& ref, const RubricStore& store) {
  std::error_code ec;
  bool bare = ref.find('/') == std::string::npos && fs::path(ref).extension() != ".toml";
  if (!bare || fs::exists(ref, ec)) return ref;
  std::vector<std::string> known;
  for (const auto& dir : store.dirs()) {
    fs::path candidate = fs::path(dir) / "targets" / (ref + ".toml");
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    for (fs::directory_iterator it(fs::path(dir) / "targets", ec), end; !ec && it != end;
         it.increment(ec)) {
      if (it->path().extension() == ".toml") known.push_back(it->path().stem().string());
    }
  }
  std::sort(known.begin(), known.end());
  std::string hint = did_you_mean(ref, known);
  throw Error("unknown target profile '" + ref + "'" + (hint.empty() ? "" : " (" + hint + ")"));
}

const Formats<GapReport> kFormats = {{"text", render_gaps_text},
                                     {"json", render_gaps_json},
                                     {"csv", render_actions_csv, "the action list"}};

} // namespace

int cmd_gaps(const Args& args, Context& ctx) {
  std::string file;
  std::string targets;
  std::string step = "f";
  double margin = 5.0;
  std::string format = kFormats.default_name();
  std::string output;
  po::options_description desc("options");
  desc.add_options()("targets", po::value(&targets)->value_name("PROFILE"),
                     "target profile (a .toml file, or the id of a shipped one such as "
                     "certification-ready); replaces the questionnaire's targets")(
      "step", po::value(&step)->value_name("MODE"),
      "f (default): a plan change raises an indicator to F; band: one band up (N-P-L-F)")(
      "margin", po::value(&margin)->value_name("PP"),
      "flag attributes this many percentage points from a deciding band edge (default 5)")(
      "format", po::value(&format)->value_name("FORMAT"), kFormats.help().c_str())(
      "output,o", po::value(&output)->value_name("FILE"), "write here instead of standard output")(
      "file", po::value(&file)->required()->value_name("FILE"), "questionnaire to analyse");
  po::positional_options_description positional;
  positional.add("file", 1);
  if (auto rc = parse_arguments("gaps",
                                "FILE [--targets PROFILE] [--step f|band] [--margin PP] " +
                                    kFormats.synopsis() + " [-o OUT]",
                                args, desc, positional, ctx)) {
    return *rc;
  }
  if (auto rc = check_choice("gaps", "step", step, {"f", "band"}, ctx)) return *rc;
  if (auto rc = kFormats.check("gaps", format, ctx)) return *rc;
  if (!(margin >= 0 && margin <= 50)) {
    return usage_error("gaps", "--margin must be between 0 and 50 percentage points", ctx);
  }
  Diagnostics diags;
  Sources sources;
  auto loaded = load_assessment(file, ctx.store(), diags, sources);
  std::optional<TargetProfile> profile;
  std::vector<std::string> inputs = {file};
  if (loaded && !targets.empty()) {
    std::string path = resolve_profile(targets, ctx.store());
    inputs.push_back(path);
    std::string text = read_text_file(path, kMaxRubricBytes);
    profile = load_target_profile(text, path, loaded->rubric, diags);
    sources.emplace(path, std::move(text));
  }
  if (!loaded || diags.has_errors()) {
    report_diagnostics(diags, sources, ctx);
    return static_cast<int>(ExitCode::invalid_input);
  }
  report_diagnostics(diags, sources, ctx);
  ScoreSheet sheet = score(loaded->questionnaire, loaded->rubric);
  if (profile) apply_targets(sheet, *profile);
  GapOptions options;
  options.plan.step = step == "band" ? StepMode::one_band : StepMode::to_full;
  options.margin = margin;
  GapReport report =
      analyse_gaps(loaded->questionnaire, loaded->rubric, std::move(sheet), profile, options);
  emit(output, kFormats.render(format, report), inputs, ctx);
  return 0;
}

} // namespace pace::cli
