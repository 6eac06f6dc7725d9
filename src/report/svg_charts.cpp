// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cmath>

#include <pace/model/number.hpp>
#include <pace/report/escape.hpp>
#include <pace/report/svg_charts.hpp>
#include <pace/report/text_table.hpp>

namespace pace {

namespace {

// Coordinates with one decimal at most, integers without: stable bytes, short files.
std::string num(double v) {
  std::string text = format_fixed(v, 1);
  if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0) text.resize(text.size() - 2);
  return text;
}

std::string open_svg(const std::string& id, double width, double height, const std::string& title,
                     const std::string& desc) {
  // No xmlns: inline SVG in HTML needs none, and the page then holds no URL at all.
  return "<svg id=\"" + html_escape(id) + "\" class=\"chart\" role=\"img\" aria-labelledby=\"" +
         html_escape(id) + "-title " + html_escape(id) + "-desc\" viewBox=\"0 0 " + num(width) +
         " " + num(height) + "\" width=\"" + num(width) + "\" height=\"" + num(height) +
         "\" font-family=\"sans-serif\" font-size=\"12\">\n<title id=\"" + html_escape(id) +
         "-title\">" + html_escape(title) + "</title>\n<desc id=\"" + html_escape(id) + "-desc\">" +
         html_escape(desc) + "</desc>\n";
}

std::string text_at(double x, double y, const std::string& text,
                    const std::string& attributes = {}) {
  return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\"" +
         (attributes.empty() ? "" : " " + attributes) + ">" + html_escape(text) + "</text>\n";
}

std::string rect(double x, double y, double w, double h, const std::string& attributes) {
  return "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" +
         num(h) + "\" " + attributes + "/>\n";
}

std::string line(double x1, double y1, double x2, double y2, const std::string& attributes) {
  return "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" +
         num(y2) + "\" " + attributes + "/>\n";
}

// Level gridlines and their numbers above a plot that maps level 0..top onto [x0, x0 + width].
std::string level_axis(double x0, double width, double y_top, double y_bottom, int top) {
  std::string out;
  for (int level = 0; level <= top; ++level) {
    double x = x0 + width * level / top;
    out += line(x, y_top, x, y_bottom, "stroke=\"#bbbbbb\" stroke-width=\"1\"");
    out += text_at(x, y_top - 4, std::to_string(level), "text-anchor=\"middle\" fill=\"#333333\"");
  }
  return out;
}

// A downward triangle over a vertical line: the target marker, drawn in black so it reads on
// any fill and in greyscale.
std::string target_marker(double x, double y_top, double y_bottom) {
  return line(x, y_top, x, y_bottom, "stroke=\"#000000\" stroke-width=\"2\"") + "<path d=\"M" +
         num(x - 5) + " " + num(y_top - 5) + "L" + num(x + 5) + " " + num(y_top - 5) + "L" +
         num(x) + " " + num(y_top + 1) + "Z\" fill=\"#000000\"/>\n";
}

int clamp_top(int top) {
  return std::max(top, 1);
}

constexpr const char* kBarFill = "#5b7fb0";

double widest(const std::vector<std::string>& texts, double font_size, bool bold = false) {
  double w = 0;
  for (const auto& t : texts)
    w = std::max(w, text_width(t, font_size, bold));
  return w;
}

} // namespace

double text_width(const std::string& text, double font_size, bool bold) {
  // Advance widths in em, rounded up from DejaVu Sans; anything outside ASCII counts a full em.
  double em = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      if ((c & 0xC0) != 0x80) em += 1.0; // count each code point once, at its lead byte
      continue;
    }
    if (c == ' ')
      em += 0.33;
    else if (std::string_view("fijlrtI.,:;'!|()[]").find(static_cast<char>(c)) !=
             std::string_view::npos)
      em += 0.42;
    else if (c == 'm' || c == 'w' || c == 'M' || c == 'W' || c == '@' || c == '%')
      em += 1.0;
    else if (c >= 'A' && c <= 'Z')
      em += 0.8;
    else
      em += 0.66;
  }
  return em * font_size * (bold ? 1.12 : 1.0);
}

std::string rating_fill(BaseRating base) {
  // ColorBrewer OrRd, reversed so that N is the darkest; grey values about 54, 165, 212, 241.
  switch (base) {
  case BaseRating::n: return "#b30000";
  case BaseRating::p: return "#fc8d59";
  case BaseRating::l: return "#fdcc8a";
  case BaseRating::f: return "#fef0d9";
  }
  return "#ffffff";
}

std::string rating_ink(BaseRating base) {
  return base == BaseRating::n ? "#ffffff" : "#000000";
}

std::string capability_profile_chart(const std::string& id, const std::vector<CapabilityBar>& bars,
                                     int top_level) {
  const int top = clamp_top(top_level);
  std::vector<std::string> labels, values;
  for (const auto& b : bars) {
    labels.push_back(b.process + " " + truncate_display(b.name, 40));
    std::string value = b.level ? "level " + std::to_string(*b.level) : "not assessed";
    if (b.target) value += ", target " + std::to_string(*b.target);
    values.push_back(value);
  }
  const double label_w = std::max(120.0, widest(labels, 12) + 14), plot_w = 300, row_h = 22,
               y0 = 34;
  const double width = std::max(label_w + 280, label_w + plot_w + 12 + widest(values, 12) + 8);
  const double height = y0 + row_h * static_cast<double>(bars.size()) + 34;
  int assessed = 0, on_target = 0, with_target = 0;
  for (const auto& b : bars) {
    if (!b.level) continue;
    ++assessed;
    if (b.target) {
      ++with_target;
      if (*b.level >= *b.target) ++on_target;
    }
  }
  std::string desc = "Capability level of " + std::to_string(bars.size()) +
                     " processes on a scale of 0 to " + std::to_string(top) + ", " +
                     std::to_string(assessed) +
                     " assessed; assessed processes with a target "
                     "that reach it: " +
                     std::to_string(on_target) + " of " + std::to_string(with_target) + ".";
  std::string out = open_svg(id, width, height, "Capability profile", desc);
  double plot_bottom = y0 + row_h * static_cast<double>(bars.size());
  out += level_axis(label_w, plot_w, y0 - 6, plot_bottom, top);
  double step = plot_w / top;
  for (size_t i = 0; i < bars.size(); ++i) {
    const CapabilityBar& b = bars[i];
    double y = y0 + row_h * static_cast<double>(i);
    out += text_at(6, y + 15, labels[i]);
    if (!b.level) {
      out += text_at(label_w + 6, y + 15, "not assessed", "fill=\"#555555\" font-style=\"italic\"");
    } else {
      out += rect(label_w, y + 4, step * std::min(*b.level, top), 14,
                  std::string("fill=\"") + kBarFill + "\" stroke=\"#1f3b63\" stroke-width=\"0.5\"");
    }
    if (b.target) out += target_marker(label_w + step * std::min(*b.target, top), y + 3, y + 20);
    out += text_at(label_w + plot_w + 12, y + 15, values[i]);
  }
  double ly = plot_bottom + 20;
  out += rect(label_w, ly - 10, 24, 10, std::string("fill=\"") + kBarFill + "\"");
  out += text_at(label_w + 30, ly, "capability level");
  out += target_marker(label_w + 150, ly - 10, ly + 2);
  out += text_at(label_w + 160, ly, "target level");
  return out + "</svg>\n";
}

std::string heat_map_chart(const std::string& id, const std::vector<std::string>& columns,
                           const std::vector<HeatRow>& rows) {
  std::vector<std::string> labels;
  for (const auto& r : rows)
    labels.push_back(r.name.empty() ? r.process : r.process + " " + truncate_display(r.name, 36));
  const double cell_h = 22, y0 = 26;
  const double label_w = std::max(60.0, widest(labels, 12) + 14);
  const double cell_w = std::max(56.0, widest(columns, 12, true) + 10);
  const double grid_right = label_w + cell_w * static_cast<double>(columns.size());
  const double grid_h = cell_h * static_cast<double>(rows.size());
  const double height = y0 + std::max(grid_h, 7 * 20.0) + 12;
  std::string desc = "Rating of each process attribute for " + std::to_string(rows.size()) +
                     " processes; every cell shows its rating letter (N, P, L, F and refinements), "
                     "? where not rated and a dash where not assessed.";
  std::string out; // the <svg> opening goes in front once the legend fixes the width
  for (size_t k = 0; k < columns.size(); ++k) {
    out += text_at(label_w + cell_w * (static_cast<double>(k) + 0.5), y0 - 8, columns[k],
                   "text-anchor=\"middle\" font-weight=\"bold\"");
  }
  for (size_t i = 0; i < rows.size(); ++i) {
    double y = y0 + cell_h * static_cast<double>(i);
    out += text_at(6, y + 15, labels[i]);
    for (size_t k = 0; k < columns.size() && k < rows[i].cells.size(); ++k) {
      const HeatCell& c = rows[i].cells[k];
      double x = label_w + cell_w * static_cast<double>(k);
      std::string fill = "#ffffff", ink = "#000000", mark;
      if (c.state == HeatState::rated) {
        fill = rating_fill(c.base);
        ink = rating_ink(c.base);
        mark = c.rating + (c.assessor_override ? "*" : "");
      } else {
        mark = c.state == HeatState::not_rated ? "?" : "\u2013";
        ink = "#555555";
      }
      out +=
          rect(x, y, cell_w, cell_h, "fill=\"" + fill + "\" stroke=\"#ffffff\" stroke-width=\"2\"");
      if (c.state != HeatState::rated) {
        out += rect(x + 2, y + 2, cell_w - 4, cell_h - 4,
                    "fill=\"none\" stroke=\"#999999\" stroke-dasharray=\"3 2\"");
      }
      out += text_at(x + cell_w / 2, y + 15, mark,
                     "text-anchor=\"middle\" fill=\"" + ink + "\" font-weight=\"bold\"");
    }
  }
  // The legend: one swatch per base rating, then the marks that carry no colour.
  struct Entry {
    std::string fill, ink, mark, meaning;
  };
  const Entry legend[] = {
      {rating_fill(BaseRating::n), rating_ink(BaseRating::n), "N", "not achieved"},
      {rating_fill(BaseRating::p), rating_ink(BaseRating::p), "P", "partially achieved"},
      {rating_fill(BaseRating::l), rating_ink(BaseRating::l), "L", "largely achieved"},
      {rating_fill(BaseRating::f), rating_ink(BaseRating::f), "F", "fully achieved"},
      {"#ffffff", "#555555", "?", "not rated"},
      {"#ffffff", "#555555", "\u2013", "not assessed"},
      {"#ffffff", "#000000", "*", "assessor's override"},
  };
  double lx = grid_right + 16;
  std::vector<std::string> meanings;
  for (const auto& e : legend)
    meanings.push_back(e.meaning);
  const double width = lx + 36 + widest(meanings, 12) + 8;
  out = open_svg(id, width, height, "Process attribute heat map", desc) + out;
  for (size_t e = 0; e < std::size(legend); ++e) {
    double y = y0 + 20.0 * static_cast<double>(e);
    out += rect(lx, y, 28, 16, "fill=\"" + legend[e].fill + "\" stroke=\"#999999\"");
    out += text_at(lx + 14, y + 12, legend[e].mark,
                   "text-anchor=\"middle\" fill=\"" + legend[e].ink + "\" font-weight=\"bold\"");
    out += text_at(lx + 36, y + 12, legend[e].meaning);
  }
  return out + "</svg>\n";
}

std::string category_profile_chart(const std::string& id, const std::vector<CategoryBar>& bars,
                                   int top_level) {
  const int top = clamp_top(top_level);
  std::vector<std::string> labels, values;
  for (const auto& b : bars) {
    labels.push_back(truncate_display(b.name, 40));
    std::string value =
        std::to_string(b.assessed) + " of " + std::to_string(b.processes) + " assessed";
    if (b.mean_level) value = "mean " + format_fixed(*b.mean_level, 1) + ", " + value;
    if (b.min_level && b.max_level) {
      value += ", levels " + std::to_string(*b.min_level) + "-" + std::to_string(*b.max_level);
    }
    if (b.median_level) value += ", median " + std::to_string(*b.median_level);
    values.push_back(value);
  }
  const double label_w = std::max(100.0, widest(labels, 12) + 14), plot_w = 220, row_h = 30,
               y0 = 34;
  const double width = std::max(label_w + 340, label_w + plot_w + 12 + widest(values, 11) + 8);
  const double plot_bottom = y0 + row_h * static_cast<double>(bars.size());
  const double height = plot_bottom + 34;
  std::string desc = "Mean, median and range of the capability levels in " +
                     std::to_string(bars.size()) + " groups of processes, on a scale of 0 to " +
                     std::to_string(top) + ".";
  std::string out = open_svg(id, width, height, "Category profile", desc);
  out += level_axis(label_w, plot_w, y0 - 6, plot_bottom, top);
  const double step = plot_w / top;
  for (size_t i = 0; i < bars.size(); ++i) {
    const CategoryBar& b = bars[i];
    double y = y0 + row_h * static_cast<double>(i);
    double mid = y + row_h / 2;
    out += text_at(6, mid + 4, labels[i]);
    if (b.mean_level) {
      out += rect(label_w, mid - 8, step * std::min(*b.mean_level, double(top)), 16,
                  std::string("fill=\"") + kBarFill + "\" fill-opacity=\"0.55\"");
    }
    if (b.min_level && b.max_level) {
      double x1 = label_w + step * *b.min_level, x2 = label_w + step * *b.max_level;
      out += line(x1, mid, x2, mid, "stroke=\"#000000\" stroke-width=\"1.5\"");
      out += line(x1, mid - 5, x1, mid + 5, "stroke=\"#000000\" stroke-width=\"1.5\"");
      out += line(x2, mid - 5, x2, mid + 5, "stroke=\"#000000\" stroke-width=\"1.5\"");
    }
    if (b.median_level) {
      double x = label_w + step * *b.median_level;
      out += "<path d=\"M" + num(x) + " " + num(mid - 6) + "L" + num(x + 6) + " " + num(mid) + "L" +
             num(x) + " " + num(mid + 6) + "L" + num(x - 6) + " " + num(mid) +
             "Z\" fill=\"#000000\"/>\n";
    }
    out += text_at(label_w + plot_w + 12, mid + 4, values[i], "font-size=\"11\"");
  }
  double ly = plot_bottom + 20;
  out += rect(label_w, ly - 10, 24, 10,
              std::string("fill=\"") + kBarFill + "\" fill-opacity=\"0.55\"");
  out += text_at(label_w + 30, ly, "mean level");
  out +=
      line(label_w + 110, ly - 5, label_w + 140, ly - 5, "stroke=\"#000000\" stroke-width=\"1.5\"");
  out += text_at(label_w + 146, ly, "lowest to highest");
  out += "<path d=\"M" + num(label_w + 265) + " " + num(ly - 11) + "L" + num(label_w + 271) + " " +
         num(ly - 5) + "L" + num(label_w + 265) + " " + num(ly + 1) + "L" + num(label_w + 259) +
         " " + num(ly - 5) + "Z\" fill=\"#000000\"/>\n";
  out += text_at(label_w + 277, ly, "median");
  return out + "</svg>\n";
}

std::string level_trend_chart(const std::string& id, const std::vector<std::string>& assessments,
                              const std::vector<TrendSeries>& series, int top_level) {
  const int top = clamp_top(top_level);
  // Panels as wide as their labels need: the assessment labels under the points must not
  // overlap each other or leave the panel, and the process id must fit its title line.
  const size_t n = assessments.size();
  const double label_w = widest(assessments, 9);
  std::vector<std::string> ids;
  for (const auto& s : series)
    ids.push_back(s.process);
  const double plot_left = 26, plot_top = 34, plot_bottom = 72, panel_h = 94;
  const double first_x = std::max(plot_left + 12, label_w / 2 + 8);
  const double spacing = n <= 1 ? 0 : std::max(72.0 / static_cast<double>(n - 1), label_w + 8);
  const double last_x = first_x + spacing * static_cast<double>(n > 0 ? n - 1 : 0);
  const double plot_right = std::max(120.0, last_x + 12);
  const double panel_w =
      std::max({136.0, plot_right + 16, last_x + label_w / 2 + 12, widest(ids, 12, true) + 20});
  const size_t per_row = std::max<size_t>(1, static_cast<size_t>(680 / panel_w));
  const size_t columns = std::min(per_row, std::max<size_t>(series.size(), 1));
  const double width = std::max(panel_w * static_cast<double>(columns), 136.0);
  const size_t panel_rows = (series.size() + per_row - 1) / per_row;
  const double height = panel_h * static_cast<double>(panel_rows) + 6;
  int improved = 0, regressed = 0, unchanged = 0;
  for (const auto& s : series) {
    std::optional<int> first, last;
    for (const auto& level : s.levels) {
      if (!level) continue;
      if (!first) first = level;
      last = level;
    }
    if (!first || first == last) {
      unchanged += first ? 1 : 0;
      continue;
    }
    (*last > *first ? improved : regressed) += 1;
  }
  std::string across;
  for (size_t k = 0; k < assessments.size(); ++k) {
    across += (k == 0 ? "" : k + 1 == assessments.size() ? " and " : ", ") + assessments[k];
  }
  std::string desc = "Capability level of " + std::to_string(series.size()) + " processes in " +
                     across + ": " + std::to_string(improved) + " improved, " +
                     std::to_string(regressed) + " regressed, " + std::to_string(unchanged) +
                     " unchanged from the first to the last assessment that rated them.";
  std::string out = open_svg(id, width, height, "Capability level trend", desc);
  auto x_of = [&](double px, size_t k) {
    return n <= 1 ? px + (plot_left + plot_right) / 2
                  : px + first_x + spacing * static_cast<double>(k);
  };
  auto y_of = [&](double py, int level) {
    return py + plot_bottom - (plot_bottom - plot_top) * level / top;
  };
  for (size_t i = 0; i < series.size(); ++i) {
    const TrendSeries& s = series[i];
    double px = panel_w * static_cast<double>(i % per_row);
    double py = panel_h * static_cast<double>(i / per_row);
    out += "<g>\n" +
           rect(px + 2, py + 2, panel_w - 6, panel_h - 6, "fill=\"none\" stroke=\"#cccccc\"");
    out += text_at(px + 8, py + 16, s.process, "font-weight=\"bold\"");
    for (int level = 0; level <= top; ++level) {
      double y = y_of(py, level);
      out += line(px + plot_left, y, px + plot_right, y, "stroke=\"#dddddd\"");
      out += text_at(px + plot_left - 6, y + 3, std::to_string(level),
                     "text-anchor=\"end\" font-size=\"9\" fill=\"#555555\"");
    }
    for (size_t k = 0; k < n; ++k) {
      out += text_at(x_of(px, k), py + plot_bottom + 16, assessments[k],
                     "text-anchor=\"middle\" font-size=\"9\" fill=\"#333333\"");
    }
    // Lines first (broken where a year did not assess the process), then points over them.
    std::string points;
    auto flush = [&]() {
      if (points.find(' ') != std::string::npos) {
        out += "<polyline points=\"" + points + "\" fill=\"none\" stroke=\"" + kBarFill +
               "\" stroke-width=\"2\"/>\n";
      }
      points.clear();
    };
    for (size_t k = 0; k < n && k < s.levels.size(); ++k) {
      if (!s.levels[k]) {
        flush();
        continue;
      }
      points += (points.empty() ? "" : " ") + num(x_of(px, k)) + "," +
                num(y_of(py, std::min(*s.levels[k], top)));
    }
    flush();
    for (size_t k = 0; k < n && k < s.levels.size(); ++k) {
      double x = x_of(px, k);
      if (!s.levels[k]) {
        out += text_at(x, y_of(py, 0) - 4, "\u2013", "text-anchor=\"middle\"");
        continue;
      }
      double y = y_of(py, std::min(*s.levels[k], top));
      out += "<circle cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"3\" fill=\"#000000\"/>\n";
      out += text_at(x, y - 6, std::to_string(*s.levels[k]),
                     "text-anchor=\"middle\" font-size=\"10\" font-weight=\"bold\"");
    }
    out += "</g>\n";
  }
  return out + "</svg>\n";
}

} // namespace pace
