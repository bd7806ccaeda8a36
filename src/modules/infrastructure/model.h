#pragma once
// The records of the SPBE infrastructure registry (docs/registries-contract.md,
// "Infrastructure"): facilities (Pusat Data / Pusat Pemulihan Data), hosts, networks (WAN /
// LAN), LAN diagram submissions, IP ranges, domains and backups. Plain structs; `to_json` is
// what the API shows (with joined names), `record_json` the record's own fields, which the
// audit log compares.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace simpul::modules::infrastructure {

struct Facility {
  int64_t id = 0;
  std::string region_id;
  std::string name;
  std::string kind = "data_center";  // data_center | recovery_center
  std::string location;
  std::optional<int64_t> operator_agency_id;  // the ICT office
  std::string operator_agency_short_name;     // read only, joined
  std::string tier;
  std::string notes;
  int64_t version = 1;
  std::string created_at, updated_at;
};

struct Host {
  int64_t id = 0;
  std::string region_id;
  int64_t owner_agency_id = 0;
  std::string agency_name, agency_short_name;  // read only, joined
  std::string name;
  std::string kind = "vps";  // physical_server | virtual_machine | vps
  std::optional<int64_t> facility_id;
  std::string facility_name, facility_kind;  // read only, joined
  std::optional<int64_t> uptime_basis_points;  // 9950 = 99.50 % per month
  std::string operating_system;
  std::string purpose;
  std::vector<std::string> addresses;
  std::string status = "active";  // active | retired
  int64_t version = 1;
  std::string created_at, updated_at;
};

struct Network {
  int64_t id = 0;
  std::string region_id;
  std::optional<int64_t> owner_agency_id;  // none for the WAN
  std::string agency_name, agency_short_name;  // read only, joined
  std::string name;
  std::string kind = "lan";  // wan | lan
  std::string description;
  int64_t version = 1;
  std::string created_at, updated_at;
};

struct LanDiagram {
  int64_t id = 0;
  std::string region_id;
  int64_t agency_id = 0;
  std::string agency_name, agency_short_name;  // read only, joined
  std::string submitted_on;  // YYYY-MM-DD
  std::string file_sha256;
  std::string note;
  std::string submitted_by, created_at;
};

struct IpRange {
  int64_t id = 0;
  std::string region_id;
  int64_t agency_id = 0;
  std::string agency_name, agency_short_name;  // read only, joined
  std::string cidr;  // normalised
  int64_t family = 4;
  std::string purpose;
  std::string allocated_by;
  int64_t version = 1;
  std::string created_at, updated_at;
};

struct Domain {
  int64_t id = 0;
  std::string region_id;
  std::optional<int64_t> agency_id;  // none for the region's own domain
  std::string agency_name, agency_short_name;  // read only, joined
  std::string name;
  std::string kind = "website";  // region_domain | agency_subdomain | website | email
  std::string purpose;
  int64_t version = 1;
  std::string created_at, updated_at;
};

struct Backup {
  int64_t id = 0;
  std::string region_id;
  int64_t agency_id = 0;
  std::string agency_name, agency_short_name;  // read only, joined
  std::optional<int64_t> host_id;
  std::string host_name;  // read only, joined
  std::string subject;
  std::string done_on;  // YYYY-MM-DD
  std::string kind = "full";  // full | incremental
  std::optional<int64_t> facility_id;
  std::string facility_name, facility_kind;  // read only, joined
  std::string location_note;
  std::string result = "ok";  // ok | failed
  std::string note;
  std::string reported_by, created_at;
};

nlohmann::json record_json(const Facility& f);
nlohmann::json to_json(const Facility& f);
nlohmann::json record_json(const Host& h);
nlohmann::json to_json(const Host& h);
nlohmann::json record_json(const Network& n);
nlohmann::json to_json(const Network& n);
nlohmann::json to_json(const LanDiagram& d);
nlohmann::json record_json(const IpRange& r);
nlohmann::json to_json(const IpRange& r);
nlohmann::json record_json(const Domain& d);
nlohmann::json to_json(const Domain& d);
nlohmann::json to_json(const Backup& b);

// 9950 → 99.5
double uptime_percent(int64_t basis_points);

}  // namespace simpul::modules::infrastructure
