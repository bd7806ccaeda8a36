#pragma once
// SQL for the region's security programme and its security policies with their revisions and
// acknowledgements (migrations/0014_information_security.sql).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/security/model.h"

namespace simpul::modules::security {

struct PersonRef {
  int64_t id = 0;
  std::string name;
  std::optional<int64_t> agency_id;
};

// The stored programme, or the defaults with version 0.
Programme load_programme(db::Connection& c, const std::string& region_id);
// Inserts (version 0 → 1) or updates where the version is still `expected_version`; false when another won.
bool save_programme(db::Connection& c, const Programme& p, int64_t expected_version);
// The people of the region among `ids`, by id.
std::map<int64_t, PersonRef> people_of_region(db::Connection& c, const std::string& region_id,
                                              const std::vector<int64_t>& ids);
// The holder of the Sekda position (profile key "sekda"), with the position's title.
std::optional<std::pair<PersonRef, std::string>> sekda_holder(db::Connection& c, const std::string& region_id);

std::vector<Policy> list_policies(db::Connection& c, const std::string& region_id, const std::string& kind,
                                  const std::string& status);
std::optional<Policy> find_policy(db::Connection& c, const std::string& region_id, int64_t policy_id);
void insert_policy(db::Connection& c, Policy& p);  // sets p.id
bool update_policy(db::Connection& c, const Policy& p, int64_t expected_version);
void insert_revision(db::Connection& c, const std::string& region_id, int64_t policy_id, const PolicyRevision& r);
std::optional<PolicyRevision> find_revision(db::Connection& c, int64_t policy_id, int revision);

// The newest acknowledgement of each agency for the policy, by agency id.
std::map<int64_t, Acknowledgement> acknowledgements(db::Connection& c, int64_t policy_id);
// How many agencies acknowledged each policy's current revision, by policy id.
std::map<int64_t, int> current_acknowledgement_counts(db::Connection& c, const std::string& region_id);
std::optional<Acknowledgement> find_acknowledgement(db::Connection& c, int64_t policy_id, int64_t agency_id, int revision);
void insert_acknowledgement(db::Connection& c, const std::string& region_id, int64_t policy_id, const Acknowledgement& a);

}  // namespace simpul::modules::security
