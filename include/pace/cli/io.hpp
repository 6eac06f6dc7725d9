// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pace::cli {

// Limits per kind of file (README, "Bad and hostile input"): far above any real file, low enough
// that a mistaken or hostile path cannot exhaust memory (pace needs about 6x a questionnaire's
// size).
inline constexpr size_t kMaxQuestionnaireBytes = size_t{256} << 20;
inline constexpr size_t kMaxRubricBytes = size_t{16} << 20; // rubric, framework, crosswalk, target

// Reads a whole regular file of at most `max_bytes` (reading at most one byte more); throws
// pace::Error ("cannot read 'x': reason") on failure, for a directory, a device, a FIFO or a
// socket (also behind a symlink), and for a larger file.
std::string read_text_file(const std::string& path, size_t max_bytes = kMaxQuestionnaireBytes);

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
