#pragma once
// Full-text search shared by the records that staff must find again by any word they
// remember (tickets of the service desk, knowledge articles): one way to turn a text into
// a searchable document, to read the words a user typed, and to write the query for each
// dialect. SQLite keeps the documents in an FTS5 table (rowid = the record's id), PostgreSQL
// as a tsvector with a GIN index (migrations/0012_service_desk.sql, 0018_knowledge.sql).
//
// What a user types never reaches the query syntax as such: only its words (letters and
// digits, UTF-8 letters kept) are taken, each quoted for FTS5 and written as a plain lexeme
// for to_tsquery, so quotes, operators (AND, OR, NOT, &, |, !, :, *) and brackets are inert.
#include <cstdint>
#include <string>
#include <vector>

#include "db/database.h"

namespace simpul::db::full_text {

// ---- pure
// The text with punctuation turned into spaces, so "LYN-2026-000123" or "e-Office" are found
// by their parts in both dialects alike.
std::string searchable(const std::string& text);
// The words of what a user typed (ASCII letters and digits, every byte of a multi-byte UTF-8
// character), lower case, in order, at most `max_words`.
std::vector<std::string> words(const std::string& typed, size_t max_words = 16);

// Every word must match (a search) or any of them may (suggestions while typing); each
// word matches as a prefix ("print" finds "printer").
enum class Match { all, any };
// FTS5: `"word"* "word2"*` (all) or `"word"* OR "word2"*` (any).
std::string fts5_query(const std::vector<std::string>& words, Match match = Match::all);
// PostgreSQL to_tsquery('simple', …): `word:* & word2:*` (all) or `word:* | word2:*` (any).
std::string tsquery(const std::vector<std::string>& words, Match match = Match::all);
std::string query_text(Dialect dialect, const std::vector<std::string>& words, Match match = Match::all);

// The words of `words` that begin some word of `text` (case-insensitive for ASCII): why a
// record matched, in the user's own words.
std::vector<std::string> matched_words(const std::string& text, const std::vector<std::string>& words);
// About `max_bytes` of plain text around the first matching word (the start of the text when
// none matches), cut at word boundaries, with "…" where text was left out.
std::string snippet(const std::string& text, const std::vector<std::string>& words, size_t max_bytes = 200);

// ---- SQL
// A search table: FTS5 with `region_id UNINDEXED` and the document columns (rowid = the
// record's id); on PostgreSQL `(<key_column> PRIMARY KEY, region_id, document TSVECTOR)`.
struct SearchTable {
  std::string name;                          // "ticket_search"
  std::string key_column;                    // PostgreSQL: "ticket_id"
  std::vector<std::string> sqlite_columns;   // FTS5 columns, one per part: {"document"}
};
// Writes the record's document, one part per column (on PostgreSQL the parts are weighted
// A, B, C, D in order when there are several). `fresh`: the record has no document yet.
void write_document(Connection& c, const SearchTable& table, const std::string& region_id, int64_t id,
                    const std::vector<std::string>& parts, bool fresh = false);
void delete_document(Connection& c, const SearchTable& table, int64_t id);

}  // namespace simpul::db::full_text
