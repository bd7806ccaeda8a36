#pragma once
// SQL for the infrastructure registry, one file per record kind (store_<kind>.cpp).
// Every query is narrowed to the caller's region.
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/infrastructure/model.h"

namespace simpul::modules::infrastructure {

// Facilities, by kind then name.
std::vector<Facility> list_facilities(db::Connection& c, const std::string& region_id);
std::optional<Facility> find_facility(db::Connection& c, const std::string& region_id, int64_t id);
bool facility_name_taken(db::Connection& c, const std::string& region_id, const std::string& name, int64_t except_id);
int64_t insert_facility(db::Connection& c, Facility& f);
bool update_facility(db::Connection& c, const Facility& f, int64_t expected_version);

struct HostFilter {
  std::optional<int64_t> agency_id, facility_id;
  std::string kind, status;
};
// Hosts, by agency name then host name.
std::vector<Host> list_hosts(db::Connection& c, const std::string& region_id, const HostFilter& filter);
std::optional<Host> find_host(db::Connection& c, const std::string& region_id, int64_t id);
bool host_name_taken(db::Connection& c, const std::string& region_id, const std::string& name, int64_t except_id);
int64_t insert_host(db::Connection& c, Host& h);
bool update_host(db::Connection& c, const Host& h, int64_t expected_version);

// Networks: the WAN first, then the LANs by agency name.
std::vector<Network> list_networks(db::Connection& c, const std::string& region_id, std::optional<int64_t> agency_id);
std::optional<Network> find_network(db::Connection& c, const std::string& region_id, int64_t id);
bool network_name_taken(db::Connection& c, const std::string& region_id, const std::string& name, int64_t except_id);
int64_t insert_network(db::Connection& c, Network& n);
bool update_network(db::Connection& c, const Network& n, int64_t expected_version);

// LAN diagram submissions, newest first.
std::vector<LanDiagram> list_lan_diagrams(db::Connection& c, const std::string& region_id, std::optional<int64_t> agency_id);
int64_t insert_lan_diagram(db::Connection& c, LanDiagram& d);

// IP ranges, by family then address text.
std::vector<IpRange> list_ip_ranges(db::Connection& c, const std::string& region_id, std::optional<int64_t> agency_id);
std::optional<IpRange> find_ip_range(db::Connection& c, const std::string& region_id, int64_t id);
int64_t insert_ip_range(db::Connection& c, IpRange& r);
bool update_ip_range(db::Connection& c, const IpRange& r, int64_t expected_version);

struct DomainFilter {
  std::optional<int64_t> agency_id;
  std::string kind;
};
// Domains, by kind then name.
std::vector<Domain> list_domains(db::Connection& c, const std::string& region_id, const DomainFilter& filter);
std::optional<Domain> find_domain(db::Connection& c, const std::string& region_id, int64_t id);
bool domain_name_taken(db::Connection& c, const std::string& region_id, const std::string& name, int64_t except_id);
int64_t insert_domain(db::Connection& c, Domain& d);
bool update_domain(db::Connection& c, const Domain& d, int64_t expected_version);

// Reported backups, newest first.
std::vector<Backup> list_backups(db::Connection& c, const std::string& region_id, std::optional<int64_t> agency_id);
int64_t insert_backup(db::Connection& c, Backup& b);

}  // namespace simpul::modules::infrastructure
