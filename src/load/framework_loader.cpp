// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cmath>
#include <set>

#include <pace/diag/spelling.hpp>
#include <pace/load/framework_loader.hpp>

#include "toml_reader.hpp"

namespace pace {

namespace {

std::optional<BaseRating> parse_base(std::string_view s) {
  if (s == "N") return BaseRating::n;
  if (s == "P") return BaseRating::p;
  if (s == "L") return BaseRating::l;
  if (s == "F") return BaseRating::f;
  return std::nullopt;
}

void load_scales(const toml::array& scales, Framework& fw, const std::string& path,
                 Diagnostics& diags) {
  for (const toml::node& scale_node : scales) {
    if (!scale_node.is_table()) {
      diags.error(load::to_pos(scale_node.source(), path), "[[scale]] entries must be tables");
      continue;
    }
    load::TableReader sr(*scale_node.as_table(), "[[scale]]", path, diags);
    Scale scale;
    scale.id = sr.string("id", true).value_or("");
    scale.name = sr.string("name", false).value_or("");
    double previous = 0;
    if (const toml::array* bands = sr.array("band", true)) {
      for (const toml::node& band_node : *bands) {
        if (!band_node.is_table()) continue;
        load::TableReader br(*band_node.as_table(), "band of scale '" + scale.id + "'", path,
                             diags);
        Band band;
        band.label = br.string("label", true).value_or("");
        band.name = br.string("name", false).value_or("");
        band.description = br.string("description", false).value_or("");
        std::string base = br.string("base", true).value_or("N");
        if (auto b = parse_base(base)) {
          band.base = *b;
        } else {
          diags.error(br.value_pos("base"), "unknown base rating '" + base + "'",
                      "valid: N, P, L, F");
        }
        band.upper = br.number("upper", true).value_or(0);
        if (!(band.upper > previous) || band.upper > 100) {
          diags.error(br.value_pos("upper"),
                      "band uppers must rise strictly and end at 100 in scale '" + scale.id + "'");
        }
        previous = band.upper;
        br.reject_unknown_keys();
        scale.bands.push_back(std::move(band));
      }
    }
    if (!scale.bands.empty() && scale.bands.back().upper != 100) {
      diags.error(sr.pos(), "the last band of scale '" + scale.id + "' must end at 100");
    }
    sr.reject_unknown_keys();
    fw.scales.push_back(std::move(scale));
  }
}

// PAa.b.x: the attribute's id, a dot and one lowercase letter.
bool is_outcome_id_of(const std::string& id, const std::string& attribute_id) {
  return id.size() == attribute_id.size() + 2 &&
         id.compare(0, attribute_id.size(), attribute_id) == 0 && id[attribute_id.size()] == '.' &&
         id.back() >= 'a' && id.back() <= 'z';
}

// [[attribute.outcome]]: the attribute outcomes rating method R1 characterises.
void read_outcomes(load::TableReader& ar, AttributeDef& attribute, const std::string& path,
                   Diagnostics& diags) {
  const toml::array* outcomes = ar.array("outcome", false);
  if (!outcomes) return;
  if (!ar.array("practice", false)) {
    diags.error(ar.key_pos("outcome"),
                "attribute '" + attribute.id + "' has no generic practices, so no outcomes",
                "an attribute without generic practices (PA1.1) is measured through the process "
                "outcomes of the reference model");
    return;
  }
  for (const toml::node& node : *outcomes) {
    if (!node.is_table()) continue;
    load::TableReader orr(*node.as_table(), "outcome of '" + attribute.id + "'", path, diags);
    AttributeOutcome outcome{orr.string("id", true).value_or(""),
                             orr.string("text", true).value_or("")};
    if (!outcome.id.empty() && !is_outcome_id_of(outcome.id, attribute.id)) {
      diags.error(orr.value_pos("id"), "outcome id '" + outcome.id + "' of '" + attribute.id +
                                           "' must look like '" + attribute.id + ".a'");
    }
    bool duplicate = std::any_of(attribute.outcomes.begin(), attribute.outcomes.end(),
                                 [&](const AttributeOutcome& o) { return o.id == outcome.id; });
    if (duplicate) {
      diags.error(orr.value_pos("id"),
                  "duplicate outcome '" + outcome.id + "' in '" + attribute.id + "'");
    }
    orr.reject_unknown_keys();
    attribute.outcomes.push_back(std::move(outcome));
  }
}

// Every attribute outcome must be achieved by at least one generic practice.
void check_outcomes_achieved(load::TableReader& ar, const AttributeDef& attribute,
                             Diagnostics& diags) {
  for (const auto& outcome : attribute.outcomes) {
    bool achieved = std::any_of(
        attribute.practices.begin(), attribute.practices.end(), [&](const GenericPractice& gp) {
          return std::find(gp.outcomes.begin(), gp.outcomes.end(), outcome.id) != gp.outcomes.end();
        });
    if (!achieved && !attribute.practices.empty()) {
      diags.error(ar.pos(),
                  "outcome '" + outcome.id + "' of '" + attribute.id +
                      "' is achieved by no generic practice",
                  "list it in the 'outcomes' of the practice that achieves it");
    }
  }
}

void load_attributes(const toml::array& attributes, Framework& fw, const std::string& path,
                     Diagnostics& diags) {
  std::set<std::string> seen;
  for (const toml::node& node : attributes) {
    if (!node.is_table()) continue;
    load::TableReader ar(*node.as_table(), "[[attribute]]", path, diags);
    AttributeDef attribute;
    attribute.id = ar.string("id", true).value_or("");
    attribute.level = ar.integer("level", true, 1, 9).value_or(1);
    attribute.name = ar.string("name", true).value_or("");
    attribute.description = ar.string("description", false).value_or("");
    if (!seen.insert(attribute.id).second) {
      diags.error(ar.value_pos("id"), "duplicate attribute '" + attribute.id + "'");
    }
    if (!fw.attributes.empty() && attribute.level < fw.attributes.back().level) {
      diags.error(ar.value_pos("level"), "attributes must be listed in level order");
    }
    read_outcomes(ar, attribute, path, diags);
    if (const toml::array* practices = ar.array("practice", false)) {
      for (const toml::node& p : *practices) {
        if (!p.is_table()) continue;
        load::TableReader pr(*p.as_table(), "practice of '" + attribute.id + "'", path, diags);
        GenericPractice gp;
        gp.id = pr.string("id", true).value_or("");
        gp.text = pr.string("text", true).value_or("");
        gp.outcomes = pr.string_array("outcomes", false).value_or(std::vector<std::string>{});
        for (const auto& outcome : gp.outcomes) {
          bool known = std::any_of(attribute.outcomes.begin(), attribute.outcomes.end(),
                                   [&](const AttributeOutcome& o) { return o.id == outcome; });
          if (!known) {
            std::vector<std::string> ids;
            for (const auto& o : attribute.outcomes)
              ids.push_back(o.id);
            diags.error(pr.value_pos("outcomes"),
                        "unknown outcome '" + outcome + "' in practice '" + gp.id + "' of '" +
                            attribute.id + "'",
                        did_you_mean(outcome, ids));
          }
        }
        if (gp.outcomes.empty() && !attribute.outcomes.empty()) {
          diags.error(pr.pos(),
                      "generic practice '" + gp.id + "' of '" + attribute.id +
                          "' achieves no outcome",
                      "list the attribute outcomes it achieves: outcomes = [\"" +
                          attribute.outcomes.front().id + "\"]");
        }
        // Convention: GPa.b.n belongs to PA a.b.
        std::string expected = "GP" + attribute.id.substr(attribute.id.size() > 2 ? 2 : 0) + ".";
        if (gp.id.rfind(expected, 0) != 0) {
          diags.error(pr.value_pos("id"), "generic practice '" + gp.id + "' of '" + attribute.id +
                                              "' must start with '" + expected + "'");
        }
        if (!seen.insert(gp.id).second) {
          diags.error(pr.value_pos("id"), "duplicate practice '" + gp.id + "'");
        }
        pr.reject_unknown_keys();
        attribute.practices.push_back(std::move(gp));
      }
    }
    check_outcomes_achieved(ar, attribute, diags);
    ar.reject_unknown_keys();
    fw.attributes.push_back(std::move(attribute));
  }
}

} // namespace

std::optional<Framework> load_framework(std::string_view text, const std::string& path,
                                        Diagnostics& diags) {
  int errors_before = diags.error_count();
  auto doc = load::parse_toml(text, path, diags);
  if (!doc) return std::nullopt;
  load::TableReader root(*doc, "the framework file", path, diags);
  Framework fw;
  fw.path = path;
  if (auto schema = root.integer("schema", true, 1, 1); !schema) {
    // reported
  }
  if (const toml::table* header = root.table("framework", true)) {
    load::TableReader hr(*header, "[framework]", path, diags);
    fw.id = hr.string("id", true).value_or("");
    fw.version = hr.string("version", true).value_or("");
    fw.name = hr.string("name", true).value_or("");
    fw.description = hr.string("description", false).value_or("");
    fw.default_scale = hr.string("default_scale", false).value_or("nplf");
    hr.reject_unknown_keys();
  }
  if (const toml::table* values = root.table("rating_values", true)) {
    for (const auto& [key, value] : *values) {
      if (!value.is_number() || !(load::number_value(value) >= 0) ||
          load::number_value(value) > 100) {
        diags.error(load::to_pos(value.source(), path),
                    "rating value '" + std::string(key.str()) + "' must be a number 0-100");
        continue;
      }
      fw.rating_values.push_back({std::string(key.str()), load::number_value(value)});
    }
  }
  // Tables iterate by key; messages list the labels from low to high.
  std::stable_sort(
      fw.rating_values.begin(), fw.rating_values.end(),
      [](const RatingValue& a, const RatingValue& b) { return a.percent < b.percent; });
  if (const toml::array* scales = root.array("scale", true)) {
    load_scales(*scales, fw, path, diags);
  }
  if (const toml::array* levels = root.array("level", true)) {
    for (const toml::node& node : *levels) {
      if (!node.is_table()) continue;
      load::TableReader lr(*node.as_table(), "[[level]]", path, diags);
      CapabilityLevelDef level;
      level.level = lr.integer("level", true, 0, 9).value_or(0);
      level.name = lr.string("name", true).value_or("");
      level.description = lr.string("description", false).value_or("");
      lr.reject_unknown_keys();
      fw.levels.push_back(std::move(level));
    }
  }
  if (const toml::array* attributes = root.array("attribute", true)) {
    load_attributes(*attributes, fw, path, diags);
  }
  root.reject_unknown_keys();
  if (!fw.find_scale(fw.default_scale) && diags.error_count() == errors_before) {
    diags.error(root.pos(), "default scale '" + fw.default_scale + "' is not defined");
  }
  if (diags.error_count() > errors_before) return std::nullopt;
  fw.index_attributes();
  return fw;
}

} // namespace pace
