#pragma once
// SQL for applications, their documents, tests and GCIO decisions.
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/applications/model.h"

namespace simpul::modules::applications {

struct Filter {
  std::optional<int64_t> agency_id;  // the owner
  std::string category;              // empty: every category
  std::string lifecycle;             // empty: every stage
  std::string query;                 // matches the code or the name, any case
  std::optional<std::string> after_code;  // the page starts after this code
  int limit = 0;                          // 0: no limit
};

// Sorted by code (unique in the region), so a page cursor is the last code seen.
std::vector<Application> list(db::Connection& c, const std::string& region_id, const Filter& filter);
std::optional<Application> find(db::Connection& c, const std::string& region_id, int64_t application_id);
bool code_taken(db::Connection& c, const std::string& region_id, const std::string& code, int64_t except_application_id);
int64_t insert(db::Connection& c, Application& a);  // sets a.id
// Writes `a` where the stored version is still `expected_version`.
bool update(db::Connection& c, const Application& a, int64_t expected_version);

// Every upload, oldest first (the newest of a kind is current).
std::vector<Document> documents(db::Connection& c, const std::string& region_id, int64_t application_id);
int64_t insert_document(db::Connection& c, Document& d);  // sets d.id

std::vector<TestRecord> tests(db::Connection& c, const std::string& region_id, int64_t application_id);
int64_t insert_test(db::Connection& c, TestRecord& t);  // sets t.id

// GCIO decisions, oldest first.
std::vector<GcioDecision> gcio_decisions(db::Connection& c, const std::string& region_id, int64_t application_id);
int64_t insert_gcio_decision(db::Connection& c, GcioDecision& d);  // sets d.id

}  // namespace simpul::modules::applications
