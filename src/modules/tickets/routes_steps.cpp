#include "modules/tickets/routes_steps.h"

#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/region_profile.h"
#include "core/clock.h"
#include "files/file_rules.h"
#include "files/store.h"
#include "http/conditional.h"
#include "http/params.h"
#include "modules/service_desk/calendar_store.h"
#include "modules/service_desk/coverage.h"
#include "modules/tickets/notify.h"
#include "modules/tickets/search.h"
#include "modules/tickets/steps.h"
#include "modules/tickets/store.h"
#include "modules/tickets/view.h"

namespace simpul::modules::tickets {

namespace {

// A step refused at the ticket's tier names the article that gives that tier its work: the
// agency's Tier 1 (Madiun Pasal 39 ayat (8)) or the ICT office's Tier 2, as the region's
// regulation words it.
Text with_tier_citation(db::Connection& c, const Ticket& t, const Text& why) {
  const auto* profile = region_profile(c, t.region_id);
  auto basis = t.tier == "tier2" ? service_desk::tier2_obligation(profile) : service_desk::tier1_obligation(profile);
  if (!basis) return why;
  return {why.id + " (" + basis->citation + ")", why.en + " (" + basis->citation + ")"};
}

const Text kNotWorker{"Hanya operator perangkat daerah pemilik tiket atau superadmin yang dapat mengerjakan tiket ini.",
                      "Only an operator of the ticket's agency or a superadmin can work on this ticket."};
const Text kLinkNotFound{"Keterkaitan tiket tidak ditemukan.", "Ticket link not found."};

// The ticket, for a caller who may work on it (comment, attach, link): 404, 403 otherwise.
Ticket workable_ticket(db::Connection& c, const auth::Principal& me, int64_t id) {
  auto t = readable_ticket(c, me, id);
  if (!may_work(me, t)) throw ProblemError(Problem::forbidden(kNotWorker));
  return t;
}

nlohmann::json comment_json(const Comment& m, const std::string& author_name) {
  return {{"id", m.id},
          {"at", m.at},
          {"author", m.author_id ? nlohmann::json{{"id", *m.author_id}, {"display_name", author_name}} : nlohmann::json(nullptr)},
          {"visibility", m.visibility},
          {"body", m.body}};
}

nlohmann::json link_json(int64_t link_id, const std::string& kind, const Ticket& other) {
  return {{"id", link_id},
          {"kind", kind},
          {"direction", "outgoing"},
          {"ticket", {{"id", other.id}, {"number", other.number}, {"title", other.title}, {"status", other.status}}}};
}

// The reporter hears of the steps meant for them, when they left an e-mail address.
void tell_reporter(db::Connection& c, const Ticket& t, int64_t event_id, const std::string& message) {
  if (t.reporter_email) notify_reporter(c, notified(t), "event:" + std::to_string(event_id), message);
}

http::Response take_action(AppContext& ctx, http::Request& req) {
  auto version = http::required_version(req);
  auto id = http::id_param(req, "ticket_id", kNotFound);
  auto input = parse_step(req.json);
  return ctx.db->write([&](db::Connection& c) {
    const auto& me = *req.principal;
    auto before = readable_ticket(c, me, id);
    if (auto refusal = step_refusal(input.action, me, before)) {
      if (refusal->forbidden) throw ProblemError(Problem::forbidden(with_tier_citation(c, before, refusal->why)));
      refuse_if(refusal->why);
    }
    check_version(version, before.version);
    auto cal = service_desk::load_calendar(c, me.region_id);
    auto targets = service_desk::load_sla_target(c, me.region_id, before.kind, before.priority);
    auto now = std::chrono::system_clock::now();
    auto at = rfc3339_of(now);
    Ticket after = before;
    take_step(after, input.action, me.user_id, cal, targets, now);
    auto event_id = save_change(c, audit_context(req), "ticket." + input.action, before, after,
                                event_of(after, me.user_id, input.action, input.reason, at, true));
    if (input.action == "wait_for_reporter") {
      // The question goes to the reporter as a public comment, where the tracking page shows it.
      Comment question{0, at, me.user_id, me.display_name, "public", input.reason};
      insert_comment(c, me.region_id, id, question);
      index_ticket(c, me.region_id, id);
    }
    if (input.action == "escalate") notify_escalated(c, notified(after), "event:" + std::to_string(event_id), input.reason);
    if (input.action == "wait_for_reporter" || input.action == "resolve") tell_reporter(c, after, event_id, input.reason);
    return ticket_response(c, me, 200, id);
  });
}

// The routes that add something to a ticket (a comment, an attachment, a link): the caller
// must be able to work on it, and an If-Match, when sent, must name its current version.
// `add(c, me, ticket)` writes it and answers its JSON for the 201.
template <class Add>
http::Response add_to_ticket(AppContext& ctx, http::Request& req, Add add) {
  auto version = http::optional_version(req);
  auto id = http::id_param(req, "ticket_id", kNotFound);
  return ctx.db->write([&](db::Connection& c) {
    const auto& me = *req.principal;
    auto t = workable_ticket(c, me, id);
    check_version(version, t.version);
    auto res = http::Response::json(201, add(c, me, t));
    res.header("location", kBase + "/" + std::to_string(id));
    return res;
  });
}

http::Response add_comment(AppContext& ctx, http::Request& req) {
  auto input = parse_comment(req.json);
  return add_to_ticket(ctx, req, [&](db::Connection& c, const auth::Principal& me, Ticket& t) {
    auto now = std::chrono::system_clock::now();
    Comment m{0, rfc3339_of(now), me.user_id, me.display_name, input.visibility, input.body};
    insert_comment(c, me.region_id, t.id, m);
    if (m.visibility == "public") note_first_response(t, now);  // saved with the version below
    auto json = comment_json(m, me.display_name);
    auto event_id = save_child_change(c, audit_context(req), "ticket.comment", t, "comments", json,
                                      event_of(t, me.user_id, "comment", m.visibility, m.at, false));
    index_ticket(c, me.region_id, t.id);
    if (m.visibility == "public") tell_reporter(c, t, event_id, m.body);
    return json;
  });
}

http::Response add_attachment(AppContext& ctx, http::Request& req) {
  auto sha = parse_attachment(req.json);
  return add_to_ticket(ctx, req, [&](db::Connection& c, const auth::Principal& me, Ticket& t) {
    auto file = files::is_sha256_hex(sha) ? files::find(c, me.region_id, sha) : std::nullopt;
    if (!file)
      fail_on_field_errors({{"sha256", {"Tidak ada berkas dengan sha256 ini; unggah dulu ke /api/v1/files.",
                                        "There is no file with this sha256; upload it first to /api/v1/files."}}});
    if (has_attachment(c, t.id, sha))
      throw ProblemError(Problem::conflict({"Berkas ini sudah dilampirkan pada tiket.", "This file is already attached to the ticket."}));
    auto at = now_rfc3339();
    auto attachment_id = insert_attachment(c, me.region_id, t.id, sha, me.user_id, at);
    nlohmann::json json = {{"id", attachment_id}, {"sha256", sha},           {"name", file->name},
                           {"media_type", file->media_type}, {"size_bytes", file->size_bytes}, {"added_at", at}};
    save_child_change(c, audit_context(req), "ticket.attach", t, "attachments", json,
                      event_of(t, me.user_id, "attach", file->name, at, false));
    return json;
  });
}

http::Response add_link(AppContext& ctx, http::Request& req) {
  auto input = parse_link(req.json);
  return add_to_ticket(ctx, req, [&](db::Connection& c, const auth::Principal& me, Ticket& t) {
    auto other = find(c, me.region_id, input.other_ticket_id);
    if (!other || other->id == t.id)
      fail_on_field_errors({{"other_ticket_id", {other ? "Tiket tidak dapat dikaitkan dengan dirinya sendiri."
                                                       : "Tiket lain ini tidak ada di daerah Anda.",
                                                 other ? "A ticket cannot be linked to itself."
                                                       : "The other ticket does not exist in your region."}}});
    if (!may_work(me, *other))
      throw ProblemError(Problem::forbidden({"Anda hanya dapat mengaitkan tiket yang dapat Anda tangani (milik perangkat daerah Anda).",
                                             "You can only link tickets you can handle (your own agency's)."}));
    if (linked(c, t.id, other->id))
      throw ProblemError(Problem::conflict({"Kedua tiket ini sudah dikaitkan.", "These two tickets are already linked."}));
    auto at = now_rfc3339();
    auto link_id = insert_link(c, me.region_id, {0, t.id, other->id, input.kind}, me.user_id, at);
    auto json = link_json(link_id, input.kind, *other);
    save_child_change(c, audit_context(req), "ticket.link", t, "links", json,
                      event_of(t, me.user_id, "link", input.kind + " " + other->number, at, false));
    return json;
  });
}

http::Response remove_link(AppContext& ctx, http::Request& req) {
  auto id = http::id_param(req, "ticket_id", kNotFound);
  auto link_id = http::id_param(req, "link_id", kLinkNotFound);
  ctx.db->write([&](db::Connection& c) {
    const auto& me = *req.principal;
    auto t = workable_ticket(c, me, id);
    auto link = find_link(c, me.region_id, link_id);
    if (!link || (link->ticket_id != id && link->other_ticket_id != id)) throw ProblemError(Problem::not_found(kLinkNotFound));
    delete_link(c, link_id);
    nlohmann::json json = {{"id", link->id}, {"kind", link->kind}, {"ticket_id", link->ticket_id},
                           {"other_ticket_id", link->other_ticket_id}};
    save_child_change(c, audit_context(req), "ticket.unlink", t, "links_removed", json,
                      event_of(t, me.user_id, "unlink", link->kind, now_rfc3339(), false));
  });
  http::Response res;
  res.status = 204;
  return res;
}

}  // namespace

void add_step_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  auto bind = [&ctx](http::Response (*handler)(AppContext&, http::Request&)) {
    return [&ctx, handler](http::Request& req) { return handler(ctx, req); };
  };
  router.add("POST", kBase + "/{ticket_id}/actions", Permission::service_desk_work, bind(take_action), http::Body::json);
  router.add("POST", kBase + "/{ticket_id}/comments", Permission::service_desk_work, bind(add_comment), http::Body::json);
  router.add("POST", kBase + "/{ticket_id}/attachments", Permission::service_desk_work, bind(add_attachment), http::Body::json);
  router.add("POST", kBase + "/{ticket_id}/links", Permission::service_desk_work, bind(add_link), http::Body::json);
  router.add("DELETE", kBase + "/{ticket_id}/links/{link_id}", Permission::service_desk_work, bind(remove_link));
}

}  // namespace simpul::modules::tickets
