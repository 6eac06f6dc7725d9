// SPDX-License-Identifier: MIT
// Outputs never lose data: write_file_atomic refuses to overwrite an input, and a write that
// fails half-way (the file size limit stands in for a full disk or a killed run) leaves the
// previous output as it was, with no temporary file behind.
#include <algorithm>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

#include <catch2/catch.hpp>

#include <pace/cli/io.hpp>
#include <pace/diag/error.hpp>

namespace fs = std::filesystem;

namespace {

// A fresh directory under the system temp dir, removed again at the end of the test.
struct ScratchDir {
  fs::path path;
  ScratchDir() {
    path = fs::temp_directory_path() / ("pace-io-test-" + std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~ScratchDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::vector<std::string> entries() const {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(path))
      names.push_back(e.path().filename());
    std::sort(names.begin(), names.end());
    return names;
  }
};

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void put(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// Lowers the file size limit for one scope; SIGXFSZ is ignored so write() fails with EFBIG.
struct FileSizeLimit {
  rlimit saved{};
  void (*saved_handler)(int) = nullptr;
  explicit FileSizeLimit(rlim_t bytes) {
    ::getrlimit(RLIMIT_FSIZE, &saved);
    saved_handler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit lowered = saved;
    lowered.rlim_cur = bytes;
    ::setrlimit(RLIMIT_FSIZE, &lowered);
  }
  ~FileSizeLimit() {
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, saved_handler);
  }
};

} // namespace

TEST_CASE("write_file_atomic: writes and replaces through a rename", "[cli][io]") {
  ScratchDir dir;
  fs::path out = dir.path / "out.txt";
  pace::cli::write_file_atomic(out.string(), "first\n", {});
  CHECK(slurp(out) == "first\n");
  pace::cli::write_file_atomic(out.string(), "second\n", {});
  CHECK(slurp(out) == "second\n");
  CHECK(dir.entries() == std::vector<std::string>{"out.txt"});
}

TEST_CASE("write_file_atomic: an output that is one of the inputs is refused", "[cli][io]") {
  ScratchDir dir;
  fs::path input = dir.path / "input.toml";
  put(input, "schema = 1\n");
  std::string alias = (dir.path / "." / "input.toml").string();
  for (const std::string& target : {input.string(), alias}) {
    INFO(target);
    try {
      pace::cli::write_file_atomic(target, "scores", {input.string()});
      FAIL("no error");
    } catch (const pace::Error& e) {
      CHECK(std::string(e.what()) == "refusing to write '" + target + "': it is one of the inputs");
    }
    CHECK(slurp(input) == "schema = 1\n");
  }
  CHECK(dir.entries() == std::vector<std::string>{"input.toml"});
}

TEST_CASE("write_file_atomic: a write that fails half-way keeps the previous output", "[cli][io]") {
  ScratchDir dir;
  fs::path out = dir.path / "report.html";
  put(out, "previous report\n");
  std::string big(1 << 20, 'x');
  {
    FileSizeLimit limit(4096);
    CHECK_THROWS_AS(pace::cli::write_file_atomic(out.string(), big, {}), pace::Error);
  }
  CHECK(slurp(out) == "previous report\n");
  CHECK(dir.entries() == std::vector<std::string>{"report.html"});
}

TEST_CASE("write_file_atomic: an unwritable place is an error, nothing is created", "[cli][io]") {
  ScratchDir dir;
  fs::path out = dir.path / "missing" / "out.txt";
  try {
    pace::cli::write_file_atomic(out.string(), "text", {});
    FAIL("no error");
  } catch (const pace::Error& e) {
    CHECK(std::string(e.what()) ==
          "cannot write '" + out.string() + "': No such file or directory");
  }
  CHECK(dir.entries().empty());
}
