#include "db/like.h"
#include "modules/datasets/store.h"

#include <algorithm>
#include <cctype>

namespace simpul::modules::datasets {

namespace {
const char* kSelect =
    "SELECT d.dataset_id, d.region_id, d.owner_agency_id, a.name, a.short_name, d.code, d.title, d.description, "
    "d.data_steward_id, p.name, d.classification, d.update_frequency, d.last_updated, d.formats, d.keywords, d.theme, "
    "d.temporal_coverage, d.spatial_coverage, d.licence, d.landing_page, d.access_url, d.contact_name, d.contact_email, "
    "d.issued, d.master_data, d.reference_data, d.data_key, d.status, d.version, d.created_at, d.updated_at "
    "FROM datasets d JOIN agencies a ON a.agency_id = d.owner_agency_id "
    "LEFT JOIN people p ON p.person_id = d.data_steward_id ";

const char* kSelectAgreement =
    "SELECT g.agreement_id, g.region_id, g.provider_agency_id, g.consumer_agency_id, pa.name, ca.name, g.title, g.purpose, "
    "g.scope, g.access_mode, g.interoperability_standard, g.document_number, g.document_sha256, g.valid_from, g.expires_on, "
    "g.status, g.activated_by, g.activated_at, g.ended_by, g.ended_at, g.end_reason, g.version, g.created_at, g.updated_at "
    "FROM data_sharing_agreements g JOIN agencies pa ON pa.agency_id = g.provider_agency_id "
    "JOIN agencies ca ON ca.agency_id = g.consumer_agency_id ";

using db::text_or_empty;
using db::value_of;

std::vector<std::string> names_from(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& n : nlohmann::json::parse(text)) out.push_back(n.get<std::string>());
  return out;
}

Dataset from_row(const db::Row& r) {
  Dataset d;
  d.id = r.int64(0);
  d.region_id = r.text(1);
  d.owner_agency_id = r.int64(2);
  d.owner_agency_name = r.text(3);
  d.owner_agency_short_name = text_or_empty(r, 4);
  d.code = r.text(5);
  d.title = r.text(6);
  d.description = r.text(7);
  if (!r.is_null(8)) d.data_steward_id = r.int64(8);
  d.data_steward_name = text_or_empty(r, 9);
  d.classification = r.text(10);
  d.update_frequency = r.text(11);
  d.last_updated = text_or_empty(r, 12);
  d.formats = names_from(r.text(13));
  d.keywords = names_from(r.text(14));
  d.theme = r.text(15);
  d.temporal_coverage = r.text(16);
  d.spatial_coverage = r.text(17);
  d.licence = r.text(18);
  d.landing_page = r.text(19);
  d.access_url = r.text(20);
  d.contact_name = r.text(21);
  d.contact_email = r.text(22);
  d.issued = text_or_empty(r, 23);
  d.master_data = r.int64(24) != 0;
  d.reference_data = r.int64(25) != 0;
  d.data_key = r.text(26);
  d.status = r.text(27);
  d.version = r.int64(28);
  d.created_at = r.text(29);
  d.updated_at = r.text(30);
  return d;
}

std::vector<int64_t> covered_datasets(db::Connection& c, int64_t agreement_id) {
  std::vector<int64_t> out;
  for (const auto& r : c.query("SELECT dataset_id FROM data_sharing_agreement_datasets WHERE agreement_id = ? ORDER BY dataset_id",
                               {agreement_id}))
    out.push_back(r.int64(0));
  return out;
}

Agreement agreement_from_row(db::Connection& c, const db::Row& r) {
  Agreement a;
  a.id = r.int64(0);
  a.region_id = r.text(1);
  a.provider_agency_id = r.int64(2);
  a.consumer_agency_id = r.int64(3);
  a.provider_agency_name = r.text(4);
  a.consumer_agency_name = r.text(5);
  a.title = r.text(6);
  a.purpose = r.text(7);
  a.scope = r.text(8);
  a.access_mode = r.text(9);
  a.interoperability_standard = r.text(10);
  a.document_number = r.text(11);
  a.document_sha256 = text_or_empty(r, 12);
  a.valid_from = r.text(13);
  a.expires_on = r.text(14);
  a.status = r.text(15);
  a.activated_by = text_or_empty(r, 16);
  a.activated_at = text_or_empty(r, 17);
  a.ended_by = text_or_empty(r, 18);
  a.ended_at = text_or_empty(r, 19);
  a.end_reason = text_or_empty(r, 20);
  a.version = r.int64(21);
  a.created_at = r.text(22);
  a.updated_at = r.text(23);
  a.dataset_ids = covered_datasets(c, a.id);
  return a;
}

void save_coverage(db::Connection& c, const Agreement& a) {
  c.execute("DELETE FROM data_sharing_agreement_datasets WHERE agreement_id = ?", {a.id});
  for (auto id : a.dataset_ids)
    c.execute("INSERT INTO data_sharing_agreement_datasets (agreement_id, dataset_id, region_id) VALUES (?, ?, ?)",
              {a.id, id, a.region_id});
}

}  // namespace

std::vector<Dataset> list(db::Connection& c, const std::string& region_id, const Filter& filter) {
  std::string sql = std::string(kSelect) + "WHERE d.region_id = ?";
  db::Params params{region_id};
  if (filter.owner_agency_id) sql += " AND d.owner_agency_id = ?", params.push_back(*filter.owner_agency_id);
  if (!filter.classification.empty()) sql += " AND d.classification = ?", params.push_back(filter.classification);
  if (!filter.status.empty()) sql += " AND d.status = ?", params.push_back(filter.status);
  if (filter.public_only) sql += " AND d.classification = 'public' AND d.status = 'active'";
  if (!filter.query.empty()) {
    sql += " AND (LOWER(d.code) LIKE ? ESCAPE '\\' OR LOWER(d.title) LIKE ? ESCAPE '\\' OR LOWER(d.keywords) LIKE ? ESCAPE '\\')";
    params.insert(params.end(), 3, db::Value{db::like_pattern(filter.query)});
  }
  std::vector<Dataset> out;
  for (const auto& r : c.query(sql, params)) out.push_back(from_row(r));
  // Byte order, the same on every database (PostgreSQL's collation would weigh "-" and "."
  // differently), so the list's cursor - the last code seen - compares the same way.
  std::sort(out.begin(), out.end(), [](const Dataset& a, const Dataset& b) { return a.code < b.code; });
  return out;
}

std::optional<Dataset> find(db::Connection& c, const std::string& region_id, int64_t dataset_id) {
  auto rows = c.query(std::string(kSelect) + "WHERE d.region_id = ? AND d.dataset_id = ?", {region_id, dataset_id});
  if (rows.empty()) return std::nullopt;
  return from_row(rows[0]);
}

bool code_taken(db::Connection& c, const std::string& region_id, const std::string& code, int64_t except_dataset_id) {
  return !c.query("SELECT 1 FROM datasets WHERE region_id = ? AND code = ? AND dataset_id <> ?", {region_id, code, except_dataset_id})
              .empty();
}

bool person_exists(db::Connection& c, const std::string& region_id, int64_t person_id) {
  return !c.query("SELECT 1 FROM people WHERE region_id = ? AND person_id = ?", {region_id, person_id}).empty();
}

int64_t insert(db::Connection& c, Dataset& d) {
  d.id = c.query("INSERT INTO datasets (region_id, owner_agency_id, code, title, description, data_steward_id, classification, "
                 "update_frequency, last_updated, formats, keywords, theme, temporal_coverage, spatial_coverage, licence, "
                 "landing_page, access_url, contact_name, contact_email, issued, master_data, reference_data, data_key, status, "
                 "version, created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING dataset_id",
                 {d.region_id, d.owner_agency_id, d.code, d.title, d.description,
                  d.data_steward_id ? db::Value{*d.data_steward_id} : db::Value{}, d.classification, d.update_frequency,
                  value_of(d.last_updated), nlohmann::json(d.formats).dump(), nlohmann::json(d.keywords).dump(), d.theme,
                  d.temporal_coverage, d.spatial_coverage, d.licence, d.landing_page, d.access_url, d.contact_name,
                  d.contact_email, value_of(d.issued), int64_t{d.master_data ? 1 : 0}, int64_t{d.reference_data ? 1 : 0},
                  d.data_key, d.status, d.version, d.created_at, d.updated_at})
             .at(0)
             .int64(0);
  return d.id;
}

bool update(db::Connection& c, const Dataset& d, int64_t expected_version) {
  return !c.query("UPDATE datasets SET code = ?, title = ?, description = ?, data_steward_id = ?, classification = ?, "
                  "update_frequency = ?, last_updated = ?, formats = ?, keywords = ?, theme = ?, temporal_coverage = ?, "
                  "spatial_coverage = ?, licence = ?, landing_page = ?, access_url = ?, contact_name = ?, contact_email = ?, "
                  "issued = ?, master_data = ?, reference_data = ?, data_key = ?, status = ?, version = ?, updated_at = ? "
                  "WHERE region_id = ? AND dataset_id = ? AND version = ? RETURNING dataset_id",
                  {d.code, d.title, d.description, d.data_steward_id ? db::Value{*d.data_steward_id} : db::Value{},
                   d.classification, d.update_frequency, value_of(d.last_updated), nlohmann::json(d.formats).dump(),
                   nlohmann::json(d.keywords).dump(), d.theme, d.temporal_coverage, d.spatial_coverage, d.licence,
                   d.landing_page, d.access_url, d.contact_name, d.contact_email, value_of(d.issued),
                   int64_t{d.master_data ? 1 : 0}, int64_t{d.reference_data ? 1 : 0}, d.data_key, d.status, d.version,
                   d.updated_at, d.region_id, d.id, expected_version})
              .empty();
}

std::set<int64_t> shared_with_agency(db::Connection& c, const std::string& region_id, int64_t agency_id,
                                     const std::string& today) {
  std::set<int64_t> out;
  for (const auto& r : c.query("SELECT ad.dataset_id FROM data_sharing_agreement_datasets ad "
                               "JOIN data_sharing_agreements g ON g.agreement_id = ad.agreement_id "
                               "WHERE g.region_id = ? AND g.consumer_agency_id = ? AND g.status = 'active' "
                               "AND g.valid_from <= ? AND g.expires_on >= ?",
                               {region_id, agency_id, today, today}))
    out.insert(r.int64(0));
  return out;
}

std::vector<Agreement> list_agreements(db::Connection& c, const std::string& region_id, const AgreementFilter& filter) {
  std::string sql = std::string(kSelectAgreement) + "WHERE g.region_id = ?";
  db::Params params{region_id};
  if (filter.agency_id) {
    sql += " AND (g.provider_agency_id = ? OR g.consumer_agency_id = ?)";
    params.push_back(*filter.agency_id);
    params.push_back(*filter.agency_id);
  }
  if (!filter.status.empty()) sql += " AND g.status = ?", params.push_back(filter.status);
  if (filter.dataset_id)
    sql += " AND EXISTS (SELECT 1 FROM data_sharing_agreement_datasets ad WHERE ad.agreement_id = g.agreement_id "
           "AND ad.dataset_id = ?)",
        params.push_back(*filter.dataset_id);
  sql += " ORDER BY g.agreement_id DESC";
  std::vector<Agreement> out;
  for (const auto& r : c.query(sql, params)) out.push_back(agreement_from_row(c, r));
  return out;
}

std::optional<Agreement> find_agreement(db::Connection& c, const std::string& region_id, int64_t agreement_id) {
  auto rows = c.query(std::string(kSelectAgreement) + "WHERE g.region_id = ? AND g.agreement_id = ?", {region_id, agreement_id});
  if (rows.empty()) return std::nullopt;
  return agreement_from_row(c, rows[0]);
}

int64_t insert_agreement(db::Connection& c, Agreement& a) {
  a.id = c.query("INSERT INTO data_sharing_agreements (region_id, provider_agency_id, consumer_agency_id, title, purpose, scope, "
                 "access_mode, interoperability_standard, document_number, document_sha256, valid_from, expires_on, status, "
                 "version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING agreement_id",
                 {a.region_id, a.provider_agency_id, a.consumer_agency_id, a.title, a.purpose, a.scope, a.access_mode,
                  a.interoperability_standard, a.document_number, value_of(a.document_sha256), a.valid_from, a.expires_on,
                  a.status, a.version, a.created_at, a.updated_at})
             .at(0)
             .int64(0);
  save_coverage(c, a);
  return a.id;
}

bool update_agreement(db::Connection& c, const Agreement& a, int64_t expected_version) {
  bool saved = !c.query("UPDATE data_sharing_agreements SET title = ?, purpose = ?, scope = ?, access_mode = ?, "
                        "interoperability_standard = ?, document_number = ?, document_sha256 = ?, valid_from = ?, expires_on = ?, "
                        "status = ?, activated_by = ?, activated_at = ?, ended_by = ?, ended_at = ?, end_reason = ?, version = ?, "
                        "updated_at = ? WHERE region_id = ? AND agreement_id = ? AND version = ? RETURNING agreement_id",
                        {a.title, a.purpose, a.scope, a.access_mode, a.interoperability_standard, a.document_number,
                         value_of(a.document_sha256), a.valid_from, a.expires_on, a.status, value_of(a.activated_by),
                         value_of(a.activated_at), value_of(a.ended_by), value_of(a.ended_at), value_of(a.end_reason),
                         a.version, a.updated_at, a.region_id, a.id, expected_version})
                    .empty();
  if (saved) save_coverage(c, a);
  return saved;
}

}  // namespace simpul::modules::datasets
