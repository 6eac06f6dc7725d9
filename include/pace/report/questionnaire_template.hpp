// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <pace/model/date.hpp>
#include <pace/model/rubric.hpp>

namespace pace {

struct TemplateOptions {
  std::string organisation;
  Date date;
  int max_level = 3;
};

// A complete questionnaire for `pace init`: one [[process]] block per process of the rubric and
// every indicator up to max_level as `ID = ""`, its text as a comment above it. Loads and scores
// as it is (everything "not rated").
std::string render_questionnaire_template(const Rubric& rubric, const TemplateOptions& options);

// A TOML basic string literal, quotes included, with everything that needs it escaped.
std::string toml_quote(const std::string& text);

} // namespace pace
