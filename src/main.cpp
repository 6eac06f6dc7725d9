// SPDX-License-Identifier: MIT
#include <cstring>
#include <exception>
#include <iostream>

#include <pace/cli/commands.hpp>
#include <pace/cli/io.hpp>

int main(int argc, char** argv) {
  pace::cli::remove_temporary_files_on_signal();
  pace::cli::StdoutBuffer buffer;
  std::ostream out(&buffer);
  int rc = 0;
  try {
    rc = pace::cli::run(std::vector<std::string>(argv + 1, argv + argc), out, std::cerr);
  } catch (const std::exception& e) {
    // Anything that escapes the handlers is a bug; say so instead of aborting silently.
    std::cerr << "pace: internal error: " << e.what() << "\n";
    rc = 2;
  }
  out.flush();
  if (buffer.error() != 0) {
    // A full disk or a closed pipe: the output is cut, so the run failed.
    std::cerr << "pace: error: cannot write to standard output: " << std::strerror(buffer.error())
              << "\n";
    return 2;
  }
  return rc;
}
