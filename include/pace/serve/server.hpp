// SPDX-License-Identifier: MIT
// The HTTP side of `pace serve`: binds 127.0.0.1 only, checks every request (serve/security.hpp)
// before reading its body, serves the embedded page and the JSON API of the workspace.
#pragma once

#include <iosfwd>

#include <pace/serve/workspace.hpp>

namespace pace::serve {

struct ServeOptions {
  int port = 0;      // 0: a free port chosen by the OS
  bool open = false; // start the desktop's browser (xdg-open) on the URL
};

// Prints `pace serve: http://127.0.0.1:PORT/?token=TOKEN` on `out` (one line, flushed), then
// serves until SIGINT or SIGTERM. Throws pace::Error when the port cannot be bound.
void serve(Workspace& workspace, const ServeOptions& options, std::ostream& out, std::ostream& err);

} // namespace pace::serve
