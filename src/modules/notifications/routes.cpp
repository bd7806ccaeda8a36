#include "modules/notifications/routes.h"

#include "app/audit_context.h"
#include "core/clock.h"
#include "http/pagination.h"
#include "http/params.h"
#include "http/query_params.h"
#include "notifications/dispatch_rules.h"
#include "notifications/outbox_store.h"

namespace simpul::modules::notifications {

namespace n = simpul::notifications;

namespace {

const std::string kBase = "/api/v1/notifications";
const Text kNotFound{"Notifikasi tidak ditemukan.", "Notification not found."};

nlohmann::json to_json(const n::OutboxEntry& e) {
  auto maybe = [](const std::optional<std::string>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); };
  return {{"id", e.id},
          {"channel", "email"},
          {"recipient", e.recipient},
          {"subject", e.subject},
          {"body", e.body},
          {"ticket", e.ticket_id ? nlohmann::json{{"id", *e.ticket_id}, {"number", e.ticket_number}} : nlohmann::json(nullptr)},
          {"status", e.status},
          {"attempts", e.attempts},
          {"next_attempt_at", e.next_attempt_at},
          {"sent_at", maybe(e.sent_at)},
          {"last_error", maybe(e.last_error)},
          {"created_at", e.created_at}};
}

}  // namespace

void add_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase, Permission::service_desk_manage, [&ctx](http::Request& req) {
    auto status = http::word_param(req, "status", {"pending", "sent", "failed"});
    auto page = http::parse_page_request(req);
    auto before = http::after_number(page);
    auto items = ctx.db->read([&](db::Connection& c) {
      return n::list_outbox(c, req.principal->region_id, status, before, page.limit);
    });
    return http::Response::json(200, http::page_body(std::move(items), page.limit,
                                                     [](const n::OutboxEntry& e) { return std::to_string(e.id); }, to_json));
  });

  router.add("POST", kBase + "/{notification_id}/retry", Permission::service_desk_manage, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "notification_id", kNotFound);
    auto entry = ctx.db->write([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto found = n::find_outbox(c, region, id);
      if (!found) throw ProblemError(Problem::not_found(kNotFound));
      refuse_if(n::may_retry(found->status)
                    ? std::nullopt
                    : std::optional<Text>(Text{"Hanya notifikasi yang gagal terkirim yang dapat dikirim ulang; yang ini berstatus " +
                                                   found->status + ".",
                                               "Only a notification that failed can be retried; this one is " + found->status + "."}));
      n::set_pending_again(c, region, id, now_rfc3339());
      audit::append(c, audit_context(req), "notification.retry", "notification", std::to_string(id),
                    {{"status", {{"before", found->status}, {"after", "pending"}}},
                     {"attempts", {{"before", found->attempts}, {"after", 0}}}});
      return *n::find_outbox(c, region, id);
    });
    return http::Response::json(200, to_json(entry));
  });
}

}  // namespace simpul::modules::notifications
