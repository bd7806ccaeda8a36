#include "app/demo_datasets.h"
#include "modules/regions/store.h"

#include <map>
#include <optional>

#include "app/record_change.h"
#include "core/clock.h"
#include "modules/agencies/store.h"
#include "modules/datasets/model.h"
#include "modules/datasets/store.h"
#include "modules/planning/period.h"
#include "modules/planning/plan_fields.h"

namespace simpul {

namespace {

namespace ds = modules::datasets;

struct DemoDataset {
  const char* agency;
  const char* code;
  const char* title;
  const char* description;
  const char* classification;
  const char* frequency;
  int months_since_update;  // before today; -1: never recorded
  std::vector<std::string> formats, keywords;
  const char* theme;
  bool master, reference;
  const char* key;
};

const std::vector<DemoDataset>& demo_datasets() {
  static const std::vector<DemoDataset> all = {
      {"Disdukcapil", "DUKCAPIL-PENDUDUK", "Data Kependudukan Kota Madiun",
       "Data induk penduduk per individu (NIK, KK, alamat, status perkawinan) hasil konsolidasi SIAK.", "restricted",
       "monthly", 0, {"CSV", "API"}, {"kependudukan", "NIK", "SIAK"}, "Kependudukan", true, false, "nik"},
      {"Disdukcapil", "DUKCAPIL-AGREGAT", "Jumlah Penduduk per Kelurahan dan Jenis Kelamin",
       "Data agregat penduduk per kelurahan, kelompok umur dan jenis kelamin, tanpa data pribadi.", "public", "semiannual",
       2, {"CSV", "XLSX"}, {"kependudukan", "agregat"}, "Kependudukan", false, false, "none"},
      {"BKPSDM", "BKPSDM-ASN", "Data Aparatur Sipil Negara", "Data induk pegawai Pemerintah Kota Madiun, berbasis NIP.",
       "secret", "monthly", 0, {"API"}, {"kepegawaian", "NIP", "ASN"}, "Kepegawaian", true, false, "nip"},
      {"Dinkes", "DINKES-FASKES", "Daftar Fasilitas Kesehatan", "Puskesmas, klinik, apotek dan rumah sakit beserta alamatnya.",
       "public", "yearly", 3, {"CSV", "GEOJSON"}, {"kesehatan", "fasilitas kesehatan"}, "Kesehatan", false, true, "other"},
      {"Dinkes", "DINKES-IMUNISASI", "Cakupan Imunisasi Dasar Lengkap", "Cakupan imunisasi dasar lengkap per puskesmas.",
       "internal", "monthly", 4, {"XLSX"}, {"kesehatan", "imunisasi"}, "Kesehatan", false, false, "none"},
      {"Bappeda", "BAPPEDA-IKD", "Indikator Kinerja Daerah", "Capaian indikator kinerja utama RPJMD per tahun.", "public",
       "yearly", 5, {"XLSX", "PDF"}, {"perencanaan", "RPJMD", "kinerja"}, "Perencanaan", false, false, "none"},
      {"Dinsos", "DINSOS-DTKS", "Data Terpadu Kesejahteraan Sosial", "Keluarga penerima bantuan sosial, dipadankan dengan NIK.",
       "restricted", "quarterly", 2, {"XLSX"}, {"bantuan sosial", "DTKS"}, "Sosial", false, false, "nik"},
      {"Diskominfo", "KOMINFO-KODE-WILAYAH", "Kode Wilayah Kecamatan dan Kelurahan",
       "Data referensi kode wilayah yang dipakai seluruh aplikasi Pemerintah Kota Madiun.", "public", "irregular", 20,
       {"CSV", "JSON"}, {"referensi", "wilayah"}, "Pemerintahan", false, true, "other"},
  };
  return all;
}

class DatasetBuilder {
 public:
  DatasetBuilder(db::Connection& c, const audit::Context& ctx, const std::string& region_id)
      : c_(c), ctx_(ctx), region_id_(region_id), now_(now_rfc3339()),
        today_(modules::regions::region_today(c, region_id)) {
    for (const auto& a : modules::agencies::list(c, region_id)) agency_ids_[a.short_name] = a.id;
  }

  void build() {
    std::map<std::string, int64_t> ids;
    for (const auto& t : demo_datasets())
      if (auto id = add(t)) ids[t.code] = *id;
    add_agreement(ids);
  }

 private:
  std::optional<int64_t> agency(const std::string& short_name) const {
    auto it = agency_ids_.find(short_name);
    return it == agency_ids_.end() ? std::nullopt : std::optional<int64_t>(it->second);
  }

  // The agency's walidata: its staff member with the data_steward duty.
  std::optional<int64_t> steward(int64_t agency_id) {
    auto rows = c_.query("SELECT person_id FROM people WHERE region_id = ? AND agency_id = ? AND spbe_roles LIKE ? "
                         "ORDER BY person_id",
                         {region_id_, agency_id, std::string("%data_steward%")});
    if (rows.empty()) return std::nullopt;
    return rows[0].int64(0);
  }

  std::optional<int64_t> add(const DemoDataset& t) {
    auto owner = agency(t.agency);
    if (!owner) return std::nullopt;
    ds::Dataset d;
    d.region_id = region_id_;
    d.owner_agency_id = *owner;
    d.code = t.code;
    d.title = t.title;
    d.description = t.description;
    d.data_steward_id = steward(*owner);
    d.classification = t.classification;
    d.update_frequency = t.frequency;
    // The overdue one: Dinkes' monthly immunisation data, last updated four months ago.
    if (t.months_since_update >= 0) d.last_updated = planning::add_months(today_, -t.months_since_update);
    d.formats = t.formats;
    d.keywords = t.keywords;
    d.theme = t.theme;
    d.temporal_coverage = "2020-2026";
    d.spatial_coverage = "Kota Madiun";
    d.licence = std::string(t.classification) == "public" ? "CC-BY-4.0" : "";
    if (std::string(t.classification) == "public")
      d.landing_page = "https://data.madiunkota.go.id/dataset/" + std::string(t.code);
    d.contact_name = std::string("Walidata ") + t.agency;
    d.contact_email = "data@madiunkota.go.id";
    d.issued = "2024-01-15";
    d.master_data = t.master;
    d.reference_data = t.reference;
    d.data_key = t.key;
    d.version = 1;
    d.created_at = d.updated_at = now_;
    ds::insert(c_, d);
    audit_creation(c_, ctx_, "dataset.create", "dataset", d, ds::record_json);
    return d.id;
  }

  void add_agreement(const std::map<std::string, int64_t>& ids) {
    auto provider = agency("Disdukcapil");
    auto consumer = agency("Dinkes");
    auto population = ids.find("DUKCAPIL-PENDUDUK");
    if (!provider || !consumer || population == ids.end()) return;
    ds::Agreement a;
    a.region_id = region_id_;
    a.provider_agency_id = *provider;
    a.consumer_agency_id = *consumer;
    a.title = "Pemanfaatan Data Kependudukan untuk Layanan Kesehatan";
    a.purpose = "Verifikasi NIK pasien dan sasaran imunisasi pada layanan puskesmas.";
    a.scope = "NIK, nama, tanggal lahir, jenis kelamin dan alamat penduduk Kota Madiun.";
    a.access_mode = "api";
    a.interoperability_standard = "REST/JSON melalui sistem penghubung layanan Pemerintah Kota Madiun";
    a.document_number = "470/015/401.102/2026";
    a.valid_from = planning::add_months(today_, -2);
    a.expires_on = planning::add_months(today_, 10);
    a.dataset_ids = {population->second};
    a.status = "active";
    a.activated_by = "simpul-demo";
    a.activated_at = now_;
    a.version = 1;
    a.created_at = a.updated_at = now_;
    ds::insert_agreement(c_, a);
    audit_creation(c_, ctx_, "data_sharing_agreement.create", "data_sharing_agreement", a, ds::agreement_record_json);
  }

  db::Connection& c_;
  const audit::Context& ctx_;
  std::string region_id_;
  std::string now_;
  std::string today_;
  std::map<std::string, int64_t> agency_ids_;
};

}  // namespace

void add_demo_datasets(db::Connection& c, const audit::Context& ctx, const std::string& region_id) {
  DatasetBuilder(c, ctx, region_id).build();
}

}  // namespace simpul
