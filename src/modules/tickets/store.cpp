#include "modules/tickets/store.h"

#include <charconv>
#include <set>

#include "core/problem.h"
#include "modules/tickets/search.h"

namespace simpul::modules::tickets {

namespace {

// `description` is left out of lists: the queue never shows it and it can be long.
std::string select_tickets(bool with_description) {
  return std::string("SELECT t.ticket_id, t.region_id, t.number, t.kind, t.channel, t.title, ") +
         (with_description ? "t.description" : "''") +
         ", t.agency_id, a.name, a.short_name, t.service_id, s.name, t.application_id, ap.name, t.priority, t.status, "
         "t.tier, t.escalated, t.assignee_user_id, u.display_name, t.reporter_user_id, t.reporter_name, t.reporter_email, "
         "t.reporter_phone, CASE WHEN t.tracking_code_hash IS NULL THEN 0 ELSE 1 END, t.opened_at, t.first_response_at, "
         "t.resolved_at, t.closed_at, t.response_due_at, t.resolution_due_at, t.paused_since, t.paused_minutes, t.version, "
         "t.created_at, t.updated_at "
         "FROM tickets t JOIN agencies a ON a.agency_id = t.agency_id "
         "LEFT JOIN services s ON s.service_id = t.service_id "
         "LEFT JOIN applications ap ON ap.application_id = t.application_id "
         "LEFT JOIN users u ON u.user_id = t.assignee_user_id ";
}

// "Paused last": 0 running, 1 waiting for the reporter. The open-ticket queue spells the same
// value another way, as its partial indexes do (migrations/0012), so that the planner reads those
// small indexes for it and never walks the index of every ticket past the closed ones.
const char* kPaused = "CASE WHEN t.paused_since IS NULL THEN 0 ELSE 1 END";
const char* kPausedOpen = "CASE WHEN t.paused_since IS NOT NULL THEN 1 ELSE 0 END";

bool open_only(const Filter& f) {
  return std::set<std::string>(f.statuses.begin(), f.statuses.end()) == kOpenStatuses;
}

std::optional<std::string> opt_text(db::Row& r, int i) {
  if (r.is_null(i)) return std::nullopt;
  return r.take_text(i);
}
std::optional<int64_t> opt_id(const db::Row& r, int i) {
  if (r.is_null(i)) return std::nullopt;
  return r.int64(i);
}
std::string text_or_empty(db::Row& r, int i) { return r.is_null(i) ? "" : r.take_text(i); }
db::Value value_of(const std::optional<std::string>& s) { return s ? db::Value{*s} : db::Value{}; }
db::Value value_of(const std::optional<int64_t>& n) { return n ? db::Value{*n} : db::Value{}; }

Ticket from_row(db::Row& r) {
  Ticket t;
  t.id = r.int64(0);
  t.region_id = r.take_text(1);
  t.number = r.take_text(2);
  t.kind = r.take_text(3);
  t.channel = r.take_text(4);
  t.title = r.take_text(5);
  t.description = r.take_text(6);
  t.agency_id = r.int64(7);
  t.agency_name = r.take_text(8);
  t.agency_short_name = text_or_empty(r, 9);
  t.service_id = opt_id(r, 10);
  t.service_name = text_or_empty(r, 11);
  t.application_id = opt_id(r, 12);
  t.application_name = text_or_empty(r, 13);
  t.priority = r.take_text(14);
  t.status = r.take_text(15);
  t.tier = r.take_text(16);
  t.escalated = r.int64(17) != 0;
  t.assignee_user_id = opt_id(r, 18);
  t.assignee_name = text_or_empty(r, 19);
  t.reporter_user_id = opt_id(r, 20);
  t.reporter_name = opt_text(r, 21);
  t.reporter_email = opt_text(r, 22);
  t.reporter_phone = opt_text(r, 23);
  t.public_complaint = r.int64(24) != 0;
  t.opened_at = r.take_text(25);
  t.first_response_at = opt_text(r, 26);
  t.resolved_at = opt_text(r, 27);
  t.closed_at = opt_text(r, 28);
  t.response_due_at = r.take_text(29);
  t.resolution_due_at = r.take_text(30);
  t.paused_since = opt_text(r, 31);
  t.paused_minutes = r.int64(32);
  t.version = r.int64(33);
  t.created_at = r.take_text(34);
  t.updated_at = r.take_text(35);
  return t;
}

[[noreturn]] void bad_cursor() {
  throw ProblemError(Problem::bad_request({"Parameter cursor tidak dikenali; mulai lagi dari halaman pertama.",
                                           "The cursor parameter is not recognised; start again from the first page."}));
}

std::vector<std::string> split_key(const std::string& key, size_t parts) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i + 1 < parts; ++i) {
    auto bar = key.find('|', start);
    if (bar == std::string::npos) bad_cursor();
    out.push_back(key.substr(start, bar - start));
    start = bar + 1;
  }
  out.push_back(key.substr(start));
  return out;
}

int64_t number_of(const std::string& text) {
  int64_t n = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || ptr != text.data() + text.size()) bad_cursor();
  return n;
}

// Adds "AND (position after the key)" and the ORDER BY of the sort.
void add_order(std::string& sql, db::Params& params, const Filter& f) {
  if (f.sort == "time_left") {
    std::string paused = open_only(f) ? kPausedOpen : kPaused;
    if (f.after) {
      auto key = split_key(*f.after, 3);
      auto p = number_of(key[0]);
      sql += " AND (" + paused + " > ? OR (" + paused + " = ? AND (t.resolution_due_at > ? OR (t.resolution_due_at = ? AND t.ticket_id > ?))))";
      params.insert(params.end(), {p, p, key[1], key[1], number_of(key[2])});
    }
    sql += " ORDER BY " + paused + ", t.resolution_due_at, t.ticket_id";
    return;
  }
  bool descending = f.sort == "-opened";
  if (f.after) {
    auto key = split_key(*f.after, 2);
    const char* cmp = descending ? "<" : ">";
    sql += std::string(" AND (t.opened_at ") + cmp + " ? OR (t.opened_at = ? AND t.ticket_id " + cmp + " ?))";
    params.insert(params.end(), {key[0], key[0], number_of(key[1])});
  }
  sql += descending ? " ORDER BY t.opened_at DESC, t.ticket_id DESC" : " ORDER BY t.opened_at, t.ticket_id";
}

}  // namespace

std::string sort_key(const Ticket& t, const std::string& sort) {
  if (sort == "time_left") return std::string(t.paused_since ? "1" : "0") + "|" + t.resolution_due_at + "|" + std::to_string(t.id);
  return t.opened_at + "|" + std::to_string(t.id);
}

std::vector<Ticket> list(db::Connection& c, const std::string& region_id, const Filter& f) {
  // A search first counts its matches (capped) to choose how to narrow (modules/tickets/search.h).
  std::string query_text;
  auto plan = SearchPlan::check_each_row;  // without a search: the region condition as it is
  if (!f.search_terms.empty()) {
    query_text = search_query_text(c.dialect(), f.search_terms);
    plan = search_plan(count_matches(c, query_text));
  }
  std::string sql = select_tickets(false) + "WHERE " + region_condition(c.dialect(), plan);
  db::Params params{region_id};
  if (open_only(f)) {
    // Literally, as the partial queue indexes of migrations/0012 name them.
    sql += " AND t.status IN ('new', 'in_progress', 'waiting_reporter')";
  } else if (!f.statuses.empty()) {
    sql += " AND t.status IN (";
    for (size_t i = 0; i < f.statuses.size(); ++i) sql += i ? ", ?" : "?", params.push_back(f.statuses[i]);
    sql += ")";
  }
  if (!f.tier.empty()) sql += " AND t.tier = ?", params.push_back(f.tier);
  if (!f.kind.empty()) sql += " AND t.kind = ?", params.push_back(f.kind);
  if (!f.priority.empty()) sql += " AND t.priority = ?", params.push_back(f.priority);
  if (f.agency_id) sql += " AND t.agency_id = ?", params.push_back(*f.agency_id);
  if (f.unassigned) sql += " AND t.assignee_user_id IS NULL";
  if (f.assignee_user_id) sql += " AND t.assignee_user_id = ?", params.push_back(*f.assignee_user_id);
  if (f.breached_only) {
    sql += " AND ((t.first_response_at IS NULL AND t.response_due_at < ?) OR t.first_response_at > t.response_due_at"
           " OR (t.resolved_at IS NULL AND t.paused_since IS NULL AND t.resolution_due_at < ?)"
           " OR t.resolved_at > t.resolution_due_at)";
    params.insert(params.end(), {f.now, f.now});
  }
  if (!f.search_terms.empty()) {
    sql += " AND " + search_condition(c.dialect(), plan);
    params.push_back(query_text);
  }
  add_order(sql, params, f);
  sql += " LIMIT ?";
  params.push_back(static_cast<int64_t>(f.limit + 1));
  std::vector<Ticket> out;
  for (auto& r : c.query(sql, params)) out.push_back(from_row(r));
  return out;
}

std::optional<Ticket> find(db::Connection& c, const std::string& region_id, int64_t ticket_id) {
  auto rows = c.query(select_tickets(true) + "WHERE t.region_id = ? AND t.ticket_id = ?", {region_id, ticket_id});
  if (rows.empty()) return std::nullopt;
  return from_row(rows[0]);
}

int64_t next_number(db::Connection& c, const std::string& region_id, int year) {
  return c.query("INSERT INTO ticket_counters (region_id, year, last_number) VALUES (?, ?, 1) "
                 "ON CONFLICT (region_id, year) DO UPDATE SET last_number = ticket_counters.last_number + 1 "
                 "RETURNING last_number",
                 {region_id, static_cast<int64_t>(year)})
      .at(0)
      .int64(0);
}

int64_t insert(db::Connection& c, Ticket& t, const std::optional<std::string>& tracking_code_hash) {
  t.id = c.query("INSERT INTO tickets (region_id, number, kind, channel, title, description, agency_id, service_id, "
                 "application_id, priority, status, tier, escalated, assignee_user_id, reporter_user_id, reporter_name, "
                 "reporter_email, reporter_phone, tracking_code_hash, opened_at, first_response_at, resolved_at, closed_at, "
                 "response_due_at, resolution_due_at, paused_since, paused_minutes, version, created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                 "RETURNING ticket_id",
                 {t.region_id, t.number, t.kind, t.channel, t.title, t.description, t.agency_id, value_of(t.service_id),
                  value_of(t.application_id), t.priority, t.status, t.tier, static_cast<int64_t>(t.escalated),
                  value_of(t.assignee_user_id), value_of(t.reporter_user_id), value_of(t.reporter_name),
                  value_of(t.reporter_email), value_of(t.reporter_phone), value_of(tracking_code_hash), t.opened_at,
                  value_of(t.first_response_at), value_of(t.resolved_at), value_of(t.closed_at), t.response_due_at,
                  t.resolution_due_at, value_of(t.paused_since), t.paused_minutes, t.version, t.created_at, t.updated_at})
             .at(0)
             .int64(0);
  return t.id;
}

bool update(db::Connection& c, const Ticket& t, int64_t expected_version) {
  return c.execute("UPDATE tickets SET kind = ?, title = ?, description = ?, service_id = ?, application_id = ?, priority = ?, "
                   "status = ?, tier = ?, escalated = ?, assignee_user_id = ?, first_response_at = ?, resolved_at = ?, "
                   "closed_at = ?, response_due_at = ?, resolution_due_at = ?, paused_since = ?, paused_minutes = ?, "
                   "version = ?, updated_at = ? WHERE region_id = ? AND ticket_id = ? AND version = ?",
                   {t.kind, t.title, t.description, value_of(t.service_id), value_of(t.application_id), t.priority, t.status,
                    t.tier, static_cast<int64_t>(t.escalated), value_of(t.assignee_user_id), value_of(t.first_response_at),
                    value_of(t.resolved_at), value_of(t.closed_at), t.response_due_at, t.resolution_due_at,
                    value_of(t.paused_since), t.paused_minutes, t.version, t.updated_at, t.region_id, t.id,
                    expected_version}) == 1;
}

int64_t insert_event(db::Connection& c, const std::string& region_id, int64_t ticket_id, const Event& e) {
  return c.query("INSERT INTO ticket_events (region_id, ticket_id, at, actor_user_id, action, from_status, to_status, "
                 "from_tier, to_tier, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING event_id",
                 {region_id, ticket_id, e.at, value_of(e.actor_id), e.action, value_of(e.from_status),
                  value_of(e.to_status), value_of(e.from_tier), value_of(e.to_tier), e.reason})
      .at(0)
      .int64(0);
}

std::vector<Event> events(db::Connection& c, int64_t ticket_id) {
  std::vector<Event> out;
  for (auto& r : c.query("SELECT e.event_id, e.at, e.actor_user_id, u.display_name, e.action, e.from_status, e.to_status, "
                         "e.from_tier, e.to_tier, e.reason FROM ticket_events e "
                         "LEFT JOIN users u ON u.user_id = e.actor_user_id WHERE e.ticket_id = ? ORDER BY e.event_id",
                         {ticket_id}))
    out.push_back({r.int64(0), r.take_text(1), opt_id(r, 2), text_or_empty(r, 3), r.take_text(4), opt_text(r, 5),
                   opt_text(r, 6), opt_text(r, 7), opt_text(r, 8), r.take_text(9)});
  return out;
}

int64_t insert_comment(db::Connection& c, const std::string& region_id, int64_t ticket_id, Comment& comment) {
  comment.id = c.query("INSERT INTO ticket_comments (region_id, ticket_id, author_user_id, visibility, body, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?) RETURNING comment_id",
                       {region_id, ticket_id, value_of(comment.author_id), comment.visibility, comment.body, comment.at})
                   .at(0)
                   .int64(0);
  return comment.id;
}

std::vector<Comment> comments(db::Connection& c, int64_t ticket_id) {
  std::vector<Comment> out;
  for (auto& r : c.query("SELECT m.comment_id, m.created_at, m.author_user_id, u.display_name, m.visibility, m.body "
                         "FROM ticket_comments m LEFT JOIN users u ON u.user_id = m.author_user_id "
                         "WHERE m.ticket_id = ? ORDER BY m.comment_id",
                         {ticket_id}))
    out.push_back({r.int64(0), r.take_text(1), opt_id(r, 2), text_or_empty(r, 3), r.take_text(4), r.take_text(5)});
  return out;
}

bool has_attachment(db::Connection& c, int64_t ticket_id, const std::string& sha256) {
  return !c.query("SELECT 1 FROM ticket_attachments WHERE ticket_id = ? AND file_sha256 = ?", {ticket_id, sha256}).empty();
}

int64_t insert_attachment(db::Connection& c, const std::string& region_id, int64_t ticket_id, const std::string& sha256,
                          std::optional<int64_t> added_by, const std::string& at) {
  return c.query("INSERT INTO ticket_attachments (region_id, ticket_id, file_sha256, added_by, added_at) "
                 "VALUES (?, ?, ?, ?, ?) RETURNING attachment_id",
                 {region_id, ticket_id, sha256, value_of(added_by), at})
      .at(0)
      .int64(0);
}

std::vector<Attachment> attachments(db::Connection& c, const std::string& region_id, int64_t ticket_id) {
  std::vector<Attachment> out;
  for (auto& r : c.query("SELECT x.attachment_id, x.file_sha256, f.name, f.media_type, f.size_bytes, x.added_at "
                         "FROM ticket_attachments x JOIN files f ON f.region_id = ? AND f.sha256 = x.file_sha256 "
                         "WHERE x.ticket_id = ? ORDER BY x.attachment_id",
                         {region_id, ticket_id}))
    out.push_back({r.int64(0), r.take_text(1), r.take_text(2), r.take_text(3), r.int64(4), r.take_text(5)});
  return out;
}

bool linked(db::Connection& c, int64_t a, int64_t b) {
  return !c.query("SELECT 1 FROM ticket_links WHERE (ticket_id = ? AND other_ticket_id = ?) "
                  "OR (ticket_id = ? AND other_ticket_id = ?)",
                  {a, b, b, a})
              .empty();
}

int64_t insert_link(db::Connection& c, const std::string& region_id, const StoredLink& l, std::optional<int64_t> created_by,
                    const std::string& at) {
  return c.query("INSERT INTO ticket_links (region_id, ticket_id, other_ticket_id, kind, created_by, created_at) "
                 "VALUES (?, ?, ?, ?, ?, ?) RETURNING link_id",
                 {region_id, l.ticket_id, l.other_ticket_id, l.kind, value_of(created_by), at})
      .at(0)
      .int64(0);
}

std::optional<StoredLink> find_link(db::Connection& c, const std::string& region_id, int64_t link_id) {
  auto rows = c.query("SELECT link_id, ticket_id, other_ticket_id, kind FROM ticket_links WHERE region_id = ? AND link_id = ?",
                      {region_id, link_id});
  if (rows.empty()) return std::nullopt;
  return StoredLink{rows[0].int64(0), rows[0].int64(1), rows[0].int64(2), rows[0].text(3)};
}

void delete_link(db::Connection& c, int64_t link_id) { c.execute("DELETE FROM ticket_links WHERE link_id = ?", {link_id}); }

std::vector<Link> links(db::Connection& c, int64_t ticket_id) {
  std::vector<Link> out;
  for (auto& r : c.query("SELECT l.link_id, l.kind, 'outgoing', o.ticket_id, o.number, o.title, o.status "
                         "FROM ticket_links l JOIN tickets o ON o.ticket_id = l.other_ticket_id WHERE l.ticket_id = ? "
                         "UNION ALL "
                         "SELECT l.link_id, l.kind, 'incoming', o.ticket_id, o.number, o.title, o.status "
                         "FROM ticket_links l JOIN tickets o ON o.ticket_id = l.ticket_id WHERE l.other_ticket_id = ? "
                         "ORDER BY 1",
                         {ticket_id, ticket_id}))
    out.push_back({r.int64(0), r.take_text(1), r.take_text(2), r.int64(3), r.take_text(4), r.take_text(5), r.take_text(6)});
  return out;
}

std::optional<UserRef> find_user(db::Connection& c, const std::string& region_id, int64_t user_id) {
  auto rows = c.query("SELECT user_id, role, display_name, agency_id FROM users WHERE region_id = ? AND user_id = ?",
                      {region_id, user_id});
  if (rows.empty()) return std::nullopt;
  return UserRef{rows[0].int64(0), rows[0].text(1), rows[0].text(2), opt_id(rows[0], 3)};
}

}  // namespace simpul::modules::tickets
