#pragma once
// SQL of the ICT asset register (migrations/0016_ict_assets.sql): assets with their search
// documents (written in the same transaction), their events and links, the region's warning
// window and the inventory reports. Portable SQL for SQLite and
// PostgreSQL; every query is bound to the caller's region.
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/assets/model.h"

namespace simpul::modules::assets {

struct Filter {
  std::optional<int64_t> agency_id;
  std::string kind, category, stage;
  std::string query;  // its words (db/full_text.h), each a prefix of a word of code, name or serial number
  std::optional<std::string> expires_by;  // warranty or licence ends on or before this date
  std::optional<int64_t> host_id, application_id, ticket_id;
  bool operator==(const Filter&) const = default;
};

struct Page {
  std::vector<Asset> items;
  int64_t total = 0;
};

// Sorted by code; `limit` rows from `offset`, and how many match in all.
Page list_page(db::Connection& c, const std::string& region_id, const Filter& filter, int64_t offset, int64_t limit);
// Every match, sorted by code (exports, reports).
std::vector<Asset> list_all(db::Connection& c, const std::string& region_id, const Filter& filter);
std::optional<Asset> find(db::Connection& c, const std::string& region_id, int64_t asset_id);
bool code_taken(db::Connection& c, const std::string& region_id, const std::string& code, int64_t except_asset_id);
void insert(db::Connection& c, Asset& a);
// Writes `a` where the stored version is still `before_version`; false when another change won.
bool update(db::Connection& c, const Asset& a, int64_t before_version);

// Assets of the region among `ids` that are in use: the ones a compatibility statement may name.
std::vector<Asset> in_use_among(db::Connection& c, const std::string& region_id, const std::vector<int64_t>& ids);
// In-use hardware of an agency in the given categories, but `except_asset_id`.
std::vector<Asset> in_use_of_agency(db::Connection& c, const std::string& region_id, int64_t agency_id,
                                    const std::vector<std::string>& categories, int64_t except_asset_id);
// The warranties and licences of not disposed assets that end on or before `by`: the totals
// (ended before `today`, still running), then at most `limit` entries — running ones soonest
// first, then ended ones most recently ended first — ordered and cut by the database.
struct ExpiryEntry {
  int64_t asset_id = 0, owner_agency_id = 0;
  std::string code, name, kind, category, owner_agency_name, what, until;  // what: warranty | licence
};
struct ExpiryList {
  int64_t expired = 0, expiring = 0;
  std::vector<ExpiryEntry> items;
};
ExpiryList expiry_list(db::Connection& c, const std::string& region_id, const std::string& today, const std::string& by,
                       std::optional<int64_t> agency_id, int64_t limit);

void insert_event(db::Connection& c, Event& e);
std::vector<Event> events(db::Connection& c, const std::string& region_id, int64_t asset_id);

std::vector<Link> links(db::Connection& c, const std::string& region_id, int64_t asset_id);
std::optional<Link> find_link(db::Connection& c, const std::string& region_id, int64_t asset_id, int64_t link_id);
bool link_exists(db::Connection& c, int64_t asset_id, const std::string& kind, int64_t target_id);
void insert_link(db::Connection& c, Link& l);
void delete_link(db::Connection& c, const std::string& region_id, int64_t link_id);
// The name of a host or application, "number title" of a ticket; nullopt when not in the region.
std::optional<std::string> target_name(db::Connection& c, const std::string& region_id, const std::string& kind,
                                       int64_t target_id);

Settings load_settings(db::Connection& c, const std::string& region_id);
// Saves the window where the version is still `before_version` (0: no row yet).
bool save_settings(db::Connection& c, const std::string& region_id, int64_t warning_days, int64_t before_version,
                   const std::string& now);

std::vector<InventoryReport> list_reports(db::Connection& c, const std::string& region_id);
std::optional<InventoryReport> find_report(db::Connection& c, const std::string& region_id, int64_t report_id);
std::optional<InventoryReport> find_report_of_year(db::Connection& c, const std::string& region_id, int year);
void insert_report(db::Connection& c, InventoryReport& r);
bool update_report(db::Connection& c, const InventoryReport& r, int64_t before_version);

}  // namespace simpul::modules::assets
