// SPDX-License-Identifier: MIT
#include <ostream>

#include <pace/serve/server.hpp>
#include <pace/serve/workspace.hpp>

#include "handlers.hpp"

namespace pace::cli {

int cmd_serve(const Args& args, Context& ctx) {
  std::string file;
  serve::ServeOptions options;
  po::options_description desc("options");
  desc.add_options()("port", po::value(&options.port)->value_name("N"),
                     "listen on this port of 127.0.0.1 (default: a free one)")(
      "open", po::bool_switch(&options.open), "open the page in the desktop's browser")(
      "file", po::value(&file)->required()->value_name("FILE"), "questionnaire to work on");
  po::positional_options_description positional;
  positional.add("file", 1);
  if (auto rc = parse_arguments("serve", "FILE [--port N] [--open]", args, desc, positional, ctx)) {
    return *rc;
  }
  if (options.port < 0 || options.port > 65535) {
    return usage_error("serve", "--port must be between 0 and 65535", ctx);
  }
  serve::Workspace workspace(file, ctx.store());
  if (!workspace.loaded()) {
    ctx.err << workspace.startup_diagnostics();
    return static_cast<int>(ExitCode::invalid_input);
  }
  serve::serve(workspace, options, ctx.out, ctx.err);
  return 0;
}

} // namespace pace::cli
