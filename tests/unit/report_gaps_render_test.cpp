// SPDX-License-Identifier: MIT
#include <string>

#include <catch2/catch.hpp>

#include <pace/report/gaps_render.hpp>
#include <pace/score/gaps.hpp>
#include <pace/score/score.hpp>

#include "shipped_rubric.hpp"

namespace {

pace::GapReport report_of(const std::string& note) {
  auto checked = pace::test::check_text(R"(schema = 1
[assessment]
id = "unit"
organisation = "Test Ltd"
date = 2026-03-14
rubric = "iso27022-isms"
max_level = 1
target = 1
rating_method = "R1"

[[process]]
id = "COR.9"
[process.ratings]
BP1 = { rating = "P", note = ")" + note +
                                        R"(" }
)");
  REQUIRE_FALSE(checked.diags.has_errors());
  auto sheet = pace::score(checked.questionnaire, pace::test::shipped_rubric());
  return pace::analyse_gaps(checked.questionnaire, pace::test::shipped_rubric(), sheet,
                            std::nullopt, {});
}

} // namespace

TEST_CASE("gaps render: the action list neutralises formulas and quotes", "[report][gaps]") {
  auto csv = pace::render_actions_csv(report_of("=HYPERLINK(\\\"x\\\"), then more"));
  CHECK(csv.rfind("process,process_name,current_level,target_level,plan_status,step,attribute,"
                  "indicator,instance,assessor,current_rating,new_rating,changes,effect_pp,"
                  "detail,owner,due_date,action_id,practice,status,findings\n",
                  0) == 0);
  CHECK(csv.find("COR.9,Information security change management,0,1,minimal,1,PA1.1,BP1,,,P,F,1,"
                 "60.0,\"'=HYPERLINK(\"\"x\"\"), then more\",,,COR.9/BP1,") != std::string::npos);
}

TEST_CASE("gaps render: control characters in notes print escaped", "[report][gaps]") {
  auto text = pace::render_gaps_text(report_of("red\\u001b[31m alert\\r\\n"));
  CHECK(text.find("\x1b") == std::string::npos);
  CHECK(text.find("BP1 P (32.5%): red\\x1b[31m alert\\r\\n") != std::string::npos);
}

TEST_CASE("gaps render: JSON schema and plan", "[report][gaps]") {
  auto doc = pace::gaps_to_json(report_of("n"));
  CHECK(doc["schema"] == "pace.gaps/1");
  CHECK(doc["targets"]["source"] == "questionnaire");
  CHECK(doc["options"]["step"] == "f");
  REQUIRE(doc["gaps"].size() == 1);
  const auto& gap = doc["gaps"][0];
  CHECK(gap["id"] == "COR.9");
  CHECK(gap["blocking_attributes"][0]["required"] == "L");
  CHECK(gap["plan"]["status"] == "minimal");
  CHECK(gap["plan"]["changes"] == 1);
  CHECK(gap["plan"]["steps"][0]["indicator"] == "BP1");
  CHECK(doc["processes"].size() == 17);
}
