// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

namespace pace::cli {

// The rubric directories searched after --rubrics and $PACE_RUBRICS: <exe
// dir>/../share/pace/rubrics (the installed layout, found from the running binary wherever the tree
// was moved), or the checkout's rubrics/ for a binary run from its own build directory. Empty when
// neither applies.
std::vector<std::string> default_rubric_dirs();

} // namespace pace::cli
