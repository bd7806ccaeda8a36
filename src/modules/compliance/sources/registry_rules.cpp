#include "modules/compliance/sources/registry_rules.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "modules/applications/rules.h"
#include "modules/compliance/rules.h"
#include "modules/datasets/sharing_rules.h"

namespace simpul::modules::compliance {

namespace {

using profiles::Obligation;

bool only_fields(const Obligation& o, const std::set<std::string>& held) {
  const auto& fields = o.rule.list("fields");
  return !fields.empty() && std::all_of(fields.begin(), fields.end(), [&](const auto& f) { return held.count(f) != 0; });
}

bool has_field(const Obligation& o, const std::string& field) {
  const auto& fields = o.rule.list("fields");
  return std::find(fields.begin(), fields.end(), field) != fields.end();
}

// The fields of the application record Simpul holds (applications.copyright_owner,
// owner_agency_id, licence_kind/licence_name).
const std::set<std::string> kApplicationFields{"copyright_owner", "operating_agency", "source_code_licence"};
// The fields of the dataset record Simpul holds: its owner agency and its classification, which
// limits who may read it.
const std::set<std::string> kDatasetFields{"owner_agency", "responsible_agency", "accuracy_owner",
                                           "security_classification", "access_restriction", "confidentiality_status"};
// What a data-sharing agreement holds: purpose and scope, the access it gives, the standard.
const std::set<std::string> kSharingFields{"purpose_and_scope", "access", "data_access", "interoperability_standard"};

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}

int64_t id_of(const Subject& s) { return std::stoll(s.id); }

Evidence application_evidence(const applications::Application& a) {
  return {"application", std::to_string(a.id), {a.name, a.name}, "/elemen/aplikasi/" + std::to_string(a.id), ""};
}
Evidence service_evidence(const services::Service& s) {
  return {"service", std::to_string(s.id), {s.name, s.name}, "/elemen/layanan/" + std::to_string(s.id), ""};
}
Evidence dataset_evidence(const datasets::Dataset& d) {
  return {"dataset", std::to_string(d.id), {d.title, d.title}, "/elemen/data/" + std::to_string(d.id), ""};
}

Check not_applicable(const Text& why) {
  Check out;
  out.status = Status::not_applicable;
  out.reason = why;
  return out;
}

Check missing_record(const Subject& s) {
  return presence_check(false, {}, {"Catatan " + s.name + " tidak ditemukan di registri.", "No registry record of " + s.name + "."});
}

// Applications ---------------------------------------------------------------------------

// The gaps before production that this obligation is cited for (documents and a passing test;
// the GCIO's approval is another obligation's).
std::vector<applications::Gap> gaps_of(const profiles::Profile& profile, const Obligation* o,
                                       const applications::Application& a, const RegistryFacts& f) {
  static const std::vector<applications::Document> no_documents;
  static const std::vector<applications::TestRecord> no_tests;
  auto d = f.documents.find(a.id);
  auto t = f.tests.find(a.id);
  auto gaps = applications::production_gaps(&profile, a, d == f.documents.end() ? no_documents : d->second,
                                            t == f.tests.end() ? no_tests : t->second, std::nullopt);
  std::erase_if(gaps, [&](const applications::Gap& g) {
    if (g.item == "gcio_approval") return true;
    if (!o) return g.item != "document";
    return std::none_of(g.citations.begin(), g.citations.end(), [&](const auto& c) { return c.obligation_id == o->id; });
  });
  return gaps;
}

Text gap_list(const std::vector<applications::Gap>& gaps) {
  Text out;
  for (const auto& g : gaps) {
    out.id += (out.id.empty() ? "" : " ") + g.message.id;
    out.en += (out.en.empty() ? "" : " ") + g.message.en;
  }
  return out;
}

std::vector<Evidence> gap_evidence(const applications::Application& a, const std::vector<applications::Gap>& gaps) {
  std::vector<Evidence> out;
  for (const auto& g : gaps) {
    Text label = g.item == "document" ? applications::document_label(g.document_kind)
                                      : Text{"Pengujian yang lulus", "A passing test"};
    out.push_back({g.item == "document" ? "missing_document" : "missing_test", g.document_kind,
                   {"Belum ada: " + label.id, "Missing: " + label.en}, "/elemen/aplikasi/" + std::to_string(a.id), ""});
  }
  return out;
}

// The current uploads of the kinds the obligation names.
std::vector<Evidence> document_evidence(const Obligation& o, const applications::Application& a, const RegistryFacts& f) {
  std::vector<Evidence> out;
  auto d = f.documents.find(a.id);
  if (d == f.documents.end()) return out;
  const auto& kinds = o.rule.list("documents");
  for (const auto& doc : applications::current_documents(d->second))
    if (std::find(kinds.begin(), kinds.end(), doc.kind) != kinds.end())
      out.push_back({"application_document", std::to_string(doc.id), applications::document_label(doc.kind),
                     "/elemen/aplikasi/" + std::to_string(a.id), doc.uploaded_at.substr(0, 10)});
  return out;
}

Check documents_before_production(const profiles::Profile& profile, const Obligation& o, const applications::Application& a,
                                  const RegistryFacts& f) {
  if (a.lifecycle == "retired") return not_applicable({"Aplikasi sudah dihentikan.", "The application is retired."});
  auto gaps = gaps_of(profile, &o, a, f);
  auto label = applications::lifecycle_label(a.lifecycle);
  if (a.lifecycle != "in_production") {
    if (gaps.empty()) {
      Check out = presence_check(true, {"Belum produksi (" + label.id + "); kelengkapan sebelum produksi sudah ada.",
                                        "Not in production yet (" + label.en + "); what production needs is on file."},
                                 {});
      out.evidence = document_evidence(o, a, f);
      return out;
    }
    auto missing = gap_list(gaps);
    Check out = not_applicable({"Belum produksi (" + label.id + "); sebelum produksi masih diperlukan: " + missing.id,
                                "Not in production yet (" + label.en + "); still needed before production: " + missing.en});
    out.evidence = gap_evidence(a, gaps);
    return out;
  }
  if (gaps.empty()) {
    Check out = presence_check(true, {"Aplikasi beroperasi dengan kelengkapan yang diwajibkan.",
                                      "The application is in production with what the regulation requires on file."},
                               {});
    out.evidence = document_evidence(o, a, f);
    return out;
  }
  auto missing = gap_list(gaps);
  Check out = presence_check(false, {}, {"Aplikasi sudah beroperasi tanpa kelengkapannya: " + missing.id,
                                         "The application is in production without: " + missing.en});
  out.evidence = gap_evidence(a, gaps);
  return out;
}

Check in_repository(const profiles::Profile& profile, bool with_documents, const applications::Application& a,
                    const RegistryFacts& f) {
  if (a.lifecycle != "in_production")
    return not_applicable({"Aplikasi belum beroperasi (" + applications::lifecycle_label(a.lifecycle).id +
                               "); diserahkan ke repositori setelah selesai dibangun.",
                           "The application is not in production (" + applications::lifecycle_label(a.lifecycle).en +
                               "); it goes to the repository once built."});
  std::vector<applications::Gap> gaps = with_documents ? gaps_of(profile, nullptr, a, f) : std::vector<applications::Gap>{};
  Check out;
  if (a.repository_location.empty()) {
    out.status = Status::not_met;
    out.reason = {"Lokasi aplikasi di repositori belum dicatat.", "The application's place in the repository is not recorded."};
    out.evidence.push_back({"missing_repository_location", "", {"Belum ada: lokasi repositori", "Missing: repository location"},
                            "/elemen/aplikasi/" + std::to_string(a.id), ""});
  }
  if (!gaps.empty()) {
    auto missing = gap_list(gaps);
    out.status = Status::not_met;
    out.reason.id += (out.reason.id.empty() ? "" : " ") + missing.id;
    out.reason.en += (out.reason.en.empty() ? "" : " ") + missing.en;
    auto more = gap_evidence(a, gaps);
    out.evidence.insert(out.evidence.end(), more.begin(), more.end());
  }
  if (out.reason.id.empty()) {
    out.status = Status::met;
    out.reason = {"Aplikasi tersimpan di repositori: " + a.repository_location + ".",
                  "The application is in the repository: " + a.repository_location + "."};
    out.evidence.push_back(application_evidence(a));
  }
  return out;
}

Check application_record(const Obligation& o, const applications::Application& a, const RegistryFacts& f) {
  std::vector<std::string> wrong_id, wrong_en;
  std::vector<std::string> held_id, held_en;
  if (has_field(o, "copyright_owner")) {
    auto region_owner = applications::copyright_owner_for(f.region_name);
    if (a.copyright_owner != region_owner) {
      wrong_id.push_back("pemegang hak cipta tercatat \"" + a.copyright_owner + "\", bukan " + region_owner);
      wrong_en.push_back("the copyright owner is recorded as \"" + a.copyright_owner + "\", not " + region_owner);
    } else {
      held_id.push_back("hak cipta milik " + region_owner);
      held_en.push_back("copyright held by " + region_owner);
    }
  }
  if (has_field(o, "operating_agency")) {
    held_id.push_back("dioperasikan perangkat daerah pemiliknya");
    held_en.push_back("operated by the agency that owns it");
  }
  if (has_field(o, "source_code_licence")) {
    if (!applications::record_errors(a).empty()) {
      wrong_id.push_back("nama lisensinya belum dicatat");
      wrong_en.push_back("its licence name is not recorded");
    } else {
      auto licence = a.licence_kind + (a.licence_name.empty() ? "" : " (" + a.licence_name + ")");
      held_id.push_back("lisensi " + licence);
      held_en.push_back("licence " + licence);
    }
  }
  Check out = presence_check(wrong_id.empty(), {"Tercatat: " + joined(held_id) + ".", "Recorded: " + joined(held_en) + "."},
                             {"Catatan aplikasi belum sesuai: " + joined(wrong_id) + ".",
                              "The application's record does not comply: " + joined(wrong_en) + "."});
  out.evidence.push_back(application_evidence(a));
  return out;
}

Check application_stage(const applications::Application& a) {
  auto label = applications::lifecycle_label(a.lifecycle);
  Check out = presence_check(true, {"Tahap siklus pengembangan tercatat: " + label.id + ".",
                                    "The development life cycle stage is recorded: " + label.en + "."},
                             {});
  out.evidence.push_back(application_evidence(a));
  return out;
}

// Services ---------------------------------------------------------------------------------

Check integration_coordinated(const services::Service& s) {
  auto state = services::integration_status(s);
  if (state == "none")
    return not_applicable({"Layanan ini dijalankan satu perangkat daerah; tidak ada integrasi antar-PD.",
                           "One agency runs this service; there is no integration across agencies."});
  auto n = std::to_string(s.participating_agency_ids.size());
  Check out = presence_check(state == "coordinated",
                             {"Integrasi dengan " + n + " perangkat daerah lain dikoordinasikan dengan Dinas pada " +
                                  s.integration_coordinated_at.substr(0, 10) + ".",
                              "The integration with " + n + " other agencies was coordinated with the ICT office on " +
                                  s.integration_coordinated_at.substr(0, 10) + "."},
                             {"Layanan terintegrasi dengan " + n + " perangkat daerah lain, tetapi koordinasi dengan Dinas belum dicatat.",
                              "The service is integrated with " + n + " other agencies, but no coordination with the ICT office is recorded."});
  Evidence e = service_evidence(s);
  e.date = s.integration_coordinated_at.substr(0, 10);
  out.evidence.push_back(e);
  return out;
}

// The kind of service a link obligation is about: administrative_eservice → administrative.
std::string service_kind_of(const Obligation& o) {
  const auto& from = o.rule.kind == "required_link" ? o.rule.value("from") : o.rule.value("record");
  return from.rfind("administrative", 0) == 0 ? "administrative" : "public";
}

Check service_uses_application(const Obligation& o, bool common_only, const services::Service& s, const RegistryFacts& f) {
  auto kind = service_kind_of(o);
  if (s.kind != kind)
    return not_applicable({kind == "administrative" ? "Bukan layanan administrasi pemerintahan." : "Bukan layanan publik.",
                           kind == "administrative" ? "Not an administrative service." : "Not a public service."});
  std::vector<UsedApplication> used;
  if (auto it = f.service_applications.find(s.id); it != f.service_applications.end()) used = it->second;
  std::vector<std::string> others;
  Check out;
  for (const auto& a : used) {
    if (common_only && a.category != "common") {
      others.push_back(a.name);
      continue;
    }
    out.evidence.push_back({"application", std::to_string(a.id), {a.name, a.name}, "/elemen/aplikasi/" + std::to_string(a.id), ""});
  }
  const std::string what_id = common_only ? "Aplikasi Umum" : "Aplikasi SPBE";
  const std::string what_en = common_only ? "common application" : "SPBE application";
  if (!out.evidence.empty()) {
    std::vector<std::string> names;
    for (const auto& e : out.evidence) names.push_back(e.label.id);
    out.status = Status::met;
    out.reason = {"Layanan memakai " + what_id + ": " + joined(names) + ".", "The service uses the " + what_en + ": " + joined(names) + "."};
    return out;
  }
  out.status = Status::not_met;
  out.reason = others.empty()
                   ? Text{"Layanan belum dikaitkan dengan " + what_id + " yang dipakainya.",
                          "The service is linked to no " + what_en + "."}
                   : Text{"Layanan hanya memakai aplikasi yang bukan Aplikasi Umum: " + joined(others) + ".",
                          "The service uses only applications that are not common applications: " + joined(others) + "."};
  out.evidence.push_back(service_evidence(s));
  return out;
}

// Datasets ---------------------------------------------------------------------------------

Check dataset_record(const Obligation& o, const datasets::Dataset& d) {
  if (d.status != "active") return not_applicable({"Data sudah tidak aktif.", "The dataset is retired."});
  std::vector<std::string> id, en;
  for (const auto& field : o.rule.list("fields")) {
    if (field == "owner_agency" || field == "responsible_agency" || field == "accuracy_owner") {
      id.push_back("penanggung jawab " + d.owner_agency_name);
      en.push_back("held by " + d.owner_agency_name);
    } else {
      id.push_back("klasifikasi " + d.classification + " (akses dibatasi menurut klasifikasi)");
      en.push_back("classified " + d.classification + " (access limited by it)");
    }
  }
  std::sort(id.begin(), id.end());
  id.erase(std::unique(id.begin(), id.end()), id.end());
  std::sort(en.begin(), en.end());
  en.erase(std::unique(en.begin(), en.end()), en.end());
  Check out = presence_check(true, {"Tercatat: " + joined(id) + ".", "Recorded: " + joined(en) + "."}, {});
  out.evidence.push_back(dataset_evidence(d));
  return out;
}

Check agency_provides_data(const Subject& s, const RegistryFacts& f) {
  Check out;
  for (const auto& [_, d] : f.datasets)
    if (d.owner_agency_id == s.agency_id && d.status == "active") out.evidence.push_back(dataset_evidence(d));
  auto n = std::to_string(out.evidence.size());
  auto check = presence_check(!out.evidence.empty(), {"Perangkat daerah menyediakan " + n + " data di katalog data.",
                                                      "The agency provides " + n + " datasets in the data catalog."},
                              {"Perangkat daerah belum menyediakan data apa pun di katalog data.",
                               "The agency provides no dataset in the data catalog."});
  check.evidence = std::move(out.evidence);
  return check;
}

Evidence agreement_evidence(const datasets::Agreement& a) {
  return {"data_sharing_agreement", std::to_string(a.id), {a.title, a.title}, "/elemen/data", a.valid_from};
}

Check dataset_sharing_terms(const datasets::Dataset& d, const RegistryFacts& f) {
  if (d.status != "active") return not_applicable({"Data sudah tidak aktif.", "The dataset is retired."});
  Check out;
  std::vector<std::string> gaps_id, gaps_en;
  for (const auto& a : f.agreements) {
    if (!datasets::grants_access(a, f.today)) continue;
    if (std::find(a.dataset_ids.begin(), a.dataset_ids.end(), d.id) == a.dataset_ids.end()) continue;
    out.evidence.push_back(agreement_evidence(a));
    std::vector<std::string> id, en;
    if (a.purpose.empty() || a.scope.empty()) id.push_back("tujuan dan cakupan"), en.push_back("purpose and scope");
    if (a.interoperability_standard.empty())
      id.push_back("standar interoperabilitas"), en.push_back("interoperability standard");
    if (!id.empty()) {
      gaps_id.push_back("\"" + a.title + "\" belum mencantumkan " + joined(id));
      gaps_en.push_back("\"" + a.title + "\" does not state its " + joined(en));
    }
  }
  if (out.evidence.empty())
    return not_applicable({"Data ini tidak sedang dibagipakaikan melalui perjanjian berbagi pakai data yang berlaku.",
                           "The dataset is not shared through an agreement in force."});
  auto check = presence_check(gaps_id.empty(),
                              {"Dibagipakaikan melalui " + std::to_string(out.evidence.size()) +
                                   " perjanjian dengan tujuan, cakupan, akses dan standar interoperabilitas.",
                               "Shared through " + std::to_string(out.evidence.size()) +
                                   " agreements stating purpose, scope, access and interoperability standard."},
                              {"Perjanjian berbagi pakai belum lengkap: " + joined(gaps_id) + ".",
                               "The sharing agreements are incomplete: " + joined(gaps_en) + "."});
  check.evidence = std::move(out.evidence);
  return check;
}

Check agency_shares_data(const Subject& s, const RegistryFacts& f) {
  Check out;
  for (const auto& a : f.agreements)
    if (datasets::grants_access(a, f.today) && (a.provider_agency_id == s.agency_id || a.consumer_agency_id == s.agency_id))
      out.evidence.push_back(agreement_evidence(a));
  auto check = presence_check(!out.evidence.empty(),
                              {"Perangkat daerah berbagi pakai data melalui " + std::to_string(out.evidence.size()) + " perjanjian yang berlaku.",
                               "The agency shares data through " + std::to_string(out.evidence.size()) + " agreements in force."},
                              {"Tidak ada perjanjian berbagi pakai data yang berlaku dengan perangkat daerah lain.",
                               "No data-sharing agreement with another agency is in force."});
  check.evidence = std::move(out.evidence);
  return check;
}

Check data_in_data_center(const datasets::Dataset& d, const RegistryFacts& f) {
  if (d.status != "active") return not_applicable({"Data sudah tidak aktif.", "The dataset is retired."});
  std::vector<StorageHost> hosts;
  if (auto it = f.dataset_hosts.find(d.id); it != f.dataset_hosts.end()) hosts = it->second;
  Check out;
  if (hosts.empty()) {
    out = presence_check(false, {}, {"Tempat penyimpanan data ini belum dicatat: kaitkan data dengan server tempat ia disimpan.",
                                     "Where this dataset is stored is not recorded: link it to the host that stores it."});
    out.evidence.push_back(dataset_evidence(d));
    return out;
  }
  std::vector<std::string> outside, centres;
  for (const auto& h : hosts) {
    out.evidence.push_back({"host", std::to_string(h.id), {h.name, h.name}, "/elemen/infrastruktur/server/" + std::to_string(h.id), ""});
    if (h.facility_kind == "data_center") centres.push_back(h.facility_name);
    else outside.push_back(h.name);
  }
  std::sort(centres.begin(), centres.end());
  centres.erase(std::unique(centres.begin(), centres.end()), centres.end());
  auto check = presence_check(outside.empty(), {"Disimpan di Pusat Data: " + joined(centres) + ".", "Stored in the data center: " + joined(centres) + "."},
                              {"Disimpan di server di luar Pusat Data: " + joined(outside) + ".",
                               "Stored on hosts outside the data center: " + joined(outside) + "."});
  check.evidence = std::move(out.evidence);
  return check;
}

// Titles compared without case and extra spaces: "Data  Penduduk" is "data penduduk".
std::string normalised_title(const std::string& title) {
  std::string out;
  for (char ch : title) {
    if (std::isspace(static_cast<unsigned char>(ch))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

Check no_duplicate_dataset(const datasets::Dataset& d, const RegistryFacts& f) {
  if (d.status != "active") return not_applicable({"Data sudah tidak aktif.", "The dataset is retired."});
  auto title = normalised_title(d.title);
  Check out;
  std::vector<std::string> holders;
  for (const auto& other : f.region_datasets)
    if (other.id != d.id && normalised_title(other.title) == title) {
      out.evidence.push_back(dataset_evidence(other));
      holders.push_back(other.owner_agency_name);
    }
  auto check = presence_check(holders.empty(), {"Tidak ada data lain berjudul sama di katalog data daerah.",
                                                "No other dataset of the region's catalog has this title."},
                              {"Data sejenis berjudul \"" + d.title + "\" sudah ada di " + joined(holders) + ".",
                               "A dataset of the same kind, \"" + d.title + "\", already exists at " + joined(holders) + "."});
  check.evidence = std::move(out.evidence);
  if (check.evidence.empty()) check.evidence.push_back(dataset_evidence(d));
  return check;
}

// Agencies ---------------------------------------------------------------------------------

Check no_development_by_agency(const Obligation& o, const Subject& s, const RegistryFacts& f) {
  const auto& what = o.rule.value("what");
  auto category = what.substr(0, what.find("_application_development_by_agency"));
  auto label = applications::category_label(nullptr, category);
  auto office = f.ict_office.find(*s.agency_id);
  if ((office != f.ict_office.end() && office->second) || s.ict_self_sufficient)
    return presence_check(true, {"Dinas atau PD Mandiri TIK boleh membangun " + label.id + ".",
                                 "The ICT office or a PD Mandiri TIK may build " + label.en + "s."},
                          {});
  Check out;
  std::vector<std::string> names;
  for (const auto& [_, a] : f.applications)
    if (a.owner_agency_id == *s.agency_id && a.category == category &&
        (a.lifecycle == "in_development" || a.lifecycle == "in_testing")) {
      out.evidence.push_back(application_evidence(a));
      names.push_back(a.name);
    }
  auto check = presence_check(names.empty(), {"Perangkat daerah ini tidak sedang membangun " + label.id + " sendiri.",
                                              "This agency is not building a " + label.en + " itself."},
                              {"Perangkat daerah ini membangun " + label.id + " sendiri, padahal bukan Dinas atau PD Mandiri TIK: " +
                                   joined(names) + ".",
                               "This agency builds a " + label.en + " itself, though it is neither the ICT office nor a PD Mandiri TIK: " +
                                   joined(names) + "."});
  check.evidence = std::move(out.evidence);
  return check;
}

template <class Map>
const typename Map::mapped_type* find_in(const Map& m, const Subject& s) {
  auto it = m.find(id_of(s));
  return it == m.end() ? nullptr : &it->second;
}

}  // namespace

std::optional<RegistryQuestion> registry_question(const Obligation& o) {
  const auto& r = o.rule;
  using Q = RegistryQuestion;
  if (r.kind == "required_documents" && r.value("before") == "production" && o.binds == "each_application")
    return Q::documents_before_production;
  if (r.kind == "placement" && r.value("where") == "repository" && o.binds == "each_application") {
    if (r.value("what") == "application") return Q::application_in_repository;
    if (r.value("what") == "application_and_documents") return Q::application_and_documents_in_repository;
  }
  if (r.kind == "placement" && r.value("where") == "data_center" && o.binds == "each_dataset" &&
      (r.value("what") == "data_storage" || r.value("what") == "data_and_information"))
    return Q::data_in_data_center;
  if (r.kind == "approval_gate" && o.binds == "each_service" && r.value("approver") == "ict_office" &&
      (r.value("action") == "integrate_services_across_agencies" || r.value("action") == "integrate_services"))
    return Q::integration_coordinated;
  if (r.kind == "required_link" && o.binds == "each_service") {
    const auto &from = r.value("from"), &to = r.value("to");
    if (from == "administrative_eservice" && to == "application") return Q::service_uses_application;
    if ((from == "administrative_eservice" || from == "public_eservice") && to == "common_application")
      return Q::service_uses_common_application;
  }
  if (r.kind == "required_record") {
    const auto& record = r.value("record");
    if (record == "application" && o.binds == "each_application" && only_fields(o, kApplicationFields))
      return Q::application_record;
    if (record == "application_development" && o.binds == "each_application" && only_fields(o, {"life_cycle_stage"}))
      return Q::application_stage;
    if (record == "public_eservice" && o.binds == "each_service" && only_fields(o, {"common_application_used"}))
      return Q::service_uses_common_application;
    if (record == "dataset" && o.binds == "each_dataset" && only_fields(o, kDatasetFields)) return Q::dataset_record;
    if (record == "dataset" && o.binds == "every_agency" && only_fields(o, {"owner_agency"})) return Q::agency_provides_data;
    if ((record == "dataset_sharing" || record == "data_sharing") && o.binds == "each_dataset" && only_fields(o, kSharingFields))
      return Q::dataset_sharing_terms;
    if (record == "inter_agency_data_sharing" && o.binds == "every_agency" && r.list("fields").empty())
      return Q::agency_shares_data;
  }
  if (r.kind == "prohibition") {
    const auto& what = r.value("what");
    if (what == "duplicate_of_data_steward_dataset" && o.binds == "each_dataset") return Q::no_duplicate_dataset;
    if (o.binds == "every_agency" &&
        (what == "common_application_development_by_agency" || what == "shared_special_application_development_by_agency" ||
         what == "agency_special_application_development_by_agency"))
      return Q::no_development_by_agency;
  }
  return std::nullopt;
}

RegistryNeeds registry_needs(const profiles::Profile& profile) {
  RegistryNeeds n;
  using Q = RegistryQuestion;
  for (const auto& o : profile.obligations) {
    auto q = registry_question(o);
    if (!q) continue;
    switch (*q) {
      case Q::documents_before_production:
      case Q::application_in_repository:
      case Q::application_and_documents_in_repository:
      case Q::application_record:
      case Q::application_stage:
      case Q::no_development_by_agency: n.applications = true; break;
      case Q::integration_coordinated:
      case Q::service_uses_application:
      case Q::service_uses_common_application: n.services = true; break;
      case Q::dataset_record:
      case Q::agency_provides_data:
      case Q::data_in_data_center: n.datasets = true; break;
      case Q::dataset_sharing_terms: n.datasets = n.agreements = true; break;
      case Q::agency_shares_data: n.agreements = true; break;
      case Q::no_duplicate_dataset: n.datasets = n.region_datasets = true; break;
    }
  }
  return n;
}

Check registry_check(RegistryQuestion q, const profiles::Profile& profile, const Obligation& o, const Subject& s,
                     const RegistryFacts& f) {
  using Q = RegistryQuestion;
  switch (q) {
    case Q::documents_before_production:
    case Q::application_in_repository:
    case Q::application_and_documents_in_repository:
    case Q::application_record:
    case Q::application_stage: {
      const auto* a = find_in(f.applications, s);
      if (!a) return missing_record(s);
      if (q == Q::documents_before_production) return documents_before_production(profile, o, *a, f);
      if (q == Q::application_record) return application_record(o, *a, f);
      if (q == Q::application_stage) return application_stage(*a);
      return in_repository(profile, q == Q::application_and_documents_in_repository, *a, f);
    }
    case Q::integration_coordinated:
    case Q::service_uses_application:
    case Q::service_uses_common_application: {
      const auto* sv = find_in(f.services, s);
      if (!sv) return missing_record(s);
      if (q == Q::integration_coordinated) return integration_coordinated(*sv);
      return service_uses_application(o, q == Q::service_uses_common_application, *sv, f);
    }
    case Q::dataset_record:
    case Q::dataset_sharing_terms:
    case Q::data_in_data_center:
    case Q::no_duplicate_dataset: {
      const auto* d = find_in(f.datasets, s);
      if (!d) return missing_record(s);
      if (q == Q::dataset_record) return dataset_record(o, *d);
      if (q == Q::dataset_sharing_terms) return dataset_sharing_terms(*d, f);
      if (q == Q::data_in_data_center) return data_in_data_center(*d, f);
      return no_duplicate_dataset(*d, f);
    }
    case Q::agency_provides_data: return agency_provides_data(s, f);
    case Q::agency_shares_data: return agency_shares_data(s, f);
    case Q::no_development_by_agency: return no_development_by_agency(o, s, f);
  }
  return missing_record(s);
}

}  // namespace simpul::modules::compliance
