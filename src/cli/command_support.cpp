// SPDX-License-Identifier: MIT
#include "command_support.hpp"

#include <algorithm>
#include <ostream>
#include <sstream>

#include <pace/cli/io.hpp>
#include <pace/diag/spelling.hpp>

namespace pace::cli {

int usage_error(const std::string& command, const std::string& message, Context& ctx) {
  ctx.err << "pace " << command << ": error: " << message << "\n"
          << "see 'pace " << command << " --help'\n";
  return static_cast<int>(ExitCode::usage);
}

std::optional<int> parse_arguments(const std::string& command, const std::string& synopsis,
                                   const std::vector<std::string>& args,
                                   po::options_description options,
                                   const po::positional_options_description& positional,
                                   Context& ctx) {
  bool help = false;
  options.add_options()("help,h", po::bool_switch(&help), "show this help");
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(args)
                  .options(options)
                  .positional(positional)
                  .style(po::command_line_style::default_style &
                         ~po::command_line_style::allow_guessing)
                  .run(), vm);
    if (help) {
      ctx.out << "usage: pace " << command << " " << synopsis << "\n\n" << options;
      return 0;
    }
    po::notify(vm);
  } catch (const po::error& e) {
    return usage_error(command, e.what(), ctx);
  }
  return std::nullopt;
}

int report_diagnostics(const Diagnostics& diags, const Sources& sources, Context& ctx) {
  ctx.err << render_all(diags.items(), sources);
  int errors = diags.error_count();
  int warnings = diags.warning_count();
  if (errors + warnings > 0) {
    ctx.err << errors << (errors == 1 ? " error" : " errors") << ", " << warnings
            << (warnings == 1 ? " warning" : " warnings") << "\n";
  }
  return errors > 0 ? static_cast<int>(ExitCode::invalid_input) : 0;
}

void emit(const std::string& output, const std::string& content,
          const std::vector<std::string>& inputs, Context& ctx) {
  if (output.empty() || output == "-") {
    ctx.out << content;
    return;
  }
  write_file_atomic(output, content, inputs);
}

std::optional<int> check_choice(const std::string& command, const std::string& option,
                                const std::string& value, const std::vector<std::string>& allowed,
                                Context& ctx) {
  if (std::find(allowed.begin(), allowed.end(), value) != allowed.end()) return std::nullopt;
  std::string valid;
  for (const auto& a : allowed) valid += (valid.empty() ? "" : ", ") + a;
  std::string hint = did_you_mean(value, allowed);
  return usage_error(command,
                     "invalid value '" + value + "' for --" + option +
                         (hint.empty() ? "" : " (" + hint + ")") + "; valid: " + valid,
                     ctx);
}

} // namespace pace::cli
