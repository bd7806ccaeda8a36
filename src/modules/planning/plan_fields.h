#pragma once
// Input pieces the plans share (master plan, architecture): years, lists of statements,
// decrees (number and date, both or neither), reason codes; and the region's "today".
// The architecture module uses these too, so both read their bodies the same way.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/body_reader.h"
#include "db/database.h"

namespace simpul::modules::plan_fields {

// A whole year; any number is read here, the period rules judge the range.
std::optional<int> year(BodyReader& r, const std::string& name, bool required);

// A list of 0..max_items statements, each 1..max_chars characters (trimmed).
std::optional<std::vector<std::string>> text_list(BodyReader& r, const std::string& name, size_t max_items = 50,
                                                  size_t max_chars = 2000);

// Codes from `known`, at least `min_items`, no repeats.
std::optional<std::vector<std::string>> codes(BodyReader& r, const std::string& name,
                                              const std::set<std::string>& known, size_t min_items);

struct Decree {
  std::string number;  // empty: none
  std::string date;    // YYYY-MM-DD or empty
  bool given() const { return !number.empty(); }
};

// Reads decree_number and decree_date when present in the body, on top of `current`
// (null clears). Field errors: only one of the two, a date after `today`.
Decree decree(BodyReader& r, Decree current, const std::string& today);


// Serialises the writers that judge one region's plans against each other (overlapping
// periods) by locking the region's row until the transaction ends. SQLite already has a
// single writer; on PostgreSQL two such writers would otherwise both see "no overlap".
void lock_region_plans(db::Connection& c, const std::string& region_id);

nlohmann::json or_null(const std::string& s);
std::string list_text(const std::vector<std::string>& items);    // JSON array text for a column
std::vector<std::string> list_of(const std::string& json_text);  // and back

}  // namespace simpul::modules::plan_fields
