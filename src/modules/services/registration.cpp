#include "modules/services/registration.h"

#include "app/audit_context.h"
#include "app/record_change.h"
#include "auth/policy.h"
#include "core/clock.h"
#include "import/import_routes.h"
#include "modules/agencies/store.h"
#include "modules/services/rules.h"
#include "modules/services/store.h"

namespace simpul::modules::services {

namespace {

const Text kOtherAgency{"Anda hanya dapat mengelola layanan perangkat daerah Anda sendiri.",
                        "You can only manage the services of your own agency."};

// The columns of the import workbook: the fields of the create form, by their labels.
std::vector<import::Column> import_columns() {
  using import::ColumnKind;
  return {
      {"code", {"Kode", "Code"}, ColumnKind::text, true},
      {"name", {"Nama", "Name"}, ColumnKind::text, true},
      {"owner_agency_id", {"Perangkat Daerah Pemilik", "Owner agency"}, ColumnKind::agency, true},
      {"kind", {"Jenis", "Kind"}, ColumnKind::text, true},
      {"sector", {"Sektor", "Sector"}, ColumnKind::text, false},
      {"channels", {"Kanal", "Channels"}, ColumnKind::list, false},
      {"description", {"Deskripsi", "Description"}, ColumnKind::text, false},
      {"status", {"Status", "Status"}, ColumnKind::text, false},
      {"participating_agency_ids", {"Perangkat Daerah Terlibat", "Participating agencies"}, ColumnKind::agencies, false},
  };
}

}  // namespace

void require_owner(const auth::Principal& me, int64_t agency_id) {
  if (!auth::may_access_agency(me, agency_id)) throw ProblemError(Problem::forbidden(kOtherAgency));
}

void check_service(db::Connection& c, const Service& s) {
  std::vector<FieldError> errors;
  if (!agencies::exists(c, s.region_id, s.owner_agency_id))
    errors.push_back({"owner_agency_id", {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency does not exist in your region."}});
  if (code_taken(c, s.region_id, s.code, s.id))
    errors.push_back({"code", {"Kode " + s.code + " sudah dipakai layanan lain di daerah ini.",
                               "The code " + s.code + " is already used by another service in this region."}});
  for (size_t i = 0; i < s.participating_agency_ids.size(); ++i)
    if (!agencies::exists(c, s.region_id, s.participating_agency_ids[i]))
      errors.push_back({"participating_agency_ids." + std::to_string(i),
                        {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency does not exist in your region."}});
  fail_on_field_errors(errors);
}

Service new_service(db::Connection& c, const auth::Principal& me, const nlohmann::json& body) {
  auto input = parse_service(body, true);
  Service s;
  s.region_id = me.region_id;
  apply(input, s);
  require_owner(me, s.owner_agency_id);
  check_service(c, s);
  return s;
}

void store_new(db::Connection& c, const audit::Context& ctx, Service& s) {
  s.created_at = s.updated_at = now_rfc3339();
  insert(c, s);
  audit_creation(c, ctx, "service.create", "service", s, record_json);
}

void add_import_routes(http::Router& router, AppContext& ctx) {
  import::add_import_routes<Service>(
      router, ctx, "/api/v1/services", auth::Permission::registry_edit, "layanan", import_columns(),
      [](db::Connection&, const http::Request& req) {
        import::Plan<Service> plan;
        const auth::Principal me = *req.principal;
        plan.prepare = [me](db::Connection& c, const nlohmann::json& body) { return new_service(c, me, body); };
        plan.unique_key = [](const Service& s) { return std::optional(std::pair<std::string, std::string>{"code", s.code}); };
        plan.write = [audit = audit_context(req)](db::Connection& c, Service& s) {
          store_new(c, audit, s);
          return s.id;
        };
        plan.table = "services";
        return plan;
      });
}

}  // namespace simpul::modules::services
