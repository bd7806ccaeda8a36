#pragma once
// Full-text search over tickets: number, title, description and the comments (the service
// desk records every report, so staff must find one again by any word of it). SQLite keeps
// the document in an FTS5 table (rowid = ticket_id), PostgreSQL as a tsvector with a GIN
// index (migrations/0012_service_desk.sql). The store rewrites a ticket's document in the
// same transaction as every change of those texts.
#include <cstdint>
#include <string>
#include <vector>

#include "db/database.h"

namespace simpul::modules::tickets {

// The words, the query syntax and the writing of documents are shared with the knowledge base
// (db/full_text.h); what is particular to tickets is which texts make the document and how the
// list narrows to the matches.
// ---- pure
// The searchable text: punctuation becomes space, so "LYN-2026-000123" is found by its parts
// in both dialects alike.
std::string search_document(const std::string& number, const std::string& title, const std::string& description,
                            const std::vector<std::string>& comments);
// The words of what a user typed (letters and digits; at most 16 words), lower case.
std::vector<std::string> search_terms(const std::string& typed);
// Every word as a prefix: FTS5 `"word"* "word2"*`, PostgreSQL `word:* & word2:*`.
std::string fts5_query(const std::vector<std::string>& terms);
std::string tsquery(const std::vector<std::string>& terms);

// ---- SQL
// Rewrites the ticket's document from its stored texts and comments.
void index_ticket(db::Connection& c, const std::string& region_id, int64_t ticket_id);
// Writes the document of a ticket that has none yet (a new ticket: its texts are at hand).
void index_new_ticket(db::Connection& c, const std::string& region_id, int64_t ticket_id, const std::string& document);
// How the list narrows to the matching tickets, chosen by a cheap count capped at kMatchSetCap
// (count_matches). A word in few tickets: look those tickets up and sort them (at most the cap,
// cheap). A common word ("aplikasi" is in one ticket of five): building and sorting its whole
// set costs as much as the table, so the list walks the index of its order instead, checks each
// row and stops after the page. Checking each row would be slow for a rare word (the walk goes
// far to fill a page), hence the count first.
// Per dialect, measured on 200,000 and 1,000,000 tickets: PostgreSQL checks a row with EXISTS on the ticket's
// document (primary key). SQLite checks a row against the match set, which it reads once
// (`IN (…)` probed while walking the index): FTS5 answers a per-row `MATCH … AND rowid = ?`
// by expanding the prefix query again for every row (1-6 ms each, 40-50 times slower). SQLite
// keeps no statistics, so for few matches the region condition is written `+t.region_id` to stop
// it walking a region-wide index instead of looking the matches up.
enum class SearchPlan { match_set, check_each_row };
constexpr int64_t kMatchSetCap = 2000;
// ---- pure
SearchPlan search_plan(int64_t counted_matches, int64_t cap = kMatchSetCap);
// The list's region condition, with the region_id to bind.
std::string region_condition(db::Dialect dialect, SearchPlan plan);
// The condition on the list's tickets `t`, with one parameter to bind: the dialect's query text
// (search_query_text).
std::string search_condition(db::Dialect dialect, SearchPlan plan);
// ---- SQL
// The number of tickets the query text matches, counting no further than `cap`.
int64_t count_matches(db::Connection& c, const std::string& query_text, int64_t cap = kMatchSetCap);
std::string search_query_text(db::Dialect dialect, const std::vector<std::string>& terms);

}  // namespace simpul::modules::tickets
