// SPDX-License-Identifier: MIT
#include <filesystem>
#include <ostream>

#include <pace/check/action_register_check.hpp>
#include <pace/cli/assessment_loader.hpp>
#include <pace/cli/io.hpp>
#include <pace/load/action_register_loader.hpp>
#include <pace/load/framework_loader.hpp>
#include <pace/load/rubric_loader.hpp>

#include "handlers.hpp"

namespace pace::cli {

namespace {

// A rubric or framework file given to validate is checked as what it declares itself to be.
void validate_rubric_file(const std::string& path, const std::string& text, const RubricHeader& h,
                          const RubricStore& store, Diagnostics& diags, Sources& sources) {
  if (h.kind == "framework") {
    load_framework(text, path, diags);
    return;
  }
  load_rubric_ref(path, ".", SourcePos{path, 0, 0, 0}, store, diags, sources);
}

// An action register is checked on its own and against the rubric it names; the caller checks
// its finding ids once every questionnaire is loaded.
std::optional<ActionRegister> validate_register_file(const std::string& path,
                                                     const std::string& text,
                                                     const RubricStore& store, Diagnostics& diags,
                                                     Sources& sources) {
  auto reg = load_action_register(text, path, diags);
  if (!reg) return reg;
  std::string base = std::filesystem::path(path).parent_path().string();
  auto rubric = load_rubric_ref(reg->rubric, base.empty() ? "." : base, reg->rubric_pos, store,
                                diags, sources);
  if (rubric) check_action_register(*reg, *rubric, diags);
  return reg;
}

} // namespace

int cmd_validate(const Args& args, Context& ctx) {
  std::vector<std::string> files;
  bool strict = false;
  po::options_description desc("options");
  desc.add_options()("strict", po::bool_switch(&strict), "treat warnings as errors")(
      "file", po::value(&files)->required()->value_name("FILE"),
      "questionnaires (or rubric files, or action registers) to check");
  po::positional_options_description positional;
  positional.add("file", -1);
  if (auto rc = parse_arguments("validate", "[--strict] FILE...", args, desc, positional, ctx)) {
    return *rc;
  }
  Diagnostics diags;
  Sources sources;
  RubricStore store = ctx.store();
  std::vector<ActionRegister> registers;
  std::vector<LoadedAssessment> assessments; // whose findings the registers may cite
  for (const auto& file : files) {
    std::string text = read_text_file(file);
    auto header = read_rubric_header(text, file);
    if (header && !header->kind.empty()) {
      sources.emplace(file, text);
      validate_rubric_file(file, text, *header, store, diags, sources);
      continue;
    }
    if (is_action_register(text)) {
      sources.emplace(file, text);
      if (auto reg = validate_register_file(file, text, store, diags, sources))
        registers.push_back(std::move(*reg));
      continue;
    }
    if (auto loaded = load_assessment(file, store, diags, sources))
      assessments.push_back(std::move(*loaded));
  }
  std::vector<const Questionnaire*> questionnaires;
  for (const auto& a : assessments)
    questionnaires.push_back(&a.questionnaire);
  for (const auto& reg : registers)
    check_action_findings(reg, questionnaires, diags);
  if (strict) diags.promote_warnings();
  // Showing warnings is what validate is for: all of them, unless --quiet.
  if (ctx.verbosity == Verbosity::folded) ctx.verbosity = Verbosity::verbose;
  int rc = report_diagnostics(diags, sources, ctx);
  if (rc == 0) {
    ctx.out << files.size() << (files.size() == 1 ? " file" : " files") << " ok\n";
  }
  return rc;
}

} // namespace pace::cli
