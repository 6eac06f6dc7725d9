// SPDX-License-Identifier: MIT
#include <string>

#include <catch2/catch.hpp>

#include "cli/formats.hpp"

using pace::cli::Combine;
using pace::cli::Formats;

namespace {

std::string as_text(const int& n) {
  return "text " + std::to_string(n);
}
std::string as_json(const int& n) {
  return "{\"n\": " + std::to_string(n) + "}";
}
std::string as_csv(const int& n) {
  return "n\n" + std::to_string(n) + "\n";
}

const Formats<int> kFormats = {{"text", as_text},
                               {"json", as_json, nullptr, Combine::json_document},
                               {"csv", as_csv, "one row", Combine::csv_table}};

} // namespace

TEST_CASE("help, synopsis and summary all come from the one format table", "[formats]") {
  CHECK(kFormats.default_name() == "text");
  CHECK(kFormats.help() == "text (default), json or csv (one row)");
  CHECK(kFormats.synopsis() == "[--format text|json|csv]");
  CHECK(kFormats.names() == "text, json or csv");
}

TEST_CASE("a format's row renders it and says how a portfolio joins it", "[formats]") {
  CHECK(kFormats.render("json", 7) == "{\"n\": 7}");
  CHECK(kFormats.render("csv", 7) == "n\n7\n");
  CHECK(kFormats.combine("text") == Combine::sections);
  CHECK(kFormats.combine("json") == Combine::json_document);
  CHECK(kFormats.combine("csv") == Combine::csv_table);
}
