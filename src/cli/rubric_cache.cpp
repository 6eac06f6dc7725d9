// SPDX-License-Identifier: MIT
#include <pace/cli/rubric_cache.hpp>

namespace pace::cli {

std::optional<Rubric> RubricCache::load(const std::string& ref, const std::string& base_dir,
                                        const SourcePos& ref_pos, Diagnostics& diags,
                                        Sources& sources) {
  std::string key = ref + '\n' + base_dir;
  std::shared_ptr<const Entry> entry;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = entries_.find(key);
    if (it != entries_.end()) {
      entry = it->second;
    } else {
      Diagnostics own;
      Sources own_sources;
      auto rubric = load_rubric_ref(ref, base_dir, ref_pos, store_, own, own_sources);
      if (!rubric || own.has_errors()) {
        for (const auto& d : own.items())
          diags.add(d);
        sources.insert(own_sources.begin(), own_sources.end());
        return rubric;
      }
      entry = std::make_shared<const Entry>(
          Entry{std::move(*rubric), own.items(), std::move(own_sources)});
      entries_.emplace(key, entry);
    }
  }
  for (const auto& d : entry->warnings)
    diags.add(d);
  if (!entry->warnings.empty()) sources.insert(entry->sources.begin(), entry->sources.end());
  return entry->rubric;
}

} // namespace pace::cli
