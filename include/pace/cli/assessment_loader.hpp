// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

#include <pace/cli/rubric_cache.hpp>
#include <pace/cli/rubric_store.hpp>
#include <pace/model/questionnaire.hpp>
#include <pace/model/rubric.hpp>

namespace pace::cli {

struct LoadedAssessment {
  Questionnaire questionnaire;
  Rubric rubric;
};

// Reads, parses and checks one questionnaire with its rubric. Every problem goes to diags and
// every file read to sources. Returns nullopt when scoring is impossible (unparsable TOML or no
// usable rubric); otherwise the caller decides what diags.has_errors() means. Throws pace::Error
// when the questionnaire cannot be read.
std::optional<LoadedAssessment> load_assessment(const std::string& path, const RubricStore& store,
                                                Diagnostics& diags, Sources& sources);

// The same with rubrics from a cache shared by several threads (portfolio mode).
std::optional<LoadedAssessment> load_assessment(const std::string& path, RubricCache& cache,
                                                Diagnostics& diags, Sources& sources);

} // namespace pace::cli
