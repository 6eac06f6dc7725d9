// SPDX-License-Identifier: MIT
// The helpers on a questionnaire's process blocks that checks, scoring and messages share.
#include <catch2/catch.hpp>

#include <pace/model/questionnaire.hpp>

TEST_CASE("model: effective_max_level and describe_block", "[model]") {
  pace::ProcessBlock block;
  block.id = "COR.3";
  pace::AssessmentInfo assessment;
  assessment.max_level = 3;
  CHECK(pace::effective_max_level(block, assessment) == 3);
  block.max_level = 1;
  CHECK(pace::effective_max_level(block, assessment) == 1);
  CHECK(pace::describe_block(block) == "process 'COR.3'");
  block.instance = "HQ";
  CHECK(pace::describe_block(block) == "process 'COR.3' (instance 'HQ')");
  block.assessor = "ana";
  CHECK(pace::describe_block(block) == "process 'COR.3' (instance 'HQ', assessor 'ana')");
  block.instance.clear();
  CHECK(pace::describe_block(block) == "process 'COR.3' (assessor 'ana')");
}
