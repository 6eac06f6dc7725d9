// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include <pace/diag/diagnostic.hpp>
#include <pace/model/crosswalk.hpp>
#include <pace/model/questionnaire.hpp>
#include <pace/model/rubric.hpp>

namespace pace {

// Several assessments of one organisation over time, as `pace compare` and `pace report
// --previous` take them: put in date order, checked pairwise for the organisation, and every
// step between rubric editions paired with its crosswalk. No I/O: finding crosswalk files is
// the caller's (see CrosswalkSource).

// One assessment of a series; both pointers must outlive the series.
struct SeriesMember {
  const Questionnaire* questionnaire = nullptr;
  const Rubric* rubric = nullptr;
  std::string path; // the questionnaire file, as named in messages
};

// Indices of `members` oldest first; equal dates keep the given order.
std::vector<size_t> date_order(const std::vector<SeriesMember>& members);

// An error at the newer assessment for every two consecutive members (oldest first) of
// different organisations.
void check_organisations(const std::vector<SeriesMember>& ordered, Diagnostics& diags);

// One step from an assessment to the next, between their rubric editions.
struct EditionStep {
  const Rubric* older = nullptr;
  const Rubric* newer = nullptr;
  size_t index = 0; // 0 for members 0 -> 1
  bool same_edition() const { return older->id == newer->id && older->version == newer->version; }
};

// The crosswalk to use for a step, nullptr for none: given by the user or looked up on disk.
// What it returns must outlive the series.
using CrosswalkSource = std::function<const Crosswalk*(const EditionStep& step)>;

// The crosswalk of every step of `ordered` (oldest first), one per consecutive pair, each
// checked against the two editions it joins (check_crosswalk); nullptr where `find` has none.
std::vector<const Crosswalk*> pair_editions(const std::vector<SeriesMember>& ordered,
                                            const CrosswalkSource& find, Diagnostics& diags);

} // namespace pace
