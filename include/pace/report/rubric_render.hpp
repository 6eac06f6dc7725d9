// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <pace/model/rubric.hpp>

namespace pace {

// `pace rubric show`: the process reference model, its framework and maturity model, as text.
std::string render_rubric_text(const Rubric& rubric);
// `pace rubric show` for a measurement framework: levels, attributes with their generic
// practices, rating values and scales.
std::string render_framework_text(const Framework& framework);

} // namespace pace
