// SPDX-License-Identifier: MIT
#include <ostream>

#include <pace/cli/commands.hpp>
#include <pace/diag/error.hpp>
#include <pace/diag/spelling.hpp>

#include "handlers.hpp"

#ifndef PACE_VERSION
#define PACE_VERSION "0.0.0"
#endif

namespace pace::cli {

namespace {

struct Command {
  const char* name;
  const char* summary;
  int (*handler)(const Args&, Context&);
  std::string (*formats)() = nullptr; // the command's format names, said after the summary
};

// The one table of subcommands: dispatch, `pace help` and did-you-mean all read it.
const Command kCommands[] = {
    {"init", "start a questionnaire from a rubric", cmd_init},
    {"validate", "check questionnaires and report every problem", cmd_validate},
    {"score", "attribute ratings and capability level of every process", cmd_score},
    {"profile", "process profile heat map, category statistics and maturity level", cmd_profile},
    {"gaps", "gap list, why-not-next-level, minimal level-up plans, borderline flags", cmd_gaps},
    {"agreement", "how far several assessors of the same instance agree", cmd_agreement},
    {"compare", "changes between assessments over the years, with the level trend", cmd_compare},
    {"report", "management review pack (ISO/IEC 27001 9.3)", cmd_report, report_formats},
    {"actions", "the action register: due, overdue, done and whether it worked; import a plan",
     cmd_actions},
    {"serve", "rate in the browser: a local workspace that edits the questionnaire", cmd_serve},
    {"rubric", "list the rubrics pace can find, or show one", cmd_rubric},
};

std::string command_help(const po::options_description& global) {
  std::string text = "usage: pace [--rubrics DIR] COMMAND [ARGS...]\n\n"
                     "pace: process assessment & capability evaluation (ISO/IEC 33020 style)\n\n"
                     "commands:\n";
  for (const auto& c : kCommands) {
    std::string name = c.name;
    name.resize(10, ' ');
    text += "  " + name + c.summary + (c.formats ? ": " + c.formats() : "") + "\n";
  }
  std::ostringstream options;
  options << global;
  return text + "  help      show this list\n\n" + options.str() +
         "\n'pace COMMAND --help' describes a command.\n";
}

} // namespace

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  Context ctx{out, err, {}};
  po::options_description global("global options");
  bool help = false;
  bool version = false;
  bool verbose = false;
  bool quiet = false;
  global.add_options()("help,h", po::bool_switch(&help),
                       "show this help")("version", po::bool_switch(&version), "print the version")(
      "rubrics", po::value<std::string>(&ctx.rubrics_dir)->value_name("DIR"),
      "look for rubrics in DIR first")("verbose", po::bool_switch(&verbose),
                                       "print every warning (default: one line per file)")(
      "quiet", po::bool_switch(&quiet), "print no warnings (errors are always printed)");
  po::options_description hidden;
  std::string command;
  hidden.add_options()("command", po::value<std::string>(&command))(
      "args", po::value<std::vector<std::string>>());
  po::options_description all;
  all.add(global).add(hidden);
  po::positional_options_description positional;
  positional.add("command", 1).add("args", -1);
  Args rest;
  try {
    po::parsed_options parsed =
        po::command_line_parser(args)
            .options(all)
            .positional(positional)
            .style(po::command_line_style::default_style & ~po::command_line_style::allow_guessing)
            .allow_unregistered()
            .run();
    po::variables_map vm;
    po::store(parsed, vm);
    po::notify(vm);
    rest = po::collect_unrecognized(parsed.options, po::include_positional);
  } catch (const po::error& e) {
    err << "pace: error: " << e.what() << "\nsee 'pace help'\n";
    return static_cast<int>(ExitCode::usage);
  }
  if (verbose && quiet) {
    err << "pace: error: --verbose and --quiet exclude each other\nsee 'pace help'\n";
    return static_cast<int>(ExitCode::usage);
  }
  ctx.verbosity = verbose ? Verbosity::verbose : quiet ? Verbosity::quiet : Verbosity::folded;
  if (version) {
    out << "pace " << PACE_VERSION << "\n";
    return 0;
  }
  if (command.empty() && !rest.empty()) {
    // An option that no command claims (`pace --verison`): name it rather than print the help.
    std::string hint =
        did_you_mean(rest.front(), {"--help", "--version", "--rubrics", "--verbose", "--quiet"});
    err << "pace: error: unknown option '" << rest.front() << "'\n"
        << (hint.empty() ? "" : "note: " + hint + "\n") << "see 'pace help'\n";
    return static_cast<int>(ExitCode::usage);
  }
  if (command.empty() || command == "help") {
    if (command.empty() && !help) {
      err << command_help(global);
      return static_cast<int>(ExitCode::usage);
    }
    out << command_help(global);
    return 0;
  }
  // collect_unrecognized keeps the command name as the first positional.
  if (!rest.empty() && rest.front() == command) rest.erase(rest.begin());
  if (help) rest.insert(rest.begin(), "--help");
  for (const auto& c : kCommands) {
    if (command != c.name) continue;
    try {
      return c.handler(rest, ctx);
    } catch (const Error& e) {
      err << "pace: error: " << e.what() << "\n";
      return static_cast<int>(ExitCode::usage);
    }
  }
  std::vector<std::string> names;
  for (const auto& c : kCommands)
    names.emplace_back(c.name);
  std::string hint = did_you_mean(command, names);
  err << "pace: error: unknown command '" << command << "'\n"
      << (hint.empty() ? "" : "note: " + hint + "\n") << "see 'pace help'\n";
  return static_cast<int>(ExitCode::usage);
}

} // namespace pace::cli
