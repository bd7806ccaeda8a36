#include "modules/compliance/sources/registry_facts.h"

#include <nlohmann/json.hpp>

#include "modules/compliance/agency_filter.h"

namespace simpul::modules::compliance {

namespace {

std::string owned_by(const Scope& scope, const char* column, db::Params& params) {
  return agency_filter(column, scope.agency_id, params);
}

std::vector<int64_t> ids_of(const std::string& json_text) {
  std::vector<int64_t> out;
  auto j = nlohmann::json::parse(json_text, nullptr, false);
  if (!j.is_array()) return out;
  for (const auto& v : j)
    if (v.is_number_integer()) out.push_back(v.get<int64_t>());
  return out;
}

void load_applications(const Scope& scope, RegistryFacts& f) {
  db::Params p{scope.region_id};
  auto sql = "SELECT application_id, owner_agency_id, code, name, category, lifecycle, development_round, licence_kind, "
             "licence_name, repository_location, runs_at, copyright_owner FROM applications WHERE region_id = ?" +
             owned_by(scope, "owner_agency_id", p);
  for (auto& r : scope.c.query(sql, p)) {
    applications::Application a;
    a.id = r.int64(0);
    a.region_id = scope.region_id;
    a.owner_agency_id = r.int64(1);
    a.code = r.take_text(2);
    a.name = r.take_text(3);
    a.category = r.take_text(4);
    a.lifecycle = r.take_text(5);
    a.development_round = r.int64(6);
    a.licence_kind = r.take_text(7);
    a.licence_name = db::text_or_empty(r, 8);
    a.repository_location = db::text_or_empty(r, 9);
    a.runs_at = db::text_or_empty(r, 10);
    a.copyright_owner = db::text_or_empty(r, 11);
    f.applications.emplace(a.id, std::move(a));
  }
  db::Params dp{scope.region_id};
  auto docs = "SELECT x.document_id, x.application_id, x.kind, x.file_sha256, x.uploaded_at FROM application_documents x "
              "JOIN applications a ON a.application_id = x.application_id WHERE x.region_id = ?" +
              owned_by(scope, "a.owner_agency_id", dp) + " ORDER BY x.document_id";
  for (auto& r : scope.c.query(docs, dp)) {
    applications::Document d;
    d.id = r.int64(0);
    d.application_id = r.int64(1);
    d.kind = r.take_text(2);
    d.file_sha256 = r.take_text(3);
    d.uploaded_at = r.take_text(4);
    f.documents[d.application_id].push_back(std::move(d));
  }
  db::Params tp{scope.region_id};
  auto tests = "SELECT x.test_id, x.application_id, x.tested_on, x.result FROM application_tests x "
               "JOIN applications a ON a.application_id = x.application_id WHERE x.region_id = ?" +
               owned_by(scope, "a.owner_agency_id", tp);
  for (auto& r : scope.c.query(tests, tp)) {
    applications::TestRecord t;
    t.id = r.int64(0);
    t.application_id = r.int64(1);
    t.tested_on = r.take_text(2);
    t.result = r.take_text(3);
    f.tests[t.application_id].push_back(std::move(t));
  }
}

void load_services(const Scope& scope, RegistryFacts& f) {
  db::Params p{scope.region_id};
  auto sql = "SELECT service_id, owner_agency_id, code, name, kind, status, participating_agency_ids, "
             "integration_coordinated_by, integration_coordinated_at FROM services WHERE region_id = ? AND status <> 'retired'" +
             owned_by(scope, "owner_agency_id", p);
  for (auto& r : scope.c.query(sql, p)) {
    services::Service s;
    s.id = r.int64(0);
    s.owner_agency_id = r.int64(1);
    s.code = r.take_text(2);
    s.name = r.take_text(3);
    s.kind = r.take_text(4);
    s.status = r.take_text(5);
    s.participating_agency_ids = ids_of(r.text(6));
    s.integration_coordinated_by = db::text_or_empty(r, 7);
    s.integration_coordinated_at = db::text_or_empty(r, 8);
    f.services.emplace(s.id, std::move(s));
  }
  db::Params lp{scope.region_id};
  auto links = "SELECT l.from_id, a.application_id, a.name, a.category FROM element_links l "
               "JOIN applications a ON a.application_id = l.to_id JOIN services s ON s.service_id = l.from_id "
               "WHERE l.region_id = ? AND l.from_kind = 'service' AND l.to_kind = 'application'" +
               owned_by(scope, "s.owner_agency_id", lp) + " ORDER BY a.name, a.application_id";
  for (auto& r : scope.c.query(links, lp))
    f.service_applications[r.int64(0)].push_back({r.int64(1), r.take_text(2), r.take_text(3)});
}

datasets::Dataset dataset_row(db::Row& r, const std::string& region_id) {
  datasets::Dataset d;
  d.id = r.int64(0);
  d.region_id = region_id;
  d.owner_agency_id = r.int64(1);
  d.code = r.take_text(2);
  d.title = r.take_text(3);
  d.classification = r.take_text(4);
  d.status = r.take_text(5);
  d.owner_agency_name = r.take_text(6);
  return d;
}

const char* kDatasetColumns =
    "SELECT d.dataset_id, d.owner_agency_id, d.code, d.title, d.classification, d.status, g.name "
    "FROM datasets d JOIN agencies g ON g.agency_id = d.owner_agency_id WHERE d.region_id = ?";

void load_datasets(const Scope& scope, RegistryFacts& f) {
  db::Params p{scope.region_id};
  auto sql = kDatasetColumns + owned_by(scope, "d.owner_agency_id", p);
  for (auto& r : scope.c.query(sql, p)) {
    auto d = dataset_row(r, scope.region_id);
    f.datasets.emplace(d.id, std::move(d));
  }
  db::Params hp{scope.region_id};
  auto hosts = "SELECT l.from_id, h.host_id, h.name, f.name, f.kind FROM element_links l "
               "JOIN hosts h ON h.host_id = l.to_id LEFT JOIN facilities f ON f.facility_id = h.facility_id "
               "JOIN datasets d ON d.dataset_id = l.from_id "
               "WHERE l.region_id = ? AND l.from_kind = 'dataset' AND l.to_kind = 'host'" +
               owned_by(scope, "d.owner_agency_id", hp) + " ORDER BY h.name, h.host_id";
  for (auto& r : scope.c.query(hosts, hp))
    f.dataset_hosts[r.int64(0)].push_back({r.int64(1), r.take_text(2), db::text_or_empty(r, 3), db::text_or_empty(r, 4)});
}

void load_region_datasets(const Scope& scope, RegistryFacts& f) {
  for (auto& r : scope.c.query(std::string(kDatasetColumns) + " AND d.status = 'active' ORDER BY d.dataset_id", {scope.region_id}))
    f.region_datasets.push_back(dataset_row(r, scope.region_id));
}

void load_agreements(const Scope& scope, RegistryFacts& f) {
  db::Params p{scope.region_id};
  std::string filter;
  if (scope.agency_id) {
    filter = " AND (provider_agency_id = ? OR consumer_agency_id = ?)";
    p.push_back(*scope.agency_id);
    p.push_back(*scope.agency_id);
  }
  std::map<int64_t, size_t> at;
  auto sql = "SELECT agreement_id, provider_agency_id, consumer_agency_id, title, purpose, scope, access_mode, "
             "interoperability_standard, valid_from, expires_on, status FROM data_sharing_agreements WHERE region_id = ?" +
             filter + " ORDER BY agreement_id";
  for (auto& r : scope.c.query(sql, p)) {
    datasets::Agreement a;
    a.id = r.int64(0);
    a.provider_agency_id = r.int64(1);
    a.consumer_agency_id = r.int64(2);
    a.title = r.take_text(3);
    a.purpose = db::text_or_empty(r, 4);
    a.scope = db::text_or_empty(r, 5);
    a.access_mode = r.take_text(6);
    a.interoperability_standard = db::text_or_empty(r, 7);
    a.valid_from = r.take_text(8);
    a.expires_on = r.take_text(9);
    a.status = r.take_text(10);
    at[a.id] = f.agreements.size();
    f.agreements.push_back(std::move(a));
  }
  for (auto& r : scope.c.query("SELECT agreement_id, dataset_id FROM data_sharing_agreement_datasets WHERE region_id = ? "
                               "ORDER BY agreement_id, dataset_id",
                               {scope.region_id})) {
    auto it = at.find(r.int64(0));
    if (it != at.end()) f.agreements[it->second].dataset_ids.push_back(r.int64(1));
  }
}

}  // namespace

RegistryFacts load_registry_facts(const Scope& scope, const RegistryNeeds& needs) {
  RegistryFacts f;
  f.today = scope.today;
  auto regions = scope.c.query("SELECT name FROM regions WHERE region_id = ?", {scope.region_id});
  f.region_name = regions.empty() ? "" : regions[0].text(0);
  for (auto& r : scope.c.query("SELECT agency_id, ict_office FROM agencies WHERE region_id = ?", {scope.region_id}))
    f.ict_office[r.int64(0)] = r.int64(1) != 0;
  if (needs.applications) load_applications(scope, f);
  if (needs.services) load_services(scope, f);
  if (needs.datasets) load_datasets(scope, f);
  if (needs.region_datasets) load_region_datasets(scope, f);
  if (needs.agreements) load_agreements(scope, f);
  return f;
}

}  // namespace simpul::modules::compliance
