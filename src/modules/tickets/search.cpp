#include "modules/tickets/search.h"

#include <cctype>

namespace simpul::modules::tickets {

namespace {

// ASCII letters and digits, and every byte of a multi-byte UTF-8 character (Indonesian
// names and words keep their letters); everything else separates words.
bool word_byte(unsigned char ch) { return ch >= 0x80 || std::isalnum(ch); }

std::string spaced(const std::string& text) {
  std::string out = text;
  for (auto& ch : out)
    if (!word_byte(static_cast<unsigned char>(ch))) ch = ' ';
  return out;
}

constexpr size_t kMaxTerms = 16;

}  // namespace

std::string search_document(const std::string& number, const std::string& title, const std::string& description,
                            const std::vector<std::string>& comments) {
  std::string doc = spaced(number) + "\n" + spaced(title) + "\n" + spaced(description);
  for (const auto& body : comments) doc += "\n" + spaced(body);
  return doc;
}

std::vector<std::string> search_terms(const std::string& typed) {
  std::vector<std::string> terms;
  std::string word;
  auto flush = [&] {
    if (!word.empty() && terms.size() < kMaxTerms) terms.push_back(word);
    word.clear();
  };
  for (unsigned char ch : typed) {
    if (word_byte(ch)) word += static_cast<char>(ch < 0x80 ? std::tolower(ch) : ch);
    else flush();
  }
  flush();
  return terms;
}

std::string fts5_query(const std::vector<std::string>& terms) {
  std::string q;
  for (const auto& t : terms) q += (q.empty() ? "" : " ") + ("\"" + t + "\"*");
  return q;
}

std::string tsquery(const std::vector<std::string>& terms) {
  std::string q;
  for (const auto& t : terms) q += (q.empty() ? "" : " & ") + t + ":*";
  return q;
}

void index_ticket(db::Connection& c, const std::string& region_id, int64_t ticket_id) {
  auto rows = c.query("SELECT number, title, description FROM tickets WHERE region_id = ? AND ticket_id = ?",
                      {region_id, ticket_id});
  if (rows.empty()) return;
  std::vector<std::string> comments;
  for (auto& r : c.query("SELECT body FROM ticket_comments WHERE ticket_id = ? ORDER BY comment_id", {ticket_id}))
    comments.push_back(r.take_text(0));
  auto doc = search_document(rows[0].text(0), rows[0].text(1), rows[0].text(2), comments);
  if (c.dialect() == db::Dialect::sqlite) {
    c.execute("DELETE FROM ticket_search WHERE rowid = ?", {ticket_id});
    index_new_ticket(c, region_id, ticket_id, doc);
  } else {
    c.execute("INSERT INTO ticket_search (ticket_id, region_id, document) VALUES (?, ?, to_tsvector('simple', ?)) "
              "ON CONFLICT (ticket_id) DO UPDATE SET document = excluded.document",
              {ticket_id, region_id, doc});
  }
}

void index_new_ticket(db::Connection& c, const std::string& region_id, int64_t ticket_id, const std::string& document) {
  if (c.dialect() == db::Dialect::sqlite)
    c.execute("INSERT INTO ticket_search (rowid, region_id, document) VALUES (?, ?, ?)", {ticket_id, region_id, document});
  else
    c.execute("INSERT INTO ticket_search (ticket_id, region_id, document) VALUES (?, ?, to_tsvector('simple', ?))",
              {ticket_id, region_id, document});
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
  return dialect == db::Dialect::sqlite ? fts5_query(terms) : tsquery(terms);
}

}  // namespace simpul::modules::tickets
