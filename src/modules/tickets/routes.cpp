#include "modules/tickets/routes.h"

#include "app/audit_context.h"
#include "app/record_change.h"
#include "auth/policy.h"
#include "core/clock.h"
#include "core/text.h"
#include "http/conditional.h"
#include "http/pagination.h"
#include "http/params.h"
#include "http/query_params.h"
#include "modules/agencies/store.h"
#include "modules/applications/store.h"
#include "modules/service_desk/calendar_store.h"
#include "modules/services/store.h"
#include "modules/tickets/opening.h"
#include "modules/tickets/routes_steps.h"
#include "modules/tickets/search.h"
#include "modules/tickets/steps.h"
#include "modules/tickets/store.h"
#include "modules/tickets/view.h"

namespace simpul::modules::tickets {

namespace {

const Text kOwnAgencyOnly{"Operator hanya dapat membuka tiket untuk perangkat daerahnya sendiri.",
                          "Operators can only open tickets for their own agency."};
const Text kNotHandler{"Hanya penangan tiket pada tier-nya (Tier 1: operator perangkat daerah pemilik atau superadmin; "
                       "Tier 2: superadmin) yang dapat mengubahnya.",
                       "Only the ticket's handler at its tier (Tier 1: an operator of its agency or a superadmin; "
                       "Tier 2: a superadmin) can change it."};

[[noreturn]] void bad_query(const std::string& name, Text what) {
  Problem p = Problem::bad_request(what);
  p.errors.push_back({name, what});
  throw ProblemError(p);
}

std::vector<std::string> statuses_param(const http::Request& req) {
  auto raw = req.query_param("status").value_or("");
  std::vector<std::string> out;
  size_t start = 0;
  while (!raw.empty() && start <= raw.size()) {
    auto comma = raw.find(',', start);
    auto word = raw.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (word == "open") out.insert(out.end(), {"new", "in_progress", "waiting_reporter"});
    else if (kStatuses.count(word)) out.push_back(word);
    else
      bad_query("status", {"status: daftar dipisah koma dari new, in_progress, waiting_reporter, resolved, closed, atau open.",
                           "status: a comma list of new, in_progress, waiting_reporter, resolved, closed, or open."});
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

Filter filter_of(const http::Request& req, const auth::Principal& me) {
  Filter f;
  f.statuses = statuses_param(req);
  f.tier = http::word_param(req, "tier", kTiers);
  f.kind = http::word_param(req, "kind", kKinds);
  f.priority = http::word_param(req, "priority", kPriorities);
  f.agency_id = http::number_param(req, "agency_id");
  if (me.role == auth::Role::agency_operator) {
    if (f.agency_id && f.agency_id != me.agency_id)
      throw ProblemError(Problem::forbidden({"Operator hanya dapat melihat tiket perangkat daerahnya sendiri.",
                                             "Operators can only see their own agency's tickets."}));
    f.agency_id = me.agency_id;
  }
  if (auto assignee = req.query_param("assignee"); assignee && !assignee->empty()) {
    if (*assignee == "me") f.assignee_user_id = me.user_id;
    else if (*assignee == "none") f.unassigned = true;
    else f.assignee_user_id = http::number_param(req, "assignee");
  }
  auto breached = http::word_param(req, "breached", {"true", "false"});
  f.breached_only = breached == "true";
  f.now = now_rfc3339();
  auto q = req.query_param("q").value_or("");
  if (utf8_length(q) > 200) bad_query("q", {"q paling panjang 200 karakter.", "q has at most 200 characters."});
  f.search_terms = search_terms(q);
  f.sort = http::word_param(req, "sort", {"time_left", "opened", "-opened"});
  if (f.sort.empty()) f.sort = "time_left";
  auto page = http::parse_page_request(req);
  f.limit = page.limit;
  f.after = page.after;
  return f;
}

// The agency the new ticket lands at: the named agency, or the owner of the named service
// (both named: they must agree); an operator opens tickets for their own agency only.
int64_t landing_agency(db::Connection& c, const auth::Principal& me, const TicketInput& in) {
  std::vector<FieldError> errors;
  std::optional<int64_t> agency = in.agency_id;
  if (in.service_id && *in.service_id) {
    auto service = services::find(c, me.region_id, **in.service_id);
    if (!service)
      errors.push_back({"service_id", {"Layanan ini tidak ada di daerah Anda.", "This service does not exist in your region."}});
    else if (agency && *agency != service->owner_agency_id)
      errors.push_back({"agency_id", {"Layanan " + service->name + " dikelola perangkat daerah lain; kosongkan agency_id atau pilih pemiliknya.",
                                      "The service " + service->name + " belongs to another agency; leave agency_id out or name its owner."}});
    else agency = service->owner_agency_id;
  }
  if (agency && !agencies::exists(c, me.region_id, *agency))
    errors.push_back({"agency_id", {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency does not exist in your region."}});
  if (in.application_id && *in.application_id && !applications::find(c, me.region_id, **in.application_id))
    errors.push_back({"application_id", {"Aplikasi ini tidak ada di daerah Anda.", "This application does not exist in your region."}});
  fail_on_field_errors(errors);
  if (!auth::may_access_agency(me, *agency)) throw ProblemError(Problem::forbidden(kOwnAgencyOnly));
  return *agency;
}

// The edited references must exist; the service must be one of the ticket's agency; the
// assignee must be able to handle the ticket at its tier.
void check_references(db::Connection& c, const Ticket& t, bool assignee_changed) {
  std::vector<FieldError> errors;
  if (t.service_id) {
    auto service = services::find(c, t.region_id, *t.service_id);
    if (!service)
      errors.push_back({"service_id", {"Layanan ini tidak ada di daerah Anda.", "This service does not exist in your region."}});
    else if (service->owner_agency_id != t.agency_id)
      errors.push_back({"service_id", {"Layanan ini dikelola perangkat daerah lain, bukan pemilik tiket.",
                                       "This service belongs to another agency than the ticket's."}});
  }
  if (t.application_id && !applications::find(c, t.region_id, *t.application_id))
    errors.push_back({"application_id", {"Aplikasi ini tidak ada di daerah Anda.", "This application does not exist in your region."}});
  if (assignee_changed && t.assignee_user_id) {
    auto user = find_user(c, t.region_id, *t.assignee_user_id);
    if (!user || !may_be_assigned(user->role, user->agency_id, t))
      errors.push_back({"assignee_user_id",
                        {t.tier == "tier2" ? "Tiket di Tier 2 hanya dapat ditugaskan kepada superadmin."
                                           : "Tiket di Tier 1 hanya dapat ditugaskan kepada operator perangkat daerah pemiliknya atau superadmin.",
                         t.tier == "tier2" ? "A ticket at Tier 2 can only be assigned to a superadmin."
                                           : "A ticket at Tier 1 can only be assigned to an operator of its agency or a superadmin."}});
  }
  fail_on_field_errors(errors);
}

void apply(const TicketInput& in, Ticket& t) {
  if (in.title) t.title = *in.title;
  if (in.description) t.description = *in.description;
  if (in.kind) t.kind = *in.kind;
  if (in.priority) t.priority = *in.priority;
  if (in.service_id) t.service_id = *in.service_id;
  if (in.application_id) t.application_id = *in.application_id;
  if (in.assignee_user_id) t.assignee_user_id = *in.assignee_user_id;
}

std::string changed_fields(const Ticket& before, const Ticket& after) {
  std::string out;
  auto changes = audit::changes_between(record_json(before), record_json(after));
  for (const auto& [field, _] : changes.items())
    if (field != "response_due_at" && field != "resolution_due_at") out += (out.empty() ? "" : ", ") + field;
  return out;
}

void add_reading_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase, Permission::service_desk_read, [&ctx](http::Request& req) {
    const auto& me = *req.principal;
    auto filter = filter_of(req, me);
    return ctx.db->read([&](db::Connection& c) {
      auto cal = service_desk::load_calendar(c, me.region_id);
      auto now = std::chrono::system_clock::now();
      auto body = http::page_body(
          list(c, me.region_id, filter), filter.limit, [&](const Ticket& t) { return sort_key(t, filter.sort); },
          [&](const Ticket& t) { return summary_json(t, cal, now); });
      return http::Response::json(200, body);
    });
  });

  router.add("GET", kBase + "/{ticket_id}", Permission::service_desk_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "ticket_id", kNotFound);
    return ctx.db->read([&](db::Connection& c) { return ticket_response(c, *req.principal, 200, id); });
  });
}

void add_editing_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("POST", kBase, Permission::service_desk_work, [&ctx](http::Request& req) {
    auto input = parse_create(req.json);
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      NewTicket t;
      t.agency_id = landing_agency(c, me, input);
      t.kind = *input.kind;
      t.channel = *input.channel;
      t.title = *input.title;
      t.description = *input.description;
      t.priority = *input.priority;
      if (input.service_id) t.service_id = *input.service_id;
      if (input.application_id) t.application_id = *input.application_id;
      if (input.reporter) {
        t.reporter_name = input.reporter->name;
        t.reporter_email = input.reporter->email;
        t.reporter_phone = input.reporter->phone;
      }
      auto opened = open_ticket(c, audit_context(req), t);
      auto res = ticket_response(c, me, 201, opened.id);
      res.header("location", kBase + "/" + std::to_string(opened.id));
      return res;
    });
  }, http::Body::json);

  router.add("PATCH", kBase + "/{ticket_id}", Permission::service_desk_work, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "ticket_id", kNotFound);
    auto input = parse_patch(req.json);
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      auto before = readable_ticket(c, me, id);
      if (!may_handle(me, before)) throw ProblemError(Problem::forbidden(kNotHandler));
      check_version(version, before.version);
      refuse_if(before.status == "closed"
                    ? std::optional<Text>{{"Tiket sudah ditutup; buka kembali (reopen) dulu untuk mengubahnya.",
                                           "The ticket is closed; reopen it first to change it."}}
                    : std::nullopt);
      Ticket after = before;
      apply(input, after);
      check_references(c, after, after.assignee_user_id != before.assignee_user_id);
      if (after.kind != before.kind || after.priority != before.priority)
        set_due_times(after, service_desk::load_calendar(c, me.region_id),
                      service_desk::load_sla_target(c, me.region_id, after.kind, after.priority));
      auto fields = changed_fields(before, after);
      if (!fields.empty()) {
        auto at = now_rfc3339();
        save_change(c, audit_context(req), "ticket.update", before, after, event_of(after, me.user_id, "update", fields, at, false));
        if (after.title != before.title || after.description != before.description) index_ticket(c, me.region_id, id);
      }
      return ticket_response(c, me, 200, id);
    });
  }, http::Body::json);
}

}  // namespace

void add_routes(http::Router& router, AppContext& ctx) {
  add_reading_routes(router, ctx);
  add_editing_routes(router, ctx);
  add_step_routes(router, ctx);
}

}  // namespace simpul::modules::tickets
