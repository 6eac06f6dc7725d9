// SPDX-License-Identifier: MIT
#pragma once

#include <stdexcept>
#include <string>

namespace pace {

// An I/O or usage failure: caught once in main and printed as "pace: error: ...", exit 2.
class Error : public std::runtime_error {
public:
  explicit Error(const std::string& what) : std::runtime_error(what) {}
};

} // namespace pace
