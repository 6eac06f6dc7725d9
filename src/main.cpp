// SPDX-License-Identifier: MIT
#include <exception>
#include <iostream>

#include <pace/cli/commands.hpp>

int main(int argc, char** argv) {
  try {
    return pace::cli::run(std::vector<std::string>(argv + 1, argv + argc), std::cout, std::cerr);
  } catch (const std::exception& e) {
    // Anything that escapes the handlers is a bug; say so instead of aborting silently.
    std::cerr << "pace: internal error: " << e.what() << "\n";
    return 2;
  }
}
