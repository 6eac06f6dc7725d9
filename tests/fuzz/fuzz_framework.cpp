// SPDX-License-Identifier: MIT
// Framework text -> loader -> bound to the shipped reference model -> the example questionnaire
// checked, scored and rendered against it.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <pace/report/questionnaire_template.hpp>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  pace::Diagnostics diags;
  (void)pace::read_rubric_header(text, "fuzz.toml");
  auto framework = pace::load_framework(text, "fuzz.toml", diags);
  if (!framework || diags.has_errors()) return 0;
  pace::Rubric rubric = pace::fuzz::unbound_rubric();
  if (!pace::bind_framework(rubric, std::move(*framework), diags) || diags.has_errors()) return 0;
  (void)pace::render_rubric_text(rubric);
  (void)pace::render_questionnaire_template(rubric, pace::TemplateOptions{});
  pace::Diagnostics q_diags;
  auto q = pace::load_questionnaire(pace::fuzz::example_text(), "2026.toml", q_diags);
  if (q) (void)pace::fuzz::check_score_render(std::move(*q), rubric, q_diags);
  return 0;
}
