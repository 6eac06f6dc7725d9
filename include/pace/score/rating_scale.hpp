// SPDX-License-Identifier: MIT
#pragma once

#include <pace/model/framework.hpp>

namespace pace {

// The band of `scale` that holds `percent`: bands cover (previous upper, upper], edges are
// upper-inclusive and exact (50 is P, 50.0001 is L). percent must lie in [0, 100].
const Band& classify(const Scale& scale, double percent);

} // namespace pace
