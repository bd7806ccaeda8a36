#include "modules/tickets/search.h"

#include "db/full_text.h"

namespace simpul::modules::tickets {

namespace {

const db::full_text::SearchTable kTicketSearch{"ticket_search", "ticket_id", {"document"}};

}  // namespace

std::string search_document(const std::string& number, const std::string& title, const std::string& description,
                            const std::vector<std::string>& comments) {
  using db::full_text::searchable;
  std::string doc = searchable(number) + "\n" + searchable(title) + "\n" + searchable(description);
  for (const auto& body : comments) doc += "\n" + searchable(body);
  return doc;
}

std::vector<std::string> search_terms(const std::string& typed) { return db::full_text::words(typed); }

std::string fts5_query(const std::vector<std::string>& terms) { return db::full_text::fts5_query(terms); }

std::string tsquery(const std::vector<std::string>& terms) { return db::full_text::tsquery(terms); }

void index_ticket(db::Connection& c, const std::string& region_id, int64_t ticket_id) {
  auto rows = c.query("SELECT number, title, description FROM tickets WHERE region_id = ? AND ticket_id = ?",
                      {region_id, ticket_id});
  if (rows.empty()) return;
  std::vector<std::string> comments;
  for (auto& r : c.query("SELECT body FROM ticket_comments WHERE ticket_id = ? ORDER BY comment_id", {ticket_id}))
    comments.push_back(r.take_text(0));
  auto doc = search_document(rows[0].text(0), rows[0].text(1), rows[0].text(2), comments);
  db::full_text::write_document(c, kTicketSearch, region_id, ticket_id, {doc});
}

void index_new_ticket(db::Connection& c, const std::string& region_id, int64_t ticket_id, const std::string& document) {
  db::full_text::write_document(c, kTicketSearch, region_id, ticket_id, {document}, true);
}

SearchPlan search_plan(int64_t counted_matches, int64_t cap) {
  return counted_matches < cap ? SearchPlan::match_set : SearchPlan::check_each_row;
}

// Stops at `cap`: the count of a common word costs no more than reading `cap` ids of its index.
int64_t count_matches(db::Connection& c, const std::string& query_text, int64_t cap) {
  const char* sql = c.dialect() == db::Dialect::sqlite
                        ? "SELECT count(*) FROM (SELECT rowid FROM ticket_search WHERE ticket_search MATCH ? LIMIT ?) m"
                        : "SELECT count(*) FROM (SELECT ticket_id FROM ticket_search "
                          "WHERE document @@ to_tsquery('simple', ?) LIMIT ?) m";
  return c.query(sql, {query_text, cap}).at(0).int64(0);
}

std::string region_condition(db::Dialect dialect, SearchPlan plan) {
  return dialect == db::Dialect::sqlite && plan == SearchPlan::match_set ? "+t.region_id = ?" : "t.region_id = ?";
}

// The ticket's own region_id condition narrows to the region: filtering ticket_search on its
// UNINDEXED region_id would make FTS5 read every matching row's content.
std::string search_condition(db::Dialect dialect, SearchPlan plan) {
  if (dialect == db::Dialect::sqlite) return "t.ticket_id IN (SELECT rowid FROM ticket_search WHERE ticket_search MATCH ?)";
  if (plan == SearchPlan::match_set)
    return "t.ticket_id IN (SELECT ticket_id FROM ticket_search WHERE document @@ to_tsquery('simple', ?))";
  return "EXISTS (SELECT 1 FROM ticket_search s WHERE s.ticket_id = t.ticket_id AND s.document @@ to_tsquery('simple', ?))";
}

std::string search_query_text(db::Dialect dialect, const std::vector<std::string>& terms) {
  return db::full_text::query_text(dialect, terms);
}

}  // namespace simpul::modules::tickets
