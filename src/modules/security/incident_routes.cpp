#include "modules/security/incident_routes.h"

#include <algorithm>
#include <chrono>

#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/record_reads.h"
#include "app/region_profile.h"
#include "auth/policy.h"
#include "core/clock.h"
#include "files/store.h"
#include "http/conditional.h"
#include "http/pagination.h"
#include "http/params.h"
#include "http/query_params.h"
#include "modules/agencies/store.h"
#include "modules/security/bodies.h"
#include "modules/security/incident_rules.h"
#include "modules/security/incident_store.h"
#include "modules/security/incident_view.h"
#include "modules/security/policy_store.h"
#include "modules/security/values.h"

namespace simpul::modules::security {

namespace {

const std::string kBase = "/api/v1/security/incidents";
const Text kNotFound{"Insiden keamanan tidak ditemukan.", "Security incident not found."};
const Text kLinkNotFound{"Keterkaitan insiden tidak ditemukan.", "Incident link not found."};
const Text kOtherAgency{"Anda hanya dapat melihat dan mengelola insiden keamanan perangkat daerah Anda sendiri.",
                        "You can only see and manage the security incidents of your own agency."};
constexpr int64_t kOverdueListDefault = 20, kOverdueListMax = 100;
const Text kClosed{"Insiden ini sudah ditutup dan tidak dapat diubah lagi.", "This incident is closed and can no longer be changed."};

const auto incident_json = [](const Incident& i) { return record_json(i); };

Instant now_instant() { return std::chrono::system_clock::now(); }

void require_agency(const auth::Principal& me, int64_t agency_id) {
  if (!auth::may_access_agency(me, agency_id)) throw ProblemError(Problem::forbidden(kOtherAgency));
}

// The CSIRT (security_manage) records incidents on behalf of agencies and takes the steps.
bool is_csirt(const auth::Principal& me) { return auth::role_allows(me.role, auth::Permission::security_manage); }

// The incident, 404 when not of the region and 403 for an operator of another agency.
Incident load(db::Connection& c, const auth::Principal& me, int64_t id) {
  auto i = find_incident(c, me.region_id, id);
  if (!i) throw ProblemError(Problem::not_found(kNotFound));
  require_agency(me, i->agency_id);
  return *i;
}

http::Response answer(db::Connection& c, const auth::Principal& me, int status, int64_t id) {
  auto i = find_incident(c, me.region_id, id);
  if (!i) throw ProblemError(Problem::not_found(kNotFound));
  auto body = detail_json(c, *i, security_citations(region_profile(c, me.region_id)), now_instant());
  if (!is_csirt(me)) body["allowed_actions"] = nlohmann::json::array();
  auto res = http::Response::json(status, body);
  res.header("etag", http::etag(i->version));
  if (status == 201) res.header("location", kBase + "/" + std::to_string(id));
  return res;
}

IncidentEvent event_of(const auth::Principal& me, const std::string& action, const std::string& note, const std::string& at,
                       std::optional<std::string> from = std::nullopt, std::optional<std::string> to = std::nullopt) {
  return {0, at, me.user_id, "", action, std::move(from), std::move(to), note};
}

// Saves `after` where `before`'s version is still stored (412 otherwise), with its audit entry
// and the event; answers whether anything changed.
bool save(db::Connection& c, const http::Request& req, const std::string& action, const Incident& before, Incident& after,
          const IncidentEvent& e) {
  bool changed = commit_change(c, audit_context(req), action, "security_incident", before, after, incident_json,
                               [](db::Connection& c, const Incident& i, int64_t v) { return update_incident(c, i, v); });
  if (changed) insert_event(c, before.region_id, before.id, e);
  return changed;
}

// A child (notice, link) was added or removed: the incident's version moves on (a form opened
// before gets 412), with its audit entry (the child before and after) and event.
void save_child(db::Connection& c, const http::Request& req, const std::string& action, const Incident& before,
                Incident after, const std::string& child_name, const nlohmann::json& child_before,
                const nlohmann::json& child_after, const IncidentEvent& e) {
  after.updated_at = now_rfc3339();
  after.version = before.version + 1;
  if (!update_incident(c, after, before.version)) check_version(after.version, before.version);
  audit::append(c, audit_context(req), action, "security_incident", std::to_string(before.id),
                {{child_name, {{"before", child_before}, {"after", child_after}}}});
  insert_event(c, before.region_id, before.id, e);
}

nlohmann::json link_json(const IncidentLink& l) { return {{"id", l.id}, {"kind", l.kind}, {"target_id", l.target_id}}; }

// A change of one incident: the caller's version checked (`version`: nullopt where If-Match is
// optional), the incident loaded for the caller's agency, `work(c, me, before)` done in one
// transaction (run again once on a unique collision), answered with the incident as saved.
template <class Work>
http::Response change_incident(AppContext& ctx, http::Request& req, std::optional<int64_t> version, int status, Work work) {
  auto id = http::id_param(req, "incident_id", kNotFound);
  return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
    const auto& me = *req.principal;
    auto before = load(c, me, id);
    check_version(version, before.version);
    work(c, me, before);
    return answer(c, me, status, id);
  });
}

void refuse_if_closed(const Incident& i) {
  if (i.stage == "closed") throw ProblemError(Problem::conflict(kClosed));
}

bool linked_to_dataset(db::Connection& c, int64_t incident_id) {
  for (const auto& l : links(c, incident_id))
    if (l.kind == "dataset") return true;
  return false;
}

IncidentFilter filter_of(const http::Request& req, const auth::Principal& me) {
  IncidentFilter f;
  f.agency_id = http::number_param(req, "agency_id");
  if (me.role == auth::Role::agency_operator) {
    if (f.agency_id) require_agency(me, *f.agency_id);
    f.agency_id = me.agency_id.value_or(-1);
  }
  std::set<std::string> stages(kStages.begin(), kStages.end());
  stages.insert("open");
  f.stage = http::word_param(req, "stage", stages);
  f.severity = http::word_param(req, "severity", {"low", "medium", "high", "critical"});
  f.overdue = http::word_param(req, "overdue", {"true", "false"}) == "true";
  f.query = req.query_param("q").value_or("");
  if (f.query.size() > 200) throw ProblemError(Problem::bad_request({"q paling panjang 200 karakter.", "q has at most 200 characters."}));
  f.now = now_rfc3339();
  auto page = http::parse_page_request(req);
  f.limit = page.limit;
  if (page.after) {
    auto bar = page.after->rfind('|');
    if (bar == std::string::npos) throw ProblemError(Problem::bad_request({"cursor tidak dikenal.", "Unknown cursor."}));
    try {
      f.after = std::pair{page.after->substr(0, bar), std::stoll(page.after->substr(bar + 1))};
    } catch (const std::exception&) {
      throw ProblemError(Problem::bad_request({"cursor tidak dikenal.", "Unknown cursor."}));
    }
  }
  return f;
}

void add_reading_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase, Permission::security_read, [&ctx](http::Request& req) {
    const auto& me = *req.principal;
    auto f = filter_of(req, me);
    return ctx.db->read([&](db::Connection& c) {
      auto now = now_instant();
      return http::Response::json(200, http::page_body(list_incidents(c, me.region_id, f), f.limit,
                                                       [](const Incident& i) { return i.detected_at + "|" + std::to_string(i.id); },
                                                       [&](const Incident& i) { return summary_json(i, now); }));
    });
  });

  // The most overdue first, at most `limit` of each list, with the totals.
  router.add("GET", kBase + "/overdue", Permission::security_read, [&ctx](http::Request& req) {
    const auto& me = *req.principal;
    auto limit_param = http::number_param(req, "limit").value_or(kOverdueListDefault);
    if (limit_param < 1 || limit_param > kOverdueListMax)
      throw ProblemError(Problem::bad_request({"limit: 1-100.", "limit: 1-100."}));
    const auto limit = static_cast<size_t>(limit_param);
    std::optional<int64_t> agency;
    if (me.role == auth::Role::agency_operator) agency = me.agency_id.value_or(-1);
    return ctx.db->read([&](db::Connection& c) {
      auto now = now_instant();
      struct Late {
        const Incident* incident;
        std::string kind;
        Instant due;
      };
      // Each list is read most overdue first and at most `limit` long from the store, with
      // its total; merging the first ones of each gives the first ones of the whole list.
      auto at = format_rfc3339(now);
      std::vector<Incident> late_incidents, open_incidents;
      size_t notices_total = 0, too_long_total = 0;
      std::vector<std::pair<size_t, std::string>> late_kinds;  // index in late_incidents, kind
      for (const std::string kind : {"ict_office", "data_owner"}) {
        auto page = overdue_notices(c, me.region_id, agency, kind, at, limit);
        notices_total += static_cast<size_t>(page.total);
        for (auto& i : page.first) late_kinds.emplace_back(late_incidents.size(), kind), late_incidents.push_back(std::move(i));
      }
      std::vector<Late> notices;
      for (const auto& [k, kind] : late_kinds) {
        const auto& i = late_incidents[k];
        auto view = kind == "ict_office" ? ict_office_notice(i, now) : data_owner_notice(i, now);
        notices.push_back({&i, kind, instant_of(view.due_at)});
      }
      std::sort(notices.begin(), notices.end(), [](const Late& a, const Late& b) { return a.due < b.due; });

      std::vector<Late> too_long;  // `due`: when the incident passed the limit of its severity
      nlohmann::json limits = nlohmann::json::object();
      for (const auto& [severity, days] : kOpenLimitDays) {
        limits[severity] = days;
        auto before = format_rfc3339(now - std::chrono::hours{24 * days});
        auto page = incidents_open_since(c, me.region_id, agency, severity, before, limit);
        too_long_total += static_cast<size_t>(page.total);
        for (auto& i : page.first) open_incidents.push_back(std::move(i));
      }
      for (const auto& i : open_incidents)
        too_long.push_back({&i, "", instant_of(i.detected_at) + std::chrono::hours{24 * open_limit_days(i.severity)}});
      std::sort(too_long.begin(), too_long.end(), [](const Late& a, const Late& b) { return a.due < b.due; });

      nlohmann::json notice_items = nlohmann::json::array(), too_long_items = nlohmann::json::array();
      for (size_t k = 0; k < notices.size() && k < limit; ++k)
        notice_items.push_back({{"incident", summary_json(*notices[k].incident, now)},
                                {"kind", notices[k].kind},
                                {"due_at", format_rfc3339(notices[k].due)},
                                {"hours_overdue", hours_overdue(notices[k].due, now)}});
      for (size_t k = 0; k < too_long.size() && k < limit; ++k) {
        const auto& i = *too_long[k].incident;
        too_long_items.push_back({{"incident", summary_json(i, now)},
                                  {"open_days", open_days(instant_of(i.detected_at), now)},
                                  {"limit_days", open_limit_days(i.severity)}});
      }
      return http::Response::json(200, {{"notices", notice_items},
                                        {"notices_total", notices_total},
                                        {"open_too_long", too_long_items},
                                        {"open_too_long_total", too_long_total},
                                        {"limits_days", limits}});
    });
  });

  add_record_reads<Incident>(router, ctx, Permission::security_read,
                             {kBase + "/{incident_id}", "incident_id", "security_incident", "insiden-keamanan", kNotFound,
                              [](db::Connection& c, const auth::Principal& me, int64_t id) { return load(c, me, id); },
                              nullptr, nullptr});

  router.add("GET", kBase + "/{incident_id}", Permission::security_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "incident_id", kNotFound);
    return ctx.db->read([&](db::Connection& c) {
      const auto& me = *req.principal;
      load(c, me, id);
      return answer(c, me, 200, id);
    });
  });
}

void add_editing_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("POST", kBase, Permission::security_report, [&ctx](http::Request& req) {
    auto now = now_instant();
    auto input = parse_incident(req.json, true, now);
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      if (!agencies::exists(c, me.region_id, *input.agency_id))
        throw ProblemError(Problem::validation_failed(
            {{"agency_id", {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency does not exist in your region."}}}));
      require_agency(me, *input.agency_id);
      Incident i;
      i.region_id = me.region_id;
      i.agency_id = *input.agency_id;
      i.title = *input.title;
      i.description = *input.description;
      i.severity = *input.severity;
      i.serious = input.serious.value_or(false);
      i.detected_at = *input.detected_at;
      i.reported_at = format_rfc3339(now);
      i.reported_by_user_id = me.user_id;
      set_due_instants(i, load_programme(c, me.region_id).hours);
      set_data_owner_required(i, false);
      // An agency reporting in Simpul has made its report to the ICT office; the CSIRT records when the agency reported.
      std::optional<Notice> report;
      if (!is_csirt(me))
        report = Notice{0, "ict_office", i.reported_at,
                        "Dilaporkan oleh perangkat daerah melalui Simpul / Reported by the agency in Simpul", std::nullopt,
                        me.user_id, i.reported_at};
      else if (input.ict_office_reported_at)
        report = Notice{0, "ict_office", *input.ict_office_reported_at, "", std::nullopt, me.user_id, i.reported_at};
      if (report) i.ict_office_sent_at = report->sent_at;
      int year = 0;
      std::sscanf(i.reported_at.c_str(), "%d", &year);
      i.number = incident_number(year, next_incident_number(c, me.region_id, year));
      i.created_at = i.updated_at = i.reported_at;
      insert_incident(c, i);
      if (report) insert_notice(c, me.region_id, i.id, *report);
      audit_creation(c, audit_context(req), "security_incident.create", "security_incident", i, incident_json);
      insert_event(c, me.region_id, i.id, event_of(me, "report", "", i.reported_at, std::nullopt, std::string("reported")));
      return answer(c, me, 201, i.id);
    });
  }, http::Body::json);

  router.add("PATCH", kBase + "/{incident_id}", Permission::security_report, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto input = parse_incident(req.json, false, now_instant());
    return change_incident(ctx, req, version, 200, [&](db::Connection& c, const auth::Principal& me, const Incident& before) {
      refuse_if_closed(before);
      Incident after = before;
      if (input.title) after.title = *input.title;
      if (input.description) after.description = *input.description;
      if (input.severity) after.severity = *input.severity;
      if (input.serious) after.serious = *input.serious;
      if (input.lessons_learned) after.lessons_learned = *input.lessons_learned;
      if (input.detected_at && *input.detected_at != before.detected_at) {
        after.detected_at = *input.detected_at;
        set_due_instants(after, load_programme(c, me.region_id).hours);
      }
      set_data_owner_required(after, linked_to_dataset(c, before.id));
      auto changes = audit::changes_between(record_json(before), record_json(after));
      std::string fields;
      for (const auto& [name, _] : changes.items())
        if (name != "updated_at" && name != "version") fields += (fields.empty() ? "" : ", ") + name;
      save(c, req, "security_incident.update", before, after, event_of(me, "update", fields, now_rfc3339()));
    });
  }, http::Body::json);

  router.add("POST", kBase + "/{incident_id}/actions", Permission::security_manage, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto step = parse_step(req.json);
    return change_incident(ctx, req, version, 200, [&](db::Connection& c, const auth::Principal& me, const Incident& before) {
      auto cited = security_citations(region_profile(c, me.region_id));
      refuse_if(step_refusal(step.action, before.stage, citation_text(cited.csirt)));
      Incident after = before;
      if (step.lessons_learned) after.lessons_learned = *step.lessons_learned;
      if (lessons_missing_for_close(step.action, after.lessons_learned))
        throw ProblemError(Problem::validation_failed(
            {{"lessons_learned", {"Tuliskan pelajaran yang dipetik sebelum menutup insiden.",
                                  "Write the lessons learned before closing the incident."}}}));
      if (step.action == "close")
        refuse_if(close_refusal_for_notices(after.ict_office_sent_at.has_value(), after.data_owner_required,
                                            after.data_owner_sent_at.has_value(), citation_text(cited.ict_office_report),
                                            citation_text(cited.data_owner_notice)));
      auto at = now_rfc3339();
      auto move = *step_move(step.action);
      after.stage = move.to;
      if (move.to == "closed") after.closed_at = at;
      save(c, req, "security_incident." + step.action, before, after,
           event_of(me, step.action, step.note, at, move.from, move.to));
    });
  }, http::Body::json);
}

void add_child_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("POST", kBase + "/{incident_id}/notices", Permission::security_report, [&ctx](http::Request& req) {
    auto input = parse_notice(req.json, now_instant());
    return change_incident(ctx, req, http::optional_version(req), 201,
                           [&](db::Connection& c, const auth::Principal& me, const Incident& before) {
      bool ict = input.kind == "ict_office";
      if (ict ? before.ict_office_sent_at.has_value() : before.data_owner_sent_at.has_value())
        throw ProblemError(Problem::conflict({"Pemberitahuan ini sudah dicatat untuk insiden ini.",
                                              "This notice is already recorded for this incident."}));
      std::vector<FieldError> errors;
      if (input.sent_at < before.detected_at)
        errors.push_back({"sent_at", {"Pemberitahuan tidak dapat mendahului saat insiden terdeteksi.",
                                      "A notice cannot come before the incident was detected."}});
      if (input.sha256 && !files::find(c, me.region_id, *input.sha256))
        errors.push_back({"sha256", {"Berkas ini belum diunggah; unggah dahulu ke /api/v1/files.",
                                     "This file has not been uploaded; upload it to /api/v1/files first."}});
      fail_on_field_errors(errors);
      auto at = now_rfc3339();
      Notice n{0, input.kind, input.sent_at, input.note, input.sha256, me.user_id, at};
      insert_notice(c, me.region_id, before.id, n);
      Incident after = before;
      (ict ? after.ict_office_sent_at : after.data_owner_sent_at) = n.sent_at;
      save_child(c, req, "security_incident.notice", before, after, "notice_" + n.kind, nullptr,
                 {{"sent_at", n.sent_at}, {"note", n.note}, {"sha256", or_null(n.sha256)}},
                 event_of(me, "notice_" + n.kind, n.note, at));
    });
  }, http::Body::json);

  router.add("POST", kBase + "/{incident_id}/links", Permission::security_report, [&ctx](http::Request& req) {
    auto input = parse_link(req.json);
    return change_incident(ctx, req, http::optional_version(req), 201,
                           [&](db::Connection& c, const auth::Principal& me, const Incident& before) {
      refuse_if_closed(before);
      auto label = link_target_label(c, me.region_id, input.kind, input.target_id);
      if (!label)
        throw ProblemError(Problem::validation_failed(
            {{"target_id", {"Tidak ada " + input.kind + " dengan id ini di daerah Anda.",
                            "There is no " + input.kind + " with this id in your region."}}}));
      for (const auto& l : links(c, before.id))
        if (l.kind == input.kind && l.target_id == input.target_id)
          throw ProblemError(Problem::conflict({"Insiden ini sudah terkait dengan data tersebut.",
                                                "This incident is already linked to that record."}));
      auto at = now_rfc3339();
      IncidentLink l{0, input.kind, input.target_id, *label, at};
      insert_link(c, me.region_id, before.id, l, me.user_id);
      Incident after = before;
      set_data_owner_required(after, linked_to_dataset(c, before.id));
      save_child(c, req, "security_incident.link", before, after, "link", nullptr, link_json(l),
                 event_of(me, "link", l.kind + " " + std::to_string(l.target_id) + ": " + l.label, at));
    });
  }, http::Body::json);

  router.add("DELETE", kBase + "/{incident_id}/links/{link_id}", Permission::security_report, [&ctx](http::Request& req) {
    auto link_id = http::id_param(req, "link_id", kLinkNotFound);
    change_incident(ctx, req, http::optional_version(req), 200,
                    [&](db::Connection& c, const auth::Principal& me, const Incident& before) {
      refuse_if_closed(before);
      auto l = find_link(c, before.id, link_id);
      if (!l) throw ProblemError(Problem::not_found(kLinkNotFound));
      delete_link(c, before.id, link_id);
      Incident after = before;
      set_data_owner_required(after, linked_to_dataset(c, before.id));
      save_child(c, req, "security_incident.unlink", before, after, "link", link_json(*l), nullptr,
                 event_of(me, "unlink", l->kind + " " + std::to_string(l->target_id) + ": " + l->label, now_rfc3339()));
    });
    http::Response res;
    res.status = 204;
    return res;
  });
}

}  // namespace

void add_incident_routes(http::Router& router, AppContext& ctx) {
  add_reading_routes(router, ctx);
  add_editing_routes(router, ctx);
  add_child_routes(router, ctx);
}

}  // namespace simpul::modules::security
