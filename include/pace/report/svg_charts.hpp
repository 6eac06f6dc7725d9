// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <pace/model/framework.hpp>

namespace pace {

// Inline SVG charts for the HTML review pack. Pure string builders: the same input gives the
// same bytes (coordinates through format_fixed), all text is HTML-escaped, nothing is fetched.
// Each chart carries <title>, <desc> and role="img" with aria-labelledby; `id` must be unique in
// the page and is used as the prefix of the chart's element ids. Colour never carries meaning
// alone: letters, numbers and markers do, and the fills stay distinct in greyscale print.

struct CapabilityBar {
  std::string process;
  std::string name;
  std::optional<int> level; // nullopt: not assessed
  std::optional<int> target;
};

// A horizontal bar per process (its capability level) with a marker at its target level.
std::string capability_profile_chart(const std::string& id, const std::vector<CapabilityBar>& bars,
                                     int top_level);

enum class HeatState { rated, not_rated, not_assessed };

struct HeatCell {
  HeatState state = HeatState::not_assessed;
  std::string rating; // the band label ("L+"), "" unless rated
  BaseRating base = BaseRating::n;
  bool assessor_override = false;
};

struct HeatRow {
  std::string process;
  std::string name;            // shown after the id
  std::vector<HeatCell> cells; // one per column
};

// Processes x attributes, each cell filled by its base rating and labelled with its letter, plus
// a legend of the fills and marks.
std::string heat_map_chart(const std::string& id, const std::vector<std::string>& columns,
                           const std::vector<HeatRow>& rows);

struct CategoryBar {
  std::string name;
  int processes = 0;
  int assessed = 0;
  std::optional<double> mean_level;
  std::optional<int> median_level;
  std::optional<int> min_level;
  std::optional<int> max_level;
};

// A bar per category for the mean capability level, a whisker from the lowest to the highest
// level and a diamond at the median, with the numbers written beside it.
std::string category_profile_chart(const std::string& id, const std::vector<CategoryBar>& bars,
                                   int top_level);

struct TrendSeries {
  std::string process;
  std::vector<std::optional<int>> levels; // one per assessment; nullopt: not assessed then
};

// Small multiples: one panel per process with its capability level in each assessment (oldest
// first), every point labelled with its level.
std::string level_trend_chart(const std::string& id, const std::vector<std::string>& assessments,
                              const std::vector<TrendSeries>& series, int top_level);

// A generous estimate of the width of `text` in px at `font_size` in DejaVu Sans (the widest of
// the fonts the page asks for): every chart sizes its label columns and its viewBox from it, so
// no label is clipped.
double text_width(const std::string& text, double font_size, bool bold = false);

// The fill of a base rating in the heat map: ColorBrewer OrRd (colour-blind safe), N the darkest
// (the worst), F the lightest; the grey values stay apart in black-and-white print.
std::string rating_fill(BaseRating base);
// The text colour that reads on rating_fill(base).
std::string rating_ink(BaseRating base);

} // namespace pace
