// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pace::cli {

// Reads a whole file; throws pace::Error ("cannot read 'x': reason") on failure.
std::string read_text_file(const std::string& path);

// Writes `content` to `path` through a temporary file in the same directory and a rename, so an
// interrupted run leaves the previous file intact. Throws pace::Error when `path` is one of
// `inputs` (never clobber an input) or on any I/O failure.
void write_file_atomic(const std::string& path, const std::string& content,
                       const std::vector<std::string>& inputs);

// The same, for output written in pieces: write() appends to a temporary file beside `path`,
// commit() puts it in place. Destroyed without commit() (an error, an exception), it removes the
// temporary file and leaves whatever was at `path` as it was.
class AtomicFile {
public:
  AtomicFile(const std::string& path, const std::vector<std::string>& inputs);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  void write(std::string_view text);
  void commit();

private:
  [[noreturn]] void fail(int error);
  std::string path_;
  std::string temp_;
  int fd_ = -1;
};

} // namespace pace::cli
