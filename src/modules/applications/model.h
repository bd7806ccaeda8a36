#pragma once
// An application (Aplikasi SPBE) of the region: "satu atau sekumpulan program komputer dan
// prosedur yang dirancang untuk melakukan tugas atau fungsi Layanan SPBE" (Madiun Pasal 1).
// Aplikasi Umum, Aplikasi Khusus Berbagi Pakai or Aplikasi Khusus PD (Madiun Pasal 23 ayat (2),
// Batam Pasal 23), owned by one agency, used by others, built along a lifecycle, and handed to
// the ICT office with its documents for the repository (Madiun Pasal 24 ayat (5)). Its
// copyright belongs to the region (Kendari Pasal 18 ayat (7), OKI Pasal 14 ayat (4)).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace simpul::modules::applications {

struct Application {
  int64_t id = 0;
  std::string region_id;
  int64_t owner_agency_id = 0;
  std::string agency_name, agency_short_name;  // read only, joined
  std::string code;
  std::string name;
  std::string description;
  std::string category = "agency_special";  // common | shared_special | agency_special
  std::vector<int64_t> user_agency_ids;     // the agencies that use it
  std::string user_groups;                  // who uses it, in words
  std::string lifecycle = "planned";        // planned | in_development | in_testing | in_production | retired
  int64_t development_round = 0;            // how many times it entered in_development
  std::string lifecycle_reason;
  std::string lifecycle_changed_by, lifecycle_changed_at;
  std::string licence_kind = "open_source";  // open_source | proprietary | other
  std::string licence_name;
  std::string repository_location;  // URL or path in the region's repository
  std::string runs_at;              // where it runs: an address or host name
  std::string copyright_owner;      // always the region ("Pemerintah Kota Madiun"); set by the server
  int64_t version = 1;
  std::string created_at, updated_at;
};

// One upload of a required document; the newest of a kind is the current one.
struct Document {
  int64_t id = 0;
  std::string region_id;
  int64_t application_id = 0;
  std::string kind;  // a document kind of the region's profile, e.g. "user_manual"
  std::string file_sha256;
  std::string uploaded_by, uploaded_at;
};

// A recorded test of the application (Madiun Pasal 24 ayat (3)).
struct TestRecord {
  int64_t id = 0;
  std::string region_id;
  int64_t application_id = 0;
  std::string tested_on;  // YYYY-MM-DD
  std::string result;     // passed | failed
  std::string summary;
  std::string report_sha256;  // empty: no report file
  std::string recorded_by, recorded_at;
};

// A decision of the GCIO (Batam Pasal 46 ayat (3)); `covers` is the state it was about.
struct GcioDecision {
  int64_t id = 0;
  std::string region_id;
  int64_t application_id = 0;
  std::string decision;  // approved | refused
  std::string note;
  std::string covers;
  std::string decided_by, decided_at;
};

// The record's own fields only: what the audit log compares (no joined names).
nlohmann::json record_json(const Application& a);
// What the API shows: the record with its agency's name.
nlohmann::json to_json(const Application& a);
nlohmann::json to_json(const TestRecord& t);
nlohmann::json to_json(const GcioDecision& d);

}  // namespace simpul::modules::applications
