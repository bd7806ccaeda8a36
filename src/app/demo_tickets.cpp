#include "app/demo_tickets.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/demo_data.h"
#include "app/demo_random.h"
#include "app/demo_ticket_texts.h"
#include "audit/diff.h"
#include "audit/log.h"
#include "core/clock.h"
#include "core/digest.h"  // request_id
#include "modules/complaints/reply.h"
#include "modules/complaints/tracking_code.h"
#include "modules/service_desk/calendar_store.h"
#include "modules/service_desk/sla_clock.h"
#include "modules/tickets/notify.h"
#include "modules/tickets/opening.h"
#include "modules/tickets/rules.h"
#include "modules/tickets/search.h"
#include "modules/tickets/steps.h"
#include "modules/tickets/store.h"

namespace simpul {

namespace {

namespace tk = modules::tickets;
namespace complaints = modules::complaints;
namespace sd = service_desk;
namespace texts = demo_ticket_texts;
using std::chrono::minutes;
using Instant = sd::Instant;

constexpr int64_t kMaxTickets = 2'000'000;
constexpr int kTicketsPerTransaction = 10'000;
constexpr int kTicketsPerDay = 1'000;  // a large history spreads over about this many a day
constexpr int kHistoryDays = 60;       // the shortest history
// Messages of steps older than this are taken as sent long ago; newer ones wait for the dispatcher.
constexpr auto kSentBefore = std::chrono::hours(48);

struct Handler {
  int64_t id = 0;
  std::string username, role, display_name;
  std::optional<int64_t> agency_id;
};

struct Element {  // a service or an application, by its owner agency
  int64_t id = 0, agency_id = 0;
  std::string name;
};

struct DeskAgency {
  int64_t id = 0;
  std::optional<Handler> tier1;  // its operator; the superadmin handles its Tier 1 otherwise
  int weight = 1;                // how many tickets it gets, relatively
};

// What the generator picks from: the demo region's agencies, services, applications and users.
struct Desk {
  std::string region_id;
  std::vector<DeskAgency> agencies;
  std::vector<int> agency_draw;  // index into agencies, repeated by weight
  std::vector<Element> services, applications;
  Handler superadmin;
  sd::BusinessCalendar calendar;
  std::map<std::string, tk::Targets> targets;  // by kind + "/" + priority
};

const DeskAgency* agency_of(const Desk& desk, int64_t agency_id) {
  for (const auto& a : desk.agencies)
    if (a.id == agency_id) return &a;
  return nullptr;
}

std::optional<Handler> user_named(db::Connection& c, const std::string& region_id, const std::string& username) {
  auto rows = c.query("SELECT user_id, username, role, display_name, agency_id FROM users WHERE region_id = ? AND username = ?",
                      {region_id, username});
  if (rows.empty()) return std::nullopt;
  Handler h{rows[0].int64(0), rows[0].text(1), rows[0].text(2), rows[0].text(3), std::nullopt};
  if (!rows[0].is_null(4)) h.agency_id = rows[0].int64(4);
  return h;
}

Desk load_desk(db::Connection& c) {
  Desk d;
  auto regions = c.query("SELECT region_id FROM regions ORDER BY region_id");
  if (regions.empty()) throw std::runtime_error("the database has no region for the demo tickets");
  d.region_id = regions[0].text(0);
  auto admin = user_named(c, d.region_id, "admin");
  if (!admin) throw std::runtime_error("the demo region has no user admin");
  d.superadmin = *admin;
  std::map<int64_t, Handler> operators;
  for (const char* name : {"operator.dinkes", "operator.bappeda"})
    if (auto h = user_named(c, d.region_id, name); h && h->agency_id) operators[*h->agency_id] = *h;
  // Agencies that serve the public most get most tickets: the Dinas and Badan and the Kecamatan
  // three times a Bagian or Kelurahan, the ICT office's own desk twice.
  for (auto& r : c.query("SELECT agency_id, kind, ict_office FROM agencies WHERE region_id = ? ORDER BY agency_id", {d.region_id})) {
    DeskAgency a;
    a.id = r.int64(0);
    auto kind = r.text(1);
    a.weight = r.int64(2) ? 2 : (kind == "bagian" || kind == "kelurahan") ? 1 : 3;
    if (auto it = operators.find(a.id); it != operators.end()) a.tier1 = it->second, a.weight = 4;
    for (int i = 0; i < a.weight; ++i) d.agency_draw.push_back(static_cast<int>(d.agencies.size()));
    d.agencies.push_back(a);
  }
  if (d.agencies.empty()) throw std::runtime_error("the demo region has no agency for the demo tickets");
  for (auto& r : c.query("SELECT service_id, owner_agency_id, name FROM services WHERE region_id = ? AND status = 'active' "
                         "ORDER BY service_id", {d.region_id}))
    d.services.push_back({r.int64(0), r.int64(1), r.text(2)});
  for (auto& r : c.query("SELECT application_id, owner_agency_id, name FROM applications WHERE region_id = ? "
                         "AND owner_agency_id IS NOT NULL ORDER BY application_id", {d.region_id}))
    d.applications.push_back({r.int64(0), r.int64(1), r.text(2)});
  d.calendar = sd::load_calendar(c, d.region_id);
  for (const auto& kind : tk::kKinds)
    for (const auto& priority : tk::kPriorities) {
      auto t = sd::load_sla_target(c, d.region_id, kind, priority);
      d.targets[kind + "/" + priority] = {t.response_minutes, t.resolution_minutes};
    }
  return d;
}

std::string filled(std::string_view text, const std::string& subject, std::string_view place) {
  std::string out(text);
  for (auto [key, value] : {std::pair<std::string, std::string>{"{x}", subject}, {"{p}", std::string(place)}})
    for (size_t at = out.find(key); at != std::string::npos; at = out.find(key, at + value.size()))
      out.replace(at, key.size(), value);
  return out;
}

template <class T>
T weighted(DemoRandom& random, const std::vector<std::pair<T, int>>& choices) {
  int total = 0;
  for (const auto& [_, w] : choices) total += w;
  int roll = random.between(1, total);
  for (const auto& [value, w] : choices)
    if ((roll -= w) <= 0) return value;
  return choices.back().first;
}

// One later step of a ticket as planned; taken only when its time has come.
struct PlannedStep {
  std::string action;  // a step of the contract, or "comment"
  Instant at;
  std::string text;           // the reason, or the comment's body
  bool by_reporter = false;   // the citizen: a public reply that resumes the ticket
  bool internal = false;      // a comment only staff read
};

struct PlannedTicket {
  tk::NewTicket ticket;
  bool anonymous = false;  // filed on the public portal, without an account
  std::vector<PlannedStep> steps;
};

class Planner {
 public:
  Planner(const Desk& desk, DemoRandom& random, Instant now) : desk_(desk), random_(random), now_(now) {}

  PlannedTicket plan(Instant opened) {
    PlannedTicket p;
    auto& t = p.ticket;
    t.channel = weighted<std::string>(random_, {{"public_portal", 25}, {"staff", 35}, {"phone", 15}, {"email", 15}, {"counter", 10}});
    bool portal = t.channel == "public_portal";
    t.kind = portal ? "complaint"
                    : weighted<std::string>(random_, {{"incident", 35}, {"request", 30}, {"complaint", 15}, {"problem", 10}, {"change", 10}});
    t.priority = portal ? "medium" : weighted<std::string>(random_, {{"low", 25}, {"medium", 45}, {"high", 22}, {"critical", 8}});
    pick_concern(t);
    const auto& subject = random_.pick(texts::subjects(t.kind));
    auto place = random_.pick(texts::places());
    t.title = filled(subject.title, concern_, place);
    t.description = filled(subject.description, concern_, place);
    add_reporter(p);
    plan_steps(p, opened);
    return p;
  }

 private:
  // The agency, and the service or application the ticket is about; `concern_` names it.
  void pick_concern(tk::NewTicket& t) {
    int roll = random_.between(1, 10);
    if (roll <= 4 && !desk_.services.empty() && t.kind != "change") {
      const auto& s = random_.pick(desk_.services);
      t.service_id = s.id, t.agency_id = s.agency_id, concern_ = s.name;
    } else if (roll <= 7 && !desk_.applications.empty() && t.kind != "complaint") {
      const auto& a = random_.pick(desk_.applications);
      t.application_id = a.id, t.agency_id = a.agency_id, concern_ = a.name;
    } else {
      t.agency_id = desk_.agencies[random_.pick(desk_.agency_draw)].id;
      concern_ = t.kind == "complaint" ? "layanan perizinan" : "aplikasi kantor";
    }
  }

  void add_reporter(PlannedTicket& p) {
    auto& t = p.ticket;
    bool female = random_.chance(0.5);
    std::string given(random_.pick(female ? demo_data::female_given_names() : demo_data::male_given_names()));
    std::string family(random_.pick(demo_data::family_names()));
    auto lower = [](std::string s) {
      for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      std::replace(s.begin(), s.end(), ' ', '.');
      return s;
    };
    auto phone = [&] { return "08" + std::to_string(random_.between(11, 59)) + std::to_string(random_.between(10000000, 99999999)); };
    if (t.channel == "public_portal") {
      p.anonymous = true;
      t.reporter_name = given + " " + family;
      if (random_.chance(0.7)) t.reporter_email = lower(given) + "." + lower(family) + "@example.com";
      if (random_.chance(0.5)) t.reporter_phone = phone();
      // The code is shown once to the citizen and only its hash is kept: no one knows the demo's codes.
      complaints::TrackingBits bits;
      for (auto& b : bits) b = static_cast<uint8_t>(random_.next());
      t.tracking_code_hash = complaints::tracking_code_hash(*complaints::normalise_tracking_code(complaints::encode_tracking_code(bits)));
    } else if (t.channel == "staff") {
      const auto* a = agency_of(desk_, t.agency_id);
      t.reporter_user_id = a && a->tier1 ? a->tier1->id : desk_.superadmin.id;
    } else {
      t.reporter_name = given + " " + family;
      if (t.channel == "email" || random_.chance(0.3)) t.reporter_email = lower(given) + "." + lower(family) + "@example.com";
      if (t.channel == "phone" || random_.chance(0.4)) t.reporter_phone = phone();
    }
  }

  // Minutes spread from a quarter to one and three quarters of `mean`.
  int64_t spread(double mean) {
    double share = 0.25 + 1.5 * static_cast<double>(random_.next() % 1000) / 1000.0;
    return static_cast<int64_t>(mean * share) + 1;
  }

  void plan_steps(PlannedTicket& p, Instant opened) {
    const auto& t = p.ticket;
    // Business minutes to respond and to do the work, by priority; the SLA targets are 30/240,
    // 60/480, 240/1440 and 480/2400, so most are met and some are not.
    static const std::map<std::string, std::pair<double, double>> pace{
        {"critical", {15, 180}}, {"high", {40, 420}}, {"medium", {150, 1100}}, {"low", {300, 1800}}};
    auto [respond, work] = pace.at(t.priority);
    Instant at = opened;
    // Staff work in the region's business hours: their steps come so many business minutes apart.
    auto later = [&](double mean) { return sd::add_business_minutes(desk_.calendar, at, spread(mean)); };
    auto step = [&](const std::string& action, double mean, std::string text = "") {
      at = later(mean);
      p.steps.push_back({action, at, std::move(text)});
    };
    auto pick = [&](const std::vector<std::string_view>& from) { return std::string(random_.pick(from)); };
    double escalation_chance = t.kind == "complaint" ? 0.08 : t.kind == "request" ? 0.12 : 0.25;
    bool escalate = random_.chance(escalation_chance);
    if (escalate && random_.chance(0.3)) {  // straight up: Tier 1 sees at once it cannot
      step("escalate", respond, pick(texts::escalation_reasons()));
      step("start", respond);
    } else {
      step("start", respond);
      if (random_.chance(0.2)) p.steps.push_back({"comment", later(respond), pick(texts::internal_notes()), false, true});
      if (escalate) {
        step("escalate", work * 0.3, pick(texts::escalation_reasons()));
        if (random_.chance(0.2)) {
          step("hand_back", respond, pick(texts::hand_back_reasons()));
          step("start", respond);
        } else {
          step("start", respond);
        }
      }
    }
    if (random_.chance(0.12)) {
      int which = random_.between(0, static_cast<int>(texts::questions().size()) - 1);
      step("wait_for_reporter", work * 0.3, std::string(texts::questions()[which]));
      if (p.anonymous && random_.chance(0.85)) {  // the citizen answers on the tracking page, at any hour, which resumes it
        at += minutes(spread(work * 2));
        p.steps.push_back({"resume", at, std::string(texts::reporter_replies()[which % texts::reporter_replies().size()]), true});
      } else {
        step("resume", work * 0.5);
      }
    }
    step("resolve", work, pick(texts::resolutions()));
    if (random_.chance(0.03)) {
      step("reopen", 510, pick(texts::reopen_reasons()));
      step("resolve", work * 0.5, pick(texts::resolutions()));
    }
    step("close", 1530);  // three working days for the reporter to object
    std::stable_sort(p.steps.begin(), p.steps.end(), [](const auto& a, const auto& b) { return a.at < b.at; });
    // Some stay where they are, the newer the more: the backlog every service desk has, some of
    // it waiting for the reporter.
    auto age = now_ - opened;
    double stall = age < std::chrono::hours(24 * 7) ? 0.6 : age < std::chrono::hours(24 * 30) ? 0.25 : 0.02;
    if (random_.chance(stall)) {
      auto first_resolve = std::find_if(p.steps.begin(), p.steps.end(), [](const auto& s) { return s.action == "resolve"; });
      auto waiting = std::find_if(p.steps.begin(), first_resolve, [](const auto& s) { return s.action == "wait_for_reporter"; });
      auto keep = waiting != first_resolve && random_.chance(0.5) ? waiting + 1 - p.steps.begin()
                                                                   : random_.between(0, static_cast<int>(first_resolve - p.steps.begin()));
      p.steps.resize(static_cast<size_t>(keep));
    }
  }

  const Desk& desk_;
  DemoRandom& random_;
  Instant now_;
  std::string concern_;
};

// Who takes a step, as the audit log names them; nobody: the citizen on the public portal.
audit::Context context_of(const Desk& desk, const std::optional<Handler>& who, const std::string& request) {
  if (!who) return {desk.region_id, {}, request, "local"};
  return {desk.region_id, {who->id, who->username, who->role}, request, "local"};
}

// Opens a planned ticket as the service desk does, then takes its steps whose time has come,
// each recorded as the service desk records it: its event, its audit entry with what changed,
// its notifications. The row itself is written once, after the last step (with the version
// every step moved on), as a million tickets would otherwise rewrite every index of theirs
// once a step.
class Writer {
 public:
  Writer(db::Connection& c, const Desk& desk, Instant now) : c_(c), desk_(desk), now_(now) {}

  // Answers the ticket's id.
  int64_t write(const PlannedTicket& p, Instant opened) {
    const auto* agency = agency_of(desk_, p.ticket.agency_id);
    const Handler* tier1 = agency && agency->tier1 ? &*agency->tier1 : nullptr;
    std::optional<Handler> opener;
    if (!p.anonymous) opener = tier1 ? *tier1 : desk_.superadmin;
    auto id = tk::open_ticket(c_, context_of(desk_, opener, "demo-" + request_id()), p.ticket, opened).id;
    auto t = tk::find(c_, desk_.region_id, id).value();
    auto stored_version = t.version;
    auto recorded = tk::record_json(t);  // the record as its last audit entry left it
    const auto& targets = desk_.targets.at(t.kind + "/" + t.priority);
    Instant last = opened;
    bool commented = false;
    for (const auto& s : p.steps) {
      if (s.at > now_) break;
      last = s.at;
      auto at = tk::rfc3339_of(s.at);
      if (s.by_reporter) {  // the citizen's reply on the tracking page, which resumes the complaint
        save(t, stored_version);
        complaints::add_reporter_reply(c_, context_of(desk_, std::nullopt, "demo-" + request_id()), t.id, s.text, s.at);
        t = tk::find(c_, desk_.region_id, id).value();
        stored_version = t.version;
        recorded = tk::record_json(t);
        continue;
      }
      const Handler& who = t.tier == "tier2" || !tier1 ? desk_.superadmin : *tier1;  // the handler at the ticket's tier
      auto ctx = context_of(desk_, who, "demo-" + request_id());
      if (s.action == "comment") {
        add_note(t, ctx, who, s.text, at);
        commented = true;
        continue;
      }
      auto before = t;
      tk::take_step(t, s.action, who.id, desk_.calendar, targets, s.at);
      moved_on(t, at);
      auto after = tk::record_json(t);
      auto changes = audit::changes_between(recorded, after);
      recorded = std::move(after);
      changes.erase("updated_at");
      changes.erase("version");
      audit::append(c_, ctx, "ticket." + s.action, "ticket", std::to_string(t.id), changes);
      auto e = tk::event_of(t, who.id, s.action, s.text, at, true);
      e.from_status = before.status, e.from_tier = before.tier;
      auto key = "event:" + std::to_string(tk::insert_event(c_, desk_.region_id, t.id, e));
      if (s.action == "escalate") tk::notify_escalated(c_, tk::notified(t), key, s.text);
      if (s.action == "wait_for_reporter") {  // the question, as a public comment the tracking page shows
        tk::Comment question{0, at, who.id, who.display_name, "public", s.text};
        tk::insert_comment(c_, desk_.region_id, t.id, question);
        commented = true;
      }
      if ((s.action == "wait_for_reporter" || s.action == "resolve") && t.reporter_email)
        tk::notify_reporter(c_, tk::notified(t), key, s.text);
    }
    save(t, stored_version);
    if (commented) tk::index_ticket(c_, desk_.region_id, t.id);
    // Messages of steps taken long ago went out long ago; the newest wait for the dispatcher.
    if (now_ - last > kSentBefore)
      c_.execute("UPDATE notification_outbox SET status = 'sent', attempts = 1, sent_at = created_at "
                 "WHERE status = 'pending' AND region_id = ? AND ticket_id = ?", {desk_.region_id, t.id});
    return t.id;
  }

 private:
  static void moved_on(tk::Ticket& t, const std::string& at) {
    t.version += 1;
    t.updated_at = at;
  }

  // Writes the steps taken in memory since the row was last stored.
  void save(const tk::Ticket& t, int64_t& stored_version) {
    if (t.version == stored_version) return;
    if (!tk::update(c_, t, stored_version)) throw std::runtime_error("demo ticket " + t.number + " changed under the demo");
    stored_version = t.version;
  }

  // An internal note: a child of the ticket, whose audit entry and event sit on the ticket.
  void add_note(tk::Ticket& t, const audit::Context& ctx, const Handler& author, const std::string& body, const std::string& at) {
    tk::Comment note{0, at, author.id, author.display_name, "internal", body};
    note.id = tk::insert_comment(c_, desk_.region_id, t.id, note);
    moved_on(t, at);
    nlohmann::json child{{"id", note.id},
                         {"author", {{"id", author.id}, {"display_name", author.display_name}}},
                         {"visibility", note.visibility},
                         {"body", body}};
    audit::append(c_, ctx, "ticket.comment", "ticket", std::to_string(t.id), {{"comments", {{"before", nullptr}, {"after", child}}}});
    tk::insert_event(c_, desk_.region_id, t.id, tk::event_of(t, author.id, "comment", note.visibility, at, false));
  }

  db::Connection& c_;
  const Desk& desk_;
  Instant now_;
};

}  // namespace

void add_demo_tickets(db::Database& db, const DemoOptions& options, const DemoProgress& progress) {
  if (options.tickets < 0 || options.tickets > kMaxTickets)
    throw std::invalid_argument("--tickets must be from 0 to " + std::to_string(kMaxTickets));
  if (options.tickets == 0) return;
  auto desk = db.read([](db::Connection& c) { return load_desk(c); });
  // Whole minutes, so every instant the history stores is one the API would show.
  auto now = std::chrono::time_point_cast<minutes>(std::chrono::system_clock::now());
  int64_t days = std::max<int64_t>(kHistoryDays, (options.tickets + kTicketsPerDay - 1) / kTicketsPerDay);
  auto first = now - std::chrono::hours(24 * days);
  auto span = std::chrono::duration_cast<minutes>(now - first).count();
  DemoRandom random(options.seed ^ 0x7469636b657473ULL);  // "tickets": its own sequence, the region's stays as it was
  Planner planner(desk, random, now);
  auto total = static_cast<int>(options.tickets);
  for (int done = 0; done < total;) {
    int until = std::min(total, done + kTicketsPerTransaction);
    db.write([&](db::Connection& c) {
      audit::Batch batch(c);
      Writer writer(c, desk, now);
      for (int i = done; i < until; ++i) {
        // Opened in order over the span, each at its own minute.
        auto opened = first + minutes(span * i / total);
        writer.write(planner.plan(opened), opened);
      }
      batch.finish();
    });
    done = until;
    if (progress) progress("tickets", done, total);
  }
}

}  // namespace simpul
