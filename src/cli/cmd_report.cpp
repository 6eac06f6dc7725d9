// SPDX-License-Identifier: MIT
#include <algorithm>
#include <filesystem>
#include <tuple>

#include <pace/check/assessment_series.hpp>
#include <pace/cli/assessment_loader.hpp>
#include <pace/cli/crosswalk_finder.hpp>
#include <pace/model/sha256.hpp>
#include <pace/report/review_pack.hpp>
#include <pace/report/review_render.hpp>

#include "formats.hpp"
#include "handlers.hpp"

#ifndef PACE_VERSION
#define PACE_VERSION "0.0.0"
#endif

namespace pace::cli {

namespace {

// The digest of a file pace read, from the very bytes it read (kept in `sources`).
std::string digest(const Sources& sources, const std::string& path) {
  auto it = sources.find(path);
  return it == sources.end() ? "" : sha256_hex(it->second);
}

// Rubric files are named by file name only: their directory differs between machines, while
// id, version and digest pin them.
std::vector<SourceFile> source_files(const std::vector<const LoadedAssessment*>& previous,
                                     const LoadedAssessment& current, const std::string& file,
                                     const std::vector<std::string>& previous_files,
                                     const Sources& sources) {
  namespace fs = std::filesystem;
  std::vector<SourceFile> files;
  const AssessmentInfo& a = current.questionnaire.assessment;
  files.push_back({"questionnaire", file, a.id, a.date.to_string(), digest(sources, file)});
  for (size_t i = 0; i < previous.size(); ++i) {
    const AssessmentInfo& p = previous[i]->questionnaire.assessment;
    files.push_back({"previous questionnaire", previous_files[i], p.id, p.date.to_string(),
                     digest(sources, previous_files[i])});
  }
  std::vector<std::string> seen;
  auto add_rubric = [&](const Rubric& r) {
    for (const auto& [role, path, id, version] :
         {std::tuple{"rubric", r.path, r.id, r.version},
          std::tuple{"framework", r.framework.path, r.framework.id, r.framework.version}}) {
      if (std::find(seen.begin(), seen.end(), path) != seen.end()) continue;
      seen.push_back(path);
      files.push_back(
          {role, fs::path(path).filename().string(), id, version, digest(sources, path)});
    }
  };
  add_rubric(current.rubric);
  for (const auto* p : previous)
    add_rubric(p->rubric);
  return files;
}

const Formats<ReviewPack> kFormats = {{"html", render_review_html, "self-contained, printable"},
                                      {"md", render_review_markdown, "for pandoc and DOCX"},
                                      {"csv", render_review_csv},
                                      {"json", render_review_json}};

} // namespace

std::string report_formats() {
  return kFormats.names();
}

int cmd_report(const Args& args, Context& ctx) {
  std::string file;
  std::vector<std::string> previous_files;
  std::string format = kFormats.default_name();
  std::string output;
  bool allow_different_org = false;
  std::string actions_file;
  std::string detail = "full";
  po::options_description desc("options");
  desc.add_options()("previous", po::value(&previous_files)->composing()->value_name("FILE"),
                     "an earlier assessment to compare with and whose actions to follow up "
                     "(repeatable; any order)")("format", po::value(&format)->value_name("FORMAT"),
                                                kFormats.help().c_str())(
      "actions", po::value(&actions_file)->value_name("REGISTER"),
      "the organisation's action register: decisions for management, overdue actions on the "
      "assessment date, closures checked against this assessment")(
      "detail", po::value(&detail)->value_name("LEVEL"),
      "full (default): executive summary, detail and appendices; summary: the executive "
      "summary alone (HTML and Markdown; JSON and CSV stay complete)")(
      "allow-different-org", po::bool_switch(&allow_different_org),
      "compare with assessments of other organisations (a warning in every format)")(
      "output,o", po::value(&output)->value_name("FILE"), "write here instead of standard output")(
      "file", po::value(&file)->required()->value_name("FILE"), "questionnaire to report on");
  po::positional_options_description positional;
  positional.add("file", 1);
  if (auto rc = parse_arguments("report",
                                "FILE [--previous FILE...] [--actions REGISTER] "
                                "[--detail summary|full] [--allow-different-org] " +
                                    kFormats.synopsis() + " [-o OUT]",
                                args, desc, positional, ctx)) {
    return *rc;
  }
  if (auto rc = kFormats.check("report", format, ctx)) return *rc;
  if (auto rc = check_choice("report", "detail", detail, {"full", "summary"}, ctx)) return *rc;
  Diagnostics diags;
  Sources sources;
  auto current = load_assessment(file, ctx.store(), diags, sources);
  std::optional<ActionRegister> reg;
  if (!actions_file.empty()) {
    reg = load_checked_register(actions_file, ctx, diags, sources);
    if (reg && current && reg->rubric != current->rubric.id) {
      diags.error(reg->rubric_pos, "the register names rubric '" + reg->rubric +
                                       "', the assessment '" + file + "' uses '" +
                                       current->rubric.id + "'");
    }
  }
  std::vector<std::optional<LoadedAssessment>> earlier;
  for (const auto& path : previous_files) {
    earlier.push_back(load_assessment(path, ctx.store(), diags, sources));
  }
  bool loadable =
      current && (actions_file.empty() || reg) &&
      std::all_of(earlier.begin(), earlier.end(), [](const auto& e) { return e.has_value(); });
  if (!loadable || diags.has_errors()) {
    report_diagnostics(diags, sources, ctx);
    return static_cast<int>(ExitCode::invalid_input);
  }
  // The same previous assessment twice would be compared with itself: bad input.
  for (size_t i = 0; i < previous_files.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if (digest(sources, previous_files[i]) != digest(sources, previous_files[j])) continue;
      diags.error({previous_files[i], 0, 0, 0},
                  "--previous '" + previous_files[i] + "' has the same content as --previous '" +
                      previous_files[j] + "'",
                  "give each earlier assessment once");
      break;
    }
  }
  if (diags.has_errors()) {
    report_diagnostics(diags, sources, ctx);
    return static_cast<int>(ExitCode::invalid_input);
  }
  // The previous assessments in date order; each must be older than the one reported on.
  std::vector<SeriesMember> earlier_members;
  for (size_t i = 0; i < earlier.size(); ++i)
    earlier_members.push_back({&earlier[i]->questionnaire, &earlier[i]->rubric, previous_files[i]});
  const std::vector<size_t> order = date_order(earlier_members);
  const Date& date = current->questionnaire.assessment.date;
  for (size_t i : order) {
    const AssessmentInfo& p = earlier[i]->questionnaire.assessment;
    if (!(p.date < date)) {
      return usage_error("report",
                         "--previous '" + previous_files[i] + "' (" + p.date.to_string() +
                             ") is not older than '" + file + "' (" + date.to_string() + ")",
                         ctx);
    }
  }
  std::vector<SeriesMember> series; // oldest first, ending with the one reported on
  for (size_t i : order)
    series.push_back(earlier_members[i]);
  series.push_back({&current->questionnaire, &current->rubric, file});
  if (!allow_different_org) {
    check_organisations(series, diags);
    if (diags.has_errors()) {
      report_diagnostics(diags, sources, ctx);
      return static_cast<int>(ExitCode::invalid_input);
    }
  }
  // A crosswalk for every step between rubric editions, found as `pace compare` finds them.
  SeriesCrosswalks crosswalks(ctx.store(), {}, series.size(), diags, sources);
  std::vector<const Crosswalk*> step_crosswalks = pair_editions(
      series, [&](const EditionStep& step) { return crosswalks.find(step); }, diags);
  std::vector<ReviewInput> previous;
  std::vector<const LoadedAssessment*> previous_loaded;
  std::vector<std::string> ordered_files;
  std::vector<std::string> inputs = {file};
  for (size_t n = 0; n < order.size(); ++n) {
    const LoadedAssessment& older = *earlier[order[n]];
    previous.push_back({&older.questionnaire, &older.rubric, step_crosswalks[n]});
    previous_loaded.push_back(&older);
    ordered_files.push_back(previous_files[order[n]]);
    inputs.push_back(previous_files[order[n]]);
  }
  for (const auto& [path, cw] : crosswalks.loaded())
    inputs.push_back(path);
  if (diags.has_errors()) {
    report_diagnostics(diags, sources, ctx);
    return static_cast<int>(ExitCode::invalid_input);
  }
  report_diagnostics(diags, sources, ctx);

  ReviewOptions options;
  options.pace_version = PACE_VERSION;
  options.detail = detail == "summary" ? ReviewDetail::summary : ReviewDetail::full;
  if (reg) {
    options.actions = &*reg;
    options.actions_path = actions_file;
    inputs.push_back(actions_file);
  }
  options.files = source_files(previous_loaded, *current, file, ordered_files, sources);
  for (const auto& [path, cw] : crosswalks.loaded()) {
    if (!cw) continue;
    options.files.push_back({"crosswalk", std::filesystem::path(path).filename().string(),
                             cw->from.rubric + " to " + cw->to.rubric,
                             cw->from.version + " to " + cw->to.version, digest(sources, path)});
  }
  if (reg) {
    options.files.push_back(
        {"action register", actions_file, reg->organisation, "", digest(sources, actions_file)});
  }
  ReviewPack pack =
      make_review_pack({&current->questionnaire, &current->rubric, nullptr}, previous, options);
  emit(output, kFormats.render(format, pack), inputs, ctx);
  return 0;
}

} // namespace pace::cli
