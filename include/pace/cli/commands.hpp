// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace pace::cli {

// Runs pace with the given arguments (argv[0] excluded) and returns the exit code:
// 0 ok, 1 invalid input, 2 usage or I/O error. Nothing else in pace picks exit codes.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace pace::cli
