// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

namespace pace::cli {

// Reads a whole file; throws pace::Error ("cannot read 'x': reason") on failure.
std::string read_text_file(const std::string& path);

// Writes `content` to `path` through a temporary file in the same directory and a rename, so an
// interrupted run leaves the previous file intact. Throws pace::Error when `path` is one of
// `inputs` (never clobber an input) or on any I/O failure.
void write_file_atomic(const std::string& path, const std::string& content,
                       const std::vector<std::string>& inputs);

} // namespace pace::cli
