// SPDX-License-Identifier: MIT
#include <string>

#include <catch2/catch.hpp>

#include <pace/report/compare_render.hpp>
#include <pace/score/capability.hpp>

#include "hand_made_sheet.hpp"

using namespace pace;
using pace::test::hand_process;

namespace {

ProcessResult scored(const std::string& id, const std::string& name,
                     const std::vector<double>& achievements, std::optional<int> target) {
  ProcessResult p = hand_process(id, "core", 0, achievements);
  p.name = name;
  p.capability_level = capability_level(p.attributes);
  p.target = target;
  return p;
}

AssessmentSide side(const std::string& id, int year, std::vector<ProcessResult> processes) {
  AssessmentSide s;
  s.sheet.assessment.id = id;
  s.sheet.assessment.organisation = "Test Ltd";
  s.sheet.assessment.date = Date{year, 3, 1};
  s.sheet.questionnaire_path = id + ".toml";
  s.sheet.rubric_id = "r";
  s.sheet.rubric_version = "1";
  for (const auto& p : processes) {
    s.rated[p.id] = {"BP1", "GP2.1.1"};
    s.defined[p.id] = {"BP1", "GP2.1.1"};
  }
  s.sheet.processes = std::move(processes);
  return s;
}

CompareReport hostile_report() {
  const std::string hostile = "=HYPERLINK(\"http://x\")|<script>*x*";
  auto older = side("](javascript:alert(1))", 2025,
                    {scored("P1", hostile, {84, 60, 60}, 2), scored("P2", "Plain", {60}, 2)});
  auto newer =
      side("b", 2026, {scored("P1", hostile, {88, 60, 60}, 2), scored("P2", "Plain", {40}, 2)});
  return compare_series({older, newer}, {nullptr}, {});
}

} // namespace

TEST_CASE("compare text shows levels, deltas and gaps", "[compare][render]") {
  CHECK(render_compare_text(hostile_report()) ==
        "Test Ltd: ](javascript:alert(1)) (2025-03-01) -> b (2026-03-01)\n"
        "rubric r 1 -> r 1\n"
        "comparability 100.0% (4 of 4 indicators rated in either were rated in both)\n"
        "1 improved (1 within noise), 1 regressed; noise margin 5.0 percentage points\n"
        "sample: 0 instances added, 0 removed, 0 kept\n"
        "\n"
        "process  name                                2025  2026  change     compared  note\n"
        "P1       =HYPERLINK(\"http://x\")|<script>*x*     1     2  improved     100.0%  within "
        "noise\n"
        "P2       Plain                                  1     0  regressed    100.0%\n"
        "\n"
        "attribute achievement change in percentage points (old>new rating when the letter "
        "changed; ~ within noise):\n"
        "process  PA1.1      PA2.1  PA2.2\n"
        "P1       +4.0 L>F~  0.0    0.0\n"
        "P2       -20.0 L>P\n"
        "\n"
        "comparability of the two assessments:\n"
        "                   2025      2026\n"
        "organisation       Test Ltd  Test Ltd  same\n"
        "rating_method      R2        R2        same\n"
        "aggregation        mean      mean      same\n"
        "scale              nplf      nplf      same\n"
        "max_level          0         0         same\n"
        "rubric             r 1       r 1       same\n"
        "crosswalk                    none\n"
        "assessors added\n"
        "assessors removed\n"
        "every process: same instances, assessors and max_level\n"
        "\n"
        "gaps to target:\n"
        "process  target  2025  2026  status\n"
        "P1            2     1     0  closed\n"
        "P2            2     1     2  still open\n");
}

TEST_CASE("compare CSV neutralises formulas and quotes per RFC 4180", "[compare][render]") {
  std::string csv = render_compare_csv(hostile_report());
  CHECK(csv.find("'](javascript:alert(1))") == std::string::npos); // ']' is harmless in CSV
  CHECK(csv.find(",\"'=HYPERLINK(\"\"http://x\"\")|<script>*x*\",") != std::string::npos);
  CHECK(csv.find(",-20.0") != std::string::npos); // numbers pace writes stay numbers
  CHECK(csv.substr(0, csv.find('\n')) ==
        "older,newer,older_date,newer_date,process,old_process,name,link,change,within_noise,"
        "old_level,new_level,level_delta,rated_both,rated_either,comparability,old_target,"
        "new_target,old_gap,new_gap,gap_status,reason,PA1.1 old,PA1.1 new,PA1.1 delta,"
        "PA2.1 old,PA2.1 new,PA2.1 delta,PA2.2 old,PA2.2 new,PA2.2 delta,instances_added,"
        "instances_removed,instances_kept,kept_old_level,kept_new_level,assessors_added,"
        "assessors_removed,old_max_level,new_max_level,same_organisation,settings_differ,"
        "findings_still_present,findings_not_present,findings_not_reassessed");
}

TEST_CASE("compare Markdown escapes untrusted text", "[compare][render]") {
  std::string md = render_compare_markdown(hostile_report());
  INFO(md);
  CHECK(md.find("<script>") == std::string::npos);
  CHECK(md.find("](javascript") == std::string::npos);
  CHECK(
      md.find("| P1 | \\=HYPERLINK\\(\"http://x\"\\)\\|\\<script\\>\\*x\\* | 1 | 2 | improved |") !=
      std::string::npos);
  CHECK(md.find("| \\]\\(javascript:alert\\(1\\)\\) | b |") != std::string::npos);
}

TEST_CASE("compare JSON carries the schema and per-row detail", "[compare][render]") {
  nlohmann::ordered_json doc = compare_to_json(hostile_report());
  CHECK(doc["schema"] == "pace.compare/1");
  CHECK(doc["trend"].is_null());
  const auto& p1 = doc["comparisons"][0]["processes"][0];
  CHECK(p1["change"] == "improved");
  CHECK(p1["within_noise"] == true);
  CHECK(p1["attributes"][0]["delta"] == 4.0);
  CHECK(doc["comparisons"][0]["gaps"][1]["status"] == "still_open");
}
