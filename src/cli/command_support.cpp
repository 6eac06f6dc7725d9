// SPDX-License-Identifier: MIT
#include "command_support.hpp"

#include <algorithm>
#include <filesystem>
#include <ostream>
#include <sstream>

#include <pace/check/action_register_check.hpp>
#include <pace/cli/io.hpp>
#include <pace/diag/control_chars.hpp>
#include <pace/diag/spelling.hpp>
#include <pace/load/action_register_loader.hpp>

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

// The names bound to positional arguments (the first 16 positions cover every command).
std::vector<std::string> positional_names(const po::positional_options_description& positional) {
  std::vector<std::string> names;
  for (unsigned i = 0; i < std::min(positional.max_total_count(), 16u); ++i) {
    const std::string& name = positional.name_for_position(i);
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
  return names;
}

// The options as --help lists them: positional arguments are in the usage line, not here.
po::options_description visible_options(const po::options_description& options,
                                        const po::positional_options_description& positional) {
  po::options_description visible("options");
  auto names = positional_names(positional);
  for (const auto& d : options.options()) {
    if (std::find(names.begin(), names.end(), d->long_name()) == names.end()) visible.add(d);
  }
  return visible;
}

// The first argument beyond the positions the command takes (Boost only says "too many").
std::string unexpected_argument(const std::vector<std::string>& args,
                                const po::options_description& options,
                                const po::positional_options_description& positional) {
  po::parsed_options parsed =
      po::command_line_parser(args)
          .options(options)
          .style(po::command_line_style::default_style & ~po::command_line_style::allow_guessing)
          .allow_unregistered()
          .run();
  unsigned seen = 0;
  for (const auto& o : parsed.options) {
    if (o.position_key < 0 || o.value.empty()) continue;
    if (seen++ == positional.max_total_count()) return o.value.front();
  }
  return args.empty() ? "" : args.back();
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
      ctx.out << "usage: pace " << command << " [OPTIONS] " << synopsis << "\n\n";
      std::string arguments;
      for (const auto& name : positional_names(positional)) {
        if (const po::option_description* d = options.find_nothrow(name, false)) {
          arguments += "  " + d->semantic()->name() + "  " + d->description() + "\n";
        }
      }
      if (!arguments.empty()) ctx.out << "arguments:\n" << arguments << "\n";
      ctx.out << visible_options(options, positional);
      return 0;
    }
    po::notify(vm);
  } catch (const po::required_option& e) {
    return usage_error(command, missing_message(e, options, positional), ctx);
  } catch (const po::too_many_positional_options_error&) {
    return usage_error(
        command, "unexpected argument '" + unexpected_argument(args, options, positional) + "'",
        ctx);
  } catch (const po::unknown_option& e) {
    return usage_error(command, unknown_option_message(e, options), ctx);
  } catch (const po::error& e) {
    return usage_error(command, e.what(), ctx);
  }
  return std::nullopt;
}

std::string diagnostics_text(const Diagnostics& all, const Sources& sources, Verbosity verbosity) {
  Diagnostics diags;
  std::vector<std::pair<std::string, int>> folded; // file, warnings; in order of appearance
  for (const auto& d : all.items()) {
    bool about_contents = d.pos.line > 0;
    if (d.severity == Severity::error || verbosity == Verbosity::verbose) {
      diags.add(d);
    } else if (verbosity == Verbosity::folded && !about_contents) {
      diags.add(d);
    } else if (verbosity == Verbosity::folded) {
      std::string path = d.pos.path.str();
      auto it = std::find_if(folded.begin(), folded.end(),
                             [&](const auto& f) { return f.first == path; });
      if (it == folded.end()) {
        folded.emplace_back(path, 1);
      } else {
        ++it->second;
      }
    }
  }
  std::string text = render_all(diags.items(), sources);
  for (const auto& [path, count] : folded) {
    text += path + ": " + std::to_string(count) + (count == 1 ? " warning" : " warnings") +
            " (pace validate " + path + " shows them)\n";
  }
  int errors = diags.error_count();
  int warnings = verbosity == Verbosity::quiet ? 0 : all.warning_count();
  if (!folded.empty() && errors == 0) return text; // the folded lines say it all
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
  ctx.err << diagnostics_text(diags, sources, ctx.verbosity);
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

std::optional<ActionRegister> load_checked_register(const std::string& path, Context& ctx,
                                                    Diagnostics& diags, Sources& sources) {
  std::string text = read_text_file(path);
  auto reg = load_action_register(text, path, diags);
  sources.emplace(path, std::move(text));
  if (!reg) return std::nullopt;
  std::string base = std::filesystem::path(path).parent_path().string();
  auto rubric = load_rubric_ref(reg->rubric, base.empty() ? "." : base, reg->rubric_pos,
                                ctx.store(), diags, sources);
  if (rubric) check_action_register(*reg, *rubric, diags);
  return reg;
}

} // namespace pace::cli
