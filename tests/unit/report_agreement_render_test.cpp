// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <pace/report/agreement_render.hpp>

using namespace pace;

namespace {

// One instance, two assessors (one without a name), one PA, one wide disagreement whose note
// tries to be a spreadsheet formula.
AgreementSheet hand_made() {
  AgreementSheet sheet;
  sheet.assessment.id = "a";
  sheet.assessment.organisation = "Org";
  sheet.assessment.date = {2026, 3, 1};
  sheet.rubric_id = "r";
  sheet.rubric_version = "1";
  sheet.instances_compared = 1;
  sheet.overall.alpha = -0.5;
  sheet.overall.units = 2;
  sheet.overall.values = 4;
  sheet.attributes.push_back({"PA1.1", sheet.overall});
  AttributeAgreement pa;
  pa.id = "PA1.1";
  pa.level = 1;
  AttributeResult high;
  high.source = AttributeSource::computed;
  high.achievement = 92.5;
  high.label = "F";
  AttributeResult none;
  none.source = AttributeSource::not_rated;
  pa.assessors = {{"ana", high}, {"", none}};
  pa.disagreements.push_back({"BP1",
                              3,
                              {{"ana", "F", BaseRating::f, 92.5, "=HYPERLINK(\"x\")"},
                               {"", "N", BaseRating::n, 7.5, "none, at all"}}});
  InstanceAgreement inst;
  inst.instance = "HQ";
  inst.assessors = {"ana", ""};
  inst.attributes.push_back(pa);
  sheet.processes.push_back({"P.1", "Process", {inst}});
  return sheet;
}

} // namespace

TEST_CASE("agreement CSV: numbers raw, user text quoted and neutralised") {
  CHECK(render_agreement_csv(hand_made()) ==
        "kind,process,instance,attribute,indicator,assessor,rating,value,spread,units,source,note\n"
        "alpha,,,,,,,-0.5000,,2,,\n"
        "alpha,,,PA1.1,,,,-0.5000,,2,,\n"
        "attribute,P.1,HQ,PA1.1,,ana,F,92.50,,,computed,\n"
        "attribute,P.1,HQ,PA1.1,,,,,,,not_rated,\n"
        "indicator,P.1,HQ,PA1.1,BP1,ana,F,3,3,,,\"'=HYPERLINK(\"\"x\"\")\"\n"
        "indicator,P.1,HQ,PA1.1,BP1,,N,0,3,,,\"none, at all\"\n");
}

TEST_CASE("agreement text: unnamed assessors, not rated cells and a missing spread") {
  std::string text = render_agreement_text(hand_made());
  CHECK(text.find("P.1 Process, instance HQ\n"
                  "  assessors: ana, (no assessor)\n"
                  "  PA     ana      (no assessor)  spread\n"
                  "  PA1.1  F 92.5%  ?                   -\n"
                  "  differ by two bands or more:\n"
                  "    BP1 (PA1.1): ana F, (no assessor) N\n"
                  "      ana: =HYPERLINK(\"x\")\n"
                  "      (no assessor): none, at all\n") != std::string::npos);
  CHECK(text.find("all        2       4  -0.500\n") != std::string::npos);
}

TEST_CASE("agreement JSON: undefined alpha is null with its reason") {
  AgreementSheet sheet = hand_made();
  sheet.overall = {};
  sheet.overall.reason = "no instance was rated by more than one assessor";
  nlohmann::ordered_json j = agreement_to_json(sheet);
  CHECK(j["schema"] == "pace.agreement/1");
  CHECK(j["alpha"]["alpha"].is_null());
  CHECK(j["alpha"]["observed_disagreement"].is_null());
  CHECK(j["alpha"]["reason"] == "no instance was rated by more than one assessor");
  CHECK(j["alpha"]["attributes"][0]["alpha"] == -0.5);
  CHECK(j["processes"][0]["instances"][0]["attributes"][0]["spread"].is_null());
}
