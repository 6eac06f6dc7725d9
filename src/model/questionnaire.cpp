// SPDX-License-Identifier: MIT
#include <pace/model/questionnaire.hpp>

namespace pace {

std::string_view to_string(RatingMethod m) {
  switch (m) {
  case RatingMethod::r1: return "R1";
  case RatingMethod::r2: return "R2";
  case RatingMethod::r3: return "R3";
  }
  return "?";
}

std::string_view to_string(Aggregation a) {
  switch (a) {
  case Aggregation::mean: return "mean";
  case Aggregation::median: return "median";
  case Aggregation::min: return "min";
  }
  return "?";
}

} // namespace pace
