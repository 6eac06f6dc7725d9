// SPDX-License-Identifier: MIT
// The workspace without sockets: a copy of the 2026 example in a temporary directory.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <pace/serve/assets.hpp>
#include <pace/serve/workspace.hpp>

using namespace pace;
using namespace pace::serve;

namespace {

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

struct Copy {
  std::filesystem::path dir;
  std::filesystem::path file;
  Copy() {
    dir = std::filesystem::temp_directory_path() /
          ("pace-workspace-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    file = dir / "q.toml";
    std::filesystem::copy_file(PACE_SOURCE_DIR "/assessments/example/2026.toml", file,
                               std::filesystem::copy_options::overwrite_existing);
  }
  ~Copy() { std::filesystem::remove_all(dir); }
};

cli::RubricStore store() {
  return cli::RubricStore({PACE_SOURCE_DIR "/rubrics"});
}

} // namespace

TEST_CASE("workspace: state, a one-line edit, a refused edit, a conflict", "[serve]") {
  Copy copy;
  Workspace ws(copy.file.string(), store());
  REQUIRE(ws.loaded());
  Reply state = ws.state();
  REQUIRE(state.status == 200);
  auto doc = nlohmann::json::parse(state.body);
  CHECK(doc["schema"] == "pace.serve-state/1");
  CHECK(doc["score"]["schema"] == "pace.score/1");
  CHECK(doc["scale"] == nlohmann::json::array({"N", "P", "L", "F"}));
  CHECK(doc["blocks"][0]["process"] == "MGT.1");
  CHECK(doc["blocks"][0]["ratings"]["BP1"]["rating"] == "F");
  CHECK(doc["processes"][0]["indicators"][0]["id"] == "BP1");
  CHECK_FALSE(doc["processes"][0]["indicators"][0]["text"].get<std::string>().empty());

  std::string before = slurp(copy.file);
  Reply edited = ws.edit(R"({"process": "MGT.1", "indicator": "BP1", "rating": "N"})");
  REQUIRE(edited.status == 200);
  auto process = nlohmann::json::parse(edited.body);
  CHECK(process["id"] == "MGT.1");
  CHECK(process["capability_level"] == 1);
  std::string after = slurp(copy.file);
  std::string expected = before;
  std::string old_line = R"(BP1 = { rating = "F", evidence = ["E-06"] })";
  expected.replace(expected.find(old_line), old_line.size(),
                   R"(BP1 = { rating = "N", evidence = ["E-06"] })");
  CHECK(after == expected);

  Reply bad = ws.edit(R"({"process": "MGT.1", "indicator": "BP2", "rating": "X"})");
  CHECK(bad.status == 400);
  CHECK(bad.content_type == "text/plain; charset=utf-8");
  std::string path = copy.file.string();
  // The line of MGT.1's BP2 in the example, counted here so the example can grow.
  std::size_t bp2 = after.find("\nBP2 = ", after.find("id = \"MGT.1\""));
  REQUIRE(bp2 != std::string::npos);
  auto line =
      std::to_string(std::count(after.begin(), after.begin() + static_cast<long>(bp2), '\n') + 2);
  CHECK(bad.body.rfind(path + ":" + line +
                           ":18: error: unknown rating 'X' for 'BP2' in process 'MGT.1'\n",
                       0) == 0);
  CHECK(slurp(copy.file) == after);

  CHECK(ws.edit("[1, 2]").status == 400);
  CHECK(ws.edit(R"({"process": "MGT.1"})").body == "'process' and 'indicator' are required\n");
  CHECK(ws.edit(R"({"process": "MGT.1", "indicator": "BP1", "note": 5.5, "evidence": [1]})").body ==
        "'evidence' must be an array of evidence ids\n");

  std::ofstream(copy.file, std::ios::app) << "# another editor\n";
  Reply conflict = ws.edit(R"({"process": "MGT.1", "indicator": "BP2", "rating": "L"})");
  CHECK(conflict.status == 409);
  CHECK(slurp(copy.file) == after + "# another editor\n");
  CHECK(ws.state().status == 200); // reloads
  CHECK(ws.edit(R"({"process": "MGT.1", "indicator": "BP2", "rating": "L"})").status == 200);
}

TEST_CASE("workspace: a new evidence item", "[serve]") {
  Copy copy;
  Workspace ws(copy.file.string(), store());
  Reply added = ws.add_evidence(R"({"id": "E-99", "kind": "record", "title": "Visitor log"})");
  REQUIRE(added.status == 200);
  auto doc = nlohmann::json::parse(added.body);
  CHECK(doc["evidence"].back()["id"] == "E-99");
  CHECK(ws.add_evidence(R"({"id": "E-99", "title": "again"})").status == 400);
  CHECK(ws.add_evidence(R"({"title": "no id"})").body == "'id' is required\n");
}

TEST_CASE("the page is embedded", "[serve]") {
  CHECK(embedded_asset("index.html").find("<script src=\"/app.js\" defer>") !=
        std::string_view::npos);
  CHECK_FALSE(embedded_asset("app.js").empty());
  CHECK(embedded_asset("../CMakeLists.txt").empty());
  CHECK(embedded_asset("").empty());
}

TEST_CASE("workspace: an edit of one block gives the state a whole reload gives", "[serve]") {
  Copy copy;
  Workspace ws(copy.file.string(), store());
  const char* edits[] = {
      R"({"process": "MGT.1", "indicator": "BP1", "rating": "N"})",
      R"({"process": "MGT.1", "indicator": "BP2", "note": "why \"P\"", "rating": "P"})",
      R"({"process": "COR.1", "indicator": "BP6", "evidence": []})",
      R"({"process": "COR.1", "indicator": "BP5", "rating": "na"})", // na without a note: 400
      R"({"process": "COR.1", "indicator": "BP4", "rating": ""})",   // unrated: a warning
      R"({"process": "COR.1", "indicator": "BP3", "rating": 35})",
      R"({"process": "MGT.1", "indicator": "GP3.1.1", "rating": "L"})", // may insert a line
  };
  for (const char* edit : edits) {
    Reply r = ws.edit(edit);
    INFO(edit << " -> " << r.status << " " << r.body);
    CHECK((r.status == 200 || r.status == 400));
    Workspace fresh(copy.file.string(), store());
    CHECK(ws.state().body == fresh.state().body);
  }
}
