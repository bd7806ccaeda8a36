#include "modules/applications/registration.h"

#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/region_profile.h"
#include "auth/policy.h"
#include "core/clock.h"
#include "import/import_routes.h"
#include "modules/agencies/store.h"
#include "modules/applications/rules.h"
#include "modules/applications/store.h"
#include "modules/regions/store.h"

namespace simpul::modules::applications {

namespace {

const Text kOtherAgency{"Anda hanya dapat mengelola aplikasi perangkat daerah Anda sendiri.",
                        "You can only manage the applications of your own agency."};

// The columns of the import workbook: the fields of the create form, by their labels.
// Lifecycle and documents are not imported: every application starts as planned and
// moves on through its checks (documents, tests, approvals).
std::vector<import::Column> import_columns() {
  using import::ColumnKind;
  return {
      {"code", {"Kode", "Code"}, ColumnKind::text, true},
      {"name", {"Nama", "Name"}, ColumnKind::text, true},
      {"owner_agency_id", {"Perangkat Daerah Pemilik", "Owner agency"}, ColumnKind::agency, true},
      {"category", {"Kategori", "Category"}, ColumnKind::text, false},
      {"description", {"Deskripsi", "Description"}, ColumnKind::text, false},
      {"user_agency_ids", {"Perangkat Daerah Pengguna", "User agencies"}, ColumnKind::agencies, false},
      {"user_groups", {"Kelompok Pengguna", "User groups"}, ColumnKind::text, false},
      {"licence_kind", {"Jenis Lisensi", "Licence kind"}, ColumnKind::text, false},
      {"licence_name", {"Nama Lisensi", "Licence name"}, ColumnKind::text, false},
      {"repository_location", {"Lokasi Repositori", "Repository location"}, ColumnKind::text, false},
      {"runs_at", {"Alamat Aplikasi", "Runs at"}, ColumnKind::text, false},
  };
}

}  // namespace

void require_owner(const auth::Principal& me, int64_t agency_id) {
  if (!auth::may_access_agency(me, agency_id)) throw ProblemError(Problem::forbidden(kOtherAgency));
}

void check_application(db::Connection& c, const Application& a) {
  auto errors = record_errors(a);
  if (!agencies::exists(c, a.region_id, a.owner_agency_id))
    errors.push_back({"owner_agency_id", {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency does not exist in your region."}});
  for (size_t i = 0; i < a.user_agency_ids.size(); ++i)
    if (!agencies::exists(c, a.region_id, a.user_agency_ids[i]))
      errors.push_back({"user_agency_ids." + std::to_string(i),
                        {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency does not exist in your region."}});
  if (code_taken(c, a.region_id, a.code, a.id))
    errors.push_back({"code", {"Kode " + a.code + " sudah dipakai aplikasi lain di daerah Anda.",
                               "The code " + a.code + " is already used by another application in your region."}});
  fail_on_field_errors(errors);
}

Application new_application(db::Connection& c, const auth::Principal& me, const nlohmann::json& body) {
  auto input = parse_application(body, true, copyright_citation(region_profile(c, me.region_id)));
  Application a;
  a.region_id = me.region_id;
  apply(input, a);
  require_owner(me, a.owner_agency_id);
  check_application(c, a);
  return a;
}

void store_new(db::Connection& c, const audit::Context& ctx, Application& a) {
  auto region = regions::find(c, a.region_id);
  a.copyright_owner = copyright_owner_for(region ? region->name : a.region_id);
  a.created_at = a.updated_at = now_rfc3339();
  insert(c, a);
  audit_creation(c, ctx, "application.create", "application", a, record_json);
}

void add_import_routes(http::Router& router, AppContext& ctx) {
  import::add_import_routes<Application>(
      router, ctx, "/api/v1/applications", auth::Permission::registry_edit, "aplikasi", import_columns(),
      [](db::Connection&, const http::Request& req) {
        import::Plan<Application> plan;
        const auth::Principal me = *req.principal;
        plan.prepare = [me](db::Connection& c, const nlohmann::json& body) { return new_application(c, me, body); };
        plan.unique_key = [](const Application& a) { return std::optional(std::pair<std::string, std::string>{"code", a.code}); };
        plan.write = [audit = audit_context(req)](db::Connection& c, Application& a) {
          store_new(c, audit, a);
          return a.id;
        };
        plan.table = "applications";
        return plan;
      });
}

}  // namespace simpul::modules::applications
