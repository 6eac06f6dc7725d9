// SPDX-License-Identifier: MIT
// Internal to load/: cuts a TOML document into its top-level [[name]] blocks so a loader can
// parse, convert and free one block at a time instead of holding the whole document's tree
// (toml++ needs ~11 bytes of tree per byte of questionnaire). Only a lexical split: the caller
// parses every piece and must fall back to parsing the whole text when a piece fails or the
// pieces do not have the shape a split promises (see load_questionnaire).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pace::load {

// One element of a top-level array of tables: its `[[name]]` header line, the lines after it
// and every following header under `name.` (such as `[name.ratings]`), up to the next header
// of anything else. Begins at the start of a line.
struct TomlBlock {
  std::string_view name; // one of the names given to split_toml_blocks
  std::string_view text;
  int first_line = 1; // line of the header in the whole document
};

struct SplitToml {
  // Everything outside the blocks, with each block's text replaced by its line breaks: parsed
  // alone it yields the document's other keys at their original lines and columns.
  std::string rest;
  std::vector<TomlBlock> blocks; // in document order
};

// Splits at the headers `[[n]]` for each n of `names` (bare keys). Strings, comments and
// multi-line arrays are lexed, so a header-like line inside them never splits.
SplitToml split_toml_blocks(std::string_view text, const std::vector<std::string_view>& names);

} // namespace pace::load
