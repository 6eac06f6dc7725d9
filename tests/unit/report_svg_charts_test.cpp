// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <pace/report/svg_charts.hpp>

using namespace pace;

namespace {

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
    ++n;
  return n;
}

void check_accessible(const std::string& svg, const std::string& id) {
  CHECK(svg.rfind("<svg id=\"" + id + "\" class=\"chart\" role=\"img\" aria-labelledby=\"" + id +
                      "-title " + id + "-desc\"",
                  0) == 0);
  CHECK(svg.find("<title id=\"" + id + "-title\">") != std::string::npos);
  CHECK(svg.find("<desc id=\"" + id + "-desc\">") != std::string::npos);
  CHECK(svg.find("http") == std::string::npos); // no xmlns, no link: nothing to fetch
  CHECK(svg.substr(svg.size() - 7) == "</svg>\n");
}

} // namespace

TEST_CASE("capability profile: a bar per process and a target marker", "[report][svg]") {
  std::vector<CapabilityBar> bars = {{"COR.1", "Policy <b>", 2, 3},
                                     {"COR.2", "Requirements", std::nullopt, 2},
                                     {"COR.3", "Risk", 3, std::nullopt}};
  std::string svg = capability_profile_chart("p", bars, 3);
  check_accessible(svg, "p");
  CHECK(svg.find("Policy &lt;b&gt;") != std::string::npos);
  CHECK(svg.find("<b>") == std::string::npos);
  CHECK(svg.find(">level 2, target 3</text>") != std::string::npos);
  CHECK(svg.find(">not assessed, target 2</text>") != std::string::npos);
  CHECK(svg.find(">level 3</text>") != std::string::npos);
  // Two bars (COR.2 has none), two target markers plus the legend's.
  CHECK(count(svg, "fill=\"#5b7fb0\" stroke=") == 2);
  CHECK(count(svg, "<path d=") == 3);
  CHECK(svg.find("2 assessed; assessed processes with a target that reach it: 0 of 1.") !=
        std::string::npos);
  CHECK(svg == capability_profile_chart("p", bars, 3));
}

TEST_CASE("heat map: every cell carries its letter, never colour alone", "[report][svg]") {
  std::vector<HeatRow> rows = {{"COR.1",
                                "Risk management",
                                {{HeatState::rated, "F", BaseRating::f, false},
                                 {HeatState::rated, "L+", BaseRating::l, true},
                                 {HeatState::not_rated, "", BaseRating::n, false}}},
                               {"COR.2",
                                "",
                                {{HeatState::rated, "N", BaseRating::n, false},
                                 {HeatState::rated, "P-", BaseRating::p, false},
                                 {HeatState::not_assessed, "", BaseRating::n, false}}}};
  std::string svg = heat_map_chart("h", {"PA1.1", "PA2.1", "PA2.2"}, rows);
  check_accessible(svg, "h");
  for (const char* mark :
       {">F</text>", ">L+*</text>", ">?</text>", ">N</text>", ">P-</text>", ">\u2013</text>"}) {
    INFO(mark);
    CHECK(svg.find(mark) != std::string::npos);
  }
  // The legend names every fill and mark.
  for (const char* meaning :
       {"not achieved", "partially achieved", "largely achieved", "fully achieved", "not rated",
        "not assessed", "assessor&#39;s override"}) {
    INFO(meaning);
    CHECK(svg.find(std::string(">") + meaning + "</text>") != std::string::npos);
  }
  CHECK(svg.find(rating_fill(BaseRating::f)) != std::string::npos);
  // Rows carry the process name after its id; a row without a name shows the id alone.
  CHECK(svg.find(">COR.1 Risk management</text>") != std::string::npos);
  CHECK(svg.find(">COR.2</text>") != std::string::npos);
}

TEST_CASE("charts grow with their labels instead of clipping them", "[report][svg]") {
  auto view_width = [](const std::string& svg) {
    size_t at = svg.find("viewBox=\"0 0 ") + 13;
    return std::stod(svg.substr(at, svg.find(' ', at) - at));
  };
  std::string long_name(60, 'W');
  HeatRow short_row{"A.1", "xxxxxx", {{HeatState::rated, "F", BaseRating::f, false}}};
  HeatRow long_row{"A.1", long_name, {{HeatState::rated, "F", BaseRating::f, false}}};
  double narrow = view_width(heat_map_chart("h", {"PA1.1"}, {short_row}));
  double wide = view_width(heat_map_chart("h", {"PA1.1"}, {long_row}));
  // The name is cut to 36 characters of display width; each W counts a full em at 12 px.
  CHECK(
      wide - narrow ==
      Approx(text_width(std::string(33, 'W') + "...", 12) - text_width("xxxxxx", 12)).margin(0.11));
  CHECK(text_width("ab", 10) == Approx(13.2));
  CHECK(text_width("\u00e9", 10) == Approx(10)); // one code point outside ASCII: one em
  CHECK(text_width("ab", 10, true) > text_width("ab", 10));

  std::string profile = capability_profile_chart("p", {{"P.1", long_name, 1, 2}}, 3);
  CHECK(view_width(profile) > text_width("P.1 " + std::string(39, 'W'), 12) + 300);
  std::string trend = level_trend_chart("t", {"a-very-long-assessment-id", "another-long-one"},
                                        {{"COR.1", {1, 2}}}, 3);
  CHECK(view_width(trend) >= 2 * text_width("a-very-long-assessment-id", 9));
}

TEST_CASE("rating fills get lighter from N to F: N reads as the worst, in greyscale too",
          "[report][svg]") {
  auto grey = [](const std::string& hex) {
    auto channel = [&](size_t at) { return std::stoi(hex.substr(at, 2), nullptr, 16); };
    return 0.299 * channel(1) + 0.587 * channel(3) + 0.114 * channel(5);
  };
  double n = grey(rating_fill(BaseRating::n)), p = grey(rating_fill(BaseRating::p));
  double l = grey(rating_fill(BaseRating::l)), f = grey(rating_fill(BaseRating::f));
  CHECK(p - n > 25);
  CHECK(l - p > 25);
  CHECK(f - l > 25);
  CHECK(rating_ink(BaseRating::n) == "#ffffff");
  CHECK(rating_ink(BaseRating::f) == "#000000");
}

TEST_CASE("category profile and trend write their numbers as text", "[report][svg]") {
  std::string categories = category_profile_chart(
      "c", {{"Core & more", 12, 11, 1.75, 2, 1, 3}, {"Empty", 2, 0, {}, {}, {}, {}}}, 3);
  check_accessible(categories, "c");
  CHECK(categories.find(">Core &amp; more</text>") != std::string::npos);
  CHECK(categories.find(">mean 1.8, 11 of 12 assessed, levels 1-3, median 2</text>") !=
        std::string::npos);
  CHECK(categories.find(">0 of 2 assessed</text>") != std::string::npos);

  std::string trend = level_trend_chart("t", {"2024", "2025", "2026"},
                                        {{"COR.1", {1, 2, 3}}, {"COR.2", {2, std::nullopt, 1}}}, 3);
  check_accessible(trend, "t");
  CHECK(trend.find("1 improved, 1 regressed, 0 unchanged") != std::string::npos);
  // COR.1 one line through three points; COR.2 broken by its missing year: no line at all.
  CHECK(count(trend, "<polyline") == 1);
  CHECK(count(trend, "<circle") == 5);
  CHECK(count(trend, ">2025</text>") == 2);
}
