#include "modules/datasets/registration.h"
#include "modules/regions/store.h"

#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/region_profile.h"
#include "core/clock.h"
#include "import/import_routes.h"
#include "modules/agencies/store.h"
#include "modules/datasets/catalog_access.h"
#include "modules/datasets/rules.h"
#include "modules/datasets/store.h"
#include "modules/planning/plan_fields.h"

namespace simpul::modules::datasets {

namespace {

const Text kOtherAgency{"Anda hanya dapat mengelola dataset perangkat daerah Anda sendiri.",
                        "You can only manage the datasets of your own agency."};

// The columns of the import workbook: the fields of the create form, by their labels.
std::vector<import::Column> import_columns() {
  using import::ColumnKind;
  return {
      {"code", {"Kode", "Code"}, ColumnKind::text, true},
      {"title", {"Judul", "Title"}, ColumnKind::text, true},
      {"owner_agency_id", {"Perangkat Daerah", "Agency"}, ColumnKind::agency, true},
      {"description", {"Deskripsi", "Description"}, ColumnKind::text, false},
      {"classification", {"Klasifikasi", "Classification"}, ColumnKind::text, false},
      {"update_frequency", {"Frekuensi Pemutakhiran", "Update frequency"}, ColumnKind::text, false},
      {"last_updated", {"Terakhir Dimutakhirkan", "Last updated"}, ColumnKind::date, false},
      {"formats", {"Format", "Formats"}, ColumnKind::list, false},
      {"keywords", {"Kata Kunci", "Keywords"}, ColumnKind::list, false},
      {"theme", {"Tema", "Theme"}, ColumnKind::text, false},
      {"temporal_coverage", {"Cakupan Waktu", "Temporal coverage"}, ColumnKind::text, false},
      {"spatial_coverage", {"Cakupan Wilayah", "Spatial coverage"}, ColumnKind::text, false},
      {"licence", {"Lisensi", "Licence"}, ColumnKind::text, false},
      {"landing_page", {"Halaman", "Landing page"}, ColumnKind::text, false},
      {"access_url", {"Alamat Akses", "Access URL"}, ColumnKind::text, false},
      {"contact_name", {"Narahubung", "Contact name"}, ColumnKind::text, false},
      {"contact_email", {"Surel Narahubung", "Contact e-mail"}, ColumnKind::text, false},
      {"issued", {"Tanggal Terbit", "Issued"}, ColumnKind::date, false},
      {"master_data", {"Data Induk", "Master data"}, ColumnKind::boolean, false},
      {"reference_data", {"Data Referensi", "Reference data"}, ColumnKind::boolean, false},
      {"data_key", {"Kunci Data", "Data key"}, ColumnKind::text, false},
  };
}

}  // namespace

void check_dataset(db::Connection& c, const Dataset& d, std::optional<int64_t> steward_before) {
  std::vector<FieldError> errors;
  if (!agencies::exists(c, d.region_id, d.owner_agency_id))
    errors.push_back({"owner_agency_id", {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency does not exist in your region."}});
  if (code_taken(c, d.region_id, d.code, d.id))
    errors.push_back({"code", {"Kode " + d.code + " sudah dipakai dataset lain di daerah ini.",
                               "The code " + d.code + " is already used by another dataset of this region."}});
  if (d.data_steward_id && d.data_steward_id != steward_before && !person_exists(c, d.region_id, *d.data_steward_id))
    errors.push_back({"data_steward_id", {"Walidata harus pegawai yang tercatat di daerah Anda.",
                                          "The data steward (walidata) must be a person recorded in your region."}});
  for (auto& e : record_errors(d, key_citation(region_profile(c, d.region_id)))) errors.push_back(e);
  fail_on_field_errors(errors);
}

Dataset new_dataset(db::Connection& c, const auth::Principal& me, const nlohmann::json& body, const std::string& today) {
  auto input = parse_dataset(body, true, today);
  Dataset d;
  d.region_id = me.region_id;
  apply(input, d);
  require_own_agency(me, d.owner_agency_id, kOtherAgency);
  check_dataset(c, d);
  return d;
}

void store_new(db::Connection& c, const audit::Context& ctx, Dataset& d) {
  d.created_at = d.updated_at = now_rfc3339();
  insert(c, d);
  audit_creation(c, ctx, "dataset.create", "dataset", d, record_json);
}

void add_import_routes(http::Router& router, AppContext& ctx) {
  import::add_import_routes<Dataset>(
      router, ctx, "/api/v1/datasets", auth::Permission::registry_edit, "dataset", import_columns(),
      [](db::Connection&, const http::Request& req) {
        import::Plan<Dataset> plan;
        auto audit = audit_context(req);
        const auth::Principal me = *req.principal;
        auto today = std::make_shared<std::string>();  // the region's date, read once per import
        plan.prepare = [me, today](db::Connection& c, const nlohmann::json& body) {
          if (today->empty()) *today = regions::region_today(c, me.region_id);
          return new_dataset(c, me, body, *today);
        };
        plan.unique_key = [](const Dataset& d) { return std::optional(std::pair<std::string, std::string>{"code", d.code}); };
        plan.write = [audit](db::Connection& c, Dataset& d) {
          store_new(c, audit, d);
          return d.id;
        };
        plan.table = "datasets";
        return plan;
      });
}

}  // namespace simpul::modules::datasets
