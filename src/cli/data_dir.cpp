// SPDX-License-Identifier: MIT
#include <filesystem>
#include <string_view>
#include <system_error>

#include <pace/cli/data_dir.hpp>

// Set by cmake/install.cmake: the data directory relative to the binary's directory, the build
// directory the binary was linked in, and the checkout's rubrics/.
#ifndef PACE_DATA_FROM_BIN
#define PACE_DATA_FROM_BIN "../share/pace"
#endif
#ifndef PACE_BUILD_DIR
#define PACE_BUILD_DIR ""
#endif
#ifndef PACE_SOURCE_RUBRICS
#define PACE_SOURCE_RUBRICS ""
#endif

namespace pace::cli {

namespace fs = std::filesystem;

std::vector<std::string> default_rubric_dirs() {
  // The kernel's link names the binary itself, symbolic links resolved, so a /usr/local/bin/pace
  // link to /opt/pace/bin/pace finds /opt/pace/share/pace.
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec || !exe.is_absolute()) return {};
  fs::path exe_dir = exe.parent_path();
  // Only the binary in its own build directory reads the source tree; the comparison is of the
  // names, so an installed binary never touches the build or source directory, even to look.
  constexpr std::string_view build_dir = PACE_BUILD_DIR;
  constexpr std::string_view source_rubrics = PACE_SOURCE_RUBRICS;
  if (!build_dir.empty() && !source_rubrics.empty() && exe_dir == fs::path(build_dir)) {
    return {std::string(source_rubrics)};
  }
  return {(exe_dir / PACE_DATA_FROM_BIN / "rubrics").lexically_normal().string()};
}

} // namespace pace::cli
