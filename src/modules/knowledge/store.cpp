#include "modules/knowledge/store.h"

#include "db/full_text.h"
#include "modules/knowledge/rules.h"

namespace simpul::modules::knowledge {

namespace {

const db::full_text::SearchTable kSearch{"knowledge_search", "article_id", {"title", "keywords", "body"}};

const char* kColumns =
    "a.article_id, a.region_id, a.agency_id, ag.name, ag.short_name, a.owner_user_id, ou.display_name, a.kind, a.title, "
    "a.summary, a.body, a.symptom, a.cause, a.workaround, a.keywords, a.status, a.revision, a.published_at, "
    "a.review_due_on, a.last_reviewed_at, a.view_count, a.use_count, a.rating_sum, a.rating_count, a.created_by, "
    "a.version, a.created_at, a.updated_at";
const char* kJoins =
    " JOIN agencies ag ON ag.agency_id = a.agency_id LEFT JOIN users ou ON ou.user_id = a.owner_user_id ";
constexpr size_t kColumnCount = 28;

using db::text_or_empty;
using db::value_of;

std::vector<std::string> strings_from(const std::string& json_text) {
  std::vector<std::string> out;
  for (const auto& v : nlohmann::json::parse(json_text)) out.push_back(v.get<std::string>());
  return out;
}

Article from_row(const db::Row& r) {
  Article a;
  a.id = r.int64(0);
  a.region_id = r.text(1);
  a.agency_id = r.int64(2);
  a.agency_name = r.text(3);
  a.agency_short_name = r.text(4);
  a.owner_user_id = db::optional_int64(r, 5);
  a.owner_name = text_or_empty(r, 6);
  a.kind = r.text(7);
  a.title = r.text(8);
  a.summary = r.text(9);
  a.body = r.text(10);
  a.symptom = text_or_empty(r, 11);
  a.cause = text_or_empty(r, 12);
  a.workaround = text_or_empty(r, 13);
  a.keywords = strings_from(r.text(14));
  a.status = r.text(15);
  a.revision = r.int64(16);
  a.published_at = text_or_empty(r, 17);
  a.review_due_on = text_or_empty(r, 18);
  a.last_reviewed_at = text_or_empty(r, 19);
  a.view_count = r.int64(20);
  a.use_count = r.int64(21);
  a.rating_sum = r.int64(22);
  a.rating_count = r.int64(23);
  a.created_by = db::optional_int64(r, 24);
  a.version = r.int64(25);
  a.created_at = r.text(26);
  a.updated_at = r.text(27);
  return a;
}

// SQL assembled in the order its parameters appear.
struct Sql {
  std::string text;
  db::Params params;
  Sql& add(const std::string& fragment, db::Params values = {}) {
    text += fragment;
    params.insert(params.end(), values.begin(), values.end());
    return *this;
  }
};

// The search table joined to the articles, and the relevance of each match (`score`).
// FTS5: bm25 (smaller is better, so negated) with the title weighing most; PostgreSQL: ts_rank
// of the weighted document.
void add_match(Sql& q, db::Dialect dialect, const std::string& query_text) {
  if (dialect == db::Dialect::sqlite)
    q.add(std::string("SELECT ") + kColumns + ", -bm25(knowledge_search, 10.0, 5.0, 1.0) AS score "
          "FROM knowledge_search JOIN knowledge_articles a ON a.article_id = knowledge_search.rowid" + kJoins +
          "WHERE knowledge_search MATCH ? ", {query_text});
  else
    q.add(std::string("SELECT ") + kColumns + ", ts_rank(s.document, tq.q) AS score "
          "FROM to_tsquery('simple', ?) tq(q) JOIN knowledge_search s ON s.document @@ tq.q "
          "JOIN knowledge_articles a ON a.article_id = s.article_id" + kJoins + "WHERE 1 = 1 ", {query_text});
}

// The rest of the article's text, after its title and keywords.
std::string rest_of(const Article& a) {
  return a.summary + "\n" + a.symptom + "\n" + a.cause + "\n" + a.workaround + "\n" + a.body;
}

std::string keywords_text(const std::vector<std::string>& keywords) { return nlohmann::json(keywords).dump(); }

Link link_from_row(const db::Row& r) {
  Link l;
  l.id = r.int64(0);
  l.region_id = r.text(1);
  l.article_id = r.int64(2);
  l.kind = r.text(3);
  l.target_id = l.kind == "ticket" ? r.int64(4) : r.int64(5);
  l.used = r.int64(6) != 0;
  l.created_by = db::optional_int64(r, 7);
  l.created_by_name = text_or_empty(r, 8);
  l.created_at = r.text(9);
  if (l.kind == "ticket") {
    l.target_label = text_or_empty(r, 10) + " " + text_or_empty(r, 11);
    l.target_agency_id = r.is_null(12) ? 0 : r.int64(12);
  } else {
    l.target_label = text_or_empty(r, 13);
    l.target_agency_id = r.is_null(14) ? 0 : r.int64(14);
  }
  return l;
}

const char* kSelectLinks =
    "SELECT l.link_id, l.region_id, l.article_id, l.kind, l.ticket_id, l.application_id, l.used, l.created_by, "
    "u.display_name, l.created_at, t.number, t.title, t.agency_id, ap.name, ap.owner_agency_id "
    "FROM knowledge_links l LEFT JOIN users u ON u.user_id = l.created_by "
    "LEFT JOIN tickets t ON t.ticket_id = l.ticket_id LEFT JOIN applications ap ON ap.application_id = l.application_id ";

const char* kSelectTransfers =
    "SELECT transfer_id, region_id, article_id, kind, held_on, title, audience, agency_ids, participants, file_sha256, "
    "notes, created_by, created_at FROM knowledge_transfers ";

Transfer transfer_from_row(const db::Row& r) {
  Transfer t;
  t.id = r.int64(0);
  t.region_id = r.text(1);
  t.article_id = r.int64(2);
  t.kind = r.text(3);
  t.held_on = r.text(4);
  t.title = r.text(5);
  t.audience = r.text(6);
  for (const auto& id : nlohmann::json::parse(r.text(7))) t.agency_ids.push_back(id.get<int64_t>());
  t.participants = r.int64(8);
  t.file_sha256 = text_or_empty(r, 9);
  t.notes = text_or_empty(r, 10);
  t.created_by = db::optional_int64(r, 11);
  t.created_at = r.text(12);
  return t;
}

const char* kSelectRevisions =
    "SELECT r.revision, r.kind, r.title, r.summary, r.body, r.symptom, r.cause, r.workaround, r.keywords, "
    "r.published_by, u.display_name, r.published_at FROM knowledge_revisions r "
    "LEFT JOIN users u ON u.user_id = r.published_by ";

Revision revision_from_row(const db::Row& r) {
  Revision v;
  v.revision = r.int64(0);
  v.kind = r.text(1);
  v.title = r.text(2);
  v.summary = r.text(3);
  v.body = r.text(4);
  v.symptom = text_or_empty(r, 5);
  v.cause = text_or_empty(r, 6);
  v.workaround = text_or_empty(r, 7);
  v.keywords = strings_from(r.text(8));
  v.published_by = db::optional_int64(r, 9);
  v.published_by_name = text_or_empty(r, 10);
  v.published_at = r.text(11);
  return v;
}

}  // namespace

std::vector<Found> list(db::Connection& c, const std::string& region_id, const Filter& f) {
  Sql q;
  bool searching = !f.words.empty();
  if (searching) add_match(q, c.dialect(), db::full_text::query_text(c.dialect(), f.words));
  else q.add(std::string("SELECT ") + kColumns + ", 0 FROM knowledge_articles a" + kJoins + "WHERE 1 = 1 ");
  q.add("AND a.region_id = ?", {region_id});
  if (f.visible_agency_id) q.add(" AND (a.status = 'published' OR a.agency_id = ?)", {*f.visible_agency_id});
  if (!f.kind.empty()) q.add(" AND a.kind = ?", {f.kind});
  if (f.agency_id) q.add(" AND a.agency_id = ?", {*f.agency_id});
  if (!f.statuses.empty()) {
    q.add(" AND a.status IN (");
    for (size_t i = 0; i < f.statuses.size(); ++i) q.add(i ? ", ?" : "?", {f.statuses[i]});
    q.add(")");
  }
  if (f.ticket_id) q.add(" AND a.article_id IN (SELECT article_id FROM knowledge_links WHERE ticket_id = ?)", {*f.ticket_id});
  if (f.application_id)
    q.add(" AND a.article_id IN (SELECT article_id FROM knowledge_links WHERE application_id = ?)", {*f.application_id});
  if (!f.review_due_before.empty())
    q.add(" AND a.status = 'published' AND a.review_due_on < ?", {f.review_due_before});
  if (searching) q.add(" ORDER BY score DESC, a.article_id DESC");
  else if (!f.review_due_before.empty()) q.add(" ORDER BY a.review_due_on, a.article_id");
  else q.add(" ORDER BY a.updated_at DESC, a.article_id DESC");
  q.add(" LIMIT ? OFFSET ?", {f.limit, f.offset});
  std::vector<Found> out;
  for (const auto& r : c.query(q.text, q.params)) out.push_back({from_row(r), r.real(kColumnCount)});
  return out;
}

std::optional<Article> find(db::Connection& c, const std::string& region_id, int64_t id) {
  auto rows = c.query(std::string("SELECT ") + kColumns + " FROM knowledge_articles a" + kJoins +
                          "WHERE a.region_id = ? AND a.article_id = ?",
                      {region_id, id});
  if (rows.empty()) return std::nullopt;
  return from_row(rows[0]);
}

int64_t insert(db::Connection& c, Article& a) {
  a.id = c.query("INSERT INTO knowledge_articles (region_id, agency_id, owner_user_id, kind, title, summary, body, symptom, "
                 "cause, workaround, keywords, status, revision, published_at, review_due_on, last_reviewed_at, created_by, "
                 "version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                 "RETURNING article_id",
                 {a.region_id, a.agency_id, value_of(a.owner_user_id), a.kind, a.title, a.summary, a.body,
                  value_of(a.symptom), value_of(a.cause), value_of(a.workaround), keywords_text(a.keywords), a.status,
                  a.revision, value_of(a.published_at), value_of(a.review_due_on), value_of(a.last_reviewed_at),
                  value_of(a.created_by), a.version, a.created_at, a.updated_at})
             .at(0)
             .int64(0);
  return a.id;
}

bool update(db::Connection& c, const Article& a, int64_t expected_version) {
  return !c.query("UPDATE knowledge_articles SET agency_id = ?, owner_user_id = ?, kind = ?, title = ?, summary = ?, "
                  "body = ?, symptom = ?, cause = ?, workaround = ?, keywords = ?, status = ?, revision = ?, "
                  "published_at = ?, review_due_on = ?, last_reviewed_at = ?, version = ?, updated_at = ? "
                  "WHERE region_id = ? AND article_id = ? AND version = ? RETURNING article_id",
                  {a.agency_id, value_of(a.owner_user_id), a.kind, a.title, a.summary, a.body, value_of(a.symptom),
                   value_of(a.cause), value_of(a.workaround), keywords_text(a.keywords), a.status, a.revision,
                   value_of(a.published_at), value_of(a.review_due_on), value_of(a.last_reviewed_at), a.version,
                   a.updated_at, a.region_id, a.id, expected_version})
              .empty();
}

void index_article(db::Connection& c, const Article& a, bool fresh) {
  std::string keywords;
  for (const auto& k : a.keywords) keywords += k + "\n";
  db::full_text::write_document(c, kSearch, a.region_id, a.id, {a.title, keywords, rest_of(a)}, fresh);
}

void count_view(db::Connection& c, const std::string& region_id, int64_t id) {
  c.execute("UPDATE knowledge_articles SET view_count = view_count + 1 WHERE region_id = ? AND article_id = ?", {region_id, id});
}

std::vector<Suggested> suggest(db::Connection& c, const std::string& region_id, const std::vector<std::string>& words,
                               std::optional<int64_t> application_id, int64_t limit) {
  if (words.empty()) return {};
  auto dialect = c.dialect();
  auto query_text = db::full_text::query_text(dialect, words, db::full_text::Match::any);
  // The application's link, when one is chosen, doubles an article's score.
  Sql q;
  bool sqlite = dialect == db::Dialect::sqlite;
  std::string score = sqlite ? "-bm25(knowledge_search, 10.0, 5.0, 1.0)" : "ts_rank(s.document, tq.q)";
  std::string linked = application_id ? "(CASE WHEN al.link_id IS NULL THEN 0 ELSE 1 END)" : "0";
  std::string link_join = " LEFT JOIN knowledge_links al ON al.article_id = a.article_id AND al.application_id = ? ";
  std::string select = std::string("SELECT ") + kColumns + ", " + score + " AS score, " + linked + " AS linked ";
  if (sqlite) {
    q.add(select + "FROM knowledge_search JOIN knowledge_articles a ON a.article_id = knowledge_search.rowid" + kJoins);
    if (application_id) q.add(link_join, {*application_id});
    q.add("WHERE knowledge_search MATCH ?", {query_text});
  } else {
    q.add(select + "FROM to_tsquery('simple', ?) tq(q) JOIN knowledge_search s ON s.document @@ tq.q "
                   "JOIN knowledge_articles a ON a.article_id = s.article_id" + kJoins,
          {query_text});
    if (application_id) q.add(link_join, {*application_id});
    q.add("WHERE 1 = 1");
  }
  q.add(" AND a.region_id = ? AND a.status = 'published' ORDER BY " + score + " * (1 + " + linked +
            ") DESC, a.article_id DESC LIMIT ?",
        {region_id, limit});
  std::vector<Suggested> out;
  for (const auto& r : c.query(q.text, q.params))
    out.push_back({from_row(r), r.real(kColumnCount), r.int64(kColumnCount + 1) != 0});
  return out;
}

void insert_revision(db::Connection& c, const Article& a, std::optional<int64_t> published_by) {
  c.execute("INSERT INTO knowledge_revisions (region_id, article_id, revision, kind, title, summary, body, symptom, cause, "
            "workaround, keywords, published_by, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {a.region_id, a.id, a.revision, a.kind, a.title, a.summary, a.body, value_of(a.symptom), value_of(a.cause),
             value_of(a.workaround), keywords_text(a.keywords), value_of(published_by), a.published_at});
}

std::vector<Revision> revisions(db::Connection& c, int64_t article_id) {
  std::vector<Revision> out;
  for (const auto& r : c.query(std::string(kSelectRevisions) + "WHERE r.article_id = ? ORDER BY r.revision", {article_id}))
    out.push_back(revision_from_row(r));
  return out;
}

std::optional<Revision> find_revision(db::Connection& c, int64_t article_id, int64_t revision) {
  auto rows = c.query(std::string(kSelectRevisions) + "WHERE r.article_id = ? AND r.revision = ?", {article_id, revision});
  if (rows.empty()) return std::nullopt;
  return revision_from_row(rows[0]);
}

void insert_event(db::Connection& c, const Article& a, std::optional<int64_t> actor, const std::string& action,
                  const std::string& from_status, const std::string& to_status, const std::string& note) {
  c.execute("INSERT INTO knowledge_events (region_id, article_id, at, actor_user_id, action, from_status, to_status, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            {a.region_id, a.id, a.updated_at, value_of(actor), action, value_of(from_status), value_of(to_status),
             value_of(note)});
}

std::vector<Event> events(db::Connection& c, int64_t article_id) {
  std::vector<Event> out;
  for (const auto& r : c.query("SELECT e.event_id, e.at, e.actor_user_id, u.display_name, e.action, e.from_status, "
                               "e.to_status, e.note FROM knowledge_events e LEFT JOIN users u ON u.user_id = e.actor_user_id "
                               "WHERE e.article_id = ? ORDER BY e.event_id",
                               {article_id}))
    out.push_back({r.int64(0), r.text(1), db::optional_int64(r, 2), text_or_empty(r, 3), r.text(4), text_or_empty(r, 5),
                   text_or_empty(r, 6), text_or_empty(r, 7)});
  return out;
}

void save_rating(db::Connection& c, const Article& a, int64_t user_id, const Rating& r, const std::string& now) {
  c.execute("INSERT INTO knowledge_ratings (region_id, article_id, user_id, stars, comment, rated_at) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (article_id, user_id) DO UPDATE SET stars = excluded.stars, comment = excluded.comment, "
            "rated_at = excluded.rated_at",
            {a.region_id, a.id, user_id, r.stars, value_of(r.comment), now});
}

std::optional<Rating> rating_of(db::Connection& c, int64_t article_id, int64_t user_id) {
  auto rows = c.query("SELECT stars, comment FROM knowledge_ratings WHERE article_id = ? AND user_id = ?", {article_id, user_id});
  if (rows.empty()) return std::nullopt;
  return Rating{rows[0].int64(0), text_or_empty(rows[0], 1)};
}

void recount_ratings(db::Connection& c, int64_t article_id) {
  c.execute("UPDATE knowledge_articles SET "
            "rating_sum = (SELECT COALESCE(SUM(stars), 0) FROM knowledge_ratings WHERE article_id = ?), "
            "rating_count = (SELECT COUNT(*) FROM knowledge_ratings WHERE article_id = ?) WHERE article_id = ?",
            {article_id, article_id, article_id});
}

std::optional<Target> find_target(db::Connection& c, const std::string& region_id, const std::string& kind, int64_t id) {
  auto rows = kind == "ticket"
                  ? c.query("SELECT number || ' ' || title, agency_id FROM tickets WHERE region_id = ? AND ticket_id = ?",
                            {region_id, id})
                  : c.query("SELECT name, owner_agency_id FROM applications WHERE region_id = ? AND application_id = ?",
                            {region_id, id});
  if (rows.empty()) return std::nullopt;
  return Target{rows[0].text(0), rows[0].int64(1)};
}

std::vector<Link> links(db::Connection& c, int64_t article_id) {
  std::vector<Link> out;
  for (const auto& r : c.query(std::string(kSelectLinks) + "WHERE l.article_id = ? ORDER BY l.link_id", {article_id}))
    out.push_back(link_from_row(r));
  return out;
}

std::optional<Link> find_link(db::Connection& c, int64_t article_id, int64_t link_id) {
  auto rows = c.query(std::string(kSelectLinks) + "WHERE l.article_id = ? AND l.link_id = ?", {article_id, link_id});
  if (rows.empty()) return std::nullopt;
  return link_from_row(rows[0]);
}

std::optional<Link> find_link_to(db::Connection& c, int64_t article_id, const std::string& kind, int64_t target_id) {
  auto rows = c.query(std::string(kSelectLinks) + "WHERE l.article_id = ? AND " +
                          (kind == "ticket" ? "l.ticket_id = ?" : "l.application_id = ?"),
                      {article_id, target_id});
  if (rows.empty()) return std::nullopt;
  return link_from_row(rows[0]);
}

int64_t insert_link(db::Connection& c, Link& l) {
  bool ticket = l.kind == "ticket";
  l.id = c.query("INSERT INTO knowledge_links (region_id, article_id, kind, ticket_id, application_id, used, created_by, "
                 "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING link_id",
                 {l.region_id, l.article_id, l.kind, ticket ? db::Value{l.target_id} : db::Value{},
                  ticket ? db::Value{} : db::Value{l.target_id}, int64_t{l.used ? 1 : 0}, value_of(l.created_by),
                  l.created_at})
             .at(0)
             .int64(0);
  return l.id;
}

void mark_used(db::Connection& c, int64_t link_id) {
  c.execute("UPDATE knowledge_links SET used = 1 WHERE link_id = ?", {link_id});
}

void delete_link(db::Connection& c, int64_t link_id) { c.execute("DELETE FROM knowledge_links WHERE link_id = ?", {link_id}); }

void recount_uses(db::Connection& c, int64_t article_id) {
  c.execute("UPDATE knowledge_articles SET use_count = (SELECT COUNT(*) FROM knowledge_links WHERE article_id = ? AND used = 1) "
            "WHERE article_id = ?",
            {article_id, article_id});
}

std::vector<Transfer> transfers(db::Connection& c, int64_t article_id) {
  std::vector<Transfer> out;
  for (const auto& r : c.query(std::string(kSelectTransfers) + "WHERE article_id = ? ORDER BY held_on DESC, transfer_id DESC",
                               {article_id}))
    out.push_back(transfer_from_row(r));
  return out;
}

std::optional<Transfer> find_transfer(db::Connection& c, int64_t article_id, int64_t transfer_id) {
  auto rows = c.query(std::string(kSelectTransfers) + "WHERE article_id = ? AND transfer_id = ?", {article_id, transfer_id});
  if (rows.empty()) return std::nullopt;
  return transfer_from_row(rows[0]);
}

int64_t insert_transfer(db::Connection& c, Transfer& t) {
  t.id = c.query("INSERT INTO knowledge_transfers (region_id, article_id, kind, held_on, title, audience, agency_ids, "
                 "participants, file_sha256, notes, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                 "RETURNING transfer_id",
                 {t.region_id, t.article_id, t.kind, t.held_on, t.title, t.audience, nlohmann::json(t.agency_ids).dump(),
                  t.participants, value_of(t.file_sha256), value_of(t.notes), value_of(t.created_by), t.created_at})
             .at(0)
             .int64(0);
  return t.id;
}

void delete_transfer(db::Connection& c, int64_t transfer_id) {
  c.execute("DELETE FROM knowledge_transfers WHERE transfer_id = ?", {transfer_id});
}

Settings load_settings(db::Connection& c, const std::string& region_id) {
  auto rows = c.query("SELECT review_months, version FROM knowledge_settings WHERE region_id = ?", {region_id});
  if (rows.empty()) return {kDefaultReviewMonths, 0};
  return {static_cast<int>(rows[0].int64(0)), rows[0].int64(1)};
}

bool save_settings(db::Connection& c, const std::string& region_id, int review_months, int64_t expected_version,
                   const std::string& now) {
  if (expected_version == 0)
    return !c.query("INSERT INTO knowledge_settings (region_id, review_months, version, updated_at) VALUES (?, ?, 1, ?) "
                    "RETURNING region_id",
                    {region_id, int64_t{review_months}, now})
                .empty();
  return !c.query("UPDATE knowledge_settings SET review_months = ?, version = version + 1, updated_at = ? "
                  "WHERE region_id = ? AND version = ? RETURNING region_id",
                  {int64_t{review_months}, now, region_id, expected_version})
              .empty();
}

bool user_in_region(db::Connection& c, const std::string& region_id, int64_t user_id) {
  return !c.query("SELECT 1 FROM users WHERE region_id = ? AND user_id = ?", {region_id, user_id}).empty();
}

}  // namespace simpul::modules::knowledge
