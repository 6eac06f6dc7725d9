// SPDX-License-Identifier: MIT
// Questionnaire text -> every output pace can make from it: the diagnostics as printed (source
// lines and carets included) and, when it checks clean, every format of score, profile, gaps
// and report.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  pace::Diagnostics diags;
  auto q = pace::load_questionnaire(text, "fuzz.toml", diags);
  if (q) (void)pace::fuzz::check_score_render(std::move(*q), pace::fuzz::shipped_rubric(), diags);
  (void)pace::render_all(diags.items(), {{"fuzz.toml", text}});
  return 0;
}
