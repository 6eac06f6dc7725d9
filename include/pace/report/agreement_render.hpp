// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include <pace/score/agreement.hpp>

namespace pace {

// `pace agreement` as text: alpha overall and per PA, then per process instance rated by two or
// more assessors a table of each assessor's PA ratings with the spread, and the indicators where
// they differ by two bands or more, with their notes.
std::string render_agreement_text(const AgreementSheet& sheet);

// The stable "pace.agreement/1" document (documented in docs/json-csv.md).
nlohmann::ordered_json agreement_to_json(const AgreementSheet& sheet);
std::string render_agreement_json(const AgreementSheet& sheet);

// One long table with a `kind` column: "alpha" records (overall with an empty attribute, then per
// PA: value = alpha, units, note = why it is undefined), "attribute" records (one per assessor and
// PA: rating, value = achievement %, spread in points, source, override note) and "indicator"
// records (one per assessor of each wide disagreement: rating, value = base 0-3, spread in bands,
// the assessor's note).
std::string render_agreement_csv(const AgreementSheet& sheet);

} // namespace pace
