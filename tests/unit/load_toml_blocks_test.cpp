// SPDX-License-Identifier: MIT
// The block splitter behind block-at-a-time loading, and the promise that loading by blocks and
// loading the whole document give the same questionnaire and the same diagnostics.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include <pace/load/questionnaire_loader.hpp>

#include "load/toml_blocks.hpp"

namespace {

const std::vector<std::string_view> kNames = {"evidence", "process"};

// "name@line" for each block, for whole-list comparisons.
std::vector<std::string> blocks_of(const pace::load::SplitToml& split) {
  std::vector<std::string> out;
  for (const auto& b : split.blocks)
    out.push_back(std::string(b.name) + "@" + std::to_string(b.first_line));
  return out;
}

struct Both {
  std::optional<pace::Questionnaire> blocks, whole;
  std::string blocks_diags, whole_diags;
};

Both load_both(const std::string& text) {
  Both b;
  pace::Diagnostics by_blocks, whole;
  b.blocks = pace::load_questionnaire(text, "q.toml", by_blocks, pace::TomlReading::by_blocks);
  b.whole = pace::load_questionnaire(text, "q.toml", whole, pace::TomlReading::whole_document);
  b.blocks_diags = pace::render_all(by_blocks.items(), {{"q.toml", text}});
  b.whole_diags = pace::render_all(whole.items(), {{"q.toml", text}});
  return b;
}

std::string read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

} // namespace

TEST_CASE("toml blocks: each [[name]] block runs to the next header of anything else", "[load]") {
  const std::string text = "schema = 1\n"            // 1
                           "[[evidence]]\n"          // 2
                           "id = \"E-1\"\n"          // 3
                           "[[process]]\n"           // 4
                           "id = \"A\"\n"            // 5
                           "[process.ratings]\n"     // 6
                           "BP1 = \"F\"\n"           // 7
                           "[assessment]\n"          // 8
                           "id = \"x\"\n"            // 9
                           "[[ process ]] # again\n" // 10
                           "id = \"B\"\n";           // 11
  auto split = pace::load::split_toml_blocks(text, kNames);
  CHECK(blocks_of(split) == std::vector<std::string>{"evidence@2", "process@4", "process@10"});
  CHECK(split.blocks[1].text == "[[process]]\nid = \"A\"\n[process.ratings]\nBP1 = \"F\"\n");
  CHECK(split.blocks[2].text == "[[ process ]] # again\nid = \"B\"\n");
  // The rest keeps every other line where it was.
  CHECK(split.rest == "schema = 1\n\n\n\n\n\n\n[assessment]\nid = \"x\"\n\n\n");
}

TEST_CASE("toml blocks: header-like lines inside strings, comments and arrays do not split",
          "[load]") {
  const std::string text = "[[process]]\n"
                           "note = \"\"\"\n"
                           "[[evidence]]\n"
                           "\"\"\"\n"
                           "lit = '''\n"
                           "[assessment]'''\n"
                           "quoted = \"a \\\" [[evidence]]\"\n"
                           "list = [\n"
                           "  [1, 2],\n"
                           "]\n"
                           "# [[evidence]]\n"
                           "end = \"\"\"x\"\"\"\"\" # two quotes of content, then the close\n"
                           "[[evidence]]\n";
  auto split = pace::load::split_toml_blocks(text, kNames);
  CHECK(blocks_of(split) == std::vector<std::string>{"process@1", "evidence@13"});
}

TEST_CASE("toml blocks: an unterminated string ends at its line", "[load]") {
  // Invalid TOML (the parser reports it), but the lexer must not lose count of the lines.
  auto split = pace::load::split_toml_blocks("[[process]]\n"
                                             "a = \"open\\\n"
                                             "b = 'open\n"
                                             "[[evidence]]\n",
                                             kNames);
  CHECK(blocks_of(split) == std::vector<std::string>{"process@1", "evidence@4"});
}

TEST_CASE("toml blocks: quoted and unusual headers", "[load]") {
  auto split = pace::load::split_toml_blocks("\xEF\xBB\xBF[[process]]\n"
                                             "[\"process\" . 'ratings']\n"
                                             "[process]\n"
                                             "[[process.more]]\n"
                                             "[a.\"b\\\"c\"]\n"
                                             "x = 1\r\n"
                                             "[[processes]]\n",
                                             kNames);
  CHECK(blocks_of(split) == std::vector<std::string>{"process@1"});
  CHECK(split.blocks[0].text == "[[process]]\n[\"process\" . 'ratings']\n");
}

TEST_CASE("toml blocks: by blocks and whole document load the same", "[load]") {
  const std::vector<std::string> texts = {
      // `process` also outside its blocks: the split is not sound, the whole document decides.
      "schema = 1\nprocess = 3\n[[process]]\nid = \"A\"\n",
      // A sub-table after an unrelated one still belongs to the last [[process]].
      "schema = 1\n[[process]]\nid = \"A\"\n[assessment]\nid = \"x\"\n[process.ratings]\nBP1 = 1\n",
      // A syntax error inside a block: reported once, at its line in the file.
      "schema = 1\n[[evidence]]\nid = \"E-1\"\n[[process]]\nid = \"A\"\nid = \"B\"\n",
      // Diagnostics from inside blocks point at the right lines.
      "schema = 1\n[[evidence]]\nid = 7\nkind = \"doc\"\n[[process]]\nid = \"A\"\n"
      "[process.ratings]\n\"GP2.1.1\" = { rating = \"X\", evidnce = [] }\nGP2.1.2 = \"F\"\n",
      // Keys before any header, a missing [assessment], an unknown top-level table.
      "[[process]]\nid = \"A\"\n[procss]\n",
      // A table header where a block should be.
      "schema = 1\n[process]\nid = \"A\"\n[[process]]\nid = \"B\"\n",
  };
  for (const auto& text : texts) {
    CAPTURE(text);
    Both b = load_both(text);
    CHECK(b.blocks_diags == b.whole_diags);
    REQUIRE(b.blocks.has_value() == b.whole.has_value());
    if (b.blocks) CHECK(*b.blocks == *b.whole);
  }
  // The third case's duplicate key is one error, at line 6.
  CHECK_THAT(load_both(texts[2]).blocks_diags, Catch::Matchers::StartsWith("q.toml:6:"));
}

TEST_CASE("toml blocks: every TOML file in the repository loads the same both ways", "[load]") {
  namespace fs = std::filesystem;
  int compared = 0;
  for (const char* dir : {"assessments", "tests/golden", "rubrics"}) {
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(PACE_SOURCE_DIR) / dir)) {
      // Not through symlinks: golden cases hold a .toml symlink to /dev/zero on purpose.
      if (entry.path().extension() != ".toml" || !entry.is_regular_file() || entry.is_symlink())
        continue;
      std::string text = read(entry.path());
      CAPTURE(entry.path().string());
      Both b = load_both(text);
      CHECK(b.blocks_diags == b.whole_diags);
      REQUIRE(b.blocks.has_value() == b.whole.has_value());
      if (b.blocks) CHECK(*b.blocks == *b.whole);
      ++compared;
    }
  }
  CHECK(compared > 50);
}
