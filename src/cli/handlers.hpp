// SPDX-License-Identifier: MIT
// Internal to cli/: one handler per subcommand; each parses its own arguments.
#pragma once

#include <string>
#include <vector>

#include "command_support.hpp"

namespace pace::cli {

using Args = std::vector<std::string>;

int cmd_init(const Args& args, Context& ctx);
int cmd_validate(const Args& args, Context& ctx);
int cmd_score(const Args& args, Context& ctx);
int cmd_rubric(const Args& args, Context& ctx);
int cmd_compare(const Args& args, Context& ctx);
int cmd_gaps(const Args& args, Context& ctx);
int cmd_profile(const Args& args, Context& ctx);
int cmd_agreement(const Args& args, Context& ctx);
int cmd_report(const Args& args, Context& ctx);
int cmd_actions(const Args& args, Context& ctx);
int cmd_serve(const Args& args, Context& ctx);

// "html, md, csv or json": the formats of `pace report`, for its line in `pace help`.
std::string report_formats();

} // namespace pace::cli
