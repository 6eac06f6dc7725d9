// SPDX-License-Identifier: MIT
// Questionnaire text -> loader -> checker -> score, against the shipped rubric.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  pace::Diagnostics diags;
  auto q = pace::load_questionnaire(text, "fuzz.toml", diags);
  if (!q) return 0;
  pace::check_questionnaire(*q, pace::fuzz::shipped_rubric(), diags);
  if (!diags.has_errors()) (void)pace::score(*q, pace::fuzz::shipped_rubric());
  return 0;
}
