#include "modules/tickets/opening.h"

#include "app/record_change.h"
#include "modules/service_desk/calendar_store.h"
#include "modules/tickets/notify.h"
#include "modules/tickets/rules.h"
#include "modules/tickets/search.h"
#include "modules/tickets/steps.h"
#include "modules/tickets/store.h"

namespace simpul::modules::tickets {

namespace {

// Numbers count per year of the region's own calendar: a ticket opened at 00:30 WIT on
// 1 January belongs to the new year there.
int local_year(Instant at, int utc_offset_minutes) {
  using namespace std::chrono;
  auto local = floor<days>(at + minutes{utc_offset_minutes});
  return static_cast<int>(year_month_day{local}.year());
}

}  // namespace

Opened open_ticket(db::Connection& c, const audit::Context& audit, const NewTicket& in,
                   std::chrono::system_clock::time_point now) {
  const auto& region = audit.region_id;
  auto cal = service_desk::load_calendar(c, region);
  Ticket t;
  t.region_id = region;
  t.kind = in.kind;
  t.channel = in.channel;
  t.title = in.title;
  t.description = in.description;
  t.priority = in.priority;
  t.agency_id = in.agency_id;
  t.service_id = in.service_id;
  t.application_id = in.application_id;
  t.reporter_user_id = in.reporter_user_id;
  t.reporter_name = in.reporter_name;
  t.reporter_email = in.reporter_email;
  t.reporter_phone = in.reporter_phone;
  t.opened_at = t.created_at = t.updated_at = rfc3339_of(now);
  set_due_times(t, cal, service_desk::load_sla_target(c, region, t.kind, t.priority));
  int year = local_year(now, cal.utc_offset_minutes);
  t.number = ticket_number(year, next_number(c, region, year));
  insert(c, t, in.tracking_code_hash);
  auto event_id = record_event(c, t, event_of(t, audit.actor.id, "open", "", t.opened_at, true));
  index_new_ticket(c, region, t.id, search_document(t.number, t.title, t.description, {}));
  audit_creation(c, audit, "ticket.create", "ticket", t, record_json);
  notify_opened(c, notified(t), "event:" + std::to_string(event_id));
  return {t.id, t.number, t.status, t.opened_at, t.version};
}

}  // namespace simpul::modules::tickets
