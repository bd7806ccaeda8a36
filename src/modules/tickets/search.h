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
// "t.ticket_id IN (…)" with one parameter to bind: the dialect's query text (search_query_text).
std::string search_condition(db::Dialect dialect);
std::string search_query_text(db::Dialect dialect, const std::vector<std::string>& terms);

}  // namespace simpul::modules::tickets
