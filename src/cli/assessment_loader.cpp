// SPDX-License-Identifier: MIT
#include <pace/cli/assessment_loader.hpp>

#include <filesystem>

#include <pace/check/questionnaire_check.hpp>
#include <pace/cli/io.hpp>
#include <pace/load/questionnaire_loader.hpp>

namespace pace::cli {

std::optional<LoadedAssessment> load_assessment(const std::string& path, const RubricStore& store,
                                                Diagnostics& diags, Sources& sources) {
  std::string text = read_text_file(path);
  auto questionnaire = load_questionnaire(text, path, diags);
  sources.emplace(path, std::move(text));
  if (!questionnaire || questionnaire->assessment.rubric.empty()) return std::nullopt;
  std::string base_dir = std::filesystem::path(path).parent_path().string();
  auto rubric = load_rubric_ref(questionnaire->assessment.rubric, base_dir,
                                questionnaire->assessment.rubric_pos, store, diags, sources);
  if (!rubric) return std::nullopt;
  check_questionnaire(*questionnaire, *rubric, diags);
  return LoadedAssessment{std::move(*questionnaire), std::move(*rubric)};
}

} // namespace pace::cli
