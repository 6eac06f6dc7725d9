// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace pace {

// The SHA-256 digest (FIPS 180-4) of `bytes`, as 64 lower-case hex digits. Used to pin the exact
// rubric, framework and questionnaire files a report was made from.
std::string sha256_hex(std::string_view bytes);

} // namespace pace
