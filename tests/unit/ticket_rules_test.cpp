// Service desk tickets as pure rules (docs/service-desk-contract.md, "Tickets"): the state
// machine of Tier 1 and Tier 2 (Madiun Pasal 39 ayat (7)-(11)), who may take each step, the
// first response, the SLA clocks with pauses for the reporter, and the request bodies.
#include <gtest/gtest.h>

#include "refused_fields.h"

#include <functional>

#include "core/problem.h"
#include "modules/tickets/rules.h"
#include "modules/tickets/search.h"

using namespace simpul;
using namespace simpul::modules::tickets;

namespace {

auth::Principal superadmin() {
  auth::Principal p;
  p.user_id = 1;
  p.role = auth::Role::superadmin;
  return p;
}

auth::Principal operator_of(int64_t agency) {
  auth::Principal p;
  p.user_id = 10 + agency;
  p.role = auth::Role::agency_operator;
  p.agency_id = agency;
  return p;
}

auth::Principal reader(auth::Role role) {
  auth::Principal p;
  p.user_id = 50;
  p.role = role;
  return p;
}

// Monday 2026-11-23 08:00 WIB = 01:00 UTC.
const std::string kMondayMorning = "2026-11-23T01:00:00.000Z";

Ticket ticket(const std::string& status = "new", const std::string& tier = "tier1") {
  Ticket t;
  t.id = 7;
  t.agency_id = 3;
  t.kind = "incident";
  t.priority = "medium";
  t.status = status;
  t.tier = tier;
  t.opened_at = kMondayMorning;
  return t;
}

BusinessCalendar calendar() { return service_desk::default_calendar(420); }
Targets medium() { return {240, 1440}; }

Instant at(const std::string& rfc3339) { return instant_of(rfc3339); }

}  // namespace

// ---- who

TEST(TicketRules, OperatorsReadAndWorkOnlyTheirAgencysTickets) {
  auto t = ticket();
  EXPECT_TRUE(may_read(operator_of(3), t.agency_id));
  EXPECT_FALSE(may_read(operator_of(4), t.agency_id));
  EXPECT_TRUE(may_read(reader(auth::Role::leadership), t.agency_id));
  EXPECT_TRUE(may_read(reader(auth::Role::auditor), t.agency_id));
  EXPECT_FALSE(may_read(reader(auth::Role::citizen), t.agency_id));
  EXPECT_TRUE(may_work(operator_of(3), t));
  EXPECT_FALSE(may_work(operator_of(4), t));
  EXPECT_FALSE(may_work(reader(auth::Role::leadership), t));
  EXPECT_TRUE(may_work(superadmin(), t));
}

TEST(TicketRules, Tier2IsHandledBySuperadminOnlyButTheAgencyMayStillComment) {
  auto t = ticket("new", "tier2");
  EXPECT_FALSE(may_handle(operator_of(3), t));
  EXPECT_TRUE(may_work(operator_of(3), t));
  EXPECT_TRUE(may_handle(superadmin(), t));
  EXPECT_TRUE(may_handle(operator_of(3), ticket()));
}

TEST(TicketRules, AssigneesMustBeAbleToHandleTheTicketAtItsTier) {
  EXPECT_TRUE(may_be_assigned("agency_operator", 3, ticket()));
  EXPECT_FALSE(may_be_assigned("agency_operator", 4, ticket()));
  EXPECT_FALSE(may_be_assigned("agency_operator", 3, ticket("new", "tier2")));
  EXPECT_TRUE(may_be_assigned("superadmin", std::nullopt, ticket("new", "tier2")));
  EXPECT_FALSE(may_be_assigned("leadership", std::nullopt, ticket()));
}

// ---- the state machine: every step from every status

TEST(TicketRules, EachStepIsAllowedExactlyFromTheStatusesOfTheContract) {
  const std::map<std::string, std::set<std::string>> origins{
      {"start", {"new"}},
      {"wait_for_reporter", {"in_progress"}},
      {"resume", {"waiting_reporter"}},
      {"escalate", {"new", "in_progress", "waiting_reporter"}},
      {"resolve", {"new", "in_progress"}},
      {"close", {"resolved"}},
      {"reopen", {"resolved", "closed"}}};
  for (const auto& [action, from] : origins)
    for (const auto& status : kStatuses) {
      auto refusal = step_refusal(action, superadmin(), ticket(status));
      if (from.count(status)) {
        EXPECT_FALSE(refusal) << action << " from " << status;
      } else {
        ASSERT_TRUE(refusal) << action << " from " << status;
        EXPECT_FALSE(refusal->forbidden) << "wrong status is 409, not 403";
        EXPECT_NE(refusal->why.en.find("can only be taken from"), std::string::npos) << refusal->why.en;
      }
    }
  // Hand back: only from Tier 2, from new or in_progress.
  for (const auto& status : kStatuses) {
    auto refusal = step_refusal("hand_back", superadmin(), ticket(status, "tier2"));
    EXPECT_EQ(refusal.has_value(), !(status == "new" || status == "in_progress")) << status;
  }
}

TEST(TicketRules, WhoMayTakeEachStep) {
  // Tier 1: the agency's operator takes every Tier 1 step but hand_back.
  auto t1 = ticket("new");
  EXPECT_FALSE(step_refusal("start", operator_of(3), t1));
  EXPECT_FALSE(step_refusal("escalate", operator_of(3), t1));
  auto other = step_refusal("start", operator_of(4), t1);
  ASSERT_TRUE(other);
  EXPECT_TRUE(other->forbidden);
  auto hand_back = step_refusal("hand_back", operator_of(3), ticket("new", "tier2"));
  ASSERT_TRUE(hand_back);
  EXPECT_TRUE(hand_back->forbidden);
  // Tier 2: the operator may no longer take steps; the superadmin may.
  auto t2 = ticket("new", "tier2");
  auto start = step_refusal("start", operator_of(3), t2);
  ASSERT_TRUE(start);
  EXPECT_TRUE(start->forbidden);
  EXPECT_NE(start->why.id.find("Tier 2"), std::string::npos);
  EXPECT_FALSE(step_refusal("start", superadmin(), t2));
  // Escalating twice: 409, already at Tier 2.
  auto twice = step_refusal("escalate", superadmin(), t2);
  ASSERT_TRUE(twice);
  EXPECT_FALSE(twice->forbidden);
  // Readers never take steps.
  EXPECT_TRUE(step_refusal("start", reader(auth::Role::leadership), t1)->forbidden);
}

TEST(TicketRules, AllowedActionsListWhatTheCallerMayDoNow) {
  EXPECT_EQ(allowed_actions(operator_of(3), ticket("new")), (std::vector<std::string>{"start", "escalate", "resolve"}));
  EXPECT_EQ(allowed_actions(superadmin(), ticket("in_progress", "tier2")),
            (std::vector<std::string>{"wait_for_reporter", "hand_back", "resolve"}));
  EXPECT_TRUE(allowed_actions(operator_of(3), ticket("in_progress", "tier2")).empty());
  EXPECT_TRUE(allowed_actions(operator_of(4), ticket("new")).empty());
  EXPECT_EQ(allowed_actions(operator_of(3), ticket("closed")), (std::vector<std::string>{"reopen"}));
}

TEST(TicketRules, ReasonsAreRequiredWhereTheContractSays) {
  for (const auto& a : {"wait_for_reporter", "escalate", "hand_back", "resolve", "reopen"}) EXPECT_TRUE(reason_required(a)) << a;
  for (const auto& a : {"start", "resume", "close"}) EXPECT_FALSE(reason_required(a)) << a;
  EXPECT_EQ(fields_of([] { parse_step({{"action", "escalate"}}); }), std::vector<std::string>{"reason"});
  EXPECT_EQ(fields_of([] { parse_step({{"action", "resolve"}, {"reason", "   "}}); }), std::vector<std::string>{"reason"});
  EXPECT_EQ(fields_of([] { parse_step({{"action", "fly"}}); }), std::vector<std::string>{"action"});
  EXPECT_TRUE(fields_of([] { parse_step({{"action", "start"}}); }).empty());
  EXPECT_EQ(parse_step({{"action", "escalate"}, {"reason", " server down "}}).reason, "server down");
}

TEST(TicketRules, StepsMoveStatusTierAndAssignee) {
  auto cal = calendar();
  auto now = at("2026-11-23T02:00:00.000Z");
  auto t = ticket("new");
  set_due_times(t, cal, medium());
  take_step(t, "start", 13, cal, medium(), now);
  EXPECT_EQ(t.status, "in_progress");
  EXPECT_EQ(t.assignee_user_id, 13);  // the one who starts takes it
  take_step(t, "escalate", 13, cal, medium(), now);
  EXPECT_EQ(t.status, "new");
  EXPECT_EQ(t.tier, "tier2");
  EXPECT_TRUE(t.escalated);
  EXPECT_FALSE(t.assignee_user_id);  // escalation clears the assignee
  take_step(t, "hand_back", 1, cal, medium(), now);
  EXPECT_EQ(t.tier, "tier1");
  EXPECT_EQ(t.status, "new");
  EXPECT_TRUE(t.escalated);  // stays true once set
  take_step(t, "resolve", 13, cal, medium(), now);
  EXPECT_EQ(t.status, "resolved");
  EXPECT_TRUE(t.resolved_at);
  take_step(t, "close", 13, cal, medium(), now);
  EXPECT_EQ(t.status, "closed");
  EXPECT_TRUE(t.closed_at);
  take_step(t, "reopen", 13, cal, medium(), now);
  EXPECT_EQ(t.status, "in_progress");
  EXPECT_FALSE(t.resolved_at);
  EXPECT_FALSE(t.closed_at);
}

// ---- first response

TEST(TicketRules, FirstResponseIsTheFirstStartQuestionResolutionOrPublicComment) {
  auto cal = calendar();
  auto t = ticket("new");
  set_due_times(t, cal, medium());
  take_step(t, "escalate", 1, cal, medium(), at("2026-11-23T01:10:00.000Z"));
  EXPECT_FALSE(t.first_response_at) << "an escalation is not an answer to the reporter";
  take_step(t, "start", 1, cal, medium(), at("2026-11-23T01:20:00.000Z"));
  EXPECT_EQ(t.first_response_at, "2026-11-23T01:20:00.000Z");
  take_step(t, "resolve", 1, cal, medium(), at("2026-11-23T01:30:00.000Z"));
  EXPECT_EQ(t.first_response_at, "2026-11-23T01:20:00.000Z") << "only the first counts";

  auto commented = ticket("new");
  note_first_response(commented, at("2026-11-23T01:05:00.000Z"));
  EXPECT_EQ(commented.first_response_at, "2026-11-23T01:05:00.000Z");
}

// ---- SLA clocks

TEST(TicketRules, DueTimesCountBusinessMinutesFromOpening) {
  auto t = ticket();
  set_due_times(t, calendar(), medium());
  // 08:00 WIB + 240 business minutes = 12:00 WIB = 05:00 UTC; 1440 minutes = 3 business days of
  // 510 minutes (Mon-Thu 07:30-16:00): Mon 480 left, Tue 510, Wed 450 → Wed 07:30 + 450 = 15:00 WIB.
  EXPECT_EQ(t.response_due_at, "2026-11-23T05:00:00.000Z");
  EXPECT_EQ(t.resolution_due_at, "2026-11-25T08:00:00.000Z");
}

TEST(TicketRules, ClocksRunThenAreMetOrBreached) {
  auto cal = calendar();
  auto t = ticket("new");
  set_due_times(t, cal, medium());
  auto running = response_clock(t, cal, at("2026-11-23T02:00:00.000Z"));  // 09:00 WIB
  EXPECT_EQ(running.state, "running");
  EXPECT_EQ(running.minutes_left, 180);
  auto late = response_clock(t, cal, at("2026-11-23T06:00:00.000Z"));  // 13:00 WIB
  EXPECT_EQ(late.state, "breached");
  EXPECT_EQ(late.minutes_left, -60);
  t.first_response_at = "2026-11-23T03:00:00.000Z";
  auto met = response_clock(t, cal, at("2026-11-24T06:00:00.000Z"));
  EXPECT_EQ(met.state, "met");
  EXPECT_EQ(met.minutes_left, 120);
  t.first_response_at = "2026-11-23T07:00:00.000Z";
  EXPECT_EQ(response_clock(t, cal, at("2026-11-24T06:00:00.000Z")).state, "breached");
}

TEST(TicketRules, APauseForTheReporterFreezesTheClockAndMovesTheDueTimeByItsBusinessLength) {
  auto cal = calendar();
  auto t = ticket("in_progress");
  set_due_times(t, cal, medium());
  auto due_before = t.resolution_due_at;
  take_step(t, "wait_for_reporter", 13, cal, medium(), at("2026-11-23T02:00:00.000Z"));  // Mon 09:00 WIB
  EXPECT_EQ(t.status, "waiting_reporter");
  auto paused = resolution_clock(t, cal, at("2026-11-24T02:00:00.000Z"));
  EXPECT_EQ(paused.state, "paused");
  auto frozen = resolution_clock(t, cal, at("2026-11-30T02:00:00.000Z"));
  EXPECT_EQ(frozen.minutes_left, paused.minutes_left) << "frozen while paused";
  // Resumed Tuesday 09:00 WIB: Monday 09:00-16:00 (420) + Tuesday 07:30-09:00 (90) = 510 business minutes.
  take_step(t, "resume", 13, cal, medium(), at("2026-11-24T02:00:00.000Z"));
  EXPECT_EQ(t.paused_minutes, 510);
  EXPECT_FALSE(t.paused_since);
  EXPECT_EQ(t.resolution_due_at, rfc3339_of(service_desk::add_business_minutes(cal, at(due_before), 510)));
  EXPECT_EQ(resolution_clock(t, cal, at("2026-11-24T02:00:00.000Z")).state, "running");
}

TEST(TicketRules, EscalatingWhileWaitingEndsThePause) {
  auto cal = calendar();
  auto t = ticket("in_progress");
  set_due_times(t, cal, medium());
  take_step(t, "wait_for_reporter", 13, cal, medium(), at("2026-11-23T02:00:00.000Z"));
  take_step(t, "escalate", 13, cal, medium(), at("2026-11-23T03:00:00.000Z"));
  EXPECT_FALSE(t.paused_since);
  EXPECT_EQ(t.paused_minutes, 60);
}

TEST(TicketRules, PausesOutsideBusinessHoursDoNotMoveTheDueTime) {
  auto cal = calendar();
  auto t = ticket("in_progress");
  set_due_times(t, cal, medium());
  auto due = t.resolution_due_at;
  // Friday 17:00 WIB to Monday 07:00 WIB: no business minute.
  take_step(t, "wait_for_reporter", 13, cal, medium(), at("2026-11-27T10:00:00.000Z"));
  take_step(t, "resume", 13, cal, medium(), at("2026-11-30T00:00:00.000Z"));
  EXPECT_EQ(t.paused_minutes, 0);
  EXPECT_EQ(t.resolution_due_at, due);
}

TEST(TicketRules, ResolutionClockIsMetOrBreachedByTheResolution) {
  auto cal = calendar();
  auto t = ticket("resolved");
  set_due_times(t, cal, medium());
  t.resolved_at = "2026-11-24T03:00:00.000Z";
  EXPECT_EQ(resolution_clock(t, cal, at("2026-12-10T03:00:00.000Z")).state, "met");
  t.resolved_at = "2026-11-26T03:00:00.000Z";
  auto late = resolution_clock(t, cal, at("2026-12-10T03:00:00.000Z"));
  EXPECT_EQ(late.state, "breached");
  EXPECT_LT(late.minutes_left, 0);
}

TEST(TicketRules, InstantsRoundTrip) {
  EXPECT_EQ(rfc3339_of(instant_of("2026-01-31T23:59:58.123Z")), "2026-01-31T23:59:58.123Z");
  EXPECT_EQ(rfc3339_of(instant_of("2026-01-31T23:59:58Z")), "2026-01-31T23:59:58.000Z");
}

// ---- bodies

TEST(TicketRules, CreateBodiesAreCheckedFieldByField) {
  nlohmann::json good = {{"kind", "incident"}, {"title", "Server SIMPEG mati"}, {"description", "Tidak bisa login."},
                         {"agency_id", 3}};
  auto in = parse_create(good);
  EXPECT_EQ(*in.priority, "medium");
  EXPECT_EQ(*in.channel, "staff");
  EXPECT_EQ(fields_of([&] {
              auto b = good;
              b.erase("agency_id");
              parse_create(b);
            }),
            std::vector<std::string>{"agency_id"});
  EXPECT_TRUE(fields_of([&] {
                auto b = good;
                b.erase("agency_id");
                b["service_id"] = 4;
                parse_create(b);
              }).empty());
  EXPECT_EQ(fields_of([&] {
              auto b = good;
              b["title"] = "ab";
              b["kind"] = "gossip";
              b["priority"] = "urgent";
              b["colour"] = "red";
              parse_create(b);
            }),
            (std::vector<std::string>{"colour", "kind", "title", "priority"}));
  EXPECT_EQ(fields_of([&] {
              auto b = good;
              b["title"] = "Judul\ndua baris";
              parse_create(b);
            }),
            std::vector<std::string>{"title"});
  EXPECT_EQ(fields_of([&] {
              auto b = good;
              b["reporter"] = {{"name", "B"}, {"email", "bukan-email"}, {"phone", "abc"}};
              parse_create(b);
            }),
            (std::vector<std::string>{"reporter.name", "reporter.email", "reporter.phone"}));
  auto with_reporter = good;
  with_reporter["reporter"] = {{"name", "Budi Santoso"}, {"email", "budi@contoh.id"}, {"phone", "+62 812-3456-789"}};
  EXPECT_EQ(parse_create(with_reporter).reporter->email, "budi@contoh.id");
}

TEST(TicketRules, PatchBodiesAllowNullToUnassign) {
  auto in = parse_patch({{"assignee_user_id", nullptr}, {"priority", "high"}});
  ASSERT_TRUE(in.assignee_user_id);
  EXPECT_FALSE(*in.assignee_user_id);
  EXPECT_EQ(*in.priority, "high");
  EXPECT_EQ(fields_of([] { parse_patch({{"status", "closed"}}); }), std::vector<std::string>{"status"});
}

TEST(TicketRules, CommentAttachmentAndLinkBodies) {
  EXPECT_EQ(parse_comment({{"body", "Sudah dicek"}, {"visibility", "internal"}}).visibility, "internal");
  EXPECT_EQ(fields_of([] { parse_comment({{"body", ""}, {"visibility", "secret"}}); }),
            (std::vector<std::string>{"body", "visibility"}));
  EXPECT_EQ(fields_of([] { parse_attachment(nlohmann::json::object()); }), std::vector<std::string>{"sha256"});
  EXPECT_EQ(fields_of([] { parse_link({{"other_ticket_id", 0}, {"kind", "blocks"}}); }),
            (std::vector<std::string>{"other_ticket_id", "kind"}));
}

TEST(TicketRules, NumbersAreReadable) {
  EXPECT_EQ(ticket_number(2026, 123), "LYN-2026-000123");
}

TEST(TicketSearch, DocumentsAndQueriesUseTheSameWords) {
  auto doc = search_document("LYN-2026-000123", "Jaringan putus", "Kantor kecamatan", {"Router diganti."});
  EXPECT_NE(doc.find("LYN 2026 000123"), std::string::npos);
  EXPECT_NE(doc.find("Router diganti "), std::string::npos);
  auto terms = search_terms("  Router\"; DROP  lyn-2026 ");
  EXPECT_EQ(terms, (std::vector<std::string>{"router", "drop", "lyn", "2026"}));
  EXPECT_EQ(fts5_query({"router", "lyn"}), "\"router\"* \"lyn\"*");
  EXPECT_EQ(tsquery({"router", "lyn"}), "router:* & lyn:*");
  EXPECT_TRUE(search_terms("-- !!").empty());
}
