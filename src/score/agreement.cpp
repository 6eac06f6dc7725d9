// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cassert>
#include <map>

#include <Eigen/Core>

#include <pace/model/questionnaire.hpp>
#include <pace/score/agreement.hpp>
#include <pace/score/rating_scale.hpp>
#include <pace/score/score.hpp>

namespace pace {

AlphaResult ordinal_alpha(const std::vector<std::vector<int>>& units) {
  AlphaResult result;
  // Categories in rank order; the ordinal metric only needs their order and frequencies.
  std::map<int, size_t> rank;
  for (const auto& unit : units) {
    if (unit.size() < 2) continue;
    ++result.units;
    for (int v : unit)
      rank.emplace(v, 0);
  }
  if (result.units == 0) {
    result.reason = "no unit has two or more values";
    return result;
  }
  size_t next = 0;
  for (auto& [value, index] : rank)
    index = next++;
  const Eigen::Index k = static_cast<Eigen::Index>(rank.size());
  // Coincidence matrix: each ordered pair of values within a unit adds 1 / (m_u - 1), that is
  // (count count^T - diag(count)) / (m_u - 1) for the unit's value counts.
  Eigen::MatrixXd coincidence = Eigen::MatrixXd::Zero(k, k);
  for (const auto& unit : units) {
    if (unit.size() < 2) continue;
    Eigen::VectorXd count = Eigen::VectorXd::Zero(k);
    for (int v : unit)
      count(static_cast<Eigen::Index>(rank[v])) += 1;
    double weight = 1.0 / static_cast<double>(unit.size() - 1);
    coincidence += (count * count.transpose() - Eigen::MatrixXd(count.asDiagonal())) * weight;
    result.values += static_cast<int>(unit.size());
  }
  const Eigen::VectorXd marginal = coincidence.rowwise().sum();
  // Ordinal metric: delta_cd = sum of n_g for g from c to d, minus (n_c + n_d) / 2; squared.
  Eigen::MatrixXd delta2(k, k);
  for (Eigen::Index c = 0; c < k; ++c) {
    for (Eigen::Index d = c; d < k; ++d) {
      double delta = marginal.segment(c, d - c + 1).sum() - (marginal(c) + marginal(d)) / 2;
      delta2(c, d) = delta2(d, c) = delta * delta;
    }
  }
  double n = static_cast<double>(result.values);
  double observed = coincidence.cwiseProduct(delta2).sum();
  double expected = (marginal * marginal.transpose()).cwiseProduct(delta2).sum();
  result.observed_disagreement = observed / n;
  result.expected_disagreement = expected / (n * (n - 1));
  if (k < 2 || result.expected_disagreement == 0) {
    result.reason = "no variation: every compared rating is the same, so agreement cannot be "
                    "told apart from chance";
    return result;
  }
  result.alpha = 1 - result.observed_disagreement / result.expected_disagreement;
  return result;
}

namespace {

struct InstanceBlocks {
  std::string instance;
  std::vector<const ProcessBlock*> blocks;
};

// One block scored on its own: that assessor's view of every attribute of the instance.
std::vector<AttributeResult> score_alone(const ProcessBlock& block, const Questionnaire& q,
                                         const Rubric& rubric) {
  Questionnaire alone;
  alone.assessment = q.assessment;
  alone.path = q.path;
  alone.processes.push_back(block);
  ScoreSheet sheet = score(alone, rubric);
  for (const auto& p : sheet.processes) {
    if (p.id == block.id && !p.instances.empty()) return p.instances.front().attributes;
  }
  return {};
}

// The alpha of indicator units, with the reason put in the assessors' terms.
AlphaResult indicator_alpha(const std::vector<std::vector<int>>& units) {
  AlphaResult result = ordinal_alpha(units);
  if (result.units == 0) result.reason = "no indicator was rated by two or more assessors";
  return result;
}

const IndicatorEntry* find_rating(const ProcessBlock& block, const std::string& id) {
  for (const auto& entry : block.ratings) {
    if (entry.id == id) return &entry;
  }
  return nullptr;
}

class AgreementBuilder {
public:
  AgreementBuilder(const Questionnaire& q, const Rubric& rubric, const Scale& scale)
      : q_(q), rubric_(rubric), scale_(scale) {}

  AgreementSheet run() {
    AgreementSheet sheet;
    sheet.assessment = q_.assessment;
    sheet.questionnaire_path = q_.path;
    sheet.rubric_id = rubric_.id;
    sheet.rubric_version = rubric_.version;
    sheet.rating_values = rubric_.framework.rating_values;
    for (const auto& process : rubric_.processes) {
      std::vector<InstanceBlocks> groups = group_blocks(process.id);
      if (groups.empty()) continue;
      ProcessAgreement pa{process.id, process.name, {}};
      for (const auto& group : groups)
        pa.instances.push_back(compare(process, group));
      sheet.processes.push_back(std::move(pa));
    }
    sheet.instances_compared = instances_compared_;
    std::vector<std::vector<int>> all_units;
    for (const auto& attribute : rubric_.framework.attributes) {
      if (attribute.level > highest_level_) continue;
      const auto& units = units_by_attribute_[attribute.id];
      all_units.insert(all_units.end(), units.begin(), units.end());
      sheet.attributes.push_back({attribute.id, indicator_alpha(units)});
    }
    sheet.overall = indicator_alpha(all_units);
    if (instances_compared_ == 0) {
      sheet.overall.reason = "no instance was rated by more than one assessor";
    }
    return sheet;
  }

private:
  std::vector<InstanceBlocks> group_blocks(const std::string& process_id) const {
    std::vector<InstanceBlocks> groups;
    for (const auto& block : q_.processes) {
      if (block.id != process_id) continue;
      auto it = std::find_if(groups.begin(), groups.end(),
                             [&](const InstanceBlocks& g) { return g.instance == block.instance; });
      if (it == groups.end()) {
        groups.push_back({block.instance, {}});
        it = groups.end() - 1;
      }
      it->blocks.push_back(&block);
    }
    return groups;
  }

  InstanceAgreement compare(const ProcessDef& process, const InstanceBlocks& group) {
    InstanceAgreement result;
    result.instance = group.instance;
    int max_level = 0;
    for (const ProcessBlock* b : group.blocks) {
      result.assessors.push_back(b->assessor);
      max_level = std::max(max_level, effective_max_level(*b, q_.assessment));
    }
    if (group.blocks.size() < 2) return result;
    ++instances_compared_;
    highest_level_ = std::max(highest_level_, max_level);
    std::vector<std::vector<AttributeResult>> own;
    for (const ProcessBlock* b : group.blocks)
      own.push_back(score_alone(*b, q_, rubric_));
    std::vector<IndicatorDef> indicators = rubric_.indicators(process, max_level);
    const auto& attributes = rubric_.framework.attributes;
    for (size_t k = 0; k < attributes.size(); ++k) {
      if (attributes[k].level > max_level) continue;
      AttributeAgreement aa;
      aa.id = attributes[k].id;
      aa.level = attributes[k].level;
      std::vector<double> achieved;
      for (size_t b = 0; b < group.blocks.size(); ++b) {
        AttributeResult r = k < own[b].size() ? own[b][k] : AttributeResult{};
        if (r.achievement) achieved.push_back(*r.achievement);
        aa.assessors.push_back({group.blocks[b]->assessor, std::move(r)});
      }
      if (achieved.size() >= 2) {
        auto [low, high] = std::minmax_element(achieved.begin(), achieved.end());
        aa.spread = *high - *low;
      }
      for (const auto& def : indicators) {
        if (def.attribute == aa.id) compare_indicator(def, group, aa);
      }
      result.attributes.push_back(std::move(aa));
    }
    return result;
  }

  void compare_indicator(const IndicatorDef& def, const InstanceBlocks& group,
                         AttributeAgreement& aa) {
    std::vector<AssessorIndicatorRating> ratings;
    std::vector<int> unit;
    for (const ProcessBlock* b : group.blocks) {
      const IndicatorEntry* entry = find_rating(*b, def.id);
      if (!entry || !entry->rating.is_rated()) continue;
      BaseRating base = classify(scale_, entry->rating.percent).base;
      ratings.push_back(
          {b->assessor, entry->rating.label, base, entry->rating.percent, entry->note});
      unit.push_back(static_cast<int>(base));
    }
    if (unit.size() < 2) return;
    units_by_attribute_[aa.id].push_back(unit);
    auto [low, high] = std::minmax_element(unit.begin(), unit.end());
    if (*high - *low >= kWideDisagreementBands) {
      aa.disagreements.push_back({def.id, *high - *low, std::move(ratings)});
    }
  }

  const Questionnaire& q_;
  const Rubric& rubric_;
  const Scale& scale_;
  std::map<std::string, std::vector<std::vector<int>>> units_by_attribute_;
  int instances_compared_ = 0;
  int highest_level_ = 0;
};

} // namespace

AgreementSheet agreement(const Questionnaire& q, const Rubric& rubric) {
  const Scale* scale = rubric.framework.find_scale(q.assessment.scale);
  if (!scale) scale = rubric.framework.find_scale(rubric.framework.default_scale);
  assert(scale); // the framework loader requires its default scale to exist
  return AgreementBuilder(q, rubric, *scale).run();
}

} // namespace pace
