#pragma once
// SQL for business processes and the links between them.
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/business_processes/model.h"

namespace simpul::modules::business_processes {

struct Filter {
  std::optional<int64_t> agency_id;
  std::string status;  // empty: every status
  std::string query;   // matches the code or the name, any case
};

// Sorted by agency name, then code: the list view groups by agency.
std::vector<BusinessProcess> list(db::Connection& c, const std::string& region_id, const Filter& filter);
std::optional<BusinessProcess> find(db::Connection& c, const std::string& region_id, int64_t process_id);
// Another process of the region already has `code`.
bool code_taken(db::Connection& c, const std::string& region_id, const std::string& code, int64_t except_process_id);
std::optional<ArchitectureRef> find_architecture(db::Connection& c, const std::string& region_id, int64_t architecture_id);
int64_t insert(db::Connection& c, BusinessProcess& p);  // sets p.id
// Writes `p` where the stored version is still `expected_version`.
bool update(db::Connection& c, const BusinessProcess& p, int64_t expected_version);

// Links that start or end at the process (none given: every link of the region), oldest first.
std::vector<Link> links(db::Connection& c, const std::string& region_id, std::optional<int64_t> process_id);
std::optional<Link> find_link(db::Connection& c, const std::string& region_id, int64_t link_id);
int64_t insert_link(db::Connection& c, Link& l);  // sets l.id
void delete_link(db::Connection& c, const std::string& region_id, int64_t link_id);

}  // namespace simpul::modules::business_processes
