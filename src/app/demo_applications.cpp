#include "app/demo_applications.h"

#include "app/demo_files.h"

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

#include "app/record_change.h"
#include "core/clock.h"
#include "core/digest.h"
#include "files/store.h"
#include "modules/agencies/store.h"
#include "modules/applications/model.h"
#include "modules/applications/rules.h"
#include "modules/applications/store.h"
#include "modules/regions/store.h"
#include "profiles/loader.h"

namespace simpul {

namespace {

namespace apps = modules::applications;

struct DemoApplication {
  std::string code, name, owner, category, lifecycle, description, user_groups, licence_kind, licence_name, repository,
      runs_at;
  std::vector<std::string> users;  // agency short names
  std::vector<std::string> missing_documents;
  std::string test_result;  // passed | failed | "" (none)
  std::string retired_reason;
};

const std::vector<DemoApplication>& demo_applications() {
  static const std::vector<DemoApplication> all{
      {"SIMPEG", "Sistem Informasi Manajemen Kepegawaian", "BKPSDM", "common", "in_production",
       "Data dan layanan kepegawaian ASN Pemerintah Kota Madiun: riwayat jabatan, kenaikan pangkat, cuti dan SKP.",
       "Pengelola kepegawaian di setiap perangkat daerah; seluruh ASN untuk layanan mandiri", "open_source", "GPL-3.0",
       "https://git.madiunkota.go.id/bkpsdm/simpeg", "https://simpeg.madiunkota.go.id",
       {"BKPSDM", "Setda", "Diskominfo", "Bappeda", "Dinkes"}, {}, "passed", ""},
      {"SIMPUS", "Sistem Informasi Manajemen Puskesmas", "Dinkes", "agency_special", "in_testing",
       "Pendaftaran pasien, rekam medis elektronik dan pelaporan puskesmas se-Kota Madiun.",
       "Petugas pendaftaran, dokter dan perawat puskesmas", "open_source", "MIT",
       "https://git.madiunkota.go.id/dinkes/simpus", "https://simpus.madiunkota.go.id", {"Dinkes"}, {"source_code"},
       "passed", ""},
      {"LAPOR-MADIUN", "Layanan Pengaduan Masyarakat Kota Madiun", "Diskominfo", "shared_special", "in_development",
       "Pengaduan masyarakat yang diteruskan ke perangkat daerah terkait dan dipantau penyelesaiannya.",
       "Masyarakat; admin pengaduan di setiap perangkat daerah", "open_source", "AGPL-3.0",
       "https://git.madiunkota.go.id/diskominfo/lapor", "", {"Diskominfo", "Setda", "Dinkes", "Disdukcapil"},
       {"application_test_report", "software_requirements", "application_design", "user_manual", "source_code"}, "", ""},
      {"SICANTIK", "Sistem Perizinan Online", "DPMPTSP", "shared_special", "in_testing",
       "Permohonan dan penerbitan izin secara daring dengan tanda tangan elektronik.",
       "Pemohon izin; petugas front office dan tim teknis perizinan", "other", "Lisensi pakai dari Kementerian Kominfo",
       "https://git.madiunkota.go.id/dpmptsp/sicantik", "https://sicantik.madiunkota.go.id", {"DPMPTSP", "Dinkes"}, {},
       "failed", ""},
      {"E-PLANNING", "Sistem Perencanaan Pembangunan Daerah", "Bappeda", "common", "planned",
       "Penyusunan RKPD dan Renja perangkat daerah yang terhubung dengan penganggaran.",
       "Perencana di setiap perangkat daerah", "open_source", "", "", "", {"Bappeda"},
       {"application_test_report", "software_requirements", "application_design", "user_manual", "source_code"}, "", ""},
      {"SIMRS-LAMA", "Sistem Informasi Rumah Sakit (versi lama)", "RSUD", "agency_special", "retired",
       "Aplikasi rumah sakit lama berbasis desktop.", "Petugas RSUD", "proprietary", "Lisensi vendor per komputer",
       "", "", {"RSUD"}, {"application_test_report", "software_requirements", "application_design", "user_manual", "source_code"},
       "", "Diganti SIMRS berbasis web yang terhubung dengan BPJS Kesehatan; data sudah dipindahkan."},
  };
  return all;
}

class ApplicationsBuilder {
 public:
  ApplicationsBuilder(db::Connection& c, const audit::Context& ctx, const std::string& region_id, const std::string& files_dir)
      : c_(c), ctx_(ctx), region_id_(region_id), now_(now_rfc3339()), files_dir_(files_dir) {
    for (const auto& a : modules::agencies::list(c, region_id)) agency_ids_[a.short_name] = a.id;
    auto region = modules::regions::find(c, region_id);
    copyright_owner_ = apps::copyright_owner_for(region ? region->name : region_id);
  }

  void build() {
    const auto* profile = profiles::find_builtin("madiun");
    for (const auto& d : demo_applications()) add(d, profile);
  }

 private:
  std::optional<int64_t> agency(const std::string& short_name) const {
    auto it = agency_ids_.find(short_name);
    return it == agency_ids_.end() ? std::nullopt : std::optional<int64_t>(it->second);
  }

  // A demo document: a small PDF saying which application and document it stands for.
  std::string demo_file(const std::string& code, const std::string& kind) {
    return add_demo_document(c_, region_id_, files_dir_, code + "-" + kind + ".pdf", "Aplikasi " + code + ": " + kind, now_);
  }

  void add(const DemoApplication& d, const profiles::Profile* profile) {
    auto owner = agency(d.owner);
    if (!owner) return;
    apps::Application a;
    a.region_id = region_id_;
    a.owner_agency_id = *owner;
    a.code = d.code;
    a.name = d.name;
    a.description = d.description;
    a.category = d.category;
    for (const auto& u : d.users)
      if (auto id = agency(u)) a.user_agency_ids.push_back(*id);
    a.user_groups = d.user_groups;
    a.licence_kind = d.licence_kind;
    a.licence_name = d.licence_name;
    a.repository_location = d.repository;
    a.runs_at = d.runs_at;
    a.copyright_owner = copyright_owner_;
    a.lifecycle = d.lifecycle;
    a.development_round = d.lifecycle == "planned" ? 0 : 1;
    a.lifecycle_reason = d.retired_reason;
    if (d.lifecycle != "planned") a.lifecycle_changed_by = "simpul-demo", a.lifecycle_changed_at = now_;
    a.created_at = a.updated_at = now_;
    apps::insert(c_, a);
    audit_creation(c_, ctx_, "application.create", "application", a, apps::record_json);

    for (const auto& kind : apps::required_document_kinds(profile, a)) {
      if (std::find(d.missing_documents.begin(), d.missing_documents.end(), kind) != d.missing_documents.end()) continue;
      apps::Document doc{0, region_id_, a.id, kind, demo_file(a.code, kind), "simpul-demo", now_};
      apps::insert_document(c_, doc);
    }
    if (!d.test_result.empty()) {
      apps::TestRecord t{0, region_id_, a.id, "2026-01-15", d.test_result,
                         d.test_result == "passed" ? "Uji fungsional dan uji penerimaan pengguna bersama perwakilan perangkat daerah: seluruh skenario lulus."
                                                   : "Uji penerimaan pengguna: tanda tangan elektronik pada izin gagal diverifikasi; perlu perbaikan.",
                         demo_file(a.code, "test-report"), "simpul-demo", now_};
      apps::insert_test(c_, t);
    }
  }

  db::Connection& c_;
  const audit::Context& ctx_;
  std::string region_id_;
  std::string now_;
  std::string files_dir_;
  std::string copyright_owner_;
  std::map<std::string, int64_t> agency_ids_;
};

}  // namespace

void add_demo_applications(db::Connection& c, const audit::Context& ctx, const std::string& region_id,
                           const std::string& files_dir) {
  ApplicationsBuilder(c, ctx, region_id, files_dir).build();
}

}  // namespace simpul
