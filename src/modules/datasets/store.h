#pragma once
// SQL for the data catalog and the data-sharing agreements.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/datasets/model.h"

namespace simpul::modules::datasets {

struct Filter {
  std::optional<int64_t> owner_agency_id;
  std::string classification;  // empty: every classification
  std::string status;          // empty: every status
  std::string query;           // matches the code, the title or a keyword, any case
  bool public_only = false;    // public and active: the open data catalog
};

// Sorted by code in byte order (codes are unique in a region): the key of the list's cursor.
std::vector<Dataset> list(db::Connection& c, const std::string& region_id, const Filter& filter);
std::optional<Dataset> find(db::Connection& c, const std::string& region_id, int64_t dataset_id);
bool code_taken(db::Connection& c, const std::string& region_id, const std::string& code, int64_t except_dataset_id);
bool person_exists(db::Connection& c, const std::string& region_id, int64_t person_id);
int64_t insert(db::Connection& c, Dataset& d);  // sets d.id
// Writes `d` where the stored version is still `expected_version`.
bool update(db::Connection& c, const Dataset& d, int64_t expected_version);

// The datasets an active agreement shares with `agency_id` on `today` (YYYY-MM-DD).
std::set<int64_t> shared_with_agency(db::Connection& c, const std::string& region_id, int64_t agency_id,
                                     const std::string& today);

struct AgreementFilter {
  std::optional<int64_t> agency_id;  // either side
  std::string status;                // empty: every status
  std::optional<int64_t> dataset_id;  // covering this dataset
};

// Newest first.
std::vector<Agreement> list_agreements(db::Connection& c, const std::string& region_id, const AgreementFilter& filter);
std::optional<Agreement> find_agreement(db::Connection& c, const std::string& region_id, int64_t agreement_id);
int64_t insert_agreement(db::Connection& c, Agreement& a);  // sets a.id
bool update_agreement(db::Connection& c, const Agreement& a, int64_t expected_version);

}  // namespace simpul::modules::datasets
