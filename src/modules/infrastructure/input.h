#pragma once
// What a POST or PATCH of each infrastructure record may carry, read strictly: every field
// error at once (422), unknown fields refused. Pure: the rules that need the database (the
// agency exists, names unique, overlaps, the profile's rules) are checked by the routes.
// Absent fields stay unset; for nullable ones the outer optional says "given".
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "modules/infrastructure/cidr.h"
#include "modules/infrastructure/model.h"

namespace simpul::modules::infrastructure {

struct FacilityInput {
  std::optional<std::string> name, kind;
  std::optional<std::optional<std::string>> location, tier, notes;
  std::optional<std::optional<int64_t>> operator_agency_id;
};
FacilityInput parse_facility(const nlohmann::json& body, bool creating);
void apply(const FacilityInput& in, Facility& f);

struct HostInput {
  std::optional<int64_t> owner_agency_id;
  std::optional<std::string> name, kind, status;
  std::optional<std::optional<int64_t>> facility_id, uptime_basis_points;
  std::optional<std::optional<std::string>> operating_system, purpose;
  std::optional<std::vector<std::string>> addresses;  // normalised
};
HostInput parse_host(const nlohmann::json& body, bool creating);
void apply(const HostInput& in, Host& h);

struct NetworkInput {
  std::optional<std::string> name, kind;  // kind only when creating
  std::optional<int64_t> owner_agency_id;  // only when creating a LAN
  std::optional<std::optional<std::string>> description;
};
NetworkInput parse_network(const nlohmann::json& body, bool creating);
void apply(const NetworkInput& in, Network& n);

// A LAN diagram submission (never edited: a newer one follows it).
LanDiagram parse_lan_diagram(const nlohmann::json& body);

struct IpRangeInput {
  std::optional<int64_t> agency_id;
  std::optional<Cidr> cidr;
  std::optional<std::optional<std::string>> purpose;
};
IpRangeInput parse_ip_range(const nlohmann::json& body, bool creating);
void apply(const IpRangeInput& in, IpRange& r);

struct DomainInput {
  std::optional<std::optional<int64_t>> agency_id;
  std::optional<std::string> name, kind;  // name lower case, trimmed
  std::optional<std::optional<std::string>> purpose;
};
DomainInput parse_domain(const nlohmann::json& body, bool creating);
void apply(const DomainInput& in, Domain& d);

// A reported backup (never edited).
Backup parse_backup(const nlohmann::json& body);

// A sha256 as the file store names a file: 64 lower case hex digits.
bool is_sha256(const std::string& text);

}  // namespace simpul::modules::infrastructure
