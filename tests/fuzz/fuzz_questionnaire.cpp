// SPDX-License-Identifier: MIT
// Questionnaire text -> loader -> checker -> score, against the shipped rubric. The loader runs
// both ways (block at a time, and the whole document), which must agree exactly: a difference
// aborts, like a crash.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  pace::Diagnostics diags, whole_diags;
  auto q = pace::load_questionnaire(text, "fuzz.toml", diags, pace::TomlReading::by_blocks);
  auto whole =
      pace::load_questionnaire(text, "fuzz.toml", whole_diags, pace::TomlReading::whole_document);
  if (q.has_value() != whole.has_value() || (q && !(*q == *whole)) ||
      pace::render_all(diags.items(), {{"fuzz.toml", text}}) !=
          pace::render_all(whole_diags.items(), {{"fuzz.toml", text}})) {
    std::fprintf(stderr, "fuzz: loading by blocks and loading the whole document differ\n");
    std::abort();
  }
  if (!q) return 0;
  pace::check_questionnaire(*q, pace::fuzz::shipped_rubric(), diags);
  if (!diags.has_errors()) (void)pace::score(*q, pace::fuzz::shipped_rubric());
  return 0;
}
