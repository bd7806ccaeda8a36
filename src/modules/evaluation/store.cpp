#include "modules/evaluation/store.h"

#include <nlohmann/json.hpp>

namespace simpul::modules::evaluation {

namespace {

const char* kCampaignSelect =
    "SELECT campaign_id, region_id, year, framework_code, kind, target_level, target_index, decree_reference, "
    "status, created_by, created_at, version FROM evaluation_campaigns ";

Campaign campaign_from_row(db::Row& r) {
  Campaign c;
  c.campaign_id = r.int64(0);
  c.region_id = r.take_text(1);
  c.year = int(r.int64(2));
  c.framework_code = r.take_text(3);
  c.kind = parse_kind(r.text(4)).value_or(CampaignKind::evaluation);
  c.target_level = int(r.int64(5));
  c.target_index = db::text_or_empty(r, 6);
  c.decree_reference = db::text_or_empty(r, 7);
  c.status = parse_status(r.text(8)).value_or(CampaignStatus::open);
  c.created_by = r.take_text(9);
  c.created_at = r.take_text(10);
  c.version = r.int64(11);
  return c;
}

const char* kAnswerSelect =
    "SELECT indicator_no, level, explanation, target_level, verified_at, verified_by, updated_by, updated_at, version "
    "FROM evaluation_answers WHERE campaign_id = ? ";

Answer answer_from_row(db::Row& r) {
  Answer a;
  a.indicator_no = int(r.int64(0));
  if (auto l = db::optional_int64(r, 1)) a.level = int(*l);
  a.explanation = db::text_or_empty(r, 2);
  if (auto t = db::optional_int64(r, 3)) a.target_level = int(*t);
  a.verified_at = db::text_or_empty(r, 4);
  a.verified_by = db::text_or_empty(r, 5);
  a.updated_by = r.take_text(6);
  a.updated_at = r.take_text(7);
  a.version = r.int64(8);
  return a;
}

db::Value optional_int(const std::optional<int>& v) {
  return v ? db::Value(int64_t{*v}) : db::value_of(std::optional<int64_t>{});
}

std::map<int, int> counts_by_indicator(db::Connection& c, const std::string& sql, int64_t campaign_id) {
  std::map<int, int> out;
  for (auto& r : c.query(sql, {campaign_id})) out[int(r.int64(0))] = int(r.int64(1));
  return out;
}

}  // namespace

std::vector<Campaign> list_campaigns(db::Connection& c, const std::string& region_id) {
  std::vector<Campaign> out;
  for (auto& r : c.query(std::string(kCampaignSelect) + "WHERE region_id = ? ORDER BY year DESC", {region_id}))
    out.push_back(campaign_from_row(r));
  return out;
}

std::optional<Campaign> find_campaign(db::Connection& c, const std::string& region_id, int64_t campaign_id) {
  auto rows = c.query(std::string(kCampaignSelect) + "WHERE region_id = ? AND campaign_id = ?", {region_id, campaign_id});
  if (rows.empty()) return std::nullopt;
  return campaign_from_row(rows[0]);
}

std::optional<Campaign> find_campaign_by_year(db::Connection& c, const std::string& region_id, int year) {
  auto rows = c.query(std::string(kCampaignSelect) + "WHERE region_id = ? AND year = ?", {region_id, int64_t{year}});
  if (rows.empty()) return std::nullopt;
  return campaign_from_row(rows[0]);
}

std::vector<Assessor> list_assessors(db::Connection& c, int64_t campaign_id) {
  // The team in the order of the decree: coordinator, person in charge, data entry, members.
  auto rows = c.query(
      "SELECT a.user_id, u.display_name, u.username, a.role, a.unit FROM evaluation_assessors a "
      "JOIN users u ON u.user_id = a.user_id WHERE a.campaign_id = ? "
      "ORDER BY CASE a.role WHEN 'coordinator' THEN 0 WHEN 'person_in_charge' THEN 1 WHEN 'data_entry' THEN 2 ELSE 3 END, "
      "u.display_name, a.user_id",
      {campaign_id});
  std::vector<Assessor> out;
  for (auto& r : rows) {
    Assessor a;
    a.user_id = r.int64(0);
    a.display_name = r.take_text(1);
    a.username = r.take_text(2);
    a.role = parse_role(r.text(3)).value_or(AssessorRole::member);
    a.unit = db::text_or_empty(r, 4);
    out.push_back(std::move(a));
  }
  return out;
}

std::optional<AssessorRole> assessor_role(db::Connection& c, int64_t campaign_id, int64_t user_id) {
  auto rows = c.query("SELECT role FROM evaluation_assessors WHERE campaign_id = ? AND user_id = ?", {campaign_id, user_id});
  if (rows.empty()) return std::nullopt;
  return parse_role(rows[0].text(0));
}

std::vector<Answer> list_answers(db::Connection& c, int64_t campaign_id) {
  std::vector<Answer> out;
  for (auto& r : c.query(std::string(kAnswerSelect) + "ORDER BY indicator_no", {campaign_id}))
    out.push_back(answer_from_row(r));
  return out;
}

std::optional<Answer> find_answer(db::Connection& c, int64_t campaign_id, int indicator_no) {
  auto rows = c.query(std::string(kAnswerSelect) + "AND indicator_no = ?", {campaign_id, int64_t{indicator_no}});
  if (rows.empty()) return std::nullopt;
  return answer_from_row(rows[0]);
}

std::vector<CampaignEvent> list_events(db::Connection& c, int64_t campaign_id) {
  auto rows = c.query(
      "SELECT event_id, kind, reason, levels_json, index_value, by_user, at FROM evaluation_campaign_events "
      "WHERE campaign_id = ? ORDER BY event_id",
      {campaign_id});
  std::vector<CampaignEvent> out;
  for (auto& r : rows) {
    CampaignEvent e;
    e.event_id = r.int64(0);
    e.kind = r.take_text(1);
    e.reason = db::text_or_empty(r, 2);
    auto levels = nlohmann::json::parse(db::text_or_empty(r, 3), nullptr, false);
    if (levels.is_object())
      for (auto& [no, level] : levels.items())
        if (level.is_number_integer()) e.levels[std::stoi(no)] = level.get<int>();
    e.index_value = db::text_or_empty(r, 4);
    e.by_user = r.take_text(5);
    e.at = r.take_text(6);
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<ExternalResult> list_external_results(db::Connection& c, int64_t campaign_id) {
  auto rows = c.query(
      "SELECT indicator_no, stage, level, note, entered_by, entered_at, version FROM evaluation_external_results "
      "WHERE campaign_id = ? ORDER BY indicator_no, "
      "CASE stage WHEN 'document' THEN 0 WHEN 'interview' THEN 1 ELSE 2 END",
      {campaign_id});
  std::vector<ExternalResult> out;
  for (auto& r : rows) {
    ExternalResult e;
    e.indicator_no = int(r.int64(0));
    e.stage = parse_stage(r.text(1)).value_or(ExternalStage::document);
    e.level = int(r.int64(2));
    e.note = db::text_or_empty(r, 3);
    e.entered_by = r.take_text(4);
    e.entered_at = r.take_text(5);
    e.version = r.int64(6);
    out.push_back(std::move(e));
  }
  return out;
}

int64_t insert_campaign(db::Connection& c, Campaign& k) {
  k.campaign_id =
      c.query("INSERT INTO evaluation_campaigns (region_id, year, framework_code, kind, target_level, target_index, "
              "decree_reference, status, created_by, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
              "RETURNING campaign_id",
              {k.region_id, int64_t{k.year}, k.framework_code, kind_name(k.kind), int64_t{k.target_level},
               k.target_index, k.decree_reference, status_name(k.status), k.created_by, k.created_at, k.version})
          .at(0)
          .int64(0);
  return k.campaign_id;
}

bool update_campaign(db::Connection& c, const Campaign& k, int64_t expected_version) {
  return c.execute("UPDATE evaluation_campaigns SET kind = ?, target_level = ?, target_index = ?, decree_reference = ?, "
                   "status = ?, version = ? WHERE region_id = ? AND campaign_id = ? AND version = ?",
                   {kind_name(k.kind), int64_t{k.target_level}, k.target_index, k.decree_reference,
                    status_name(k.status), k.version, k.region_id, k.campaign_id, expected_version}) > 0;
}

void put_assessor(db::Connection& c, const Campaign& k, const Assessor& a, const std::string& by, const std::string& at) {
  if (c.execute("UPDATE evaluation_assessors SET role = ?, unit = ? WHERE campaign_id = ? AND user_id = ?",
                {role_name(a.role), a.unit, k.campaign_id, a.user_id}) > 0)
    return;
  c.execute("INSERT INTO evaluation_assessors (campaign_id, region_id, user_id, role, unit, added_by, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            {k.campaign_id, k.region_id, a.user_id, role_name(a.role), a.unit, by, at});
}

bool delete_assessor(db::Connection& c, int64_t campaign_id, int64_t user_id) {
  return c.execute("DELETE FROM evaluation_assessors WHERE campaign_id = ? AND user_id = ?", {campaign_id, user_id}) > 0;
}

bool save_answer(db::Connection& c, const std::string& region_id, int64_t campaign_id, const Answer& a,
                 int64_t expected_version) {
  if (expected_version == 0) {
    c.execute("INSERT INTO evaluation_answers (campaign_id, region_id, indicator_no, level, explanation, target_level, "
              "verified_at, verified_by, updated_by, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              {campaign_id, region_id, int64_t{a.indicator_no}, optional_int(a.level), a.explanation,
               optional_int(a.target_level), db::value_of(a.verified_at), db::value_of(a.verified_by), a.updated_by,
               a.updated_at, a.version});
    return true;
  }
  return c.execute("UPDATE evaluation_answers SET level = ?, explanation = ?, target_level = ?, verified_at = ?, "
                   "verified_by = ?, updated_by = ?, updated_at = ?, version = ? "
                   "WHERE campaign_id = ? AND indicator_no = ? AND version = ?",
                   {optional_int(a.level), a.explanation, optional_int(a.target_level), db::value_of(a.verified_at),
                    db::value_of(a.verified_by), a.updated_by, a.updated_at, a.version, campaign_id,
                    int64_t{a.indicator_no}, expected_version}) > 0;
}

int64_t insert_event(db::Connection& c, const Campaign& k, CampaignEvent& e) {
  nlohmann::json levels = nlohmann::json::object();
  for (const auto& [no, level] : e.levels) levels[std::to_string(no)] = level;
  e.event_id = c.query("INSERT INTO evaluation_campaign_events (campaign_id, region_id, kind, reason, levels_json, "
                       "index_value, by_user, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING event_id",
                       {k.campaign_id, k.region_id, e.kind, e.reason, levels.dump(), e.index_value, e.by_user, e.at})
                   .at(0)
                   .int64(0);
  return e.event_id;
}

std::optional<StaffUser> find_staff_user(db::Connection& c, const std::string& region_id, int64_t user_id) {
  auto rows = c.query("SELECT user_id, username, display_name FROM users WHERE region_id = ? AND user_id = ? "
                      "AND role <> 'citizen'",
                      {region_id, user_id});
  if (rows.empty()) return std::nullopt;
  return StaffUser{rows[0].int64(0), rows[0].take_text(1), rows[0].take_text(2)};
}

std::map<int, int> evidence_counts(db::Connection& c, int64_t campaign_id) {
  return counts_by_indicator(c,
                             "SELECT indicator_no, COUNT(*) FROM evaluation_evidence WHERE campaign_id = ? "
                             "AND removed_at IS NULL GROUP BY indicator_no",
                             campaign_id);
}

std::map<int, int> open_question_counts(db::Connection& c, int64_t campaign_id) {
  return counts_by_indicator(c,
                             "SELECT indicator_no, COUNT(*) FROM evaluation_questions WHERE campaign_id = ? "
                             "AND answer IS NULL GROUP BY indicator_no",
                             campaign_id);
}

}  // namespace simpul::modules::evaluation
