// SPDX-License-Identifier: MIT
#include <mutex>
#include <unordered_set>

#include <pace/diag/file_path.hpp>

namespace pace {

namespace {

// Never shrinks and is never destroyed: a program reads a handful of files, and positions may
// be read by other objects' destructors at exit.
struct Pool {
  std::mutex mutex;
  std::unordered_set<std::string> paths; // nodes never move: pointers to them stay valid
};

Pool& pool() {
  static Pool* instance = new Pool;
  return *instance;
}

} // namespace

FilePath::FilePath(std::string_view path) {
  if (path.empty()) return;
  Pool& p = pool();
  std::lock_guard<std::mutex> lock(p.mutex);
  std::string key(path);
  auto it = p.paths.find(key);
  text_ = it != p.paths.end() ? &*it : &*p.paths.insert(std::move(key)).first;
}

const std::string& FilePath::str() const {
  static const std::string none;
  return text_ ? *text_ : none;
}

} // namespace pace
