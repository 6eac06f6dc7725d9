// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include <pace/cli/rubric_store.hpp>
#include <pace/model/rubric.hpp>

namespace pace::cli {

// Rubrics shared by the workers of a portfolio run, each loaded once. Thread-safe.
class RubricCache {
public:
  explicit RubricCache(RubricStore store) : store_(std::move(store)) {}

  // load_rubric_ref(), remembered per (reference, base directory) once it loaded without an
  // error; later callers get a copy plus the same warnings and source texts. Failures are not
  // remembered: their diagnostics point into the questionnaire that named the rubric.
  std::optional<Rubric> load(const std::string& ref, const std::string& base_dir,
                             const SourcePos& ref_pos, Diagnostics& diags, Sources& sources);

  const RubricStore& store() const { return store_; }

private:
  struct Entry {
    Rubric rubric;
    std::vector<Diagnostic> warnings;
    Sources sources;
  };
  RubricStore store_;
  std::mutex mutex_; // held while a rubric loads, so each is read and parsed only once
  std::map<std::string, std::shared_ptr<const Entry>> entries_;
};

} // namespace pace::cli
