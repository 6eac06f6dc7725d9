// SPDX-License-Identifier: MIT
#include <algorithm>

#include <pace/check/assessment_series.hpp>
#include <pace/cli/assessment_loader.hpp>
#include <pace/cli/crosswalk_finder.hpp>
#include <pace/report/compare_render.hpp>
#include <pace/score/compare.hpp>
#include <pace/score/score.hpp>

#include "formats.hpp"
#include "handlers.hpp"

namespace pace::cli {

namespace {

// Comparing is not validating: a warning-free load keeps errors in full but folds each input
// file's warnings into one line, so the comparison is not buried under hundreds of them.
Diagnostics fold_input_warnings(const Diagnostics& diags) {
  Diagnostics folded;
  std::vector<std::string> warned;
  for (const auto& d : diags.items()) {
    if (d.severity == Severity::error) {
      folded.add(d);
    } else if (std::find(warned.begin(), warned.end(), d.pos.path.str()) == warned.end()) {
      warned.push_back(d.pos.path.str());
    }
  }
  for (const auto& path : warned) {
    folded.warning({path, 0, 0, 0}, "this file has warnings that do not stop the comparison",
                   "'pace validate' lists them");
  }
  return folded;
}

const Formats<CompareReport> kFormats = {{"text", render_compare_text},
                                         {"json", render_compare_json},
                                         {"csv", render_compare_csv},
                                         {"md", render_compare_markdown}};

} // namespace

int cmd_compare(const Args& args, Context& ctx) {
  std::vector<std::string> files;
  std::vector<std::string> crosswalk_files;
  double margin = 5.0;
  std::string format = kFormats.default_name();
  std::string output;
  bool allow_different_org = false;
  po::options_description desc("options");
  desc.add_options()(
      "crosswalk", po::value(&crosswalk_files)->composing()->value_name("FILE"),
      "crosswalk between the rubric editions (repeatable); by default one is looked for in the "
      "crosswalks/ folder of the rubric directories when two assessments use different editions")(
      "margin", po::value(&margin)->value_name("PP"),
      "a level change through attributes that moved less than this many percentage points "
      "across a band edge is within noise (default 5)")(
      "format", po::value(&format)->value_name("FORMAT"), kFormats.help().c_str())(
      "allow-different-org", po::bool_switch(&allow_different_org),
      "compare assessments of different organisations (a warning in every format)")(
      "output,o", po::value(&output)->value_name("FILE"), "write here instead of standard output")(
      "files", po::value(&files)->value_name("FILE"), "questionnaires, two or more");
  po::positional_options_description positional;
  positional.add("files", -1);
  if (auto rc = parse_arguments("compare",
                                "OLD NEW [NEWER...] [--crosswalk FILE] [--margin PP] "
                                "[--allow-different-org] " +
                                    kFormats.synopsis() + " [-o OUT]",
                                args, desc, positional, ctx)) {
    return *rc;
  }
  if (auto rc = kFormats.check("compare", format, ctx)) return *rc;
  if (files.size() < 2) {
    return usage_error("compare", "needs at least two questionnaires, oldest first", ctx);
  }
  if (!(margin >= 0 && margin <= 50)) {
    return usage_error("compare", "--margin must be between 0 and 50 percentage points", ctx);
  }
  Diagnostics diags;
  Sources sources;
  std::vector<LoadedAssessment> loaded;
  bool loadable = true;
  for (const auto& file : files) {
    auto assessment = load_assessment(file, ctx.store(), diags, sources);
    if (assessment) {
      loaded.push_back(std::move(*assessment));
    } else {
      loadable = false;
    }
  }
  if (!loadable || diags.has_errors()) {
    report_diagnostics(diags, sources, ctx);
    return static_cast<int>(ExitCode::invalid_input);
  }
  if (ctx.verbosity != Verbosity::verbose) diags = fold_input_warnings(diags);
  // Compare in date order whatever the order given; equal dates keep the given order.
  std::vector<SeriesMember> given;
  for (size_t i = 0; i < loaded.size(); ++i)
    given.push_back({&loaded[i].questionnaire, &loaded[i].rubric, files[i]});
  const std::vector<size_t> order = date_order(given);
  if (!std::is_sorted(order.begin(), order.end())) {
    std::string oldest_first;
    for (size_t i : order)
      oldest_first += (oldest_first.empty() ? "'" : "', '") + files[i];
    diags.warning({files.front(), 0, 0, 0}, "assessments compared in date order, not as given",
                  "oldest first: " + oldest_first + "'");
  }
  std::vector<SeriesMember> series;
  for (size_t i : order)
    series.push_back(given[i]);
  if (!allow_different_org) check_organisations(series, diags);
  SeriesCrosswalks crosswalks(ctx.store(), crosswalk_files, series.size(), diags, sources);
  std::vector<const Crosswalk*> pair_crosswalks = pair_editions(
      series, [&](const EditionStep& step) { return crosswalks.find(step); }, diags);
  crosswalks.check_given_used();
  if (diags.has_errors()) {
    report_diagnostics(diags, sources, ctx);
    return static_cast<int>(ExitCode::invalid_input);
  }
  std::vector<std::string> inputs = files;
  for (const auto& [path, cw] : crosswalks.loaded())
    inputs.push_back(path);
  std::vector<AssessmentSide> sides;
  for (size_t i : order) {
    const LoadedAssessment& a = loaded[i];
    sides.push_back(make_side(score(a.questionnaire, a.rubric), a.questionnaire, a.rubric));
  }
  CompareReport report = compare_series(sides, pair_crosswalks, CompareOptions{margin});
  for (const auto& pair : report.pairs) {
    for (const auto& warning : pair.warnings)
      diags.warning({pair.newer.path, 0, 0, 0}, warning);
  }
  report_diagnostics(diags, sources, ctx);
  emit(output, kFormats.render(format, report), inputs, ctx);
  return 0;
}

} // namespace pace::cli
