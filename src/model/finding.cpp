// SPDX-License-Identifier: MIT
#include <array>
#include <tuple>

#include <pace/model/finding.hpp>

namespace pace {

namespace {
constexpr std::array<FindingKind, 5> kKinds = {FindingKind::strength, FindingKind::weakness,
                                               FindingKind::nonconformity, FindingKind::observation,
                                               FindingKind::opportunity};
constexpr std::array<FindingSeverity, 2> kSeverities = {FindingSeverity::major,
                                                        FindingSeverity::minor};

template <typename Enum, std::size_t N>
std::vector<std::string> names_of(const std::array<Enum, N>& all) {
  std::vector<std::string> result;
  for (Enum e : all)
    result.emplace_back(to_string(e));
  return result;
}
} // namespace

std::string_view to_string(FindingKind k) {
  switch (k) {
  case FindingKind::strength: return "strength";
  case FindingKind::weakness: return "weakness";
  case FindingKind::nonconformity: return "nonconformity";
  case FindingKind::observation: return "observation";
  case FindingKind::opportunity: return "opportunity";
  }
  return "?";
}

std::optional<FindingKind> finding_kind_from(std::string_view text) {
  for (FindingKind k : kKinds) {
    if (to_string(k) == text) return k;
  }
  return std::nullopt;
}

const std::vector<std::string>& finding_kind_names() {
  static const std::vector<std::string> names = names_of(kKinds);
  return names;
}

std::string_view to_string(FindingSeverity s) {
  switch (s) {
  case FindingSeverity::major: return "major";
  case FindingSeverity::minor: return "minor";
  }
  return "?";
}

std::optional<FindingSeverity> finding_severity_from(std::string_view text) {
  for (FindingSeverity s : kSeverities) {
    if (to_string(s) == text) return s;
  }
  return std::nullopt;
}

const std::vector<std::string>& finding_severity_names() {
  static const std::vector<std::string> names = names_of(kSeverities);
  return names;
}

bool kind_takes_severity(FindingKind k) {
  return k == FindingKind::weakness || k == FindingKind::nonconformity;
}

bool finding_precedes(const Finding& a, const Finding& b) {
  // Severity first: major (0), minor (1), then the kinds without one (2). Within a severity a
  // nonconformity (a requirement not met) reads before a weakness; then FindingKind order.
  auto rank = [](const Finding& f) {
    if (f.severity) return *f.severity == FindingSeverity::major ? 0 : 1;
    return 2;
  };
  auto kind_rank = [](const Finding& f) {
    return f.kind == FindingKind::nonconformity ? -1 : static_cast<int>(f.kind);
  };
  return std::tuple(rank(a), kind_rank(a), a.id) < std::tuple(rank(b), kind_rank(b), b.id);
}

} // namespace pace
