#include "audit/log.h"

#include <map>
#include <stdexcept>

#include "core/clock.h"

namespace simpul::audit {

namespace {
constexpr const char* kColumns =
    "region_id, seq, at, actor_id, actor_username, actor_role, action, entity_type, entity_id, changes, request_id, "
    "client, prev_hash, hash";

// Moves the strings out of the row: verification reads a million of these.
Entry from_row(db::Row& r) {
  Entry e;
  e.region_id = r.take_text(0);
  e.seq = r.int64(1);
  e.at = r.take_text(2);
  if (!r.is_null(3)) e.actor_id = r.int64(3);
  e.actor_username = r.is_null(4) ? "" : r.take_text(4);
  e.actor_role = r.is_null(5) ? "" : r.take_text(5);
  e.action = r.take_text(6);
  e.entity_type = r.take_text(7);
  e.entity_id = r.take_text(8);
  e.changes = r.take_text(9);
  e.request_id = r.take_text(10);
  e.client = r.take_text(11);
  e.prev_hash = r.take_text(12);
  e.hash = r.take_text(13);
  return e;
}
struct Head {
  int64_t seq = 0;
  std::string hash;
  bool exists = false;  // the region has a head row already
};

// The open Batch of this thread: its connection and the heads it holds.
struct OpenBatch {
  db::Connection* connection = nullptr;
  std::map<std::string, Head> heads;
};
thread_local OpenBatch* open_batch = nullptr;

// The head of a region's chain, locked for this transaction (an UPDATE that changes
// nothing locks the row on PostgreSQL, and SQLite has one writer anyway).
Head read_head(db::Connection& c, const std::string& region_id) {
  auto rows = c.query("UPDATE audit_chain_heads SET last_seq = last_seq WHERE region_id = ? RETURNING last_seq, last_hash",
                      {region_id});
  if (rows.empty()) return {0, kGenesisHash, false};
  return {rows[0].int64(0), rows[0].text(1), true};
}

Entry make_entry(const Context& ctx, int64_t seq, const std::string& prev_hash, const std::string& action,
                 const std::string& entity_type, const std::string& entity_id, const nlohmann::json& changes) {
  Entry e;
  e.region_id = ctx.region_id;
  e.seq = seq;
  e.prev_hash = prev_hash;
  e.at = now_rfc3339();
  e.actor_id = ctx.actor.id;
  e.actor_username = ctx.actor.username;
  e.actor_role = ctx.actor.role;
  e.action = action;
  e.entity_type = entity_type;
  e.entity_id = entity_id;
  e.changes = changes.dump();
  e.request_id = ctx.request_id;
  e.client = ctx.client;
  e.hash = compute_hash(e);
  return e;
}

void insert_entry(db::Connection& c, const Entry& e) {
  db::Value actor_id = e.actor_id ? db::Value(*e.actor_id) : db::Value(db::Null{});
  c.execute(std::string("INSERT INTO audit_log (") + kColumns + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {e.region_id, e.seq, e.at, actor_id, e.actor_username, e.actor_role, e.action, e.entity_type, e.entity_id,
             e.changes, e.request_id, e.client, e.prev_hash, e.hash});
}

}  // namespace

Batch::Batch(db::Connection& c) {
  if (open_batch) throw std::logic_error("an audit batch is already open on this thread");
  open_batch = new OpenBatch{&c, {}};
}

Batch::~Batch() {
  delete open_batch;
  open_batch = nullptr;
}

void Batch::finish() {
  if (!open_batch) return;
  auto& c = *open_batch->connection;
  for (const auto& [region_id, head] : open_batch->heads) {
    if (head.exists)
      c.execute("UPDATE audit_chain_heads SET last_seq = ?, last_hash = ? WHERE region_id = ?", {head.seq, head.hash, region_id});
    else if (head.seq > 0)
      c.execute("INSERT INTO audit_chain_heads (region_id, last_seq, last_hash) VALUES (?, ?, ?)", {region_id, head.seq, head.hash});
  }
  open_batch->heads.clear();
}

Entry append(db::Connection& c, const Context& ctx, const std::string& action, const std::string& entity_type,
             const std::string& entity_id, const nlohmann::json& changes) {
  if (open_batch && open_batch->connection == &c) {
    auto found = open_batch->heads.find(ctx.region_id);
    if (found == open_batch->heads.end()) found = open_batch->heads.emplace(ctx.region_id, read_head(c, ctx.region_id)).first;
    Head& head = found->second;
    Entry e = make_entry(ctx, head.seq + 1, head.hash, action, entity_type, entity_id, changes);
    insert_entry(c, e);
    head.seq = e.seq;
    head.hash = e.hash;
    return e;
  }
  // Taking the next number updates the head row, which locks it: appends to one
  // region's chain happen one after another even on PostgreSQL.
  auto head = c.query("UPDATE audit_chain_heads SET last_seq = last_seq + 1 WHERE region_id = ? RETURNING last_seq, last_hash",
                      {ctx.region_id});
  if (head.empty())
    c.execute("INSERT INTO audit_chain_heads (region_id, last_seq, last_hash) VALUES (?, 1, ?)", {ctx.region_id, kGenesisHash});
  Entry e = head.empty() ? make_entry(ctx, 1, kGenesisHash, action, entity_type, entity_id, changes)
                         : make_entry(ctx, head[0].int64(0), head[0].text(1), action, entity_type, entity_id, changes);
  insert_entry(c, e);
  c.execute("UPDATE audit_chain_heads SET last_hash = ? WHERE region_id = ?", {e.hash, e.region_id});
  return e;
}

std::vector<Entry> list(db::Connection& c, const Filter& f) {
  // Optional filters as "(? IS NULL OR column = ?)", so one prepared statement serves every combination.
  static const std::string sql = std::string("SELECT ") + kColumns +
                                 " FROM audit_log WHERE region_id = ?"
                                 " AND (CAST(? AS TEXT) IS NULL OR actor_username = ?)"
                                 " AND (CAST(? AS TEXT) IS NULL OR action = ?)"
                                 " AND (CAST(? AS TEXT) IS NULL OR entity_type = ?)"
                                 " AND (CAST(? AS TEXT) IS NULL OR entity_id = ?)"
                                 " AND (CAST(? AS TEXT) IS NULL OR at >= ?)"
                                 " AND (CAST(? AS TEXT) IS NULL OR at < ?)"
                                 " AND seq < ?"
                                 " ORDER BY seq DESC LIMIT ?";
  auto opt = [](const std::optional<std::string>& v) { return v ? db::Value(*v) : db::Value(db::Null{}); };
  db::Params params = {f.region_id};
  for (const auto* v : {&f.actor, &f.action, &f.entity_type, &f.entity_id, &f.from, &f.to}) {
    params.push_back(opt(*v));
    params.push_back(opt(*v));
  }
  params.push_back(f.before_seq ? *f.before_seq : INT64_MAX);
  params.push_back(int64_t{f.limit});
  std::vector<Entry> out;
  for (auto& row : c.query(sql, params)) out.push_back(from_row(row));
  return out;
}

std::vector<Entry> page(db::Connection& c, const std::string& region_id, int64_t after_seq, int limit, int64_t up_to_seq) {
  static const std::string sql = std::string("SELECT ") + kColumns +
                                 " FROM audit_log WHERE region_id = ? AND seq > ? AND seq <= ? ORDER BY seq LIMIT ?";
  auto rows = c.query(sql, {region_id, after_seq, up_to_seq, int64_t{limit}});
  std::vector<Entry> out;
  out.reserve(rows.size());
  for (auto& row : rows) out.push_back(from_row(row));
  return out;
}

nlohmann::json to_json(const Entry& e) {
  nlohmann::json actor = nullptr;
  if (!e.actor_username.empty())
    actor = {{"id", e.actor_id ? nlohmann::json(*e.actor_id) : nlohmann::json(nullptr)},
             {"username", e.actor_username},
             {"role", e.actor_role}};
  return {{"seq", e.seq},
          {"at", e.at},
          {"actor", actor},
          {"action", e.action},
          {"entity_type", e.entity_type},
          {"entity_id", e.entity_id},
          {"changes", nlohmann::json::parse(e.changes, nullptr, false)},
          {"request_id", e.request_id},
          {"client", e.client},
          {"prev_hash", e.prev_hash},
          {"hash", e.hash}};
}

}  // namespace simpul::audit
