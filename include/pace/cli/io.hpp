// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

namespace pace::cli {

// Limits per kind of file (docs/building.md, "Bad and hostile input"): far above any real file, low
// enough that a mistaken or hostile path cannot exhaust memory (pace needs about 6x a
// questionnaire's size).
inline constexpr size_t kMaxQuestionnaireBytes = size_t{256} << 20;
inline constexpr size_t kMaxRubricBytes = size_t{16} << 20; // rubric, framework, crosswalk, target

// Reads a whole regular file of at most `max_bytes` (reading at most one byte more); throws
// pace::Error ("cannot read 'x': reason") on failure, for a directory, a device, a FIFO or a
// socket (also behind a symlink), and for a larger file. Every file read is remembered (device
// and inode) as an input of this run, which no output may replace.
std::string read_text_file(const std::string& path, size_t max_bytes = kMaxQuestionnaireBytes);

// Throws pace::Error (a usage error) when `path` exists and is not a regular file, or is the
// same file (device and inode: symlinks, hard links and other spellings too) as one of `inputs`
// or as any file this run has read.
void check_output_path(const std::string& path, const std::vector<std::string>& inputs);

// On SIGINT, SIGTERM and SIGHUP, removes the temporary files of unfinished AtomicFiles, then
// dies of the signal as it would have. Call once, early in main.
void remove_temporary_files_on_signal();

// Writes `content` to `path` through a temporary file in the same directory and a rename, so an
// interrupted run leaves the previous file intact. Throws pace::Error when check_output_path()
// refuses `path` (checked again right before the rename) or on any I/O failure.
void write_file_atomic(const std::string& path, const std::string& content,
                       const std::vector<std::string>& inputs);

// Rewrites `path`, an input the run was asked to edit in place (`pace actions import --into`),
// atomically and with its permission bits kept. Throws pace::Error when it is not a regular file
// or no longer holds `was`, the text this run read and edited (another program changed it in the
// meantime: writing would lose that change).
void update_file_atomic(const std::string& path, const std::string& content, std::string_view was);

// The same, for output written in pieces: write() appends to a temporary file beside `path`,
// commit() puts it in place. Destroyed without commit() (an error, an exception), it removes the
// temporary file and leaves whatever was at `path` as it was.
class AtomicFile {
public:
  AtomicFile(const std::string& path, const std::vector<std::string>& inputs);
  // For update_file_atomic(): `path` is an input on purpose; the new file gets `mode`.
  AtomicFile(const std::string& path, unsigned mode);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  void write(std::string_view text);
  void commit();

private:
  [[noreturn]] void fail(int error);
  void open_temporary();
  std::string path_;
  std::vector<std::string> inputs_;
  std::string temp_;
  int fd_ = -1;
  int slot_ = -1; // where the signal handler finds temp_
  bool in_place_ = false;
  unsigned mode_ = 0644;
};

// Standard output for main(): a buffered stream onto file descriptor 1 that remembers the first
// failed write, so a full disk or a closed pipe is an error instead of a silently cut output.
class StdoutBuffer : public std::streambuf {
public:
  StdoutBuffer() { setp(buffer_, buffer_ + sizeof buffer_); }
  StdoutBuffer(const StdoutBuffer&) = delete;
  StdoutBuffer& operator=(const StdoutBuffer&) = delete;
  ~StdoutBuffer() override { sync(); }
  int error() const { return error_; } // errno of the first failed write, 0 if none

protected:
  int overflow(int c) override;
  int sync() override;

private:
  bool drain();
  char buffer_[1 << 16];
  int error_ = 0;
};

} // namespace pace::cli
