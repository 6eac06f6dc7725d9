// SPDX-License-Identifier: MIT
// Importing a filled-in plan CSV into an action register: whole texts in, whole texts out.
#include <string>

#include <catch2/catch.hpp>

#include <pace/load/action_import.hpp>
#include <pace/load/action_register_loader.hpp>
#include <pace/load/csv_reader.hpp>

using pace::Diagnostics;
using pace::ImportSummary;

namespace {

const std::string kRegister = R"(# Kestrel's register. Comments stay.
schema = 1

[register]
organisation = "Kestrel"
rubric = "iso27022-isms"

[[action]]
id = "COR.3/HQ/GP2.2.3"
title = "Document control"   # trailing comment
process = "COR.3"
instance = "HQ"
indicators = ["GP2.2.3"]
owner = "Head of Risk"  # who
status = "agreed"

# A comment between blocks.
)";

const std::string kHeader =
    "process,process_name,current_level,target_level,plan_status,step,attribute,indicator,"
    "instance,assessor,current_rating,new_rating,changes,effect_pp,detail,owner,due_date,"
    "action_id,practice,status\n";

std::string row(const std::string& process, const std::string& instance,
                const std::string& indicator, const std::string& owner, const std::string& due,
                const std::string& status, const std::string& practice = "Do the thing.") {
  std::string id = process + "/" + (instance.empty() ? "" : instance + "/") + indicator;
  return process + ",Name,1,2,minimal,1,PA2.2," + indicator + "," + instance + ",,P,F,1,15.0,," +
         owner + "," + due + "," + id + "," + practice + "," + status + "\n";
}

} // namespace

TEST_CASE("csv: quoted fields, doubled quotes, line breaks and defused formulas", "[load][csv]") {
  Diagnostics diags;
  auto records = pace::read_csv("a,\"b,c\",\"say \"\"hi\"\"\"\r\n'=SUM(A1),\"two\nlines\",x\n\n",
                                "p.csv", diags);
  REQUIRE(diags.items().empty());
  REQUIRE(records.size() == 2);
  CHECK(records[0].fields == std::vector<std::string>{"a", "b,c", "say \"hi\""});
  CHECK(records[1].fields == std::vector<std::string>{"=SUM(A1)", "two\nlines", "x"});
  CHECK(records[1].line == 2);
  CHECK(records[1].columns == std::vector<int>{1, 11, 8});
  CHECK(records[1].lines == std::vector<int>{2, 2, 3});

  Diagnostics bad;
  pace::read_csv("a,\"open\n", "p.csv", bad);
  REQUIRE(bad.items().size() == 1);
  CHECK(bad.items()[0].message == "unterminated quoted field");
  CHECK(bad.items()[0].pos.line == 1);
  CHECK(bad.items()[0].pos.column == 3);
}

TEST_CASE("import: updates change only their values, new actions go at the end",
          "[load][actions]") {
  std::string csv = kHeader + row("COR.3", "HQ", "GP2.2.3", "CISO", "2026-09-30", "in_progress") +
                    row("COR.9", "", "GP2.1.2", "", "", "") + // left blank: not taken up
                    row("COR.9", "", "BP2", "Control \"Lead\"", "2026-12-31", "");
  Diagnostics diags;
  ImportSummary summary;
  auto result = pace::import_plan_csv(kRegister, "actions.toml", csv, "plan.csv", diags, summary);
  REQUIRE(diags.items().empty());
  REQUIRE(result);
  CHECK(*result == R"(# Kestrel's register. Comments stay.
schema = 1

[register]
organisation = "Kestrel"
rubric = "iso27022-isms"

[[action]]
id = "COR.3/HQ/GP2.2.3"
title = "Document control"   # trailing comment
process = "COR.3"
instance = "HQ"
indicators = ["GP2.2.3"]
owner = "CISO"  # who
status = "in_progress"
due = 2026-09-30

# A comment between blocks.

[[action]]
id = "COR.9/BP2"
title = "Raise BP2 to F: Do the thing."
process = "COR.9"
indicators = ["BP2"]
from_rating = "P"
to_rating = "F"
owner = "Control \"Lead\""
due = 2026-12-31
status = "proposed"
)");
  CHECK(summary.added == std::vector<std::string>{"COR.9/BP2"});
  CHECK(summary.updated == std::vector<std::string>{"COR.3/HQ/GP2.2.3"});
  CHECK(summary.left_blank == 1);

  // The same CSV again: nothing to change.
  Diagnostics again;
  ImportSummary second;
  auto unchanged = pace::import_plan_csv(*result, "actions.toml", csv, "plan.csv", again, second);
  REQUIRE(unchanged);
  CHECK(*unchanged == *result);
  CHECK(second.added.empty());
  CHECK(second.updated.empty());
  CHECK(second.unchanged == 2);
}

TEST_CASE("import: bad cells are reported with the CSV's position, nothing is written",
          "[load][actions]") {
  std::string csv = kHeader + row("COR.3", "HQ", "GP2.2.3", "CISO", "30.09.2026", "agred");
  Diagnostics diags;
  ImportSummary summary;
  auto result = pace::import_plan_csv(kRegister, "actions.toml", csv, "plan.csv", diags, summary);
  CHECK_FALSE(result);
  REQUIRE(diags.items().size() == 1);
  CHECK(diags.items()[0].message == "unknown status 'agred' for action 'COR.3/HQ/GP2.2.3'");
  CHECK(diags.items()[0].note ==
        "did you mean 'agreed'? (valid: proposed, agreed, in_progress, done, dropped)");
  CHECK(diags.items()[0].pos.line == 2);

  Diagnostics dates;
  std::string bad_date = kHeader + row("COR.3", "HQ", "GP2.2.3", "CISO", "30.09.2026", "agreed");
  CHECK_FALSE(
      pace::import_plan_csv(kRegister, "actions.toml", bad_date, "plan.csv", dates, summary));
  REQUIRE(dates.items().size() == 1);
  CHECK(dates.items()[0].message ==
        "due date '30.09.2026' of action 'COR.3/HQ/GP2.2.3' is not a date");

  Diagnostics twice;
  std::string repeated =
      kHeader + row("COR.9", "", "BP2", "A", "", "") + row("COR.9", "", "BP2", "B", "", "");
  CHECK_FALSE(
      pace::import_plan_csv(kRegister, "actions.toml", repeated, "plan.csv", twice, summary));
  REQUIRE(twice.items().size() == 1);
  CHECK(twice.items()[0].message == "action 'COR.9/BP2' appears twice in the plan");
  CHECK(twice.items()[0].note == "first on line 2");

  Diagnostics columns;
  CHECK_FALSE(pace::import_plan_csv(kRegister, "actions.toml", "process,indicator\nCOR.3,BP1\n",
                                    "plan.csv", columns, summary));
  CHECK(columns.items().size() == 8);
  CHECK(columns.items()[0].message == "the plan CSV has no 'instance' column");
}

TEST_CASE("import: hostile text is escaped as TOML", "[load][actions]") {
  CHECK(pace::toml_quote("a\"b\\c\nd\te\x1b[2J") == "\"a\\\"b\\\\c\\nd\\te\\u001B[2J\"");
  std::string csv =
      kHeader + row("COR.9", "", "BP2", "\"\"\"]\n[register]\nx = 1", "", "", "\x1b]0;pwned\x07");
  // The row above puts raw quotes into the CSV unquoted; quote the owner cell properly instead.
  csv = kHeader + "COR.9,Name,1,2,minimal,1,PA1.1,BP2,,,P,F,1,15.0,,\"x\"\"\n[register]\",,"
                  "COR.9/BP2,\x1b]0;pwned\x07,\n";
  Diagnostics diags;
  ImportSummary summary;
  auto result = pace::import_plan_csv(kRegister, "actions.toml", csv, "plan.csv", diags, summary);
  REQUIRE(result);
  CHECK(result->find("owner = \"x\\\"\\n[register]\"\n") != std::string::npos);
  CHECK(result->find("title = \"Raise BP2 to F: \\u001B]0;pwned\\u0007\"\n") != std::string::npos);
  Diagnostics reread;
  auto reg = pace::load_action_register(*result, "actions.toml", reread);
  REQUIRE(reg);
  CHECK(reg->actions.back().owner == "x\"\n[register]");
}

TEST_CASE("import: a new action cites the findings of its plan row", "[load][actions]") {
  std::string header = kHeader.substr(0, kHeader.size() - 1) + ",findings\n";
  std::string first = row("COR.9", "", "BP2", "Lead", "", "");
  std::string second = row("COR.9", "", "BP3", "Lead", "", "");
  std::string csv = header + first.substr(0, first.size() - 1) + ",F-1; F-2\n" +
                    second.substr(0, second.size() - 1) + ",\n";
  Diagnostics diags;
  ImportSummary summary;
  auto result = pace::import_plan_csv(kRegister, "actions.toml", csv, "plan.csv", diags, summary);
  REQUIRE(diags.items().empty());
  REQUIRE(result);
  CHECK(result->substr(kRegister.size()) == R"(
[[action]]
id = "COR.9/BP2"
title = "Raise BP2 to F: Do the thing."
process = "COR.9"
indicators = ["BP2"]
from_rating = "P"
to_rating = "F"
findings = ["F-1", "F-2"]
owner = "Lead"
status = "proposed"

[[action]]
id = "COR.9/BP3"
title = "Raise BP3 to F: Do the thing."
process = "COR.9"
indicators = ["BP3"]
from_rating = "P"
to_rating = "F"
owner = "Lead"
status = "proposed"
)");
}
