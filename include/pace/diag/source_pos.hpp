// SPDX-License-Identifier: MIT
#pragma once

#include <pace/diag/file_path.hpp>

namespace pace {

// A place in an input file. Lines and columns are 1-based; line 0 means "the whole file".
// end_column is exclusive and only meaningful when the span stays on one line.
struct SourcePos {
  FilePath path; // interned: copying a position copies a pointer
  int line = 0;
  int column = 0;
  int end_column = 0;
  bool operator==(const SourcePos&) const = default;
};

} // namespace pace
