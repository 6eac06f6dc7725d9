// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <pace/check/evidence_check.hpp>

#include "shipped_rubric.hpp"

using namespace pace;

namespace {

// Lines 1-22; the test's own lines start at 23.
const std::string kHead = R"(schema = 1
[assessment]
id = "t"
organisation = "O"
date = 2026-03-11
rubric = "iso27022-isms"
max_level = 1
[[evidence]]
id = "D1"
kind = "document"
title = "Policy"
date = 2025-06-01
[[evidence]]
id = "D2"
kind = "document"
title = "Procedure"
date = 2025-06-01
[[evidence]]
id = "R1"
kind = "record"
title = "Minutes"
date = 2025-06-01
)";

EvidenceRules rules(std::optional<int> l, std::optional<int> f, std::optional<int> kinds,
                    std::optional<int> age) {
  EvidenceRules r;
  r.min_items_l = l;
  r.min_items_f = f;
  r.min_kinds_f = kinds;
  r.max_age_months = age;
  return r;
}

// Every diagnostic check_evidence gives, rendered whole, against the shipped rubric with `rubric`
// as its evidence rules. The questionnaire must pass check_questionnaire without errors.
std::vector<std::string> evidence_warnings(const std::string& text, const EvidenceRules& rubric) {
  test::Checked c = test::check_text(text);
  INFO(c.rendered());
  REQUIRE_FALSE(c.diags.has_errors());
  Rubric with_rules = test::shipped_rubric();
  with_rules.evidence_rules = rubric;
  Diagnostics diags;
  check_evidence(c.questionnaire, with_rules, diags);
  std::vector<std::string> out;
  for (const auto& d : diags.items()) {
    CHECK(d.severity == Severity::warning);
    out.push_back(render(d, text));
  }
  return out;
}

const EvidenceRules kIsms = rules(1, 2, 2, 24);

} // namespace

TEST_CASE("evidence rules: the questionnaire overrides the rubric field by field") {
  test::Checked c = test::check_text(kHead + "[evidence_rules]\nmin_items_F = 3\n");
  Rubric with_rules = test::shipped_rubric();
  with_rules.evidence_rules = kIsms;
  EvidenceRules r = effective_evidence_rules(c.questionnaire, with_rules);
  CHECK(r.min_items_l == 1);
  CHECK(r.min_items_f == 3);
  CHECK(r.min_kinds_f == 2);
  CHECK(r.max_age_months == 24);
}

TEST_CASE("evidence rules: L at exactly min_items_L passes, one fewer warns") {
  std::string text = kHead + R"([[process]]
id = "COR.3"
[process.ratings]
BP1 = { rating = "L", evidence = ["D1", "R1"] }
BP2 = { rating = "L+", evidence = ["D1"] }
BP3 = { rating = 60, evidence = ["D1", "D1"] }
BP4 = { rating = "L-" }
BP5 = { rating = "P+", evidence = ["D2"] }
BP6 = 50
)";
  // min_items_L = 2: BP1 has 2 (ok); BP2 and BP3 (D1 twice counts once) have 1; BP4 none.
  // P+ and 50 are P: no rule.
  auto got = evidence_warnings(text, rules(2, std::nullopt, std::nullopt, std::nullopt));
  std::vector<std::string> want = {
      "q.toml:27:18: warning: 'BP2' in process 'COR.3' is rated 'L+' (L) but cites 1 evidence "
      "item; L needs at least 2 evidence items\n"
      "   27 | BP2 = { rating = \"L+\", evidence = [\"D1\"] }\n"
      "      |                  ^~~~\n"
      "note: min_items_L = 2 (rubric 'iso27022-isms')\n",
      "q.toml:28:18: warning: 'BP3' in process 'COR.3' is rated '60' (L) but cites 1 evidence "
      "item; L needs at least 2 evidence items\n"
      "   28 | BP3 = { rating = 60, evidence = [\"D1\", \"D1\"] }\n"
      "      |                  ^~\n"
      "note: min_items_L = 2 (rubric 'iso27022-isms')\n",
      "q.toml:29:18: warning: 'BP4' in process 'COR.3' is rated 'L-' (L) but cites no evidence; "
      "L needs at least 2 evidence items\n"
      "   29 | BP4 = { rating = \"L-\" }\n"
      "      |                  ^~~~\n"
      "note: min_items_L = 2 (rubric 'iso27022-isms')\n",
  };
  CHECK(got == want);
}

TEST_CASE("evidence rules: F needs min_items_F items of min_kinds_F kinds, edges included") {
  std::string text = kHead + R"([[process]]
id = "COR.3"
[process.ratings]
BP1 = { rating = "F", evidence = ["D1", "R1"] }
BP2 = { rating = "F", evidence = ["D1"] }
BP3 = { rating = "F", evidence = ["D1", "D2"] }
BP4 = "F"
BP5 = { rating = 85, evidence = ["D1"] }
BP6 = { rating = 85.5, evidence = ["D1", "D2", "R1"] }
)";
  // BP1: 2 items of 2 kinds (ok). BP2: 1 item. BP3: 2 items of 1 kind. BP4: nothing.
  // BP5: 85 is the top of L, so the L rule (1 item) applies and passes. BP6: 3 items, 2 kinds.
  auto got = evidence_warnings(text, kIsms);
  std::string note = "note: min_items_F = 2, min_kinds_F = 2 (rubric 'iso27022-isms')\n";
  std::vector<std::string> want = {
      "q.toml:27:18: warning: 'BP2' in process 'COR.3' is rated 'F' but cites 1 evidence item "
      "of 1 kind; F needs at least 2 evidence items of 2 different kinds\n"
      "   27 | BP2 = { rating = \"F\", evidence = [\"D1\"] }\n"
      "      |                  ^~~\n" +
          note,
      "q.toml:28:18: warning: 'BP3' in process 'COR.3' is rated 'F' but cites 2 evidence items "
      "of 1 kind; F needs at least 2 evidence items of 2 different kinds\n"
      "   28 | BP3 = { rating = \"F\", evidence = [\"D1\", \"D2\"] }\n"
      "      |                  ^~~\n" +
          note,
      "q.toml:29:7: warning: 'BP4' in process 'COR.3' is rated 'F' but cites no evidence; F "
      "needs at least 2 evidence items of 2 different kinds\n"
      "   29 | BP4 = \"F\"\n"
      "      |       ^~~\n" +
          note,
  };
  CHECK(got == want);
}

TEST_CASE("evidence rules: only the F rules that are set are asked for") {
  std::string text = kHead + R"([[process]]
id = "COR.3"
[process.ratings]
BP1 = { rating = "F", evidence = ["D1", "D2", "R1"] }
BP2 = { rating = "F", evidence = ["D1", "D2"] }
)";
  auto kinds_only = evidence_warnings(text, rules(std::nullopt, std::nullopt, 2, std::nullopt));
  REQUIRE(kinds_only.size() == 1);
  CHECK(kinds_only[0].substr(0, kinds_only[0].find('\n')) ==
        "q.toml:27:18: warning: 'BP2' in process 'COR.3' is rated 'F' but cites 2 evidence items "
        "of 1 kind; F needs evidence of at least 2 different kinds");
  auto items_only = evidence_warnings(text, rules(std::nullopt, 3, std::nullopt, std::nullopt));
  REQUIRE(items_only.size() == 1);
  CHECK(items_only[0].substr(0, items_only[0].find('\n')) ==
        "q.toml:27:18: warning: 'BP2' in process 'COR.3' is rated 'F' but cites 2 evidence items "
        "of 1 kind; F needs at least 3 evidence items");
  CHECK(evidence_warnings(text, {}).empty());
}

TEST_CASE("evidence rules: exactly max_age_months old is fresh, one month more is stale") {
  std::string text = R"(schema = 1
[assessment]
id = "t"
organisation = "O"
date = 2026-03-11
rubric = "iso27022-isms"
max_level = 1
[[evidence]]
id = "OLD"
kind = "record"
title = "Exactly 24 months"
date = 2024-03-11
[[evidence]]
id = "OLDER"
kind = "record"
title = "24 months and a day"
date = 2024-03-10
[[evidence]]
id = "OLDEST"
kind = "record"
title = "25 months"
date = 2024-02-11
[[process]]
id = "COR.3"
[process.ratings]
BP1 = { rating = "P", evidence = ["OLD"] }
BP2 = { rating = "P", evidence = ["OLDER", "OLDEST"] }
)";
  // months_between counts a month once its day is reached: 2024-03-11 -> 24, 2024-03-10 -> 24
  // (the 11th of 2026-03 passes the 10th, still 24 whole months), 2024-02-11 -> 25.
  auto got = evidence_warnings(text, kIsms);
  std::vector<std::string> want = {
      "q.toml:27:44: warning: evidence 'OLDEST' cited by 'BP2' in process 'COR.3' is stale: "
      "dated 2024-02-11, 25 months before the assessment date 2026-03-11\n"
      "   27 | BP2 = { rating = \"P\", evidence = [\"OLDER\", \"OLDEST\"] }\n"
      "      |                                            ^~~~~~~~\n"
      "note: max_age_months = 24 (rubric 'iso27022-isms'); cite newer evidence, or confirm that "
      "it still holds and cite that\n",
  };
  CHECK(got == want);
}

TEST_CASE("evidence rules: evidence never cited is reported at its register entry") {
  std::string text = kHead + R"([[process]]
id = "COR.3"
[process.ratings]
BP1 = { rating = "N", evidence = ["D1"] }
)";
  auto got = evidence_warnings(text, {});
  std::vector<std::string> want = {
      "q.toml:13:1: warning: evidence 'D2' is never cited\n"
      "   13 | [[evidence]]\n"
      "      | ^\n"
      "note: cite it from a rating (evidence = [\"D2\"]) or remove it from the register\n",
      "q.toml:18:1: warning: evidence 'R1' is never cited\n"
      "   18 | [[evidence]]\n"
      "      | ^\n"
      "note: cite it from a rating (evidence = [\"R1\"]) or remove it from the register\n",
  };
  CHECK(got == want);
}

TEST_CASE("evidence rules: attribute overrides are held to the same rules") {
  std::string text = kHead + R"([[process]]
id = "COR.3"
[process.ratings]
BP1 = { rating = "P", evidence = ["D1", "D2", "R1"] }
[process.attributes]
"PA1.1" = { rating = "L", note = "judged on the whole" }
)";
  auto got = evidence_warnings(text, kIsms);
  std::vector<std::string> want = {
      "q.toml:28:22: warning: the override of 'PA1.1' in process 'COR.3' is rated 'L' but cites "
      "no evidence; L needs at least 1 evidence item\n"
      "   28 | \"PA1.1\" = { rating = \"L\", note = \"judged on the whole\" }\n"
      "      |                      ^~~\n"
      "note: min_items_L = 1 (rubric 'iso27022-isms')\n",
  };
  CHECK(got == want);
  std::string cited = kHead + R"([[process]]
id = "COR.3"
[process.ratings]
BP1 = { rating = "P", evidence = ["D2"] }
[process.attributes]
"PA1.1" = { rating = "F", evidence = ["D1", "R1"], note = "judged on the whole" }
)";
  CHECK(evidence_warnings(cited, kIsms).empty());
}

TEST_CASE("evidence rules: the note names where each rule comes from") {
  std::string text = kHead + R"([[process]]
id = "COR.3"
[process.ratings]
BP1 = { rating = "F", evidence = ["D1", "D2", "R1"] }
[evidence_rules]
min_items_F = 4
)";
  auto got = evidence_warnings(text, kIsms);
  REQUIRE(got.size() == 1);
  CHECK(got[0] ==
        "q.toml:26:18: warning: 'BP1' in process 'COR.3' is rated 'F' but cites 3 evidence items "
        "of 2 kinds; F needs at least 4 evidence items of 2 different kinds\n"
        "   26 | BP1 = { rating = \"F\", evidence = [\"D1\", \"D2\", \"R1\"] }\n"
        "      |                  ^~~\n"
        "note: min_items_F = 4 (questionnaire), min_kinds_F = 2 (rubric 'iso27022-isms')\n");
}
