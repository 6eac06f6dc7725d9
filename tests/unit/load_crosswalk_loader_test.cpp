// SPDX-License-Identifier: MIT
#include <string>

#include <catch2/catch.hpp>

#include <pace/load/crosswalk_loader.hpp>

using namespace pace;

namespace {

struct Loaded {
  std::optional<Crosswalk> crosswalk;
  Diagnostics diags;
  std::string text;
  std::string rendered() const { return render_all(diags.items(), {{"cw.toml", text}}); }
};

Loaded load(std::string text) {
  Loaded l;
  l.text = std::move(text);
  l.crosswalk = load_crosswalk(l.text, "cw.toml", l.diags);
  return l;
}

const char* const kHeader = R"(schema = 1
[crosswalk]
from = { rubric = "old", version = "1" }
to = { rubric = "new" }
)";

} // namespace

TEST_CASE("a crosswalk with every kind of entry loads", "[crosswalk]") {
  Loaded l = load(std::string(kHeader) + R"(description = "why"

[[map]]
from = "A"
to = "B"
note = "renamed"
[map.indicators]
BP5 = "BP4"
BP4 = ""

[[split]]
from = "R"
to = ["R1", "R2"]
[split.indicators."R2"]
BP3 = "BP1"

[[merge]]
from = ["C", "D"]
to = "E"

[[retired]]
process = "X"
note = "gone"

[[added]]
process = "Y"
)");
  INFO(l.rendered());
  REQUIRE(l.crosswalk);
  CHECK(l.diags.items().empty());
  const Crosswalk& cw = *l.crosswalk;
  CHECK(cw.from.rubric == "old");
  CHECK(cw.from.version == "1");
  CHECK(cw.to.rubric == "new");
  CHECK(cw.to.version.empty());
  CHECK(cw.description == "why");
  REQUIRE(cw.mappings.size() == 3);
  CHECK(cw.mappings[0].kind == ProcessMapping::Kind::map);
  CHECK(cw.mappings[0].note == "renamed");
  REQUIRE(cw.mappings[0].indicators.size() == 1);
  // TOML tables are sorted by key.
  CHECK(cw.mappings[0].indicators[0].renames ==
        std::vector<std::pair<std::string, std::string>>{{"BP4", ""}, {"BP5", "BP4"}});
  CHECK(cw.mappings[1].kind == ProcessMapping::Kind::split);
  CHECK(cw.mappings[1].to == std::vector<std::string>{"R1", "R2"});
  REQUIRE(cw.mappings[1].indicators.size() == 1);
  CHECK(cw.mappings[1].indicators[0].process == "R2");
  CHECK(cw.mappings[2].from == std::vector<std::string>{"C", "D"});
  REQUIRE(cw.retired.size() == 1);
  CHECK(cw.retired[0].note == "gone");
  REQUIRE(cw.added.size() == 1);
  CHECK(cw.added[0].process == "Y");
}

TEST_CASE("map_indicator keeps ids in a map, only listed base practices in a split",
          "[crosswalk]") {
  ProcessMapping map;
  map.kind = ProcessMapping::Kind::map;
  map.from = {"A"};
  map.to = {"B"};
  map.indicators.push_back({"", {{"BP5", "BP4"}, {"BP4", ""}}, {}, {}, {}});
  CHECK(map_indicator(map, "A", "B", "BP5") == "BP4");
  CHECK(map_indicator(map, "A", "B", "BP4").empty());
  CHECK(map_indicator(map, "A", "B", "BP1") == "BP1");
  CHECK(map_indicator(map, "A", "B", "GP2.1.1") == "GP2.1.1");
  ProcessMapping split;
  split.kind = ProcessMapping::Kind::split;
  split.from = {"R"};
  split.to = {"R1", "R2"};
  split.indicators.push_back({"R2", {{"BP3", "BP1"}}, {}, {}, {}});
  CHECK(map_indicator(split, "R", "R2", "BP3") == "BP1");
  CHECK(map_indicator(split, "R", "R1", "BP3").empty());
  CHECK(map_indicator(split, "R", "R1", "BP1").empty());
  CHECK(map_indicator(split, "R", "R1", "GP3.2.1") == "GP3.2.1");
}

TEST_CASE("crosswalk structure errors", "[crosswalk]") {
  Loaded l = load(std::string(kHeader) + R"(
[[split]]
from = "R"
to = ["R1"]

[[merge]]
from = ["C", "D"]
to = "E"
[merge.indicators.Q]
BP1 = "BP1"

[[map]]
from = "C"
to = 3
notes = "typo"

[[retired]]
note = "which?"
)");
  CHECK_FALSE(l.crosswalk);
  CHECK(l.rendered() ==
        "cw.toml:8:6: error: 'to' in [[split]] needs at least two processes\n"
        "    8 | to = [\"R1\"]\n"
        "      |      ^~~~~~\n"
        "note: a single process belongs in [[map]]\n"
        "cw.toml:13:19: error: 'Q' in the indicators of [[merge]] is not one of 'C', 'D'\n"
        "   13 | [merge.indicators.Q]\n"
        "      |                   ^\n"
        "note: did you mean 'C'?\n"
        "cw.toml:17:8: error: process 'C' appears twice on the old side of the crosswalk\n"
        "   17 | from = \"C\"\n"
        "      |        ^~~\n"
        "note: first named at line 11\n"
        "cw.toml:18:6: error: 'to' in [[map]] must be a process id string, not an integer\n"
        "   18 | to = 3\n"
        "      |      ^\n"
        "cw.toml:19:1: error: unknown field 'notes' in [[map]]\n"
        "   19 | notes = \"typo\"\n"
        "      | ^~~~~\n"
        "note: did you mean 'note'?\n"
        "cw.toml:21:1: error: missing required field 'process' in [[retired]]\n"
        "   21 | [[retired]]\n"
        "      | ^\n");
}

TEST_CASE("a process used twice on one side is an error", "[crosswalk]") {
  Loaded l = load(std::string(kHeader) + R"(
[[map]]
from = "A"
to = "B"

[[retired]]
process = "A"

[[added]]
process = "B"
)");
  CHECK_FALSE(l.crosswalk);
  CHECK(l.rendered() ==
        "cw.toml:11:11: error: process 'A' appears twice on the old side of the crosswalk\n"
        "   11 | process = \"A\"\n"
        "      |           ^~~\n"
        "note: first named at line 7\n"
        "cw.toml:14:11: error: process 'B' appears twice on the new side of the crosswalk\n"
        "   14 | process = \"B\"\n"
        "      |           ^~~\n"
        "note: first named at line 8\n");
}

TEST_CASE("the crosswalk header names both editions", "[crosswalk]") {
  auto header = read_crosswalk_header(kHeader, "cw.toml");
  REQUIRE(header);
  CHECK(header->from.rubric == "old");
  CHECK(header->to.rubric == "new");
  CHECK_FALSE(read_crosswalk_header("schema = 1\n[rubric]\nid = \"x\"\n", "r.toml"));
  CHECK_FALSE(read_crosswalk_header("not toml [", "bad.toml"));
}
