// SPDX-License-Identifier: MIT
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

#include <pace/cli/io.hpp>
#include <pace/diag/error.hpp>

namespace pace::cli {

namespace fs = std::filesystem;

std::string read_text_file(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    throw Error("cannot read '" + path + "': is a directory");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error("cannot read '" + path + "': " + std::strerror(errno));
  }
  // A regular file is read in one piece into a string of its size: a growing stringstream
  // would hold the text twice over at its peak.
  std::error_code size_error;
  auto size = fs::is_regular_file(path, ec) ? fs::file_size(path, size_error) : 0;
  if (size > 0 && !size_error) {
    std::string text(size, '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    if (in.bad()) throw Error("cannot read '" + path + "': read error");
    text.resize(static_cast<size_t>(in.gcount()));
    if (in.peek() == std::char_traits<char>::eof()) return text;
    // The file grew while we read it: take the rest too.
    std::ostringstream rest;
    rest << in.rdbuf();
    return text + std::move(rest).str();
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    throw Error("cannot read '" + path + "': read error");
  }
  return std::move(buffer).str();
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
