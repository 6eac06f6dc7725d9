// SPDX-License-Identifier: MIT
#include <cassert>

#include <pace/score/rating_scale.hpp>

namespace pace {

const Band& classify(const Scale& scale, double percent) {
  assert(!scale.bands.empty());
  for (const Band& band : scale.bands) {
    if (percent <= band.upper) return band;
  }
  return scale.bands.back();
}

} // namespace pace
