// SPDX-License-Identifier: MIT
// The review pack renderers against a questionnaire whose every free text is hostile
// (tests/golden/report-hostile-html/hostile.toml): nothing may come out active in any format.
#include <set>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <pace/report/review_pack.hpp>
#include <pace/report/review_render.hpp>

#include "shipped_rubric.hpp"

namespace {

using pace::test::check_text;
using pace::test::read_source_file;
using pace::test::shipped_rubric;

const pace::ReviewPack& hostile_pack() {
  static const pace::Questionnaire questionnaire = [] {
    auto checked = check_text(read_source_file("tests/golden/report-hostile-html/hostile.toml"),
                              "hostile.toml");
    INFO(checked.rendered());
    REQUIRE_FALSE(checked.diags.has_errors());
    // Findings and a summary built here until the loader reads them: as hostile as the rest.
    pace::Questionnaire q = checked.questionnaire;
    q.assessment.summary = "<script>alert('summary')</script> | =1+1";
    auto finding = [](std::string id, std::string process, std::string instance,
                      pace::FindingKind kind, pace::FindingSeverity severity, std::string text,
                      std::vector<std::string> evidence, std::vector<std::string> indicators) {
      pace::Finding f;
      f.id = std::move(id);
      f.process = std::move(process);
      f.instance = std::move(instance);
      f.kind = kind;
      f.severity = severity;
      f.text = std::move(text);
      f.evidence = std::move(evidence);
      f.indicators = std::move(indicators);
      return f;
    };
    pace::Finding minor =
        finding("F-2", "COR.2", "", pace::FindingKind::weakness, pace::FindingSeverity::minor,
                "=HYPERLINK(\"http://x\",\"finding\")", {}, {"BP2"});
    pace::Finding major = finding("F-1", "COR.1", "<b>HQ</b>", pace::FindingKind::nonconformity,
                                  pace::FindingSeverity::major,
                                  "<img src=x onerror=alert('f')> [a](b)", {"E-1"}, {"BP1"});
    q.findings = {minor, major};
    return q;
  }();
  static const pace::ActionRegister actions = [] {
    pace::ActionRegister reg;
    reg.schema = 1;
    reg.rubric = "iso27022-isms";
    pace::RegisteredAction proposed;
    proposed.id = "<i>A-1</i>";
    proposed.title = "<script>alert('action')</script>";
    proposed.process = "COR.2";
    proposed.indicators = {"BP1"};
    proposed.owner = "=cmd|' /C calc'!A0";
    proposed.note = "[link](http://x)";
    pace::RegisteredAction done = proposed;
    done.id = "A-2";
    done.process = "COR.1";
    done.instance = "<b>HQ</b>";
    done.status = pace::ActionProgress::done;
    done.to_rating = "F";
    pace::RegisteredAction late = proposed;
    late.id = "A-3";
    late.status = pace::ActionProgress::agreed;
    late.due = pace::Date{2026, 1, 31};
    reg.actions = {proposed, done, late};
    return reg;
  }();
  static const pace::ReviewPack pack = [] {
    pace::ReviewOptions options;
    options.actions = &actions;
    options.actions_path = "<u>actions.toml</u>";
    options.pace_version = "test";
    options.files = {{"questionnaire", "<i>hostile.toml</i>", "hostile-2026", "2026-03-14", "00"}};
    return pace::make_review_pack({&questionnaire, &shipped_rubric(), nullptr}, {}, options);
  }();
  return pack;
}

// Every raw tag of an HTML document: what stands between '<' and the next '>'. Escaped text
// holds no raw '<', so anything hostile that got through unescaped shows up here.
std::vector<std::string> raw_tags(const std::string& html) {
  std::vector<std::string> tags;
  for (size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    size_t end = html.find('>', at);
    REQUIRE(end != std::string::npos);
    tags.push_back(html.substr(at + 1, end - at - 1));
  }
  return tags;
}

std::string tag_name(const std::string& tag) {
  size_t start = tag.front() == '/' ? 1 : 0;
  size_t end = tag.find_first_of(" \t\n/", start);
  return tag.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// RFC 4180 fields of a whole CSV document.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> records(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      records.back().push_back(field);
      field.clear();
    } else if (c == '\n') {
      records.back().push_back(field);
      field.clear();
      records.emplace_back();
    } else {
      field += c;
    }
  }
  REQUIRE_FALSE(quoted);
  REQUIRE(records.back().empty());
  records.pop_back();
  return records;
}

} // namespace

TEST_CASE("review HTML holds only pace's own tags, whatever the questionnaire says",
          "[report][review][hostile]") {
  std::string html = pace::render_review_html(hostile_pack());
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<iframe") == std::string::npos);
  CHECK(html.find("<b>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
  const std::set<std::string> allowed = {
      "!DOCTYPE", "html",   "head",       "meta",     "title", "style", "body",  "header", "h1",
      "h2",       "h3",     "p",          "nav",      "ol",    "ul",    "li",    "a",      "main",
      "section",  "dl",     "dt",         "dd",       "table", "thead", "tbody", "tr",     "th",
      "td",       "figure", "figcaption", "footer",   "svg",   "desc",  "g",     "rect",   "line",
      "path",     "text",   "circle",     "polyline", "strong"};
  for (const auto& tag : raw_tags(html)) {
    INFO("<" << tag << ">");
    CHECK(allowed.count(tag_name(tag)) == 1);
    // No event handler, and the only links are to the page's own sections.
    CHECK(tag.find(" on") == std::string::npos);
    if (tag.rfind("a ", 0) == 0) CHECK(tag.rfind("a href=\"#", 0) == 0);
    CHECK(tag.find("src=") == std::string::npos);
    CHECK(tag.find("url(") == std::string::npos);
  }
}

TEST_CASE("review Markdown leaves no link, image, HTML or table break active",
          "[report][review][hostile]") {
  std::string md = pace::render_review_markdown(hostile_pack());
  CHECK(md.find("](") == std::string::npos);
  CHECK(md.find("\\<script\\>") != std::string::npos);
  // Outside backslash escapes, no character that opens a link, an image, raw HTML, code or an
  // autolink is left; the only unescaped '|' are the table borders pace writes itself.
  for (size_t i = 0; i < md.size(); ++i) {
    if (md[i] == '\\') {
      ++i;
      continue;
    }
    INFO("at " << i << ": " << md.substr(i > 40 ? i - 40 : 0, 80));
    CHECK(std::string("[]()<>`!&@$").find(md[i]) == std::string::npos);
  }
  // The note with a newline became one line: no heading, list or quote was created from it.
  CHECK(md.find("\n# heading") == std::string::npos);
  CHECK(md.find("\\# heading - list \\> quote") != std::string::npos);
}

TEST_CASE("review CSV is RFC 4180 and starts no cell with a formula character",
          "[report][review][hostile]") {
  std::string csv = pace::render_review_csv(hostile_pack());
  auto records = parse_csv(csv);
  REQUIRE(records.size() > 10);
  const size_t columns = records.front().size();
  CHECK(records.front().front() == "record");
  bool saw_formula_text = false;
  for (const auto& record : records) {
    CHECK(record.size() == columns);
    for (const auto& cell : record) {
      if (cell.empty()) continue;
      INFO(cell);
      CHECK(std::string("=+-@\t\r").find(cell.front()) == std::string::npos);
      if (cell == "'=HYPERLINK(\"http://x\",\"y\")") saw_formula_text = true;
    }
  }
  CHECK(saw_formula_text);
  std::set<std::string> types;
  for (size_t i = 1; i < records.size(); ++i)
    types.insert(records[i].front());
  CHECK(types == std::set<std::string>{"process", "attribute", "action", "summary", "finding",
                                       "register_action", "decision"});
}

TEST_CASE("the pack orders findings and derives management's decisions from the register",
          "[report][review]") {
  const pace::ReviewPack& pack = hostile_pack();
  REQUIRE(pack.findings.size() == 2);
  CHECK(pack.findings[0].id == "F-1"); // the major one first
  CHECK(pack.top_findings == 2);
  REQUIRE(pack.register_review);
  const auto& decisions = pack.register_review->decisions;
  REQUIRE(decisions.size() == 3);
  CHECK(decisions[0].kind == pace::DecisionKind::not_agreed);
  CHECK(pack.register_review->actions[decisions[0].action].id == "<i>A-1</i>");
  CHECK(decisions[1].kind == pace::DecisionKind::overdue);
  CHECK(decisions[1].days_overdue == 42); // due 2026-01-31, assessed 2026-03-14
  CHECK(decisions[2].kind == pace::DecisionKind::not_effective); // BP1 is L, F was asked
  REQUIRE(decisions[2].now.size() == 1);
  CHECK(decisions[2].now[0].rating == "L");
  // Every process with findings or notes has its detail; COR.1 carries the hostile note.
  REQUIRE_FALSE(pack.details.empty());
  CHECK(pack.details[0].process == "COR.1");
  CHECK(pack.details[0].findings.size() == 1);

  pace::ReviewPack summary = pack;
  summary.detail = pace::ReviewDetail::summary;
  std::string html = pace::render_review_html(summary);
  CHECK(html.find("<section id=\"summary\"") != std::string::npos);
  CHECK(html.find("<section id=\"evidence\"") == std::string::npos);
  CHECK(html.find("&lt;img src=x onerror=alert(&#39;f&#39;)&gt;") != std::string::npos);
  std::string md = pace::render_review_markdown(summary);
  CHECK(md.find("## Executive summary") != std::string::npos);
  CHECK(md.find("## Appendix A") == std::string::npos);
}

TEST_CASE("review JSON keeps hostile text verbatim as JSON strings", "[report][review][hostile]") {
  auto doc = nlohmann::json::parse(pace::render_review_json(hostile_pack()));
  CHECK(doc["schema"] == "pace.report/1");
  CHECK(doc["assessment"]["organisation"] == "\"><img src=x onerror=alert(1)>");
  CHECK(doc["assessment"]["sponsor"] == "=HYPERLINK(\"http://x\",\"y\")");
  CHECK(doc["evidence"][0]["title"] == "<script>alert(1)</script>");
  CHECK(doc["method"]["files"][0]["name"] == "<i>hostile.toml</i>");
  CHECK(doc["assessment"]["summary"] == "<script>alert('summary')</script> | =1+1");
  CHECK(doc["findings"][0]["text"] == "<img src=x onerror=alert('f')> [a](b)");
  CHECK(doc["findings"][0]["severity"] == "major");
  CHECK(doc["register"]["actions"][0]["title"] == "<script>alert('action')</script>");
  CHECK(doc["register"]["decisions"][2]["kind"] == "not_effective");
}

TEST_CASE("every review format is byte-identical across runs", "[report][review]") {
  const pace::ReviewPack& pack = hostile_pack();
  CHECK(pace::render_review_html(pack) == pace::render_review_html(pack));
  CHECK(pace::render_review_markdown(pack) == pace::render_review_markdown(pack));
  CHECK(pace::render_review_csv(pack) == pace::render_review_csv(pack));
  CHECK(pace::render_review_json(pack) == pace::render_review_json(pack));
}
