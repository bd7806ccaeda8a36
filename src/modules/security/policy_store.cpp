#include "modules/security/policy_store.h"

#include "modules/security/values.h"

namespace simpul::modules::security {

namespace {

std::vector<ProgrammeStage> stages_from(const std::string& text) {
  std::vector<ProgrammeStage> out;
  for (const auto& s : nlohmann::json::parse(text))
    out.push_back({s.at("stage").get<std::string>(), s.at("note").get<std::string>(),
                   s.at("date").is_null() ? std::nullopt : std::optional<std::string>{s.at("date").get<std::string>()}});
  return out;
}

const char* kPolicySelect =
    "SELECT policy_id, region_id, kind, title, body, file_sha256, status, revision, version, created_at, updated_at "
    "FROM security_policies ";

Policy policy_from(const db::Row& r) {
  Policy p;
  p.id = r.int64(0);
  p.region_id = r.text(1);
  p.kind = r.text(2);
  p.title = r.text(3);
  p.body = r.text(4);
  p.file_sha256 = text_or_null(r, 5);
  p.status = r.text(6);
  p.revision = static_cast<int>(r.int64(7));
  p.version = r.int64(8);
  p.created_at = r.text(9);
  p.updated_at = r.text(10);
  return p;
}
}  // namespace

Programme load_programme(db::Connection& c, const std::string& region_id) {
  Programme p;
  p.region_id = region_id;
  p.stages = complete_stages({});
  auto rows = c.query(
      "SELECT scope_data_information, scope_applications, scope_infrastructure, scope_existing_policy, scope_description, "
      "person_in_charge_id, stages, csirt_name, csirt_decree, csirt_member_ids, ict_office_report_hours, "
      "data_owner_notice_hours, version, updated_at FROM security_programmes WHERE region_id = ?",
      {region_id});
  if (rows.empty()) return p;
  const auto& r = rows[0];
  p.scope_data_information = r.int64(0) != 0;
  p.scope_applications = r.int64(1) != 0;
  p.scope_infrastructure = r.int64(2) != 0;
  p.scope_existing_policy = r.int64(3) != 0;
  p.scope_description = r.text(4);
  p.person_in_charge_id = id_or_null(r, 5);
  p.stages = complete_stages(stages_from(r.text(6)));
  p.csirt_name = r.text(7);
  p.csirt_decree = r.text(8);
  for (const auto& id : nlohmann::json::parse(r.text(9))) p.csirt_member_ids.push_back(id.get<int64_t>());
  p.hours.ict_office = static_cast<int>(r.int64(10));
  p.hours.data_owner = static_cast<int>(r.int64(11));
  p.version = r.int64(12);
  p.updated_at = r.text(13);
  return p;
}

bool save_programme(db::Connection& c, const Programme& p, int64_t expected_version) {
  db::Params values{static_cast<int64_t>(p.scope_data_information), static_cast<int64_t>(p.scope_applications),
                    static_cast<int64_t>(p.scope_infrastructure),   static_cast<int64_t>(p.scope_existing_policy),
                    p.scope_description,                            value_of(p.person_in_charge_id),
                    record_json(p).at("stages").dump(),                          p.csirt_name,
                    p.csirt_decree,                                 nlohmann::json(p.csirt_member_ids).dump(),
                    static_cast<int64_t>(p.hours.ict_office),       static_cast<int64_t>(p.hours.data_owner),
                    p.version,                                      p.updated_at};
  if (expected_version == 0) {
    values.insert(values.begin(), db::Value{p.region_id});
    return c.execute("INSERT INTO security_programmes (region_id, scope_data_information, scope_applications, "
                     "scope_infrastructure, scope_existing_policy, scope_description, person_in_charge_id, stages, csirt_name, "
                     "csirt_decree, csirt_member_ids, ict_office_report_hours, data_owner_notice_hours, version, updated_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     values) == 1;
  }
  values.push_back(p.region_id);
  values.push_back(expected_version);
  return c.execute("UPDATE security_programmes SET scope_data_information = ?, scope_applications = ?, "
                   "scope_infrastructure = ?, scope_existing_policy = ?, scope_description = ?, person_in_charge_id = ?, "
                   "stages = ?, csirt_name = ?, csirt_decree = ?, csirt_member_ids = ?, ict_office_report_hours = ?, "
                   "data_owner_notice_hours = ?, version = ?, updated_at = ? WHERE region_id = ? AND version = ?",
                   values) == 1;
}

std::map<int64_t, PersonRef> people_of_region(db::Connection& c, const std::string& region_id,
                                              const std::vector<int64_t>& ids) {
  std::map<int64_t, PersonRef> out;
  if (ids.empty()) return out;
  std::string sql = "SELECT person_id, name, agency_id FROM people WHERE region_id = ? AND person_id IN (";
  db::Params params{region_id};
  for (size_t i = 0; i < ids.size(); ++i) sql += i ? ", ?" : "?", params.push_back(ids[i]);
  for (const auto& r : c.query(sql + ")", params)) out[r.int64(0)] = {r.int64(0), r.text(1), id_or_null(r, 2)};
  return out;
}

std::optional<std::pair<PersonRef, std::string>> sekda_holder(db::Connection& c, const std::string& region_id) {
  auto rows = c.query("SELECT p.person_id, p.name, p.agency_id, pos.title FROM positions pos "
                      "JOIN people p ON p.person_id = pos.holder_person_id "
                      "WHERE pos.region_id = ? AND pos.profile_key = 'sekda'",
                      {region_id});
  if (rows.empty()) return std::nullopt;
  return std::pair{PersonRef{rows[0].int64(0), rows[0].text(1), id_or_null(rows[0], 2)}, rows[0].text(3)};
}

std::vector<Policy> list_policies(db::Connection& c, const std::string& region_id, const std::string& kind,
                                  const std::string& status) {
  std::string sql = std::string(kPolicySelect) + "WHERE region_id = ?";
  db::Params params{region_id};
  if (!kind.empty()) sql += " AND kind = ?", params.push_back(kind);
  if (!status.empty()) sql += " AND status = ?", params.push_back(status);
  std::vector<Policy> out;
  for (const auto& r : c.query(sql + " ORDER BY kind, title, policy_id", params)) out.push_back(policy_from(r));
  return out;
}

std::optional<Policy> find_policy(db::Connection& c, const std::string& region_id, int64_t policy_id) {
  auto rows = c.query(std::string(kPolicySelect) + "WHERE region_id = ? AND policy_id = ?", {region_id, policy_id});
  if (rows.empty()) return std::nullopt;
  return policy_from(rows[0]);
}

void insert_policy(db::Connection& c, Policy& p) {
  p.id = c.query("INSERT INTO security_policies (region_id, kind, title, body, file_sha256, status, revision, version, "
                 "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING policy_id",
                 {p.region_id, p.kind, p.title, p.body, value_of(p.file_sha256), p.status, static_cast<int64_t>(p.revision),
                  p.version, p.created_at, p.updated_at})
             .at(0)
             .int64(0);
}

bool update_policy(db::Connection& c, const Policy& p, int64_t expected_version) {
  return c.execute("UPDATE security_policies SET kind = ?, title = ?, body = ?, file_sha256 = ?, status = ?, revision = ?, "
                   "version = ?, updated_at = ? WHERE region_id = ? AND policy_id = ? AND version = ?",
                   {p.kind, p.title, p.body, value_of(p.file_sha256), p.status, static_cast<int64_t>(p.revision), p.version,
                    p.updated_at, p.region_id, p.id, expected_version}) == 1;
}

void insert_revision(db::Connection& c, const std::string& region_id, int64_t policy_id, const PolicyRevision& r) {
  c.execute("INSERT INTO security_policy_revisions (region_id, policy_id, revision, title, body, file_sha256, published_at, "
            "published_by_user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            {region_id, policy_id, static_cast<int64_t>(r.revision), r.title, r.body, value_of(r.file_sha256), r.published_at,
             value_of(r.published_by_user_id)});
}

std::optional<PolicyRevision> find_revision(db::Connection& c, int64_t policy_id, int revision) {
  auto rows = c.query("SELECT r.revision, r.title, r.body, r.file_sha256, r.published_at, r.published_by_user_id, "
                      "COALESCE(u.display_name, '') FROM security_policy_revisions r "
                      "LEFT JOIN users u ON u.user_id = r.published_by_user_id WHERE r.policy_id = ? AND r.revision = ?",
                      {policy_id, static_cast<int64_t>(revision)});
  if (rows.empty()) return std::nullopt;
  const auto& r = rows[0];
  return PolicyRevision{static_cast<int>(r.int64(0)), r.text(1), r.text(2), text_or_null(r, 3), r.text(4), id_or_null(r, 5),
                        r.text(6)};
}

namespace {
const char* kAckSelect =
    "SELECT a.agency_id, a.revision, a.acknowledged_at, a.acknowledged_by_user_id, COALESCE(u.display_name, '') "
    "FROM security_policy_acknowledgements a LEFT JOIN users u ON u.user_id = a.acknowledged_by_user_id ";
Acknowledgement ack_from(const db::Row& r) {
  return {r.int64(0), static_cast<int>(r.int64(1)), r.text(2), id_or_null(r, 3), r.text(4)};
}
}  // namespace

std::map<int64_t, Acknowledgement> acknowledgements(db::Connection& c, int64_t policy_id) {
  std::map<int64_t, Acknowledgement> out;
  for (const auto& r : c.query(std::string(kAckSelect) + "WHERE a.policy_id = ? ORDER BY a.revision", {policy_id}))
    out[r.int64(0)] = ack_from(r);  // ordered by revision: the newest stays
  return out;
}

std::map<int64_t, int> current_acknowledgement_counts(db::Connection& c, const std::string& region_id) {
  std::map<int64_t, int> out;
  for (const auto& r : c.query("SELECT a.policy_id, COUNT(*) FROM security_policy_acknowledgements a "
                               "JOIN security_policies p ON p.policy_id = a.policy_id AND p.revision = a.revision "
                               "WHERE a.region_id = ? GROUP BY a.policy_id",
                               {region_id}))
    out[r.int64(0)] = static_cast<int>(r.int64(1));
  return out;
}

std::optional<Acknowledgement> find_acknowledgement(db::Connection& c, int64_t policy_id, int64_t agency_id, int revision) {
  auto rows = c.query(std::string(kAckSelect) + "WHERE a.policy_id = ? AND a.agency_id = ? AND a.revision = ?",
                      {policy_id, agency_id, static_cast<int64_t>(revision)});
  if (rows.empty()) return std::nullopt;
  return ack_from(rows[0]);
}

void insert_acknowledgement(db::Connection& c, const std::string& region_id, int64_t policy_id, const Acknowledgement& a) {
  c.execute("INSERT INTO security_policy_acknowledgements (region_id, policy_id, agency_id, revision, acknowledged_at, "
            "acknowledged_by_user_id) VALUES (?, ?, ?, ?, ?, ?)",
            {region_id, policy_id, a.agency_id, static_cast<int64_t>(a.revision), a.acknowledged_at, value_of(a.by_user_id)});
}

}  // namespace simpul::modules::security
