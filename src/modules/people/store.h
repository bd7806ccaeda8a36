#pragma once
// SQL for people.
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/people/model.h"

namespace simpul::modules::people {

struct Filter {
  std::optional<int64_t> agency_id;
  std::string query;                // name contains, or NIP starts with
  std::optional<std::pair<std::string, int64_t>> after;  // (name, id) of the last row seen
  int limit = 50;
};

std::vector<Person> list(db::Connection& c, const std::string& region_id, const Filter& f);
std::optional<Person> find(db::Connection& c, const std::string& region_id, int64_t person_id);
std::optional<Person> find_by_user(db::Connection& c, int64_t user_id);
std::optional<Person> find_by_nip(db::Connection& c, const std::string& region_id, const std::string& nip);
int64_t insert(db::Connection& c, Person& p);  // sets p.id
bool update(db::Connection& c, const Person& p, int64_t expected_version);

}  // namespace simpul::modules::people
