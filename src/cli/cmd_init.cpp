// SPDX-License-Identifier: MIT
#include <chrono>
#include <filesystem>
#include <regex>

#include <pace/cli/io.hpp>
#include <pace/diag/error.hpp>
#include <pace/report/questionnaire_template.hpp>

#include "handlers.hpp"

namespace pace::cli {

namespace {

struct InitOptions {
  std::string rubric;
  std::string organisation;
  std::string date;
  int max_level = 3;
  std::string output;
};

std::optional<Date> parse_date(const std::string& text) {
  static const std::regex pattern("([0-9]{4})-([0-9]{2})-([0-9]{2})");
  std::smatch m;
  if (!std::regex_match(text, m, pattern)) return std::nullopt;
  Date d{std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3])};
  std::chrono::year_month_day ymd{std::chrono::year(d.year),
                                  std::chrono::month(static_cast<unsigned>(d.month)),
                                  std::chrono::day(static_cast<unsigned>(d.day))};
  if (!ymd.ok()) return std::nullopt;
  return d;
}

Date today() {
  auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  std::chrono::year_month_day ymd{now};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

} // namespace

int cmd_init(const Args& args, Context& ctx) {
  InitOptions o;
  po::options_description desc("options");
  desc.add_options()("rubric", po::value(&o.rubric)->required()->value_name("ID"),
                     "rubric id (see 'pace rubric list') or path to a rubric file")(
      "org", po::value(&o.organisation)->required()->value_name("NAME"), "organisation assessed")(
      "date", po::value(&o.date)->value_name("YYYY-MM-DD"), "assessment date (default: today)")(
      "max-level", po::value(&o.max_level)->default_value(3)->value_name("N"),
      "highest capability level investigated, 1-5")(
      "output,o", po::value(&o.output)->required()->value_name("FILE"),
      "questionnaire to create (never overwritten)");
  if (auto rc = parse_arguments("init", "--rubric ID --org NAME [--date D] [--max-level N] -o FILE",
                                args, desc, {}, ctx)) {
    return *rc;
  }
  if (o.max_level < 1 || o.max_level > 5) {
    return usage_error("init", "--max-level must be between 1 and 5", ctx);
  }
  Date date = today();
  if (!o.date.empty()) {
    auto parsed = parse_date(o.date);
    if (!parsed)
      return usage_error("init", "--date must be a date YYYY-MM-DD, not '" + o.date + "'", ctx);
    date = *parsed;
  }
  std::error_code ec;
  if (std::filesystem::exists(o.output, ec)) {
    throw Error("refusing to overwrite '" + o.output + "': it exists");
  }
  Diagnostics diags;
  Sources sources;
  auto rubric = load_rubric_ref(o.rubric, std::filesystem::current_path().string(),
                                SourcePos{"--rubric", 0, 0, 0}, ctx.store(), diags, sources);
  if (!rubric) return report_diagnostics(diags, sources, ctx);
  std::string text = render_questionnaire_template(*rubric, {o.organisation, date, o.max_level});
  write_file_atomic(o.output, text, {});
  ctx.err << "wrote " << o.output << ": " << rubric->processes.size() << " processes of '"
          << rubric->id << "' up to level " << o.max_level << "\n";
  return 0;
}

} // namespace pace::cli
