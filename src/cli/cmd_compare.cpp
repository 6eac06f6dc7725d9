// SPDX-License-Identifier: MIT
#include <algorithm>
#include <map>
#include <numeric>

#include <pace/check/crosswalk_check.hpp>
#include <pace/cli/assessment_loader.hpp>
#include <pace/cli/crosswalk_finder.hpp>
#include <pace/cli/io.hpp>
#include <pace/load/crosswalk_loader.hpp>
#include <pace/report/compare_render.hpp>
#include <pace/score/comparability.hpp>
#include <pace/score/compare.hpp>
#include <pace/score/score.hpp>

#include "formats.hpp"
#include "handlers.hpp"

namespace pace::cli {

namespace {

// Loaded crosswalk files by path; map nodes stay put, so comparisons can point at them.
class Crosswalks {
public:
  Crosswalks(Diagnostics& diags, Sources& sources) : diags_(diags), sources_(sources) {}

  const Crosswalk* load(const std::string& path) {
    if (auto it = loaded_.find(path); it != loaded_.end())
      return it->second ? &*it->second : nullptr;
    std::string text = read_text_file(path, kMaxRubricBytes);
    auto cw = load_crosswalk(text, path, diags_);
    sources_.emplace(path, std::move(text));
    auto& slot = loaded_[path];
    slot = std::move(cw);
    return slot ? &*slot : nullptr;
  }

private:
  Diagnostics& diags_;
  Sources& sources_;
  std::map<std::string, std::optional<Crosswalk>> loaded_;
};

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

bool same_edition(const Rubric& a, const Rubric& b) {
  return a.id == b.id && a.version == b.version;
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
  std::vector<size_t> order(loaded.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return loaded[a].questionnaire.assessment.date < loaded[b].questionnaire.assessment.date;
  });
  if (!std::is_sorted(order.begin(), order.end())) {
    std::string oldest_first;
    for (size_t i : order)
      oldest_first += (oldest_first.empty() ? "'" : "', '") + files[i];
    diags.warning({files.front(), 0, 0, 0}, "assessments compared in date order, not as given",
                  "oldest first: " + oldest_first + "'");
  }
  if (!allow_different_org) {
    for (size_t i = 0; i + 1 < order.size(); ++i) {
      const auto& older = loaded[order[i]].questionnaire;
      const auto& newer = loaded[order[i + 1]].questionnaire;
      std::string mismatch = organisation_mismatch(older.assessment, files[order[i]],
                                                   newer.assessment, files[order[i + 1]]);
      if (!mismatch.empty()) {
        diags.error(newer.assessment.pos, mismatch,
                    "--allow-different-org compares them anyway, with a warning");
      }
    }
  }
  // Every pair whose rubric editions differ gets a crosswalk: a given one that links them (with
  // two files, the given one regardless, so a mismatch is reported), else one found in the store.
  Crosswalks crosswalks(diags, sources);
  std::vector<const Crosswalk*> pair_crosswalks;
  std::vector<std::string> inputs = files;
  std::vector<bool> given_used(crosswalk_files.size(), false);
  for (size_t i = 0; i + 1 < order.size(); ++i) {
    const Rubric& older = loaded[order[i]].rubric;
    const Rubric& newer = loaded[order[i + 1]].rubric;
    std::optional<std::string> path;
    for (size_t c = 0; c < crosswalk_files.size() && !path; ++c) {
      bool single = files.size() == 2 && crosswalk_files.size() == 1;
      if (single ||
          crosswalk_links(crosswalk_files[c], older.id, older.version, newer.id, newer.version)) {
        path = crosswalk_files[c];
        given_used[c] = true;
      }
    }
    if (!path && !same_edition(older, newer)) {
      path = find_crosswalk(ctx.store(), older.id, older.version, newer.id, newer.version);
    }
    const Crosswalk* cw = path ? crosswalks.load(*path) : nullptr;
    if (cw) {
      check_crosswalk(*cw, older, newer, diags);
      inputs.push_back(*path);
    }
    pair_crosswalks.push_back(cw);
  }
  for (size_t c = 0; c < crosswalk_files.size(); ++c) {
    if (given_used[c]) continue;
    if (const Crosswalk* cw = crosswalks.load(crosswalk_files[c])) {
      diags.error(cw->from.pos, "crosswalk links '" +
                                    describe_edition(cw->from.rubric, cw->from.version) + "' to '" +
                                    describe_edition(cw->to.rubric, cw->to.version) +
                                    "', which no two consecutive assessments use");
    }
  }
  if (diags.has_errors()) {
    report_diagnostics(diags, sources, ctx);
    return static_cast<int>(ExitCode::invalid_input);
  }
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
