#include "modules/complaints/routes.h"

#include <memory>

#include "app/audit_context.h"
#include "app/record_change.h"
#include "auth/guard.h"
#include "auth/throttle.h"
#include "core/clock.h"
#include "modules/complaints/rules.h"
#include "modules/complaints/store.h"
#include "modules/complaints/tracking_code.h"
#include "modules/regions/store.h"
#include "modules/tickets/opening.h"
#include "modules/complaints/reply.h"

namespace simpul::modules::complaints {

namespace {

const std::string kBase = "/api/v1/public/complaints";

// One answer for a code that is malformed, unknown or of another kind of ticket: a guesser learns nothing.
const Text kNotFound{"Pengaduan dengan kode lacak ini tidak ditemukan. Periksa kembali kodenya (16 huruf dan angka, "
                     "misalnya 7QK2-M9XD-R4TB-HC8N).",
                     "No complaint has this tracking code. Check the code again (16 letters and digits, e.g. "
                     "7QK2-M9XD-R4TB-HC8N)."};

// Per client address: complaints filed per hour; lookups and replies per 10 minutes.
struct Limits {
  std::shared_ptr<auth::Throttle> filings, lookups;
};

// 429 with Retry-After when the client has used up its allowance; counts this request otherwise.
std::optional<http::Response> over_limit(auth::Throttle& throttle, const http::Request& req, bool count) {
  auto client = auth::client_address(req);
  long wait = throttle.wait(client);
  if (wait > 0) {
    auto n = std::to_string(wait);
    auto res = http::Response::problem(
        Problem::of("rate-limited", 429,
                    {"Terlalu banyak permintaan dari alamat Anda. Tunggu " + n + " detik lalu coba lagi.",
                     "Too many requests from your address. Wait " + n + " seconds and try again."}),
        req);
    res.header("retry-after", n);
    return res;
  }
  if (count) throttle.record(client);
  return std::nullopt;
}

void refuse_oversize(const http::Request& req) {
  if (req.body.size() > kMaxPublicBodyBytes) throw ProblemError(Problem::payload_too_large(kMaxPublicBodyBytes));
}

// The region named by ?region_id=, or the deployment's only region.
std::string region_of(db::Connection& c, const http::Request& req) {
  auto asked = req.query_param("region_id");
  if (asked && !asked->empty()) {
    if (!regions::find(c, *asked)) throw ProblemError(Problem::not_found({"Daerah tidak ditemukan.", "Region not found."}));
    return *asked;
  }
  auto regions = regions::list(c, std::nullopt, 2);
  if (regions.size() == 1) return regions[0].id;
  throw ProblemError(Problem::bad_request({"Sebutkan daerahnya dengan region_id, misalnya ?region_id=kota-madiun.",
                                           "Name the region with region_id, e.g. ?region_id=kota-madiun."}));
}

// The agency whose Tier 1 receives the complaint: the owner of the named public service, or the named agency.
int64_t receiving_agency(db::Connection& c, const std::string& region_id, const ComplaintInput& in) {
  std::vector<FieldError> errors;
  std::optional<int64_t> owner;
  if (in.service_id) {
    owner = owner_of_public_service(c, region_id, *in.service_id);
    if (!owner)
      errors.push_back({"service_id", {"Pilih layanan publik yang aktif dari daftar.", "Choose an active public service from the list."}});
  }
  if (in.agency_id && !agency_exists(c, region_id, *in.agency_id))
    errors.push_back({"agency_id", {"Pilih perangkat daerah dari daftar.", "Choose an agency from the list."}});
  if (errors.empty() && owner && in.agency_id && *owner != *in.agency_id)
    errors.push_back({"agency_id", {"Layanan ini diselenggarakan oleh perangkat daerah lain; pilih layanan atau perangkat "
                                    "daerah yang sesuai.",
                                    "This service belongs to another agency; choose a matching service or agency."}});
  fail_on_field_errors(errors);
  return owner ? *owner : *in.agency_id;
}

// The code as typed. The request's path becomes the route's pattern, so the access log (written
// after the answer) never holds a code: only its hash may be kept anywhere.
std::string take_code(http::Request& req) {
  std::string typed = req.param("tracking_code");
  if (req.route) req.path = req.route->pattern;
  return typed;
}

std::optional<TrackedComplaint> tracked(db::Connection& c, const std::string& typed) {
  auto code = normalise_tracking_code(typed);
  if (!code) return std::nullopt;
  return find_by_code_hash(c, tracking_code_hash(*code));
}

http::Response file_complaint(AppContext& ctx, const Limits& limits, http::Request& req) {
  refuse_oversize(req);
  if (auto refused = over_limit(*limits.filings, req, false)) return *refused;
  ComplaintInput in;
  try {
    in = parse_complaint(req.json);
  } catch (const ProblemError& e) {
    // A filled trap field counts against the allowance: it is a robot's request.
    for (const auto& fe : e.problem().errors)
      if (fe.field == "website") limits.filings->record(auth::client_address(req));
    throw;
  }
  // A second try, with a new code, when a unique key collided (two first tickets of a year at once).
  std::string code;
  auto opened = write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
    code = new_tracking_code();
    auto region_id = region_of(c, req);
    tickets::NewTicket t;
    t.kind = "complaint";
    t.channel = "public_portal";
    t.priority = "medium";
    t.title = in.title;
    t.description = in.description;
    t.agency_id = receiving_agency(c, region_id, in);
    t.service_id = in.service_id;
    t.reporter_name = in.reporter.name;
    t.reporter_email = in.reporter.email;
    t.reporter_phone = in.reporter.phone;
    t.tracking_code_hash = tracking_code_hash(code);
    return tickets::open_ticket(c, anonymous_audit_context(req, region_id), t);
  });
  limits.filings->record(auth::client_address(req));
  // The code is shown this once; only its hash is kept.
  auto res = http::Response::json(
      201, {{"tracking_code", code}, {"number", opened.number}, {"status", opened.status}, {"opened_at", opened.opened_at}});
  res.header("cache-control", "no-store");
  return res;
}

http::Response follow_complaint(AppContext& ctx, const Limits& limits, http::Request& req) {
  auto typed = take_code(req);
  if (auto refused = over_limit(*limits.lookups, req, true)) return *refused;
  return ctx.db->read([&](db::Connection& c) {
    auto found = tracked(c, typed);
    if (!found) throw ProblemError(Problem::not_found(kNotFound));
    auto res = http::Response::json(200, public_view(c, *found));
    res.header("cache-control", "no-store");
    return res;
  });
}

http::Response reply_to_complaint(AppContext& ctx, const Limits& limits, http::Request& req) {
  auto typed = take_code(req);
  refuse_oversize(req);
  if (auto refused = over_limit(*limits.lookups, req, true)) return *refused;
  auto found = ctx.db->read([&](db::Connection& c) { return tracked(c, typed); });
  if (!found) throw ProblemError(Problem::not_found(kNotFound));
  auto body = parse_reply(req.json);
  auto reply = ctx.db->write([&](db::Connection& c) {
    return add_reporter_reply(c, anonymous_audit_context(req, found->region_id), found->ticket_id, body);
  });
  return http::Response::json(201, {{"at", reply.at}, {"kind", "reply"}, {"body", body}, {"from", "reporter"},
                                    {"status", reply.status}});
}

}  // namespace

void add_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  Limits limits{std::make_shared<auth::Throttle>(ctx.config.complaints_per_client_per_hour, std::chrono::hours(1)),
                std::make_shared<auth::Throttle>(ctx.config.complaint_lookups_per_client, std::chrono::minutes(10))};

  router.add("GET", "/api/v1/public/complaint-options", Permission::public_access, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) { return http::Response::json(200, complaint_options(c, region_of(c, req))); });
  });
  router.add("POST", kBase, Permission::public_access,
             [&ctx, limits](http::Request& req) { return file_complaint(ctx, limits, req); }, http::Body::json);
  router.add("GET", kBase + "/{tracking_code}", Permission::public_access,
             [&ctx, limits](http::Request& req) { return follow_complaint(ctx, limits, req); });
  router.add("POST", kBase + "/{tracking_code}/replies", Permission::public_access,
             [&ctx, limits](http::Request& req) { return reply_to_complaint(ctx, limits, req); }, http::Body::json);
}

}  // namespace simpul::modules::complaints
