// SPDX-License-Identifier: MIT
// The finding ids an action register cites, against the questionnaires validated with it.
#include <catch2/catch.hpp>

#include <pace/check/action_register_check.hpp>

using namespace pace;

namespace {

ActionRegister register_citing(std::vector<std::string> findings) {
  ActionRegister reg;
  reg.organisation = "Kestrel";
  RegisteredAction a;
  a.id = "COR.6/BP4";
  a.pos = SourcePos{"actions.toml", 9, 1, 0};
  for (size_t i = 0; i < findings.size(); ++i)
    a.finding_pos.push_back(SourcePos{"actions.toml", 14, 13 + 10 * static_cast<int>(i), 0});
  a.findings = std::move(findings);
  reg.actions.push_back(a);
  return reg;
}

Questionnaire questionnaire(const std::string& id, const std::string& organisation,
                            std::vector<std::string> finding_ids) {
  Questionnaire q;
  q.assessment.id = id;
  q.assessment.organisation = organisation;
  for (auto& fid : finding_ids) {
    Finding f;
    f.id = fid;
    q.findings.push_back(f);
  }
  return q;
}

} // namespace

TEST_CASE("action findings: unknown ids of the organisation's questionnaires", "[actions]") {
  Questionnaire y2025 = questionnaire("k-2025", "Kestrel", {"F25-01", "F25-02"});
  Questionnaire y2026 = questionnaire("k-2026", "Kestrel", {"F26-01"});
  Questionnaire other = questionnaire("o-2026", "Other Ltd", {"X-99"});
  Diagnostics diags;
  check_action_findings(register_citing({"F25-01", "F26-01", "X-99", "F25-2"}),
                        {&y2025, &y2026, &other}, diags);
  REQUIRE(diags.items().size() == 2);
  CHECK(diags.items()[0].message == "unknown finding 'X-99' for action 'COR.6/BP4'");
  CHECK(diags.items()[0].pos.column == 33);
  CHECK(diags.items()[0].note == "(checked against the findings of k-2025, k-2026)");
  CHECK(diags.items()[1].message == "unknown finding 'F25-2' for action 'COR.6/BP4'");
  CHECK(diags.items()[1].note ==
        "did you mean 'F25-02'? (checked against the findings of k-2025, k-2026)");
}

TEST_CASE("action findings: nothing to check without a questionnaire of the organisation",
          "[actions]") {
  Questionnaire other = questionnaire("o-2026", "Other Ltd", {});
  Diagnostics diags;
  check_action_findings(register_citing({"F25-01"}), {&other}, diags);
  check_action_findings(register_citing({"F25-01"}), {}, diags);
  CHECK(diags.items().empty());
}
