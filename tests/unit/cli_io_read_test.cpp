// SPDX-License-Identifier: MIT
// read_text_file reads regular files only, and never more than its limit plus one byte.
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <pace/cli/io.hpp>
#include <pace/diag/error.hpp>
#include <pace/report/score_render.hpp>

namespace fs = std::filesystem;

namespace {

std::string message_of(const std::string& path, size_t limit) {
  try {
    pace::cli::read_text_file(path, limit);
  } catch (const pace::Error& e) {
    return e.what();
  }
  return "";
}

} // namespace

TEST_CASE("read_text_file: devices, FIFOs and symlinks to them are refused", "[cli][io]") {
  CHECK(message_of("/dev/zero", 1024) == "cannot read '/dev/zero': not a regular file");
  fs::path dir = fs::temp_directory_path() / ("pace-read-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string fifo = (dir / "fifo.toml").string();
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK(message_of(fifo, 1024) == "cannot read '" + fifo + "': not a regular file");
  fs::create_symlink("/dev/zero", dir / "zero.toml");
  std::string link = (dir / "zero.toml").string();
  CHECK(message_of(link, 1024) == "cannot read '" + link + "': not a regular file");
  fs::remove_all(dir);
}

TEST_CASE("read_text_file: the size limit is exact", "[cli][io]") {
  fs::path file = fs::temp_directory_path() / ("pace-limit-" + std::to_string(::getpid()));
  std::ofstream(file) << std::string(2048, 'x');
  CHECK(pace::cli::read_text_file(file.string(), 2048) == std::string(2048, 'x'));
  CHECK(message_of(file.string(), 2047) ==
        "cannot read '" + file.string() +
            "': larger than the limit of 0 MiB for this kind of file");
  fs::remove(file);
}

TEST_CASE("json: invalid UTF-8 in a file name becomes U+FFFD", "[report][json]") {
  nlohmann::ordered_json doc{{"file", "a\xff\xfe.toml"}};
  CHECK(pace::dump_json(doc) == "{\n  \"file\": \"a\xef\xbf\xbd\xef\xbf\xbd.toml\"\n}\n");
}
