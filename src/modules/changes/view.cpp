#include "modules/changes/view.h"

#include "app/gcio.h"
#include "auth/policy.h"
#include "core/clock.h"
#include "core/dates.h"
#include "modules/changes/store.h"
#include "modules/changes/window.h"
#include "modules/service_desk/calendar_store.h"

namespace simpul::modules::changes {

namespace {

nlohmann::json text_or_null(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }

nlohmann::json agency_json(const Change& c) {
  return {{"id", c.agency_id}, {"name", c.agency_name}, {"short_name", text_or_null(c.agency_short_name)}};
}

nlohmann::json text_json(const Text& t) { return {{"id", t.id}, {"en", t.en}}; }

const std::set<std::string> kOverdueStages{"planning", "analysis", "awaiting_approval", "approved", "development"};

}  // namespace

Zone region_zone(db::Connection& c, const std::string& region_id) {
  auto name = service_desk::region_time_zone(c, region_id);
  return {name, utc_offset_hours(name) * 60};
}

bool may_decide(db::Connection& c, const auth::Principal& me, const Change& change, const ApprovalRule& rule) {
  if (change.stage != "awaiting_approval" || !auth::role_allows(me.role, auth::Permission::change_approve)) return false;
  if (rule.approver == "gcio") return is_gcio_holder(c, me);
  return me.role == auth::Role::superadmin;
}

bool may_request(const auth::Principal& me, const Change& change) {
  return auth::role_allows(me.role, auth::Permission::change_request) && auth::may_access_agency(me, change.agency_id);
}

bool is_overdue(const Change& change, const std::string& now) {
  return kOverdueStages.count(change.stage) && change.planned_end < now;
}

nlohmann::json summary_json(const Change& c, const Zone& zone, const std::string& now) {
  return {{"id", c.id},
          {"number", c.number},
          {"title", c.title},
          {"agency", agency_json(c)},
          {"target_kind", c.target_kind},
          {"target_label", text_or_null(c.target_label)},
          {"change_type", c.change_type},
          {"risk_level", c.risk_level},
          {"stage", c.stage},
          {"planned_start", c.planned_start},
          {"planned_end", c.planned_end},
          {"planned_start_local", local_date_time(c.planned_start, zone.offset_minutes)},
          {"planned_end_local", local_date_time(c.planned_end, zone.offset_minutes)},
          {"approval", {{"approver", c.approver}, {"decision", text_or_null(c.decision)}}},
          {"overdue", is_overdue(c, now)},
          {"updated_at", c.updated_at}};
}

nlohmann::json change_json(db::Connection& c, const auth::Principal& me, const profiles::Profile* profile,
                           const Change& change, const std::vector<Step>& steps, const Zone& zone) {
  auto rule = approval_rule(profile, gate_facts(c, change.region_id, change));
  bool decides = may_decide(c, me, change, rule);
  bool requests = may_request(me, change);
  auto allowed = nlohmann::json::array();
  for (const auto& a : stage_actions(change))
    if ((a == "approve" || a == "refuse") ? decides : requests) allowed.push_back(a);
  Text approver_label = profile ? profile->term(rule.approver) : Text{rule.approver, rule.approver};
  nlohmann::json decided_by = nullptr;
  if (change.decided_by) decided_by = {{"id", *change.decided_by}, {"name", change.decided_by_name}};
  auto step_list = nlohmann::json::array();
  for (const auto& s : steps) step_list.push_back(step_json(s));
  auto j = record_json(change);
  j.erase("agency_id");
  j.erase("approver");
  j.erase("decision");
  j.erase("decided_at");
  j.erase("decision_note");
  j["agency"] = agency_json(change);
  j["planned_start_local"] = local_date_time(change.planned_start, zone.offset_minutes);
  j["planned_end_local"] = local_date_time(change.planned_end, zone.offset_minutes);
  j["time_zone"] = zone.name;
  j["allowed_actions"] = allowed;
  j["approval"] = {{"required", true},
                   {"approver", rule.approver},
                   {"approver_label", text_json(approver_label)},
                   {"basis", rule.basis},
                   {"gate_action", text_or_null(rule.gate_action)},
                   {"citation", citation_json(profile, rule)},
                   {"decision", text_or_null(change.decision)},
                   {"decided_by", decided_by},
                   {"decided_at", text_or_null(change.decided_at)},
                   {"note", text_or_null(change.decision_note)},
                   {"may_decide", decides}};
  j["steps"] = step_list;
  j["overdue"] = is_overdue(change, now_rfc3339());
  return j;
}

}  // namespace simpul::modules::changes
