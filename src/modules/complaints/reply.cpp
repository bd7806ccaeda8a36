#include "modules/complaints/reply.h"

#include "core/problem.h"
#include "modules/service_desk/calendar_store.h"
#include "modules/tickets/rules.h"
#include "modules/tickets/search.h"
#include "modules/tickets/steps.h"
#include "modules/tickets/store.h"

namespace simpul::modules::complaints {

ReplyOutcome add_reporter_reply(db::Connection& c, const audit::Context& audit, int64_t ticket_id, const std::string& body,
                                std::chrono::system_clock::time_point now) {
  const auto& region = audit.region_id;
  auto ticket = tickets::find(c, region, ticket_id);
  if (!ticket) throw ProblemError(Problem::not_found({"Pengaduan tidak ditemukan.", "Complaint not found."}));
  refuse_if(ticket->status == "closed"
                ? std::optional<Text>(Text{"Pengaduan ini sudah ditutup. Jika masalahnya belum selesai, kirim pengaduan baru.",
                                           "This complaint is closed. If the problem is not solved, file a new complaint."})
                : std::nullopt);
  auto at = tickets::rfc3339_of(now);

  tickets::Comment comment;
  comment.at = at;
  comment.visibility = "public";
  comment.body = body;
  comment.id = tickets::insert_comment(c, region, ticket_id, comment);
  tickets::index_ticket(c, region, ticket_id);
  tickets::Ticket t = *ticket;
  // The audit entry names the comment, not its text: the reporter's words may hold personal data.
  tickets::save_child_change(c, audit, "ticket.comment", t, "comments",
                             {{"id", comment.id}, {"visibility", "public"}, {"from", "reporter"}},
                             tickets::event_of(t, std::nullopt, "comment", "", at, false));

  if (t.status == "waiting_reporter") {
    auto cal = service_desk::load_calendar(c, region);
    tickets::Ticket resumed = t;
    tickets::take_step(resumed, "resume", std::nullopt, cal, service_desk::load_sla_target(c, region, t.kind, t.priority), now);
    tickets::save_change(c, audit, "ticket.resume", t, resumed, tickets::event_of(resumed, std::nullopt, "resume", "", at, true));
    t = resumed;
  }
  return {at, t.status};
}

}  // namespace simpul::modules::complaints
