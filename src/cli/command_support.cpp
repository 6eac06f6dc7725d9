// SPDX-License-Identifier: MIT
#include "command_support.hpp"

#include <algorithm>
#include <ostream>
#include <sstream>

#include <pace/cli/io.hpp>
#include <pace/diag/control_chars.hpp>
#include <pace/diag/spelling.hpp>

namespace pace::cli {

int usage_error(const std::string& command, const std::string& message, Context& ctx) {
  ctx.err << "pace " << command << ": error: " << message << "\n"
          << "see 'pace " << command << " --help'\n";
  return static_cast<int>(ExitCode::usage);
}

namespace {

// "missing FILE" for a positional argument; Boost would say "the option '--file' is required".
std::string missing_message(const po::required_option& e, const po::options_description& options,
                            const po::positional_options_description& positional) {
  std::string name = e.get_option_name();
  if (name.rfind("--", 0) == 0) name.erase(0, 2);
  for (unsigned i = 0; i < std::min(positional.max_total_count(), 16u); ++i) {
    if (positional.name_for_position(i) != name) continue;
    const po::option_description* d = options.find_nothrow(name, false);
    return "missing " + (d ? d->semantic()->name() : name) + " argument";
  }
  return e.what();
}

// Boost's message plus a did-you-mean against the command's own long options.
std::string unknown_option_message(const po::unknown_option& e,
                                   const po::options_description& options) {
  std::vector<std::string> names;
  for (const auto& d : options.options())
    names.push_back("--" + d->long_name());
  std::string hint = did_you_mean(e.get_option_name(), names);
  return std::string(e.what()) + (hint.empty() ? "" : " (" + hint + ")");
}

} // namespace

std::optional<int> parse_arguments(const std::string& command, const std::string& synopsis,
                                   const std::vector<std::string>& args,
                                   po::options_description options,
                                   const po::positional_options_description& positional,
                                   Context& ctx) {
  bool help = false;
  options.add_options()("help,h", po::bool_switch(&help), "show this help");
  try {
    po::variables_map vm;
    po::store(
        po::command_line_parser(args)
            .options(options)
            .positional(positional)
            .style(po::command_line_style::default_style & ~po::command_line_style::allow_guessing)
            .run(),
        vm);
    // bool_switch writes `help` only in notify(), which would first reject missing required
    // options; look at the stored value so `pace COMMAND --help` always works.
    help = vm.count("help") > 0 && vm["help"].as<bool>();
    if (help) {
      ctx.out << "usage: pace " << command << " " << synopsis << "\n\n" << options;
      return 0;
    }
    po::notify(vm);
  } catch (const po::required_option& e) {
    return usage_error(command, missing_message(e, options, positional), ctx);
  } catch (const po::unknown_option& e) {
    return usage_error(command, unknown_option_message(e, options), ctx);
  } catch (const po::error& e) {
    return usage_error(command, e.what(), ctx);
  }
  return std::nullopt;
}

std::string diagnostics_text(const Diagnostics& diags, const Sources& sources) {
  std::string text = render_all(diags.items(), sources);
  int errors = diags.error_count();
  int warnings = diags.warning_count();
  if (errors + warnings > 0) {
    text += std::to_string(errors) + (errors == 1 ? " error" : " errors") + ", " +
            std::to_string(warnings) + (warnings == 1 ? " warning" : " warnings") + "\n";
  }
  return text;
}

std::optional<LoadedAssessment> load_reported(const std::string& file, Context& ctx) {
  Diagnostics diags;
  Sources sources;
  auto loaded = load_assessment(file, ctx.store(), diags, sources);
  report_diagnostics(diags, sources, ctx);
  if (diags.has_errors()) return std::nullopt;
  return loaded;
}

int report_diagnostics(const Diagnostics& diags, const Sources& sources, Context& ctx) {
  ctx.err << diagnostics_text(diags, sources);
  return diags.has_errors() ? static_cast<int>(ExitCode::invalid_input) : 0;
}

void emit(const std::string& output, const std::string& rendered,
          const std::vector<std::string>& inputs, Context& ctx) {
  // The last line of defence for every format: names, notes and titles come from the input, and
  // a raw escape sequence in them must not reach a terminal (or a file later `cat`ed). JSON,
  // HTML and Markdown have escaped theirs already; text and CSV get `\x1b`-style escapes here.
  std::string content = escape_control_chars(rendered, true);
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
  for (const auto& a : allowed)
    valid += (valid.empty() ? "" : ", ") + a;
  std::string hint = did_you_mean(value, allowed);
  return usage_error(command,
                     "invalid value '" + value + "' for --" + option +
                         (hint.empty() ? "" : " (" + hint + ")") + "; valid: " + valid,
                     ctx);
}

} // namespace pace::cli
