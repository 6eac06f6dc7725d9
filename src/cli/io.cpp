// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

#include <pace/cli/io.hpp>
#include <pace/diag/error.hpp>

namespace pace::cli {

namespace fs = std::filesystem;

namespace {

// The files this run has read, by device and inode; shared by the portfolio's workers.
std::mutex inputs_mutex;
std::set<std::pair<dev_t, ino_t>> inputs_read;

void remember_input(const struct stat& st) {
  std::lock_guard<std::mutex> lock(inputs_mutex);
  inputs_read.emplace(st.st_dev, st.st_ino);
}

// Temporary files the signal handler removes: fixed storage, since a handler may not allocate.
constexpr int kTemporarySlots = 16;
constexpr size_t kTemporaryPathMax = 4096;
char temporary_paths[kTemporarySlots][kTemporaryPathMax];
volatile std::sig_atomic_t temporary_used[kTemporarySlots];
std::mutex temporary_mutex; // claims and frees slots; never taken by the handler

int claim_temporary_slot(const std::string& temp) {
  if (temp.size() >= kTemporaryPathMax) return -1;
  std::lock_guard<std::mutex> lock(temporary_mutex);
  for (int i = 0; i < kTemporarySlots; ++i) {
    if (temporary_used[i]) continue;
    std::memcpy(temporary_paths[i], temp.c_str(), temp.size() + 1);
    temporary_used[i] = 1; // only now may the handler read the path
    return i;
  }
  return -1;
}

void free_temporary_slot(int& slot) {
  if (slot < 0) return;
  std::lock_guard<std::mutex> lock(temporary_mutex);
  temporary_used[slot] = 0;
  slot = -1;
}

extern "C" void remove_temporary_files(int signal_number) {
  // Async-signal-safe only: unlink, signal, raise.
  for (int i = 0; i < kTemporarySlots; ++i) {
    if (temporary_used[i]) ::unlink(temporary_paths[i]);
  }
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

} // namespace

void remove_temporary_files_on_signal() {
  for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction action {};
    action.sa_handler = remove_temporary_files;
    sigemptyset(&action.sa_mask);
    ::sigaction(signal_number, &action, nullptr);
  }
}

void check_output_path(const std::string& path, const std::vector<std::string>& inputs) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return; // a new file (or a dangling symlink): fine
  if (!S_ISREG(st.st_mode)) {
    throw Error("refusing to write '" + path + "': not a regular file (use '-o -' for " +
                "standard output)");
  }
  bool read = false;
  {
    std::lock_guard<std::mutex> lock(inputs_mutex);
    read = inputs_read.count({st.st_dev, st.st_ino}) > 0;
  }
  for (const auto& input : inputs) {
    struct stat in {};
    if (::stat(input.c_str(), &in) == 0 && in.st_dev == st.st_dev && in.st_ino == st.st_ino) {
      read = true;
    }
  }
  if (read) throw Error("refusing to write '" + path + "': it is one of the inputs");
}

std::string read_text_file(const std::string& path, size_t max_bytes) {
  // O_NONBLOCK: opening a FIFO must not wait for a writer; the checks below refuse it anyway.
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) throw Error("cannot read '" + path + "': " + std::strerror(errno));
  struct FdCloser {
    int fd;
    ~FdCloser() { ::close(fd); }
  } closer{fd};
  // fstat on the open descriptor, not stat on the name: what is checked is what is read.
  struct stat st {};
  if (::fstat(fd, &st) != 0) throw Error("cannot read '" + path + "': " + std::strerror(errno));
  remember_input(st);
  if (S_ISDIR(st.st_mode)) throw Error("cannot read '" + path + "': is a directory");
  // /dev/zero, a FIFO or a terminal would never end or block forever.
  if (!S_ISREG(st.st_mode)) throw Error("cannot read '" + path + "': not a regular file");
  auto too_big = [&] {
    return Error("cannot read '" + path + "': larger than the limit of " +
                 std::to_string(max_bytes >> 20) + " MiB for this kind of file");
  };
  if (static_cast<unsigned long long>(st.st_size) > max_bytes) throw too_big();
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  // Read in one piece into a string of the file's size; a file that grows meanwhile is read on,
  // but never past the limit (at most limit + 1 bytes are read).
  std::string text(static_cast<size_t>(st.st_size), '\0');
  size_t used = 0;
  for (;;) {
    if (used == text.size()) {
      if (text.size() > max_bytes) throw too_big();
      text.resize(std::min(max_bytes + 1, std::max<size_t>(text.size() * 2, 4096)));
    }
    ssize_t n = ::read(fd, text.data() + used, text.size() - used);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw Error("cannot read '" + path + "': " + std::strerror(errno));
    }
    if (n == 0) break;
    used += static_cast<size_t>(n);
  }
  if (used > max_bytes) throw too_big();
  text.resize(used);
  return text;
}

AtomicFile::AtomicFile(const std::string& path, const std::vector<std::string>& inputs)
    : path_(path), inputs_(inputs) {
  check_output_path(path, inputs);
  open_temporary();
}

AtomicFile::AtomicFile(const std::string& path, unsigned mode)
    : path_(path), in_place_(true), mode_(mode) {
  open_temporary();
}

void AtomicFile::open_temporary() {
  const std::string& path = path_;
  fs::path target(path);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string temp_template = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
  std::vector<char> name(temp_template.begin(), temp_template.end());
  name.push_back('\0');
  fd_ = ::mkstemp(name.data());
  if (fd_ < 0) {
    throw Error("cannot write '" + path + "': " + std::strerror(errno));
  }
  temp_ = name.data();
  slot_ = claim_temporary_slot(temp_);
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!temp_.empty()) ::unlink(temp_.c_str());
  free_temporary_slot(slot_);
}

void AtomicFile::fail(int error) {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  ::unlink(temp_.c_str());
  temp_.clear();
  free_temporary_slot(slot_);
  throw Error("cannot write '" + path_ + "': " + std::strerror(error));
}

void AtomicFile::write(std::string_view text) {
  const char* data = text.data();
  size_t left = text.size();
  while (left > 0) {
    ssize_t n = ::write(fd_, data, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail(errno);
    }
    data += n;
    left -= static_cast<size_t>(n);
  }
}

void AtomicFile::commit() {
  int fd = fd_;
  fd_ = -1;
  if (::fsync(fd) != 0) {
    int saved = errno;
    ::close(fd);
    fail(saved);
  }
  if (::close(fd) != 0) fail(errno);
  // mkstemp creates 0600; outputs are ordinary files, an edited file keeps its mode.
  ::chmod(temp_.c_str(), static_cast<mode_t>(mode_));
  // Inputs found while the output was written (rubrics, frameworks, crosswalks) count too.
  try {
    if (!in_place_) check_output_path(path_, inputs_);
  } catch (const Error&) {
    ::unlink(temp_.c_str());
    temp_.clear();
    free_temporary_slot(slot_);
    throw;
  }
  if (std::rename(temp_.c_str(), path_.c_str()) != 0) fail(errno);
  temp_.clear();
  free_temporary_slot(slot_);
}

void update_file_atomic(const std::string& path, const std::string& content, std::string_view was) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
    throw Error("refusing to update '" + path + "': not a regular file");
  }
  if (read_text_file(path) != was) {
    throw Error("'" + path + "' changed on disk while pace was working on it; nothing was " +
                "written (run the command again)");
  }
  AtomicFile file(path, static_cast<unsigned>(st.st_mode & 07777));
  file.write(content);
  file.commit();
}

void write_file_atomic(const std::string& path, const std::string& content,
                       const std::vector<std::string>& inputs) {
  AtomicFile file(path, inputs);
  file.write(content);
  file.commit();
}

bool StdoutBuffer::drain() {
  const char* data = pbase();
  size_t left = static_cast<size_t>(pptr() - pbase());
  while (left > 0 && error_ == 0) {
    ssize_t n = ::write(STDOUT_FILENO, data, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      error_ = errno;
      break;
    }
    data += n;
    left -= static_cast<size_t>(n);
  }
  setp(buffer_, buffer_ + sizeof buffer_); // after a failure the rest is dropped, not retried
  return error_ == 0;
}

int StdoutBuffer::overflow(int c) {
  if (!drain()) return traits_type::eof();
  if (c != traits_type::eof()) {
    *pptr() = static_cast<char>(c);
    pbump(1);
  }
  return traits_type::not_eof(c);
}

int StdoutBuffer::sync() {
  return drain() ? 0 : -1;
}

} // namespace pace::cli
