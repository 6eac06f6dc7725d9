// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

#include <pace/cli/io.hpp>
#include <pace/diag/error.hpp>

namespace pace::cli {

namespace fs = std::filesystem;

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
    : path_(path) {
  std::error_code ec;
  for (const auto& input : inputs) {
    if (fs::exists(path, ec) && fs::equivalent(path, input, ec)) {
      throw Error("refusing to write '" + path + "': it is one of the inputs");
    }
  }
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
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!temp_.empty()) ::unlink(temp_.c_str());
}

void AtomicFile::fail(int error) {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  ::unlink(temp_.c_str());
  temp_.clear();
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
  // mkstemp creates 0600; outputs are ordinary files.
  ::chmod(temp_.c_str(), 0644);
  if (std::rename(temp_.c_str(), path_.c_str()) != 0) fail(errno);
  temp_.clear();
}

void write_file_atomic(const std::string& path, const std::string& content,
                       const std::vector<std::string>& inputs) {
  AtomicFile file(path, inputs);
  file.write(content);
  file.commit();
}

} // namespace pace::cli
