// SPDX-License-Identifier: MIT
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include <pace/score/comparability.hpp>

using namespace pace;

namespace {

using Names = std::vector<std::string>;

ProcessResult with_instances(const Names& instances, int max_level = 3) {
  ProcessResult p;
  p.id = "COR.8";
  p.assessed = true;
  p.max_level = max_level;
  for (const auto& name : instances)
    p.instances.push_back({name, {name == "Site-B" ? "Amara Okafor" : ""}, max_level, {}, 0});
  return p;
}

} // namespace

TEST_CASE("names are split into added, removed and kept, sorted", "[comparability]") {
  NameDiff d = diff_names({"HQ", "North", "HQ"}, {"Site-B", "HQ", "Annex"});
  CHECK(d.added == Names{"Annex", "Site-B"});
  CHECK(d.removed == Names{"North"});
  CHECK(d.kept == Names{"HQ"});
  CHECK(d.changed());
  CHECK_FALSE(diff_names({"HQ"}, {"HQ"}).changed());
}

TEST_CASE("a process sample lists instances, assessors and max_level", "[comparability]") {
  ProcessResult older = with_instances({"HQ"}, 2);
  ProcessResult newer = with_instances({"HQ", "Site-B"}, 3);
  ProcessSample s = compare_process_sample(&older, &newer);
  CHECK(s.instances.added == Names{"Site-B"});
  CHECK(s.instances.kept == Names{"HQ"});
  CHECK(s.assessors.added == Names{"Amara Okafor"});
  CHECK(s.old_max_level == 2);
  CHECK(s.new_max_level == 3);
  // A new process has no sample to compare.
  ProcessSample added = compare_process_sample(nullptr, &newer);
  CHECK_FALSE(added.instances.changed());
  CHECK(added.new_max_level == 3);
}

TEST_CASE("a level change the kept instances do not show is the sample's", "[comparability]") {
  ProcessSample s;
  s.instances = diff_names({"HQ"}, {"HQ", "Site-B"});
  s.kept_old_level = 2;
  s.kept_new_level = 2;
  judge_sample(s, 2, 1);
  CHECK(s.sample_changed);
  CHECK_FALSE(s.kept_confirm);
  // The kept instances fell too: the regression stands.
  s.kept_new_level = 1;
  judge_sample(s, 2, 1);
  CHECK_FALSE(s.sample_changed);
  CHECK(s.kept_confirm);
  // They rose while the whole fell: the sample again.
  s.kept_new_level = 3;
  judge_sample(s, 2, 1);
  CHECK(s.sample_changed);
  // No level change: nothing to judge.
  judge_sample(s, 2, 2);
  CHECK_FALSE(s.sample_changed);
  CHECK_FALSE(s.kept_confirm);
  // Instances changed and none kept: the change cannot be confirmed.
  ProcessSample replaced;
  replaced.instances = diff_names({""}, {"HQ"});
  judge_sample(replaced, 1, 2);
  CHECK(replaced.sample_changed);
  // Same instances: a change is a change.
  ProcessSample same;
  same.instances = diff_names({"HQ"}, {"HQ"});
  judge_sample(same, 2, 1);
  CHECK_FALSE(same.sample_changed);
  CHECK_FALSE(same.kept_confirm);
}

TEST_CASE("assessment settings and organisations are compared", "[comparability]") {
  AssessmentInfo older;
  older.organisation = "Harrow Logistics";
  older.rating_method = RatingMethod::r2;
  older.max_level = 2;
  older.assessors = {"Priya Raman"};
  AssessmentInfo newer = older;
  newer.rating_method = RatingMethod::r3;
  newer.max_level = 3;
  newer.assessors = {"Priya Raman", "Amara Okafor"};
  AssessmentSample s = compare_assessment_settings(older, newer, "r 1", "r 2");
  REQUIRE(s.settings.size() == 5);
  CHECK(s.settings[0].name == "rating_method");
  CHECK(s.settings[0].old_value == "R2");
  CHECK(s.settings[0].new_value == "R3");
  CHECK(s.settings[1].name == "aggregation");
  CHECK_FALSE(s.settings[1].differs());
  CHECK(s.settings[3].name == "max_level");
  CHECK(s.settings[3].differs());
  CHECK(s.settings[4].old_value == "r 1");
  CHECK(s.assessors.added == Names{"Amara Okafor"});
  CHECK(s.same_organisation());
  CHECK(organisation_mismatch(older, "a.toml", newer, "b.toml") == "");
  newer.organisation = "Ferro Shipping";
  CHECK(organisation_mismatch(older, "a.toml", newer, "b.toml") ==
        "assessments of different organisations: 'Harrow Logistics' ('a.toml') and "
        "'Ferro Shipping' ('b.toml')");
}

TEST_CASE("restricting a questionnaire keeps only the named instances", "[comparability]") {
  Questionnaire q;
  q.assessment.id = "a";
  for (const char* instance : {"HQ", "Site-B"}) {
    ProcessBlock b;
    b.id = "COR.8";
    b.instance = instance;
    q.processes.push_back(b);
  }
  ProcessBlock other;
  other.id = "COR.1";
  other.instance = "HQ";
  q.processes.push_back(other);
  Questionnaire r = restrict_to_instances(q, "COR.8", {"HQ"});
  REQUIRE(r.processes.size() == 1);
  CHECK(r.processes[0].id == "COR.8");
  CHECK(r.processes[0].instance == "HQ");
  CHECK(r.assessment.id == "a");
}
