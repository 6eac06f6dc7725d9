// SPDX-License-Identifier: MIT
#include <algorithm>
#include <numeric>

#include <pace/check/assessment_series.hpp>
#include <pace/check/crosswalk_check.hpp>
#include <pace/score/comparability.hpp>

namespace pace {

std::vector<size_t> date_order(const std::vector<SeriesMember>& members) {
  std::vector<size_t> order(members.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return members[a].questionnaire->assessment.date < members[b].questionnaire->assessment.date;
  });
  return order;
}

void check_organisations(const std::vector<SeriesMember>& ordered, Diagnostics& diags) {
  for (size_t i = 0; i + 1 < ordered.size(); ++i) {
    const SeriesMember& older = ordered[i];
    const SeriesMember& newer = ordered[i + 1];
    std::string mismatch = organisation_mismatch(older.questionnaire->assessment, older.path,
                                                 newer.questionnaire->assessment, newer.path);
    if (!mismatch.empty()) {
      diags.error(newer.questionnaire->assessment.pos, mismatch,
                  "--allow-different-org compares them anyway, with a warning");
    }
  }
}

std::vector<const Crosswalk*> pair_editions(const std::vector<SeriesMember>& ordered,
                                            const CrosswalkSource& find, Diagnostics& diags) {
  std::vector<const Crosswalk*> crosswalks;
  for (size_t i = 0; i + 1 < ordered.size(); ++i) {
    EditionStep step{ordered[i].rubric, ordered[i + 1].rubric, i};
    const Crosswalk* cw = find(step);
    if (cw) check_crosswalk(*cw, *step.older, *step.newer, diags);
    crosswalks.push_back(cw);
  }
  return crosswalks;
}

} // namespace pace
