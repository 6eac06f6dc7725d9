// SPDX-License-Identifier: MIT
#include <pace/score/rating_scale.hpp>

#include <cassert>

namespace pace {

const Band& classify(const Scale& scale, double percent) {
  assert(!scale.bands.empty());
  for (const Band& band : scale.bands) {
    if (percent <= band.upper) return band;
  }
  return scale.bands.back();
}

} // namespace pace
