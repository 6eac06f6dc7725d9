// SPDX-License-Identifier: MIT
// Scoring stays right where it was made linear: instances grouped through a map rather than a
// search per block, indicators and outcomes sorted to attributes through a map, overrides looked
// up per attribute, and Framework::find_attribute through an index.
#include <string>

#include <catch2/catch.hpp>

#include <pace/score/score.hpp>

#include "shipped_rubric.hpp"

using pace::test::attribute_of;
using pace::test::process_of;
using pace::test::score_text;

namespace {

std::string questionnaire(const std::string& method, int instances) {
  std::string text = R"(schema = 1
[assessment]
id = "unit"
organisation = "Test Ltd"
date = 2026-03-14
rubric = "iso27022-isms"
max_level = 2
rating_method = ")" + method +
                     "\"\n";
  for (int n = 0; n < instances; ++n) {
    text += "\n[[process]]\nid = \"COR.9\"\ninstance = \"site-" + std::to_string(n) + "\"\n";
    text += R"([process.ratings]
BP1 = "F"
BP2 = "P"
BP3 = 40
BP4 = "N"
"GP2.1.1" = "P"
"GP2.1.2" = "N"
"GP2.2.1" = "P+"
)";
    if (method == "R2") {
      text += "[process.attributes]\n\"PA2.2\" = { rating = \"P\", note = \"Judged.\" }\n";
    }
  }
  return text;
}

} // namespace

TEST_CASE("score: N identical instances score as one instance does", "[score][scaling]") {
  for (const std::string method : {"R1", "R2"}) {
    const auto one = score_text(questionnaire(method, 1));
    const auto& p1 = process_of(one, "COR.9");
    for (int n : {2, 7, 300}) {
      INFO(method << " with " << n << " instances");
      const auto many = score_text(questionnaire(method, n));
      const auto& pn = process_of(many, "COR.9");
      REQUIRE(pn.instances.size() == static_cast<size_t>(n));
      CHECK(pn.instances.front().instance == "site-0");
      CHECK(pn.instances.back().instance == "site-" + std::to_string(n - 1));
      CHECK(pn.capability_level == p1.capability_level);
      REQUIRE(pn.attributes.size() == p1.attributes.size());
      for (size_t k = 0; k < p1.attributes.size(); ++k) {
        const auto& a = p1.attributes[k];
        const auto& b = pn.attributes[k];
        INFO(a.id);
        CHECK(b.id == a.id);
        CHECK(b.achievement == a.achievement);
        CHECK(b.label == a.label);
        CHECK(b.source == a.source);
        CHECK(b.indicators_rated == n * a.indicators_rated);
        CHECK(b.indicators_total == n * a.indicators_total);
        CHECK(pn.instances.back().attributes[k].achievement ==
              p1.instances[0].attributes[k].achievement);
      }
    }
  }
  // The values themselves, so the property cannot hold vacuously (all "not rated").
  const auto r2 = score_text(questionnaire("R2", 3));
  const auto& p = process_of(r2, "COR.9");
  CHECK(*attribute_of(p.attributes, "PA1.1").achievement == Approx((92.5 + 32.5 + 40 + 7.5) / 4));
  CHECK(*attribute_of(p.attributes, "PA2.1").achievement == Approx((32.5 + 7.5) / 2));
  CHECK(*attribute_of(p.attributes, "PA2.2").achievement == 32.5); // the override
  CHECK(attribute_of(p.attributes, "PA2.2").source == pace::AttributeSource::assessor_override);
}

TEST_CASE("score: blocks of one instance are grouped wherever they stand in the file",
          "[score][scaling]") {
  // A, B, A (a second assessor) and an unnamed instance last: groups in order of first
  // appearance, the second A block joins the first.
  const std::string text = R"(schema = 1
[assessment]
id = "unit"
organisation = "Test Ltd"
date = 2026-03-14
rubric = "iso27022-isms"
max_level = 1

[[process]]
id = "COR.9"
instance = "A"
assessor = "X"
[process.ratings]
BP1 = "F"

[[process]]
id = "COR.9"
instance = "B"
[process.ratings]
BP1 = "N"

[[process]]
id = "COR.1"
instance = "A"
[process.ratings]
BP1 = "P"

[[process]]
id = "COR.9"
instance = "A"
assessor = "Y"
[process.ratings]
BP1 = "P"
)";
  const auto sheet = score_text(text);
  const auto& p = process_of(sheet, "COR.9");
  REQUIRE(p.instances.size() == 2);
  CHECK(p.instances[0].instance == "A");
  CHECK(p.instances[0].assessors == std::vector<std::string>{"X", "Y"});
  CHECK(*attribute_of(p.instances[0].attributes, "PA1.1").achievement == Approx((92.5 + 32.5) / 2));
  CHECK(p.instances[1].instance == "B");
  CHECK(*attribute_of(p.instances[1].attributes, "PA1.1").achievement == 7.5);
  const auto& cor1 = process_of(sheet, "COR.1");
  REQUIRE(cor1.instances.size() == 1);
  CHECK(*attribute_of(cor1.instances[0].attributes, "PA1.1").achievement == 32.5);
}

TEST_CASE("framework: find_attribute through the index, and without a valid one",
          "[framework][scaling]") {
  pace::Framework fw = pace::test::shipped_framework();
  REQUIRE(fw.attribute_index.size() == fw.attributes.size()); // the loader built it
  REQUIRE(fw.find_attribute("PA3.2") == &fw.attributes[4]);
  CHECK(fw.find_attribute("PA9.9") == nullptr);
  CHECK(fw.find_attribute("") == nullptr);
  // Edited after loading (the index is stale) and hand-built (no index): still right.
  fw.attributes[4].id = "PA3.9";
  CHECK(fw.find_attribute("PA3.9") == &fw.attributes[4]);
  CHECK(fw.find_attribute("PA3.2") == nullptr);
  fw.attributes.erase(fw.attributes.begin());
  CHECK(fw.find_attribute("PA2.1") == &fw.attributes[0]);
  pace::Framework hand;
  hand.attributes = {{"PA1.1", 1, "a", "", {}, {}}, {"PA1.1", 1, "b", "", {}, {}}};
  CHECK(hand.find_attribute("PA1.1") == &hand.attributes[0]);
  hand.index_attributes(); // a repeated id: the first wins, as in the scan
  CHECK(hand.find_attribute("PA1.1") == &hand.attributes[0]);
}
