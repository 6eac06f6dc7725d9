// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <pace/model/rubric.hpp>

namespace pace {

// `pace rubric show`: the process reference model, its framework and maturity model, as text.
std::string render_rubric_text(const Rubric& rubric);

} // namespace pace
