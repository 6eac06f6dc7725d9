// SPDX-License-Identifier: MIT
// What `pace serve` does for one questionnaire, without HTTP: the state document, an indicator
// edit, a new evidence item. Each call takes a JSON request body and answers a status, a content
// type and a body; the server (serve/server.hpp) only moves them over the socket. Edits are
// surgical (edit/questionnaire_edit.hpp), checked before they are written, and written
// atomically; a file changed on disk since it was last read is never overwritten (409).
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <pace/cli/rubric_store.hpp>
#include <pace/diag/diagnostic.hpp>
#include <pace/edit/questionnaire_edit.hpp>
#include <pace/model/questionnaire.hpp>
#include <pace/model/rubric.hpp>
#include <pace/score/score_sheet.hpp>

namespace pace::serve {

struct Reply {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

// Request bodies larger than this are refused (413) before they are read in full.
inline constexpr size_t kMaxRequestBytes = size_t{1} << 20;

class Workspace {
public:
  // Throws pace::Error when the file cannot be read. Check loaded() before serving.
  Workspace(std::string path, cli::RubricStore store);
  ~Workspace();
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;

  // False when the questionnaire does not parse or has no usable rubric; startup_diagnostics()
  // then says why, as `pace validate` would.
  bool loaded() const;
  std::string startup_diagnostics() const;

  // GET /api/state: re-reads the file (another editor may have changed it) and answers the
  // "pace.serve-state/1" document (docs/workspace.md).
  Reply state();
  // POST /api/edit: {"process", "instance", "assessor", "indicator", "rating", "note",
  // "evidence"}; answers the re-scored process as one processes[] element of "pace.score/1".
  Reply edit(std::string_view body);
  // POST /api/evidence: {"id", "kind", "title", "ref", "date"}; answers the new state document.
  Reply add_evidence(std::string_view body);

private:
  struct Snapshot;
  std::unique_ptr<Snapshot> load(std::string text);
  std::unique_ptr<Snapshot> reload_block(std::string next_text, const IndicatorEdit& edit);
  void check_and_score(Snapshot& snap) const;
  std::optional<Reply> refuse_if_changed_on_disk();
  Reply save(std::unique_ptr<Snapshot> next);
  std::optional<Reply> refuse_new_errors(const Snapshot& next) const;

  std::string path_;
  cli::RubricStore store_;
  std::map<std::string, std::pair<Rubric, cli::Sources>> rubrics_; // by reference as written
  std::unique_ptr<Snapshot> current_;
};

} // namespace pace::serve
