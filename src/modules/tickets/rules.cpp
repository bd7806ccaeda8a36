#include "modules/tickets/rules.h"

#include <cstdio>

#include "auth/policy.h"
#include "core/body_reader.h"
#include "core/clock.h"
#include "core/text.h"

namespace simpul::modules::tickets {

namespace {

using service_desk::add_business_minutes;
using service_desk::business_minutes_between;

const Text kHandlerTier1{"Hanya operator perangkat daerah pemilik tiket atau superadmin yang dapat menangani tiket di Tier 1.",
                         "Only an operator of the ticket's agency or a superadmin can handle a ticket at Tier 1."};
const Text kHandlerTier2{"Tiket ini sudah dieskalasi ke Tier 2 (Dinas Kominfo); hanya superadmin yang dapat menanganinya. "
                         "Anda tetap dapat membaca dan memberi komentar.",
                         "This ticket was escalated to Tier 2 (the ICT office); only a superadmin can handle it. "
                         "You can still read it and comment."};

// The statuses each step starts from (docs/service-desk-contract.md, "States and steps").
const std::vector<std::pair<std::string, std::set<std::string>>>& step_origins() {
  static const std::vector<std::pair<std::string, std::set<std::string>>> origins{
      {"start", {"new"}},
      {"wait_for_reporter", {"in_progress"}},
      {"resume", {"waiting_reporter"}},
      {"escalate", {"new", "in_progress", "waiting_reporter"}},
      {"hand_back", {"new", "in_progress"}},
      {"resolve", {"new", "in_progress"}},
      {"close", {"resolved"}},
      {"reopen", {"resolved", "closed"}}};
  return origins;
}

const std::set<std::string>& origins_of(const std::string& action) {
  for (const auto& [a, from] : step_origins())
    if (a == action) return from;
  static const std::set<std::string> none;
  return none;
}

std::string listed(const std::set<std::string>& statuses, Lang lang) {
  std::string out;
  for (const auto& s : statuses) out += (out.empty() ? "" : ", ") + status_label(s).in(lang);
  return out;
}

bool is_superadmin(const auth::Principal& me) { return me.role == auth::Role::superadmin; }

// A finished pause adds the business time it lasted to the ticket, and the resolution due
// time moves by exactly that much.
void end_pause(Ticket& t, const BusinessCalendar& cal, const Targets& targets, Instant now) {
  if (!t.paused_since) return;
  t.paused_minutes += business_minutes_between(cal, instant_of(*t.paused_since), now);
  t.paused_since.reset();
  set_due_times(t, cal, targets);
}

int64_t signed_minutes(const BusinessCalendar& cal, Instant from, Instant due) {
  return due >= from ? business_minutes_between(cal, from, due) : -business_minutes_between(cal, due, from);
}

Clock clock_of(const std::string& due_at, const std::optional<std::string>& done_at, const BusinessCalendar& cal,
               Instant now) {
  Clock clock{due_at, "running", 0};
  auto due = instant_of(due_at);
  if (done_at) {
    auto done = instant_of(*done_at);
    clock.state = done <= due ? "met" : "breached";
    clock.minutes_left = signed_minutes(cal, done, due);
    return clock;
  }
  clock.minutes_left = signed_minutes(cal, now, due);
  if (now > due) clock.state = "breached";
  return clock;
}

bool has_control_characters(const std::string& s, bool line_breaks_allowed) {
  for (unsigned char ch : s) {
    if (ch == '\n' || ch == '\r' || ch == '\t') {
      if (!line_breaks_allowed) return true;
      continue;
    }
    if (ch < 0x20 || ch == 0x7f) return true;
  }
  return false;
}

// Text of min..max characters; control characters refused (line breaks only where allowed).
std::optional<std::string> bounded_text(BodyReader& r, const std::string& name, bool required, size_t min, size_t max,
                                        bool multiline, const Text& message) {
  auto s = r.text(name, required, max, message);
  if (!s) return s;
  if (utf8_length(*s) < min || has_control_characters(*s, multiline)) return r.add(name, message), std::nullopt;
  return s;
}

const Text kTitle{"Judul 3-200 karakter, satu baris.", "A title of 3-200 characters on one line."};
const Text kDescription{"Uraian 1-10.000 karakter.", "A description of 1-10,000 characters."};
const Text kKind{"Jenis: complaint, incident, problem, request atau change.",
                 "Kind: complaint, incident, problem, request or change."};
const Text kPriority{"Prioritas: low, medium, high atau critical.", "Priority: low, medium, high or critical."};
const Text kChannel{"Kanal: public_portal, staff, phone, email, counter atau api.",
                    "Channel: public_portal, staff, phone, email, counter or api."};
const Text kId{"Nomor data berupa bilangan bulat positif.", "A record number: a positive whole number."};

bool plausible_email(const std::string& s) {
  auto at = s.find('@');
  return at != std::string::npos && at > 0 && at + 1 < s.size() && s.find('@', at + 1) == std::string::npos &&
         s.find(' ') == std::string::npos && s.find('.', at) != std::string::npos;
}

bool plausible_phone(const std::string& s) {
  int digits = 0;
  for (char ch : s) {
    if (ch >= '0' && ch <= '9') ++digits;
    else if (ch != '+' && ch != ' ' && ch != '-' && ch != '(' && ch != ')') return false;
  }
  return digits >= 5;
}

std::optional<ReporterInput> parse_reporter(BodyReader& outer) {
  if (!outer.has("reporter") || outer.body()["reporter"].is_null()) return std::nullopt;
  const auto& body = outer.body()["reporter"];
  if (!body.is_object()) {
    outer.add("reporter", {"Pelapor berupa objek {\"name\", \"email\", \"phone\"}.",
                           "The reporter is an object {\"name\", \"email\", \"phone\"}."});
    return std::nullopt;
  }
  BodyReader r(body, {"name", "email", "phone"});
  ReporterInput in;
  auto name = bounded_text(r, "name", true, 2, 100, false, {"Nama pelapor 2-100 karakter.", "The reporter's name: 2-100 characters."});
  const Text email_message{"Alamat e-mail tidak valid, misalnya nama@contoh.go.id.", "Not a valid e-mail address, e.g. name@example.go.id."};
  auto email = r.nullable_text("email", 254, email_message);
  if (email && *email && !plausible_email(**email)) r.add("email", email_message);
  const Text phone_message{"Nomor telepon berisi angka (boleh +, spasi, tanda hubung), paling panjang 30.",
                           "A phone number of digits (+, spaces and dashes allowed), at most 30 characters."};
  auto phone = r.nullable_text("phone", 30, phone_message);
  if (phone && *phone && !plausible_phone(**phone)) r.add("phone", phone_message);
  for (const auto& e : r.errors()) outer.add("reporter." + e.field, e.message);
  if (!r.errors().empty()) return std::nullopt;
  in.name = *name;
  if (email) in.email = *email;
  if (phone) in.phone = *phone;
  return in;
}

}  // namespace

bool may_read(const auth::Principal& me, int64_t agency_id) {
  if (me.role == auth::Role::citizen) return false;
  return auth::may_access_agency(me, agency_id);
}

bool may_work(const auth::Principal& me, const Ticket& t) {
  if (is_superadmin(me)) return true;
  return me.role == auth::Role::agency_operator && me.agency_id == t.agency_id;
}

bool may_handle(const auth::Principal& me, const Ticket& t) {
  return t.tier == "tier2" ? is_superadmin(me) : may_work(me, t);
}

bool may_be_assigned(const std::string& role, std::optional<int64_t> agency_id, const Ticket& t) {
  if (role == "superadmin") return true;
  return t.tier == "tier1" && role == "agency_operator" && agency_id == t.agency_id;
}

bool reason_required(const std::string& action) {
  return action == "wait_for_reporter" || action == "escalate" || action == "hand_back" || action == "resolve" ||
         action == "reopen";
}

std::optional<StepRefusal> step_refusal(const std::string& action, const auth::Principal& me, const Ticket& t) {
  if (action == "hand_back") {
    if (!is_superadmin(me))
      return StepRefusal{true, {"Hanya Tier 2 (superadmin Dinas Kominfo) yang dapat mengembalikan tiket ke Tier 1.",
                                "Only Tier 2 (a superadmin of the ICT office) can hand a ticket back to Tier 1."}};
    if (t.tier != "tier2")
      return StepRefusal{false, {"Tiket ini sudah berada di Tier 1; tidak ada yang dikembalikan.",
                                 "This ticket is already at Tier 1; there is nothing to hand back."}};
  } else if (action == "escalate") {
    if (!may_work(me, t)) return StepRefusal{true, kHandlerTier1};
    if (t.tier != "tier1")
      return StepRefusal{false, {"Tiket ini sudah berada di Tier 2.", "This ticket is already at Tier 2."}};
  } else if (!may_handle(me, t)) {
    return StepRefusal{true, t.tier == "tier2" ? kHandlerTier2 : kHandlerTier1};
  }
  const auto& from = origins_of(action);
  if (!from.count(t.status))
    return StepRefusal{false,
                       {"Tiket berstatus " + status_label(t.status).id + "; langkah \"" + action_label(action).id +
                            "\" hanya dapat diambil dari status " + listed(from, Lang::id) + ".",
                        "The ticket is " + status_label(t.status).en + "; \"" + action_label(action).en +
                            "\" can only be taken from " + listed(from, Lang::en) + "."}};
  return std::nullopt;
}

std::vector<std::string> allowed_actions(const auth::Principal& me, const Ticket& t) {
  std::vector<std::string> out;
  for (const auto& [action, _] : step_origins())
    if (!step_refusal(action, me, t)) out.push_back(action);
  return out;
}

void set_due_times(Ticket& t, const BusinessCalendar& cal, const Targets& targets) {
  auto opened = instant_of(t.opened_at);
  t.response_due_at = rfc3339_of(add_business_minutes(cal, opened, targets.response_minutes));
  t.resolution_due_at = rfc3339_of(add_business_minutes(cal, opened, targets.resolution_minutes + t.paused_minutes));
}

void note_first_response(Ticket& t, Instant now) {
  if (!t.first_response_at) t.first_response_at = rfc3339_of(now);
}

void take_step(Ticket& t, const std::string& action, std::optional<int64_t> actor, const BusinessCalendar& cal,
               const Targets& targets, Instant now) {
  auto at = rfc3339_of(now);
  if (action != "wait_for_reporter") end_pause(t, cal, targets, now);
  if (action == "start") {
    t.status = "in_progress";
    if (!t.assignee_user_id) t.assignee_user_id = actor;
    note_first_response(t, now);
  } else if (action == "wait_for_reporter") {
    t.status = "waiting_reporter";
    t.paused_since = at;
    note_first_response(t, now);
  } else if (action == "resume") {
    t.status = "in_progress";
  } else if (action == "escalate") {
    t.status = "new";
    t.tier = "tier2";
    t.escalated = true;
    t.assignee_user_id.reset();
  } else if (action == "hand_back") {
    t.status = "new";
    t.tier = "tier1";
    t.assignee_user_id.reset();
  } else if (action == "resolve") {
    t.status = "resolved";
    t.resolved_at = at;
    note_first_response(t, now);
  } else if (action == "close") {
    t.status = "closed";
    t.closed_at = at;
  } else if (action == "reopen") {
    t.status = "in_progress";
    t.resolved_at.reset();
    t.closed_at.reset();
  }
}

Clock response_clock(const Ticket& t, const BusinessCalendar& cal, Instant now) {
  return clock_of(t.response_due_at, t.first_response_at, cal, now);
}

Clock resolution_clock(const Ticket& t, const BusinessCalendar& cal, Instant now) {
  if (t.paused_since) {
    // Frozen: the time left when the pause began; the due time moves when it ends.
    auto clock = clock_of(t.resolution_due_at, std::nullopt, cal, instant_of(*t.paused_since));
    clock.state = "paused";
    return clock;
  }
  return clock_of(t.resolution_due_at, t.resolved_at, cal, now);
}

nlohmann::json to_json(const Clock& clock) {
  return {{"due_at", clock.due_at}, {"state", clock.state}, {"minutes_left", clock.minutes_left}};
}

Instant instant_of(const std::string& rfc3339) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  if (std::sscanf(rfc3339.c_str(), "%d-%d-%dT%d:%d:%d", &y, &mo, &d, &h, &mi, &s) != 6)
    throw std::invalid_argument("not an RFC 3339 instant: " + rfc3339);
  int millis = 0;
  auto dot = rfc3339.find('.');
  if (dot != std::string::npos) {
    int scale = 100;
    for (size_t i = dot + 1; i < rfc3339.size() && std::isdigit(static_cast<unsigned char>(rfc3339[i])) && scale; ++i, scale /= 10)
      millis += (rfc3339[i] - '0') * scale;
  }
  using namespace std::chrono;
  auto day = sys_days{year{y} / month{static_cast<unsigned>(mo)} / static_cast<unsigned>(d)};
  return Instant{day} + hours{h} + minutes{mi} + seconds{s} + milliseconds{millis};
}

std::string rfc3339_of(Instant t) { return format_rfc3339(t); }

TicketInput parse_create(const nlohmann::json& body) {
  BodyReader r(body, {"kind", "title", "description", "agency_id", "service_id", "application_id", "priority", "channel",
                      "reporter"});
  TicketInput in;
  in.kind = r.word("kind", kKinds, true, kKind);
  in.title = bounded_text(r, "title", true, 3, 200, false, kTitle);
  in.description = bounded_text(r, "description", true, 1, 10000, true, kDescription);
  in.agency_id = r.id("agency_id", false, kId);
  if (auto service = r.id("service_id", false, kId)) in.service_id = std::optional<int64_t>{*service};
  if (auto application = r.id("application_id", false, kId)) in.application_id = std::optional<int64_t>{*application};
  in.priority = r.word("priority", kPriorities, false, kPriority).value_or("medium");
  in.channel = r.word("channel", kChannels, false, kChannel).value_or("staff");
  in.reporter = parse_reporter(r);
  if (!r.has("agency_id") && !r.has("service_id"))
    r.add("agency_id", {"Sebutkan perangkat daerah (agency_id) atau layanan (service_id) yang dilaporkan.",
                        "Name the agency (agency_id) or the service (service_id) the ticket is about."});
  r.check();
  return in;
}

TicketInput parse_patch(const nlohmann::json& body) {
  BodyReader r(body, {"title", "description", "kind", "priority", "service_id", "application_id", "assignee_user_id"});
  TicketInput in;
  in.kind = r.word("kind", kKinds, false, kKind);
  in.title = bounded_text(r, "title", false, 3, 200, false, kTitle);
  in.description = bounded_text(r, "description", false, 1, 10000, true, kDescription);
  in.priority = r.word("priority", kPriorities, false, kPriority);
  in.service_id = r.nullable_id("service_id", kId);
  in.application_id = r.nullable_id("application_id", kId);
  in.assignee_user_id = r.nullable_id("assignee_user_id", kId);
  r.check();
  return in;
}

StepInput parse_step(const nlohmann::json& body) {
  BodyReader r(body, {"action", "reason"});
  StepInput in;
  auto action = r.word("action", kActions, true,
                       {"Langkah: start, wait_for_reporter, resume, escalate, hand_back, resolve, close atau reopen.",
                        "Action: start, wait_for_reporter, resume, escalate, hand_back, resolve, close or reopen."});
  const Text reason_message{"Tuliskan alasannya (1-5.000 karakter): pertanyaan kepada pelapor, alasan eskalasi atau "
                            "pengembalian, penyelesaian, atau alasan membuka kembali.",
                            "Write the reason (1-5,000 characters): the question to the reporter, why it is escalated "
                            "or handed back, the resolution, or why it is reopened."};
  auto reason = bounded_text(r, "reason", action && reason_required(*action), 1, 5000, true, reason_message);
  r.check();
  in.action = *action;
  in.reason = reason.value_or("");
  return in;
}

CommentInput parse_comment(const nlohmann::json& body) {
  BodyReader r(body, {"body", "visibility"});
  auto text = bounded_text(r, "body", true, 1, 10000, true, {"Komentar 1-10.000 karakter.", "A comment of 1-10,000 characters."});
  auto visibility = r.word("visibility", kVisibilities, true,
                           {"Visibilitas: public (terlihat pelapor) atau internal.", "Visibility: public (the reporter sees it) or internal."});
  r.check();
  return {*text, *visibility};
}

std::string parse_attachment(const nlohmann::json& body) {
  BodyReader r(body, {"sha256"});
  const Text message{"sha256 berkas yang sudah diunggah ke /api/v1/files (64 digit heksadesimal).",
                     "The sha256 of a file uploaded to /api/v1/files first (64 hexadecimal digits)."};
  auto sha = r.text("sha256", true, 64, message);
  r.check();
  return *sha;
}

LinkInput parse_link(const nlohmann::json& body) {
  BodyReader r(body, {"other_ticket_id", "kind"});
  auto other = r.id("other_ticket_id", true, {"Nomor tiket lain (other_ticket_id).", "The other ticket's id (other_ticket_id)."});
  auto kind = r.word("kind", kLinkKinds, true,
                     {"Jenis keterkaitan: relates_to, duplicate_of atau caused_by.", "Link kind: relates_to, duplicate_of or caused_by."});
  r.check();
  return {*other, *kind};
}

std::string ticket_number(int year, int64_t counter) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "LYN-%04d-%06lld", year, static_cast<long long>(counter));
  return buffer;
}

}  // namespace simpul::modules::tickets
