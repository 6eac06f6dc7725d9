// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <pace/report/csv.hpp>

TEST_CASE("csv: plain text stays as it is", "[report][csv]") {
  CHECK(pace::csv_cell("") == "");
  CHECK(pace::csv_cell("COR.3") == "COR.3");
  CHECK(pace::csv_cell("L+") == "L+");
  CHECK(pace::csv_cell("a=b") == "a=b"); // only a leading = is a formula
}

TEST_CASE("csv: RFC 4180 quoting", "[report][csv]") {
  CHECK(pace::csv_cell("risk, assessment") == "\"risk, assessment\"");
  CHECK(pace::csv_cell("the \"policy\"") == "\"the \"\"policy\"\"\"");
  CHECK(pace::csv_cell("two\nlines") == "\"two\nlines\"");
  CHECK(pace::csv_cell("cr\rhere") == "\"cr\rhere\"");
}

TEST_CASE("csv: cells a spreadsheet would run as formulas are neutralised", "[report][csv]") {
  CHECK(pace::csv_cell("=SUM(A1:A3)") == "'=SUM(A1:A3)");
  CHECK(pace::csv_cell("+1") == "'+1");
  CHECK(pace::csv_cell("-2") == "'-2");
  CHECK(pace::csv_cell("@cmd") == "'@cmd");
  CHECK(pace::csv_cell("\tx") == "'\tx");
  // Neutralised first, then quoted: the quote mark ends up inside the quotes.
  CHECK(pace::csv_cell("\rx") == "\"'\rx\"");
  CHECK(pace::csv_cell("=HYPERLINK(\"http://x\",\"y\")") ==
        "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
}

TEST_CASE("csv: a record joins fields and ends the line", "[report][csv]") {
  CHECK(pace::csv_record({"a", "\"b,c\"", "", "12.5"}) == "a,\"b,c\",,12.5\n");
  CHECK(pace::csv_record({}) == "\n");
}
