#include "modules/infrastructure/host_registration.h"

#include <memory>

#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/region_profile.h"
#include "core/clock.h"
#include "import/import_routes.h"
#include "modules/infrastructure/cidr.h"
#include "modules/infrastructure/input.h"
#include "modules/infrastructure/routes_support.h"
#include "modules/infrastructure/rules.h"
#include "modules/infrastructure/store.h"

namespace simpul::modules::infrastructure {

namespace {

// The columns of the import workbook: the fields of the create form, by their labels.
std::vector<import::Column> import_columns() {
  using import::ColumnKind;
  return {
      {"name", {"Nama", "Name"}, ColumnKind::text, true},
      {"owner_agency_id", {"Perangkat Daerah Pemilik", "Owner agency"}, ColumnKind::agency, true},
      {"kind", {"Jenis", "Kind"}, ColumnKind::text, true},
      {"facility_id", {"Pusat Data", "Facility"}, ColumnKind::named, false},
      {"uptime_commitment", {"Komitmen Uptime (%)", "Uptime commitment (%)"}, ColumnKind::number, false},
      {"operating_system", {"Sistem Operasi", "Operating system"}, ColumnKind::text, false},
      {"purpose", {"Kegunaan", "Purpose"}, ColumnKind::text, false},
      {"addresses", {"Alamat IP", "Addresses"}, ColumnKind::list, false},
  };
}

}  // namespace

void check_host(db::Connection& c, Host& h) {
  std::vector<FieldError> errors;
  std::optional<std::string> facility_kind;
  if (h.facility_id) {
    auto f = find_facility(c, h.region_id, *h.facility_id);
    if (!f)
      errors.push_back({"facility_id", {"Fasilitas ini tidak ada di daerah Anda.", "This facility does not exist in your region."}});
    else
      facility_kind = f->kind;
  }
  if (host_name_taken(c, h.region_id, h.name, h.id))
    errors.push_back({"name", {"Nama " + h.name + " sudah dipakai server lain di daerah ini.",
                               "The name " + h.name + " is already used by another host of this region."}});
  const auto* profile = region_profile(c, h.region_id);
  if (errors.empty())
    if (auto why = host_placement_problem(profile, h.kind, h.status, facility_kind)) errors.push_back({"facility_id", *why});
  if (!h.addresses.empty() && placement_citation(profile, "ip_address", "ict_office_address_space")) {
    std::vector<Cidr> allocated;
    for (const auto& r : list_ip_ranges(c, h.region_id, std::nullopt))
      if (auto block = parse_cidr(r.cidr).cidr) allocated.push_back(*block);
    for (size_t i = 0; i < h.addresses.size(); ++i)
      if (auto address = parse_address(h.addresses[i]))
        if (auto why = address_problem(profile, *address, allocated)) errors.push_back({"addresses." + std::to_string(i), *why});
  }
  fail_on_field_errors(errors);
}

Host new_host(db::Connection& c, const auth::Principal& me, const nlohmann::json& body) {
  auto input = parse_host(body, true);
  Host h;
  h.region_id = me.region_id;
  apply(input, h);
  require_self_management(c, me, agency_for(c, me.region_id, h.owner_agency_id, "owner_agency_id"), SelfManaged::servers);
  check_host(c, h);
  return h;
}

void store_new_host(db::Connection& c, const audit::Context& ctx, Host& h) {
  h.created_at = h.updated_at = now_rfc3339();
  insert_host(c, h);
  audit_creation(c, ctx, "host.create", "host", h, [](const Host& x) { return record_json(x); });
}

void add_host_import_routes(http::Router& router, AppContext& ctx) {
  import::add_import_routes<Host>(
      router, ctx, "/api/v1/hosts", auth::Permission::registry_edit, "server", import_columns(),
      [](db::Connection& c, const http::Request& req) {
        import::Plan<Host> plan;
        auto facilities = std::make_shared<std::map<std::string, int64_t>>();
        for (const auto& f : list_facilities(c, req.principal->region_id)) (*facilities)[f.name] = f.id;
        plan.named["facility_id"] = [facilities](const std::string& name) -> std::optional<int64_t> {
          auto it = facilities->find(name);
          return it == facilities->end() ? std::nullopt : std::optional<int64_t>(it->second);
        };
        const auth::Principal me = *req.principal;
        plan.prepare = [me](db::Connection& c, const nlohmann::json& body) { return new_host(c, me, body); };
        plan.unique_key = [](const Host& h) { return std::optional(std::pair<std::string, std::string>{"name", h.name}); };
        plan.write = [audit = audit_context(req)](db::Connection& c, Host& h) {
          store_new_host(c, audit, h);
          return h.id;
        };
        plan.table = "hosts";
        return plan;
      });
}

}  // namespace simpul::modules::infrastructure
