// SPDX-License-Identifier: MIT
#include <string>

#include <catch2/catch.hpp>

#include <pace/check/crosswalk_check.hpp>
#include <pace/load/crosswalk_loader.hpp>

#include "shipped_rubric.hpp"

using namespace pace;
using pace::test::shipped_framework;

namespace {

// A rubric edition with the given processes, each with base practices BP1..BPn.
Rubric edition(const std::string& id, const std::string& version,
               const std::vector<std::pair<std::string, int>>& processes) {
  Rubric r;
  r.id = id;
  r.version = version;
  r.framework = shipped_framework();
  for (const auto& [pid, practices] : processes) {
    ProcessDef p;
    p.id = pid;
    for (int i = 1; i <= practices; ++i)
      p.practices.push_back({"BP" + std::to_string(i), "", {}, {}});
    r.processes.push_back(p);
  }
  return r;
}

std::string check(const std::string& body, const Rubric& from, const Rubric& to) {
  std::string text = R"(schema = 1
[crosswalk]
from = { rubric = "old", version = "1" }
to = { rubric = "new", version = "2" }
)" + body;
  Diagnostics diags;
  auto cw = load_crosswalk(text, "cw.toml", diags);
  REQUIRE(cw);
  check_crosswalk(*cw, from, to, diags);
  return render_all(diags.items(), {{"cw.toml", text}});
}

} // namespace

TEST_CASE("a consistent crosswalk checks clean", "[crosswalk]") {
  Rubric from = edition("old", "1", {{"RSK.1", 4}, {"COR.1", 3}, {"MGT.2", 3}});
  Rubric to =
      edition("new", "2", {{"COR.1", 3}, {"COR.3", 2}, {"COR.4", 2}, {"COR.12", 3}, {"SUP.4", 2}});
  CHECK(check(R"(
[[map]]
from = "MGT.2"
to = "COR.12"
[map.indicators]
BP2 = "BP3"
BP3 = "BP2"

[[split]]
from = "RSK.1"
to = ["COR.3", "COR.4"]
[split.indicators."COR.3"]
BP1 = "BP1"
BP2 = "BP2"
[split.indicators."COR.4"]
BP3 = "BP1"
BP4 = "BP2"

[[added]]
process = "SUP.4"
)",
              from, to) == "");
}

TEST_CASE("unknown processes get did-you-mean against the right rubric", "[crosswalk]") {
  Rubric from = edition("old", "1", {{"RSK.1", 2}, {"COR.1", 2}});
  Rubric to = edition("new", "2", {{"COR.1", 2}, {"COR.3", 2}});
  CHECK(check(R"(
[[map]]
from = "RSK.2"
to = "COR.3"

[[retired]]
process = "COR.3"
)",
              from, to) ==
        "cw.toml: warning: process 'RSK.1' of 'old' has no counterpart in 'new'\n"
        "note: map it, or list it as [[retired]]\n"
        "cw.toml:7:8: error: unknown process 'RSK.2' in rubric 'old'\n"
        "    7 | from = \"RSK.2\"\n"
        "      |        ^~~~~~~\n"
        "note: did you mean 'RSK.1'?\n"
        "cw.toml:11:11: error: unknown process 'COR.3' in rubric 'old'\n"
        "   11 | process = \"COR.3\"\n"
        "      |           ^~~~~~~\n"
        "note: 'COR.3' is a process of 'new', the other side of the crosswalk\n");
}

TEST_CASE("unknown indicators, collisions and unexplained processes", "[crosswalk]") {
  Rubric from = edition("old", "1", {{"A", 5}, {"GONE", 2}});
  Rubric to = edition("new", "2", {{"A", 5}, {"FRESH", 2}});
  CHECK(check(R"(
[[map]]
from = "A"
to = "A"
[map.indicators]
BP5 = "BP4"
BP9 = "BP1"
BP1 = "BP7"
)",
              from, to) ==
        "cw.toml: warning: process 'GONE' of 'old' has no counterpart in 'new'\n"
        "note: map it, or list it as [[retired]]\n"
        "cw.toml: warning: process 'FRESH' of 'new' has no predecessor in 'old'\n"
        "note: map it, or list it as [[added]]\n"
        "cw.toml:6:1: warning: indicators 'BP4' and 'BP5' of 'A' both map to 'BP4' of 'A'\n"
        "    6 | [[map]]\n"
        "      | ^\n"
        "note: say where the other one goes, e.g. BP4 = \"\" when it has no counterpart\n"
        "cw.toml:11:1: error: unknown indicator 'BP9' in process 'A' of 'old'\n"
        "   11 | BP9 = \"BP1\"\n"
        "      | ^~~\n"
        "note: did you mean 'BP1'?\n"
        "cw.toml:12:7: error: unknown indicator 'BP7' in process 'A' of 'new'\n"
        "   12 | BP1 = \"BP7\"\n"
        "      |       ^~~~~\n"
        "note: did you mean 'BP1'?\n");
}

TEST_CASE("a crosswalk for other editions is an error", "[crosswalk]") {
  Rubric from = edition("old", "1.5", {{"A", 1}});
  Rubric to = edition("other", "2", {{"A", 1}});
  CHECK(check("", from, to) ==
        "cw.toml:3:8: error: crosswalk from 'old 1', but the older assessment uses 'old 1.5'\n"
        "    3 | from = { rubric = \"old\", version = \"1\" }\n"
        "      |        ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n"
        "cw.toml:4:6: error: crosswalk to 'new 2', but the newer assessment uses 'other 2'\n"
        "    4 | to = { rubric = \"new\", version = \"2\" }\n"
        "      |      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n");
}
