// SPDX-License-Identifier: MIT
#include <filesystem>

#include <pace/check/evidence_check.hpp>
#include <pace/check/questionnaire_check.hpp>
#include <pace/cli/assessment_loader.hpp>
#include <pace/cli/io.hpp>
#include <pace/load/questionnaire_loader.hpp>

namespace pace::cli {

namespace {

template <typename LoadRubric>
std::optional<LoadedAssessment> load_with(const std::string& path, Diagnostics& diags,
                                          Sources& sources, LoadRubric find_rubric) {
  std::string text = read_text_file(path);
  auto questionnaire = load_questionnaire(text, path, diags);
  sources.emplace(path, std::move(text));
  if (!questionnaire || questionnaire->assessment.rubric.empty()) return std::nullopt;
  std::string base_dir = std::filesystem::path(path).parent_path().string();
  auto rubric =
      find_rubric(questionnaire->assessment.rubric, base_dir, questionnaire->assessment.rubric_pos);
  if (!rubric) return std::nullopt;
  check_questionnaire(*questionnaire, *rubric, diags);
  check_evidence(*questionnaire, *rubric, diags);
  return LoadedAssessment{std::move(*questionnaire), std::move(*rubric)};
}

} // namespace

std::optional<LoadedAssessment> load_assessment(const std::string& path, const RubricStore& store,
                                                Diagnostics& diags, Sources& sources) {
  return load_with(path, diags, sources, [&](const auto& ref, const auto& dir, const auto& pos) {
    return load_rubric_ref(ref, dir, pos, store, diags, sources);
  });
}

std::optional<LoadedAssessment> load_assessment(const std::string& path, RubricCache& cache,
                                                Diagnostics& diags, Sources& sources) {
  return load_with(path, diags, sources, [&](const auto& ref, const auto& dir, const auto& pos) {
    return cache.load(ref, dir, pos, diags, sources);
  });
}

} // namespace pace::cli
