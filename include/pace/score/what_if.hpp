// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <pace/model/questionnaire.hpp>
#include <pace/model/rubric.hpp>
#include <pace/score/score_sheet.hpp>

namespace pace {

// One indicator of one [[process]] block that a what-if can rate differently. Indicators the
// block leaves out (or rates "") are slots too, with an unrated rating.
struct IndicatorSlot {
  size_t block = 0;         // among the process's blocks, file order
  size_t group = 0;         // instance index, as in ProcessResult::instances
  size_t attribute = 0;     // index into ProcessResult::attributes
  std::string indicator;    // "BP3", "GP2.1.4"
  std::string attribute_id; // "PA1.1"
  std::string instance;
  std::string assessor;
  Rating rating; // as the questionnaire has it
  std::string note;
  std::vector<std::string> evidence;
};

struct RatingChange {
  size_t slot = 0;
  Rating rating;
};

// Re-scores one process of a checked questionnaire with some indicator ratings changed, through
// the real score() (same rating method, aggregation and level rule). Keeps a private copy of the
// process's blocks; the questionnaire and rubric passed in are not touched.
class ProcessWhatIf {
public:
  ProcessWhatIf(const Questionnaire& q, const Rubric& rubric, const std::string& process_id);

  const std::vector<IndicatorSlot>& slots() const { return slots_; }
  ProcessResult score_with(const std::vector<RatingChange>& changes);
  long evaluations() const { return evaluations_; }
  // True when the assessment's method lets an attribute override of this instance replace what
  // its indicators give for the attribute (R2, and R3 always): then its indicators cannot move it.
  bool indicators_ignored(size_t group, const std::string& attribute_id) const;
  const Framework& framework() const { return rubric_.framework; }
  const Scale& scale() const { return *scale_; }
  RatingMethod method() const { return questionnaire_.assessment.rating_method; }

private:
  Questionnaire questionnaire_; // only the process's blocks, missing indicators added unrated
  Rubric rubric_;               // only the process, texts dropped (scoring never reads them)
  const Scale* scale_ = nullptr;
  std::vector<IndicatorSlot> slots_;
  std::vector<std::pair<size_t, size_t>> entry_of_slot_; // (block, entry index)
  std::vector<std::vector<std::string>> overridden_;     // per group: attributes overridden
  long evaluations_ = 0;
};

// The base letter a percentage falls in on `scale`.
BaseRating base_of(const Scale& scale, double percent);

// The rating an indicator gets when moved to base letter `b`: the framework's value for the
// letter ("F" -> 92.5). nullopt when the framework defines no value for it.
std::optional<Rating> rating_for(const Framework& framework, BaseRating b);

} // namespace pace
