// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <pace/report/finding_render.hpp>

using namespace pace;

namespace {

Finding sample() {
  Finding f;
  f.id = "F-1";
  f.process = "COR.6";
  f.instance = "HQ";
  f.kind = FindingKind::weakness;
  f.severity = FindingSeverity::major;
  f.text = "Suppliers are not monitored and nobody owns the review.";
  f.evidence = {"E-1", "E-2"};
  f.indicators = {"BP4"};
  return f;
}

} // namespace

TEST_CASE("finding kind text carries the severity when there is one", "[finding-render]") {
  CHECK(finding_kind_text(sample()) == "weakness, major");
  Finding s = sample();
  s.kind = FindingKind::strength;
  s.severity.reset();
  CHECK(finding_kind_text(s) == "strength");
}

TEST_CASE("wrap_text folds words to the width and escapes controls", "[finding-render]") {
  CHECK(wrap_text("one two three four five", 13, "  ") == "  one two\n  three four\n  five\n");
  CHECK(wrap_text("a\nb\r\tc \x1b[2Jd", 80, "") == "a b c \\x1b[2Jd\n");
  CHECK(wrap_text("", 80, "  ") == "");
  // A word longer than the line stands on a line of its own, uncut.
  CHECK(wrap_text("x abcdefghij y", 6, "") == "x\nabcdefghij\ny\n");
}

TEST_CASE("findings_text: head line and wrapped text per finding", "[finding-render]") {
  Finding bare = sample();
  bare.id = "F-2\x1b";
  bare.instance.clear();
  bare.evidence.clear();
  bare.indicators.clear();
  bare.kind = FindingKind::observation;
  bare.severity.reset();
  bare.text = "Short.";
  CHECK(findings_text({sample(), bare}, "  ") ==
        "  F-1 weakness, major (HQ); indicators BP4; evidence E-1, E-2\n"
        "    Suppliers are not monitored and nobody owns the review.\n"
        "  F-2\\x1b observation\n"
        "    Short.\n");
}

TEST_CASE("finding_to_json: severity null when the kind has none", "[finding-render]") {
  CHECK(finding_to_json(sample()).dump() ==
        R"({"id":"F-1","instance":"HQ","kind":"weakness","severity":"major",)"
        R"("text":"Suppliers are not monitored and nobody owns the review.",)"
        R"("evidence":["E-1","E-2"],"indicators":["BP4"]})");
  Finding s = sample();
  s.kind = FindingKind::opportunity;
  s.severity.reset();
  CHECK(finding_to_json(s)["severity"].is_null());
  CHECK(findings_to_json({}).dump() == "[]");
  CHECK(finding_ids({"A", "B"}) == "A; B");
}
