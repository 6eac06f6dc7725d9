// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace pace {

// The file a source position points into. Interned: every distinct path is stored once for the
// life of the process, and a FilePath is one pointer, so the hundreds of thousands of positions
// of a large questionnaire share one string instead of each holding a copy. Thread-safe.
class FilePath {
public:
  FilePath() = default; // no file
  FilePath(std::string_view path);
  FilePath(const std::string& path) : FilePath(std::string_view(path)) {}
  FilePath(const char* path) : FilePath(std::string_view(path)) {}

  const std::string& str() const;
  operator const std::string&() const { return str(); }
  bool empty() const { return text_ == nullptr; }
  // Interned: equal paths are the same string.
  bool operator==(const FilePath& other) const { return text_ == other.text_; }

private:
  const std::string* text_ = nullptr; // null for the empty path
};

} // namespace pace
