// SPDX-License-Identifier: MIT
// `pace actions`: the organisation's action register on a day, closures checked against a new
// assessment, and `pace actions import` of a filled-in plan CSV.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <ostream>

#include <pace/check/action_register_check.hpp>
#include <pace/cli/assessment_loader.hpp>
#include <pace/cli/io.hpp>
#include <pace/load/action_import.hpp>
#include <pace/load/action_register_loader.hpp>
#include <pace/report/actions_render.hpp>

#include "formats.hpp"
#include "handlers.hpp"

namespace pace::cli {

namespace {

const Formats<ActionsView> kFormats = {
    {"text", render_actions_text}, {"json", render_actions_json}, {"csv", render_actions_csv}};

std::optional<Date> parse_as_of(const std::string& text) {
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || text.size() != 10) {
    return std::nullopt;
  }
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  return Date{y, m, d};
}

Date today() {
  auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  std::chrono::year_month_day ymd{days};
  return Date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

int cmd_actions_import(const Args& args, Context& ctx) {
  std::string csv;
  std::string into;
  po::options_description desc("options");
  desc.add_options()("into", po::value(&into)->required()->value_name("REGISTER"),
                     "the action register to update in place")(
      "plan", po::value(&csv)->required()->value_name("PLAN.csv"),
      "the plan CSV (pace gaps FILE --format csv) with owner, due_date and status filled in");
  po::positional_options_description positional;
  positional.add("plan", 1);
  if (auto rc = parse_arguments("actions import", "PLAN.csv --into REGISTER", args, desc,
                                positional, ctx)) {
    return *rc;
  }
  Diagnostics diags;
  Sources sources;
  std::string register_text = read_text_file(into);
  std::string csv_text = read_text_file(csv);
  sources.emplace(into, register_text);
  sources.emplace(csv, csv_text);
  ImportSummary summary;
  auto result = import_plan_csv(register_text, into, csv_text, csv, diags, summary);
  if (!result) {
    report_diagnostics(diags, sources, ctx);
    return static_cast<int>(ExitCode::invalid_input);
  }
  report_diagnostics(diags, sources, ctx);
  if (*result != register_text) update_file_atomic(into, *result, register_text);
  ctx.out << into << ": " << summary.added.size() << " added, " << summary.updated.size()
          << " updated, " << summary.unchanged << " unchanged, " << summary.left_blank
          << " left blank\n";
  for (const auto& id : summary.added)
    ctx.out << "  added   " << id << "\n";
  for (const auto& id : summary.updated)
    ctx.out << "  updated " << id << "\n";
  return 0;
}

} // namespace

int cmd_actions(const Args& args, Context& ctx) {
  // `pace actions import ...`; the global --help may have been moved in front of it.
  auto first = std::find_if(args.begin(), args.end(),
                            [](const std::string& a) { return a.empty() || a[0] != '-'; });
  if (first != args.end() && *first == "import") {
    Args rest(args.begin(), first);
    rest.insert(rest.end(), first + 1, args.end());
    return cmd_actions_import(rest, ctx);
  }
  std::string file;
  std::string as_of_text;
  std::string assessment;
  std::string format = kFormats.default_name();
  std::string output;
  int soon = 30;
  po::options_description desc("options");
  desc.add_options()("as-of", po::value(&as_of_text)->value_name("DATE"),
                     "judge due dates on this day (YYYY-MM-DD; default today)")(
      "due-within", po::value(&soon)->value_name("DAYS"),
      "an open action due within this many days is 'due soon' (default 30)")(
      "assessment", po::value(&assessment)->value_name("FILE"),
      "check every done action against this (later) assessment: effective or not")(
      "format", po::value(&format)->value_name("FORMAT"), kFormats.help().c_str())(
      "output,o", po::value(&output)->value_name("FILE"), "write here instead of standard output")(
      "file", po::value(&file)->required()->value_name("REGISTER"), "the action register");
  po::positional_options_description positional;
  positional.add("file", 1);
  if (auto rc =
          parse_arguments("actions",
                          "REGISTER [--as-of DATE] [--assessment FILE] " + kFormats.synopsis() +
                              " [-o OUT]\n       pace actions import PLAN.csv --into REGISTER",
                          args, desc, positional, ctx)) {
    return *rc;
  }
  if (auto rc = kFormats.check("actions", format, ctx)) return *rc;
  Date as_of = today();
  if (!as_of_text.empty()) {
    auto parsed = parse_as_of(as_of_text);
    if (!parsed) return usage_error("actions", "--as-of takes a date, YYYY-MM-DD", ctx);
    as_of = *parsed;
  }
  if (soon < 0 || soon > 366)
    return usage_error("actions", "--due-within takes 0 to 366 days", ctx);
  Diagnostics diags;
  Sources sources;
  std::vector<std::string> inputs = {file};
  auto reg = load_checked_register(file, ctx, diags, sources);
  std::optional<LoadedAssessment> loaded;
  if (reg && !assessment.empty()) {
    inputs.push_back(assessment);
    loaded = load_assessment(assessment, ctx.store(), diags, sources);
    if (loaded && loaded->rubric.id != reg->rubric) {
      diags.error(reg->rubric_pos, "the register names rubric '" + reg->rubric +
                                       "', the assessment '" + assessment + "' uses '" +
                                       loaded->rubric.id + "'");
    }
  }
  if (!reg || diags.has_errors() || (!assessment.empty() && !loaded)) {
    report_diagnostics(diags, sources, ctx);
    return static_cast<int>(ExitCode::invalid_input);
  }
  report_diagnostics(diags, sources, ctx);
  ActionsView view;
  view.reg = &*reg;
  view.summary = summarise_actions(*reg, as_of, soon);
  if (loaded) {
    view.closures = check_closures(*reg, loaded->questionnaire, loaded->rubric);
    view.assessment_path = assessment;
  }
  emit(output, kFormats.render(format, view), inputs, ctx);
  return 0;
}

} // namespace pace::cli
