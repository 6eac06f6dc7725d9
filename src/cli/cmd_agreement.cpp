// SPDX-License-Identifier: MIT
#include <pace/cli/assessment_loader.hpp>
#include <pace/report/agreement_render.hpp>
#include <pace/score/agreement.hpp>

#include "formats.hpp"
#include "handlers.hpp"

namespace pace::cli {

namespace {
const Formats<AgreementSheet> kFormats = {{"text", render_agreement_text},
                                          {"json", render_agreement_json},
                                          {"csv", render_agreement_csv}};
} // namespace

int cmd_agreement(const Args& args, Context& ctx) {
  std::string file;
  std::string format = kFormats.default_name();
  std::string output;
  po::options_description desc("options");
  desc.add_options()("format", po::value(&format)->value_name("FORMAT"), kFormats.help().c_str())(
      "output,o", po::value(&output)->value_name("FILE"), "write here instead of standard output")(
      "file", po::value(&file)->required()->value_name("FILE"), "questionnaire to examine");
  po::positional_options_description positional;
  positional.add("file", 1);
  if (auto rc = parse_arguments("agreement", "FILE " + kFormats.synopsis() + " [-o OUT]", args,
                                desc, positional, ctx)) {
    return *rc;
  }
  if (auto rc = kFormats.check("agreement", format, ctx)) return *rc;
  auto loaded = load_reported(file, ctx);
  if (!loaded) return static_cast<int>(ExitCode::invalid_input);
  AgreementSheet sheet = agreement(loaded->questionnaire, loaded->rubric);
  emit(output, kFormats.render(format, sheet), {file}, ctx);
  return 0;
}

} // namespace pace::cli
