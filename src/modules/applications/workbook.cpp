#include "modules/applications/workbook.h"

#include "modules/applications/rules.h"

namespace simpul::modules::applications {

namespace {

std::string licence_label(const Application& a) {
  std::string kind = a.licence_kind == "open_source" ? "Kode sumber terbuka" : a.licence_kind == "proprietary" ? "Berlisensi" : "Lainnya";
  return a.licence_name.empty() ? kind : kind + " (" + a.licence_name + ")";
}

}  // namespace

std::vector<xlsx::Sheet> workbook_sheets(const simpul::profiles::Profile* profile, const std::vector<Application>& apps,
                                         const std::map<int64_t, std::vector<Document>>& documents,
                                         const std::map<int64_t, std::string>& agency_names) {
  xlsx::Sheet sheet{"Aplikasi",
                    {"Kode", "Nama", "Perangkat Daerah Pemilik", "Kategori", "Tahap", "Pengguna (PD)", "Kelompok Pengguna",
                     "Lisensi", "Lokasi Repositori", "Alamat Aplikasi", "Pemegang Hak Cipta", "Uraian", "Versi", "Diperbarui"},
                    {},
                    {}};
  xlsx::Sheet docs{"Dokumen", {"Kode Aplikasi", "Nama Aplikasi", "Jenis Dokumen", "SHA-256 Berkas", "Diunggah Oleh", "Diunggah Pada"}, {}, {}};
  for (const auto& a : apps) {
    std::string users;
    for (auto id : a.user_agency_ids) {
      auto it = agency_names.find(id);
      users += (users.empty() ? "" : "; ") + (it == agency_names.end() ? std::to_string(id) : it->second);
    }
    sheet.rows.push_back({a.code, a.name, a.agency_name, category_label(profile, a.category).id, lifecycle_label(a.lifecycle).id,
                          users, a.user_groups, licence_label(a), a.repository_location, a.runs_at, a.copyright_owner,
                          a.description, a.version, a.updated_at});
    auto it = documents.find(a.id);
    if (it == documents.end()) continue;
    for (const auto& d : current_documents(it->second))
      docs.rows.push_back({a.code, a.name, document_label(d.kind).id, d.file_sha256, d.uploaded_by, d.uploaded_at});
  }
  return {sheet, docs};
}

}  // namespace simpul::modules::applications
