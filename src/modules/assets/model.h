#pragma once
// An ICT asset (aset TIK) of the region: a piece of hardware or software that the SPBE uses,
// kept through perencanaan, pengadaan, pengelolaan and penghapusan (Madiun Pasal 35 ayat (2),
// Kendari Pasal 29 ayat (2)), with its events, its links to hosts, applications and tickets,
// and the yearly inventory report for the regional asset office (Kendari Pasal 19 ayat (12)).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace simpul::modules::assets {

struct Asset {
  int64_t id = 0;
  std::string region_id;
  int64_t owner_agency_id = 0;
  std::string owner_agency_name;  // read only, joined
  std::string kind = "hardware";  // hardware | software
  std::string category;
  std::string code, name, brand, model, software_version, serial_number, location;
  std::string stage = "planning";  // planning | procurement | in_use | maintenance | disposed
  std::string stage_since;         // YYYY-MM-DD
  std::optional<std::string> acquired_on;
  std::optional<int64_t> value;  // whole rupiah
  std::optional<std::string> warranty_until;
  std::optional<std::string> licence_kind, licence_until;  // software only
  std::optional<int64_t> seats;
  std::optional<int64_t> application_id;  // software: the application it licences
  std::string application_name;           // read only, joined
  std::string regional_asset_code;        // Kendari Pasal 19 ayat (11)
  std::string notes;
  // The compatibility statement (Kendari Pasal 19 ayat (8)); absent until one is made.
  std::optional<std::vector<int64_t>> compatible_with;
  std::string compatibility_note, compatibility_by;
  std::optional<std::string> compatibility_on;
  std::optional<std::string> disposed_on;
  std::string disposal_reason, disposal_decree;
  int64_t version = 1;
  std::string created_at, updated_at;
};

// One step of an asset's life.
struct Event {
  int64_t id = 0;
  std::string region_id;
  int64_t asset_id = 0;
  std::string action;  // create | procure | put_in_use | start_maintenance | end_maintenance | dispose
  std::optional<std::string> from_stage;
  std::string to_stage;
  std::string on;  // YYYY-MM-DD
  std::string note, reason, decree_reference;
  std::string actor, created_at;
};

struct Link {
  int64_t id = 0;
  std::string region_id;
  int64_t asset_id = 0;
  std::string kind;  // host | application | ticket
  int64_t target_id = 0;
  std::string target_name;  // read only, joined
  std::string created_by, created_at;
};

struct Settings {
  int64_t warning_days = 90;
  int64_t version = 0;  // 0: never saved
};

// Counts of one agency and category in an inventory report.
struct ReportRow {
  int64_t agency_id = 0;
  std::string agency_name, category, kind;
  int64_t planning = 0, procurement = 0, in_use = 0, maintenance = 0, disposed = 0;
  int64_t count = 0, value = 0;  // assets not disposed
};

struct MissingCode {
  int64_t asset_id = 0;
  std::string code, name, owner_agency_name;
};

struct InventoryReport {
  int64_t id = 0;
  std::string region_id;
  int year = 0;
  std::string state = "draft";  // draft | sent
  std::string made_on, recipient;
  std::optional<std::string> sent_on;
  int64_t total_count = 0, total_value = 0;
  std::vector<ReportRow> rows;
  std::vector<MissingCode> missing;
  int64_t missing_count = 0;
  int64_t version = 1;
  std::string created_at, updated_at;
};

// What the API shows (joined names and the days left are added by the routes).
nlohmann::json to_json(const Asset& a);
// The asset's own fields only: what the audit log compares.
nlohmann::json record_json(const Asset& a);
nlohmann::json to_json(const Event& e);
nlohmann::json to_json(const Link& l);
nlohmann::json to_json(const ReportRow& r);
nlohmann::json to_json(const MissingCode& m);
// The report; `with_lists`: its rows and the assets missing a regional code too.
nlohmann::json to_json(const InventoryReport& r, bool with_lists);
// The report's own fields for the audit log.
nlohmann::json report_record_json(const InventoryReport& r);

}  // namespace simpul::modules::assets
