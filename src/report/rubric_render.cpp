// SPDX-License-Identifier: MIT
#include <pace/model/number.hpp>
#include <pace/report/rubric_render.hpp>
#include <pace/score/capability.hpp>

namespace pace {

namespace {

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items)
    out += (out.empty() ? "" : ", ") + i;
  return out;
}

// Capability levels, process attributes and rating scales: what both listings show.
std::string framework_summary(const Framework& fw) {
  std::string out = "capability levels:\n";
  for (const auto& l : fw.levels)
    out += "  " + std::to_string(l.level) + " " + l.name + "\n";
  out += "\nprocess attributes:\n";
  for (const auto& a : fw.attributes) {
    // PA 1.1 has no generic practices: each process's base practices are its indicators.
    std::string indicators = a.practices.empty()
                                 ? std::string("base practices of each process")
                                 : std::to_string(a.practices.size()) + " generic practices";
    out += "  " + spaced_attribute_id(a.id) + " " + a.name + " (level " + std::to_string(a.level) +
           ", " + indicators + ")\n";
  }
  out += "\nrating scales:\n";
  for (const auto& s : fw.scales) {
    out += "  " + s.id + ":";
    double lower = 0;
    for (const auto& b : s.bands) {
      out += " " + b.label + " " + (lower == 0 ? "[" : "(") + format_fixed(lower, 1) + "-" +
             format_fixed(b.upper, 1) + "]";
      lower = b.upper;
    }
    out += "\n";
  }
  return out;
}

} // namespace

std::string render_framework_text(const Framework& fw) {
  std::string out = fw.id + " " + fw.version + ": " + fw.name + "\n";
  if (!fw.description.empty()) out += fw.description + "\n";
  out += "\n" + framework_summary(fw);
  out += "\nrating values (percent used for scoring):\n";
  for (const auto& v : fw.rating_values) {
    out += "  " + v.label + " " + format_fixed(v.percent, 2) + "\n";
  }
  out += "\ngeneric practices:\n";
  for (const auto& a : fw.attributes) {
    if (a.practices.empty()) continue;
    out += "  " + spaced_attribute_id(a.id) + " " + a.name + "\n";
    for (const auto& o : a.outcomes)
      out += "    " + o.id + " " + o.text + "\n";
    for (const auto& gp : a.practices) {
      out += "    " + gp.id + " " + gp.text;
      if (!gp.outcomes.empty()) out += " [" + join(gp.outcomes) + "]";
      out += "\n";
    }
  }
  return out;
}

std::string render_rubric_text(const Rubric& rubric) {
  const Framework& fw = rubric.framework;
  std::string out = rubric.id + " " + rubric.version + ": " + rubric.name + "\n";
  if (!rubric.description.empty()) out += rubric.description + "\n";
  if (!rubric.source.empty()) out += "source: " + rubric.source + "\n";
  out += "framework: " + fw.id + " " + fw.version + " (" + fw.name + ")\n\n";
  out += framework_summary(fw);
  for (const auto& c : rubric.categories) {
    out += "\n" + c.name + " (" + c.id + "):\n";
    for (const auto& p : rubric.processes) {
      if (p.category != c.id) continue;
      out += "  " + p.id + " " + p.name + "\n";
      out += "    purpose: " + p.purpose + "\n";
      if (!p.iso27001.empty()) out += "    ISO/IEC 27001:2022: " + join(p.iso27001) + "\n";
      for (const auto& o : p.outcomes)
        out += "    " + o.id + " " + o.text + "\n";
      for (const auto& bp : p.practices) {
        out += "    " + bp.id + " " + bp.text + " [" + join(bp.outcomes) + "]\n";
      }
    }
  }
  if (!rubric.maturity.empty()) {
    out += rubric.maturity_staged
               ? "\nmaturity model (staged: level n requires its own process set and every lower "
                 "set at capability level n):\n"
               : "\nmaturity model:\n";
    for (const auto& m : rubric.maturity) {
      out += "  ML" + std::to_string(m.level) + " " + m.name;
      if (rubric.maturity_staged) {
        out += " (adds " +
               (m.process_set.empty() ? std::string("no process") : join(m.process_set)) + ")";
      }
      out += ":";
      for (const auto& r : m.requirements) {
        out += " " + r.process + ">=" + std::to_string(r.level);
      }
      out += "\n";
    }
  }
  return out;
}

} // namespace pace
