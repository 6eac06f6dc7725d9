// SPDX-License-Identifier: MIT
#include <algorithm>
#include <limits>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <pace/report/profile_render.hpp>
#include <pace/report/score_render.hpp>

#include "hand_made_sheet.hpp"

namespace {

using pace::test::hand_instance;
using pace::test::hand_process;
using pace::test::maturity_level;
using pace::test::not_assessed;

pace::ScoreSheet small_sheet() {
  pace::ScoreSheet sheet;
  sheet.assessment.id = "t-1";
  sheet.assessment.organisation = "Org, \"quoted\"";
  sheet.rubric_id = "r";
  sheet.rubric_version = "1";
  sheet.categories = {{"core", "Core", ""}, {"support", "Support", ""}};
  sheet.processes = {
      hand_process("A", "core", 2, {90, std::numeric_limits<double>::quiet_NaN(), 70}),
      hand_process("B", "core", 1, {60}),
      not_assessed("=C", "support"),
  };
  sheet.processes[0].instances = {hand_instance("x", 1), hand_instance("y", 2)};
  sheet.maturity = {maturity_level(1, {{"A", 1}, {"B", 1}}),
                    maturity_level(2, {{"A", 2}, {"B", 2}, {"=C", 2}})};
  return sheet;
}

} // namespace

TEST_CASE("profile text: heat map, category tables and the maturity line", "[report][profile]") {
  pace::ScoreSheet sheet = small_sheet();
  std::string text = pace::render_profile_text(sheet, pace::build_profile(sheet));
  INFO(text);
  // Columns stop at the highest level any process was assessed to (2 here).
  CHECK(text.find("process  category  PA1.1  PA2.1  PA2.2  level  instances\n") !=
        std::string::npos);
  CHECK(text.find("A        core      F      ?      L          2  2 (levels 1-2)\n") !=
        std::string::npos);
  CHECK(text.find("B        core      L      -      -          1\n") != std::string::npos);
  CHECK(text.find("=C       support   -      -      -          -\n") != std::string::npos);
  CHECK(text.find("organisation maturity: level 1 (ML1) of 2; level 2 (ML2) is blocked by 2 "
                  "processes:\n") != std::string::npos);
  CHECK(text.find("B               2             1\n") != std::string::npos);
  CHECK(text.find("=C              2  not assessed\n") != std::string::npos);
}

TEST_CASE("profile csv: one record per process and attribute", "[report][profile]") {
  pace::ScoreSheet sheet = small_sheet();
  std::string csv = pace::render_profile_csv(pace::build_profile(sheet));
  INFO(csv);
  CHECK(csv.rfind("process,name,category,capability_level,attribute,attribute_level,state,"
                  "rating,achievement,instances,instance_min_level,instance_max_level\n",
                  0) == 0);
  CHECK(std::count(csv.begin(), csv.end(), '\n') == 1 + 3 * 9);
  CHECK(csv.find("A,process A,core,2,PA1.1,1,rated,F,90.0,2,1,2\n") != std::string::npos);
  CHECK(csv.find("A,process A,core,2,PA2.1,2,not_rated,,,2,1,2\n") != std::string::npos);
  CHECK(csv.find("'=C,process =C,support,,PA5.2,5,not_assessed,,,,,\n") != std::string::npos);
}

TEST_CASE("profile json: the pace.profile/1 document and its place in pace.score/1",
          "[report][profile]") {
  pace::ScoreSheet sheet = small_sheet();
  pace::Profile profile = pace::build_profile(sheet);
  auto doc = nlohmann::ordered_json::parse(pace::render_profile_json(sheet, profile));
  std::vector<std::string> keys;
  for (const auto& item : doc.items())
    keys.push_back(item.key());
  CHECK(keys == std::vector<std::string>{"schema", "assessment", "rubric", "attributes",
                                         "processes", "categories", "overall", "maturity"});
  CHECK(doc["schema"] == "pace.profile/1");
  CHECK(doc["processes"][0]["attributes"][1]["state"] == "not_rated");
  CHECK(doc["processes"][0]["attributes"][1]["achievement"].is_null());
  CHECK(doc["processes"][0]["instances"]["min_level"] == 1);
  CHECK(doc["processes"][2]["capability_level"].is_null());
  CHECK(doc["categories"][1]["not_assessed"] == 1);
  CHECK(doc["categories"][1]["mean_level"].is_null());
  CHECK(doc["overall"]["median_level"] == 1);
  CHECK(doc["overall"]["attribute_means"]["PA1.1"] == 75.0);
  CHECK(doc["maturity"]["next"]["blockers"][1]["process"] == "=C");
  CHECK(doc["maturity"]["next"]["blockers"][1]["achieved"].is_null());

  auto score = pace::score_to_json(sheet);
  std::vector<std::string> score_keys;
  for (const auto& item : score.items())
    score_keys.push_back(item.key());
  CHECK(score_keys == std::vector<std::string>{"schema", "assessment", "rubric", "summary",
                                               "processes", "profile"});
  nlohmann::ordered_json body = doc;
  for (const char* header : {"schema", "assessment", "rubric"})
    body.erase(header);
  CHECK(score["profile"] == body);
}
