#pragma once
// SQL for tickets and their steps, comments, attachments and links (migrations/0012).
// Lists join the agency, service, application and assignee names in one query and page by
// the sort key, so the queue costs the same with a million tickets as with a hundred.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/tickets/model.h"

namespace simpul::modules::tickets {

struct Filter {
  std::vector<std::string> statuses;  // empty: every status
  std::string tier, kind, priority;   // empty: any
  std::optional<int64_t> agency_id;
  bool unassigned = false;
  std::optional<int64_t> assignee_user_id;
  bool breached_only = false;
  std::string now;  // RFC 3339, for breached_only
  std::vector<std::string> search_terms;
  std::string sort = "time_left";  // time_left | opened | -opened
  int limit = 50;
  std::optional<std::string> after;  // the sort key of the last ticket seen (sort_key)
};

// The key a ticket has in the list's order; the cursor carries it.
std::string sort_key(const Ticket& t, const std::string& sort);
// Answers limit + 1 tickets when there are more; a malformed `after` is a 400.
std::vector<Ticket> list(db::Connection& c, const std::string& region_id, const Filter& filter);
std::optional<Ticket> find(db::Connection& c, const std::string& region_id, int64_t ticket_id);

// The next number of the region's counter for `year`, in the caller's transaction.
int64_t next_number(db::Connection& c, const std::string& region_id, int year);
int64_t insert(db::Connection& c, Ticket& t, const std::optional<std::string>& tracking_code_hash);  // sets t.id
// Writes `t` where the stored version is still `expected_version`.
bool update(db::Connection& c, const Ticket& t, int64_t expected_version);

int64_t insert_event(db::Connection& c, const std::string& region_id, int64_t ticket_id, const Event& e);  // answers its id
std::vector<Event> events(db::Connection& c, int64_t ticket_id);
int64_t insert_comment(db::Connection& c, const std::string& region_id, int64_t ticket_id, Comment& comment);
std::vector<Comment> comments(db::Connection& c, int64_t ticket_id);
bool has_attachment(db::Connection& c, int64_t ticket_id, const std::string& sha256);
int64_t insert_attachment(db::Connection& c, const std::string& region_id, int64_t ticket_id, const std::string& sha256,
                          std::optional<int64_t> added_by, const std::string& at);
std::vector<Attachment> attachments(db::Connection& c, const std::string& region_id, int64_t ticket_id);

struct StoredLink {
  int64_t id = 0, ticket_id = 0, other_ticket_id = 0;
  std::string kind;
};
// A link between the two tickets in either direction.
bool linked(db::Connection& c, int64_t a, int64_t b);
int64_t insert_link(db::Connection& c, const std::string& region_id, const StoredLink& l, std::optional<int64_t> created_by,
                    const std::string& at);
std::optional<StoredLink> find_link(db::Connection& c, const std::string& region_id, int64_t link_id);
void delete_link(db::Connection& c, int64_t link_id);
std::vector<Link> links(db::Connection& c, int64_t ticket_id);

struct UserRef {
  int64_t id = 0;
  std::string role, display_name;
  std::optional<int64_t> agency_id;
};
std::optional<UserRef> find_user(db::Connection& c, const std::string& region_id, int64_t user_id);

}  // namespace simpul::modules::tickets
