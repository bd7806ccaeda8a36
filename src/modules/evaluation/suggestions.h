#pragma once
// Suggested levels: for every indicator whose framework entry names a suggestion rule, the
// level Simpul's own records show for the campaign's year, with the reasons and the records
// behind them (docs/evaluation-contract.md, "Suggested levels"). A proposal only informs:
// the assessors choose the level, and nothing here ever writes an answer.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/lang.h"
#include "db/database.h"
#include "frameworks/model.h"
#include "modules/evaluation/model.h"

namespace simpul::modules::evaluation {

struct SuggestedRecord {
  std::string kind;   // one of record_kinds()
  std::string id;
  std::string title;
  std::string href;   // where the web UI shows it
};

struct Suggestion {
  int indicator_no = 0;
  std::string indicator_name;
  std::string rule;               // the framework's suggestion key
  int level = 1;
  std::string scale_level_name;   // "Terkelola", "Interaksi", …
  std::vector<Text> reasons;      // what was found, and what the next level needs
  std::vector<SuggestedRecord> records;                       // at most a few representative ones
  std::vector<std::pair<std::string, int64_t>> record_counts; // how many there are, by kind
  std::optional<int> self_level;  // the campaign's answer, when one is chosen
  bool differs = false;           // a self level is chosen and is not the suggested one
};

// One suggestion per indicator of `framework` with a rule, in framework order.
std::vector<Suggestion> suggest(db::Connection& c, const std::string& region_id, const frameworks::Framework& framework,
                                int year);
// Only the rules of `only` (indicator numbers), when given.
std::vector<Suggestion> suggest(db::Connection& c, const std::string& region_id, const frameworks::Framework& framework,
                                int year, const std::vector<int>& only);

// Sets self_level and differs from the campaign's answers (read only).
void compare_with_answers(std::vector<Suggestion>& suggestions, const std::vector<Answer>& answers);

nlohmann::json suggestion_json(const Suggestion& s);

}  // namespace simpul::modules::evaluation
