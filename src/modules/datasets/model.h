#pragma once
// The data catalog (Data dan Informasi): a dataset an agency holds and provides (Madiun
// Pasal 10 ayat (2)), with its walidata, security classification (Pasal 11 ayat (3) huruf a),
// update frequency (kekinian, Pasal 11 ayat (1)), DCAT-like metadata, and whether it is
// master or reference data and by which key (OKI Pasal 11 ayat (4)-(5): NIP, NIK); and the
// agreements under which one agency shares datasets with another (Madiun Pasal 10 ayat (4):
// purpose and scope, access, interoperability standard).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace simpul::modules::datasets {

struct Dataset {
  int64_t id = 0;
  std::string region_id;
  int64_t owner_agency_id = 0;
  std::string owner_agency_name, owner_agency_short_name;  // read only, joined
  std::string code;
  std::string title;
  std::string description;
  std::optional<int64_t> data_steward_id;  // walidata: a person of the region
  std::string data_steward_name;           // read only, joined
  std::string classification = "internal";  // public | internal | restricted | secret
  std::string update_frequency = "irregular";  // daily … yearly | irregular
  std::string last_updated;                 // YYYY-MM-DD, empty: never recorded
  std::vector<std::string> formats;         // "CSV", "XLSX", "API" …
  std::vector<std::string> keywords;
  std::string theme, temporal_coverage, spatial_coverage, licence, landing_page, access_url;
  std::string contact_name, contact_email;  // the contact point the public sees
  std::string issued;                       // YYYY-MM-DD, empty: not given
  bool master_data = false;
  bool reference_data = false;
  std::string data_key = "none";  // nik | nip | other | none
  std::string status = "active";  // active | retired
  int64_t version = 1;
  std::string created_at, updated_at;
};

struct Agreement {
  int64_t id = 0;
  std::string region_id;
  int64_t provider_agency_id = 0;
  int64_t consumer_agency_id = 0;
  std::string provider_agency_name, consumer_agency_name;  // read only, joined
  std::string title;
  std::string purpose;
  std::string scope;
  std::string access_mode = "read_only";  // read_only | api | file_transfer | database_link
  std::string interoperability_standard;
  std::string document_number;  // the decree or agreement number
  std::string document_sha256;  // the signed document, an uploaded file; empty: none
  std::string valid_from;       // YYYY-MM-DD
  std::string expires_on;       // YYYY-MM-DD: the last day it grants access
  std::vector<int64_t> dataset_ids;  // sorted
  std::string status = "draft";      // draft | active | ended
  std::string activated_by, activated_at;
  std::string ended_by, ended_at, end_reason;
  int64_t version = 1;
  std::string created_at, updated_at;
};

// The record's own fields only: what the audit log compares (no joined names, nothing computed).
nlohmann::json record_json(const Dataset& d);
nlohmann::json agreement_record_json(const Agreement& a);

// What signed-in callers see: the record, its agency and walidata, and whether it is overdue
// for an update on `today` (YYYY-MM-DD).
nlohmann::json to_json(const Dataset& d, const std::string& today);
// What the public catalog shows: the metadata, the agency and the contact point; no walidata.
nlohmann::json public_json(const Dataset& d, const std::string& today);
// The agreement with its state on `today` (see sharing_rules.h).
nlohmann::json to_json(const Agreement& a, const std::string& today);

}  // namespace simpul::modules::datasets
