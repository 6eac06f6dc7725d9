// SPDX-License-Identifier: MIT
#include <pace/cli/assessment_loader.hpp>
#include <pace/report/agreement_render.hpp>
#include <pace/score/agreement.hpp>

#include "handlers.hpp"

namespace pace::cli {

int cmd_agreement(const Args& args, Context& ctx) {
  std::string file;
  std::string format = "text";
  std::string output;
  po::options_description desc("options");
  desc.add_options()("format", po::value(&format)->value_name("FORMAT"),
                     "text (default), json or csv")(
      "output,o", po::value(&output)->value_name("FILE"), "write here instead of standard output")(
      "file", po::value(&file)->required()->value_name("FILE"), "questionnaire to examine");
  po::positional_options_description positional;
  positional.add("file", 1);
  if (auto rc = parse_arguments("agreement", "FILE [--format text|json|csv] [-o OUT]", args, desc,
                                positional, ctx)) {
    return *rc;
  }
  if (auto rc = check_choice("agreement", "format", format, {"text", "json", "csv"}, ctx)) {
    return *rc;
  }
  auto loaded = load_reported(file, ctx);
  if (!loaded) return static_cast<int>(ExitCode::invalid_input);
  AgreementSheet sheet = agreement(loaded->questionnaire, loaded->rubric);
  std::string content = format == "json"  ? render_agreement_json(sheet)
                        : format == "csv" ? render_agreement_csv(sheet)
                                          : render_agreement_text(sheet);
  emit(output, content, {file}, ctx);
  return 0;
}

} // namespace pace::cli
