#include "modules/assets/registration.h"

#include "app/audit_context.h"
#include "app/record_change.h"
#include "auth/policy.h"
#include "core/clock.h"
#include "import/import_routes.h"
#include "modules/agencies/store.h"
#include "modules/assets/rules.h"
#include "modules/assets/store.h"
#include "modules/regions/store.h"

namespace simpul::modules::assets {

namespace {

const Text kOtherAgency{"Anda hanya dapat mengelola aset TIK perangkat daerah Anda sendiri.",
                        "You can only manage the ICT assets of your own agency."};

// The columns of the import workbook: the fields of the create form, by their labels.
std::vector<import::Column> import_columns() {
  using import::ColumnKind;
  return {
      {"code", {"Kode", "Code"}, ColumnKind::text, true},
      {"name", {"Nama", "Name"}, ColumnKind::text, true},
      {"kind", {"Jenis", "Kind"}, ColumnKind::text, true},
      {"category", {"Kategori", "Category"}, ColumnKind::text, true},
      {"owner_agency_id", {"Perangkat Daerah Pemilik", "Owner agency"}, ColumnKind::agency, true},
      {"stage", {"Tahap", "Stage"}, ColumnKind::text, false},
      {"brand", {"Merek", "Brand"}, ColumnKind::text, false},
      {"model", {"Model"}, ColumnKind::text, false},
      {"software_version", {"Versi", "Version"}, ColumnKind::text, false},
      {"serial_number", {"Nomor Seri", "Serial number"}, ColumnKind::text, false},
      {"location", {"Lokasi", "Location"}, ColumnKind::text, false},
      {"acquired_on", {"Tanggal Perolehan", "Acquired on"}, ColumnKind::date, false},
      {"value", {"Nilai", "Value"}, ColumnKind::integer, false},
      {"warranty_until", {"Garansi Sampai", "Warranty until"}, ColumnKind::date, false},
      {"licence_kind", {"Jenis Lisensi", "Licence kind"}, ColumnKind::text, false},
      {"licence_until", {"Lisensi Sampai", "Licence until"}, ColumnKind::date, false},
      {"seats", {"Jumlah Lisensi", "Seats"}, ColumnKind::integer, false},
      {"regional_asset_code", {"Kode Aset Daerah", "Regional asset code"}, ColumnKind::text, false},
      {"notes", {"Catatan", "Notes"}, ColumnKind::text, false},
  };
}

}  // namespace

void require_owner(const auth::Principal& me, int64_t agency_id) {
  if (!auth::may_access_agency(me, agency_id)) throw ProblemError(Problem::forbidden(kOtherAgency));
}

void check_asset(db::Connection& c, const Asset& a) {
  auto errors = record_errors(a);
  if (!agencies::exists(c, a.region_id, a.owner_agency_id))
    errors.push_back({"owner_agency_id", {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency does not exist in your region."}});
  if (a.application_id && !target_name(c, a.region_id, "application", *a.application_id))
    errors.push_back({"application_id", {"Aplikasi ini tidak ada di daerah Anda.", "This application does not exist in your region."}});
  if (code_taken(c, a.region_id, a.code, a.id))
    errors.push_back({"code", {"Kode inventaris " + a.code + " sudah dipakai aset lain di daerah Anda.",
                               "The inventory number " + a.code + " is already used by another asset in your region."}});
  fail_on_field_errors(errors);
}

Asset new_asset(db::Connection& c, const auth::Principal& me, const nlohmann::json& body) {
  auto input = parse_asset(body, true);
  Asset a;
  a.region_id = me.region_id;
  apply(input, a);
  require_owner(me, a.owner_agency_id);
  check_asset(c, a);
  a.stage_since = regions::region_today(c, me.region_id);
  return a;
}

void store_new(db::Connection& c, const audit::Context& ctx, const std::string& actor, Asset& a) {
  a.created_at = a.updated_at = now_rfc3339();
  insert(c, a);
  Event e;
  e.region_id = a.region_id;
  e.asset_id = a.id;
  e.action = "create";
  e.to_stage = a.stage;
  e.on = a.stage_since;
  e.actor = actor;
  e.created_at = a.created_at;
  insert_event(c, e);
  audit_creation(c, ctx, "asset.create", "asset", a, record_json);
}

void add_import_routes(http::Router& router, AppContext& ctx) {
  import::add_import_routes<Asset>(
      router, ctx, "/api/v1/assets", auth::Permission::asset_edit, "aset-tik", import_columns(),
      [](db::Connection&, const http::Request& req) {
        import::Plan<Asset> plan;
        const auth::Principal me = *req.principal;
        // Agencies' spreadsheets list what they already use: in use unless the row says otherwise.
        plan.prepare = [me](db::Connection& c, const nlohmann::json& body) {
          auto row = body;
          if (!row.contains("stage")) row["stage"] = "in_use";
          return new_asset(c, me, row);
        };
        plan.unique_key = [](const Asset& a) { return std::optional(std::pair<std::string, std::string>{"code", a.code}); };
        plan.write = [audit = audit_context(req), actor = me.username](db::Connection& c, Asset& a) {
          store_new(c, audit, actor, a);
          return a.id;
        };
        plan.table = "ict_assets";
        return plan;
      });
}

}  // namespace simpul::modules::assets
