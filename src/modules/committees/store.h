#pragma once
// The bodies of the region's regulation (Tim Koordinasi SPBE, Tim Pengarah, working
// groups …) with members by position; the architecture domain coordinators; the GCIO.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "db/database.h"

namespace simpul::modules::committees {

struct Member {
  int64_t id = 0;
  std::string role;
  std::optional<int64_t> position_id;
  std::string position_title;
  std::optional<int64_t> holder_id;
  std::string holder_name;
  std::string selector;
};

struct Committee {
  int64_t id = 0;
  std::string region_id;
  std::optional<int64_t> parent_committee_id;
  std::string key;
  std::string kind;
  std::string name;
  std::string article;
  std::string formed_by;
  std::string decree_number;
  std::string decree_date;
  int64_t version = 1;
  std::string created_at;
  std::string updated_at;
  std::vector<Member> members;
};

nlohmann::json to_json(const Committee& c);
nlohmann::json record_json(const Committee& c);  // without members, for the audit

std::vector<Committee> list(db::Connection& c, const std::string& region_id);  // with members
std::optional<Committee> find(db::Connection& c, const std::string& region_id, int64_t committee_id);
std::optional<Committee> find_by_key(db::Connection& c, const std::string& region_id, const std::string& key);
int64_t insert(db::Connection& c, Committee& committee);
bool update(db::Connection& c, const Committee& committee, int64_t expected_version);
int64_t add_member(db::Connection& c, const std::string& region_id, int64_t committee_id, const std::string& role,
                   std::optional<int64_t> position_id, const std::string& selector);
bool remove_member(db::Connection& c, const std::string& region_id, int64_t committee_id, int64_t member_id);
void touch(db::Connection& c, const std::string& region_id, int64_t committee_id);  // bumps the version

struct Coordinator {
  std::string domain;
  int64_t agency_id = 0;
  std::string article;
};
std::vector<Coordinator> coordinators(db::Connection& c, const std::string& region_id);
void set_coordinator(db::Connection& c, const std::string& region_id, const Coordinator& coordinator);

struct Designation {
  std::string designation;  // "gcio"
  int64_t position_id = 0;
  std::string title;
  std::optional<int64_t> holder_id;
  std::string holder_name;
  std::string article;
};
std::optional<Designation> designation(db::Connection& c, const std::string& region_id, const std::string& which);
void set_designation(db::Connection& c, const std::string& region_id, const std::string& which, int64_t position_id,
                     const std::string& article);
nlohmann::json to_json(const Designation& d);

}  // namespace simpul::modules::committees
