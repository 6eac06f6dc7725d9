// SPDX-License-Identifier: MIT
// Internal to cli/: what every command handler shares.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include <pace/cli/assessment_loader.hpp>
#include <pace/cli/rubric_store.hpp>
#include <pace/diag/diagnostic.hpp>
#include <pace/model/action_register.hpp>

namespace pace::cli {

namespace po = boost::program_options;

enum class ExitCode { ok = 0, invalid_input = 1, usage = 2 };

// How many warnings a command prints (errors are always printed in full): by default one line
// per file with warnings (`pace validate` shows them all), all of them with --verbose, none
// with --quiet.
enum class Verbosity { quiet, folded, verbose };

struct Context {
  std::ostream& out;
  std::ostream& err;
  std::string rubrics_dir;
  Verbosity verbosity = Verbosity::folded;
  RubricStore store() const { return RubricStore::standard(rubrics_dir); }
};

// Parses a command's own arguments into the variables bound in `options`. Prints help (and
// returns 0) for --help; prints a usage error (and returns 2) for bad arguments; nullopt means go
// on.
std::optional<int> parse_arguments(const std::string& command, const std::string& synopsis,
                                   const std::vector<std::string>& args,
                                   po::options_description options,
                                   const po::positional_options_description& positional,
                                   Context& ctx);

// Every diagnostic as printed, then the "N errors, M warnings" line (when there are any). Folded,
// a file's warnings about its contents (those with a line) become one line per file; warnings
// about the run itself (line 0) stay. Quiet drops every warning.
std::string diagnostics_text(const Diagnostics& diags, const Sources& sources,
                             Verbosity verbosity = Verbosity::verbose);

// Prints every diagnostic and a summary line; returns 1 when any is an error, else 0.
int report_diagnostics(const Diagnostics& diags, const Sources& sources, Context& ctx);

// Loads one questionnaire with its rubric and prints its diagnostics (warnings too); nullopt
// when it cannot be scored, the command then exits with ExitCode::invalid_input.
std::optional<LoadedAssessment> load_reported(const std::string& file, Context& ctx);

// Writes to `output` atomically, or to ctx.out when output is empty or "-".
void emit(const std::string& output, const std::string& content,
          const std::vector<std::string>& inputs, Context& ctx);

// Checks that `value` is one of `allowed`; prints a usage error (returns 2) otherwise.
std::optional<int> check_choice(const std::string& command, const std::string& option,
                                const std::string& value, const std::vector<std::string>& allowed,
                                Context& ctx);

int usage_error(const std::string& command, const std::string& message, Context& ctx);

// Loads an action register and checks its ids against the rubric it names (`pace actions`,
// `pace report --actions`); nullopt when it cannot be read as a register.
std::optional<ActionRegister> load_checked_register(const std::string& path, Context& ctx,
                                                    Diagnostics& diags, Sources& sources);

} // namespace pace::cli
