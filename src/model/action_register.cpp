// SPDX-License-Identifier: MIT
#include <algorithm>
#include <array>

#include <pace/diag/spelling.hpp>
#include <pace/model/action_register.hpp>

namespace pace {

namespace {
constexpr std::array<ActionProgress, 5> kAll = {ActionProgress::proposed, ActionProgress::agreed,
                                                ActionProgress::in_progress, ActionProgress::done,
                                                ActionProgress::dropped};
} // namespace

std::string_view to_string(ActionProgress p) {
  switch (p) {
  case ActionProgress::proposed: return "proposed";
  case ActionProgress::agreed: return "agreed";
  case ActionProgress::in_progress: return "in_progress";
  case ActionProgress::done: return "done";
  case ActionProgress::dropped: return "dropped";
  }
  return "?";
}

std::optional<ActionProgress> action_progress_from(std::string_view text) {
  for (ActionProgress p : kAll) {
    if (to_string(p) == text) return p;
  }
  return std::nullopt;
}

const std::vector<std::string>& action_progress_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> result;
    result.reserve(kAll.size());
    for (ActionProgress p : kAll)
      result.emplace_back(to_string(p));
    return result;
  }();
  return names;
}

std::string status_hint(std::string_view wrong) {
  std::string hint = did_you_mean(wrong, action_progress_names());
  std::string valid = "valid: proposed, agreed, in_progress, done, dropped";
  return hint.empty() ? valid : hint + " (" + valid + ")";
}

const RegisteredAction* ActionRegister::find(std::string_view action_id) const {
  auto it = std::find_if(actions.begin(), actions.end(),
                         [&](const RegisteredAction& a) { return a.id == action_id; });
  return it == actions.end() ? nullptr : &*it;
}

} // namespace pace
