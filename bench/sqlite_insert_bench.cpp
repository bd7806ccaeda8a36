// Reference for write throughput: the same single-row insert, one transaction
// per row (as every API mutation is), done twice on fresh files with the same
// durability settings (WAL, synchronous=FULL):
//   raw     the sqlite3 C API in a loop, nothing else
//   simpul  through Simpul's storage layer (db::Database::write)
// The two alternate over three rounds (fsync speed drifts as the disk warms);
// prints the median rows/s of each and their ratio. Usage: sqlite_insert_bench DIR [ROWS]
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "db/database.h"

namespace {

constexpr const char* kSchema = "CREATE TABLE IF NOT EXISTS bench (region_id TEXT NOT NULL, n INTEGER NOT NULL, note TEXT NOT NULL)";
constexpr const char* kInsert = "INSERT INTO bench (region_id, n, note) VALUES (?, ?, ?)";

void fresh(const std::string& path) {
  for (auto suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}

double raw_loop(const std::string& path, int rows) {
  sqlite3* db;
  sqlite3_open(path.c_str(), &db);
  sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;", nullptr, nullptr, nullptr);
  sqlite3_exec(db, kSchema, nullptr, nullptr, nullptr);
  sqlite3_stmt *insert, *begin, *commit;
  sqlite3_prepare_v2(db, kInsert, -1, &insert, nullptr);
  sqlite3_prepare_v2(db, "BEGIN IMMEDIATE", -1, &begin, nullptr);
  sqlite3_prepare_v2(db, "COMMIT", -1, &commit, nullptr);
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < rows; ++i) {
    sqlite3_step(begin);
    sqlite3_reset(begin);
    sqlite3_bind_text(insert, 1, "kota-madiun", -1, SQLITE_STATIC);
    sqlite3_bind_int64(insert, 2, i);
    sqlite3_bind_text(insert, 3, "laporan gangguan jaringan", -1, SQLITE_STATIC);
    if (sqlite3_step(insert) != SQLITE_DONE) std::fprintf(stderr, "insert failed: %s\n", sqlite3_errmsg(db));
    sqlite3_reset(insert);
    sqlite3_step(commit);
    sqlite3_reset(commit);
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  for (auto* s : {insert, begin, commit}) sqlite3_finalize(s);
  sqlite3_close(db);
  return rows / seconds;
}

double simpul_loop(const std::string& path, int rows) {
  auto db = simpul::db::open_database("sqlite:" + path, {1});
  db->write([](simpul::db::Connection& c) { c.execute_script(kSchema); });
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < rows; ++i)
    db->write([&](simpul::db::Connection& c) {
      c.execute(kInsert, {std::string("kota-madiun"), int64_t{i}, std::string("laporan gangguan jaringan")});
    });
  return rows / std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s DIR [ROWS]\n", argv[0]);
    return 2;
  }
  std::string dir = argv[1];
  int rows = argc > 2 ? std::stoi(argv[2]) : 5000;
  std::string raw_path = dir + "/raw.db", simpul_path = dir + "/simpul.db";
  std::vector<double> raws, layers;
  for (int round = 0; round < 3; ++round) {
    fresh(raw_path);
    fresh(simpul_path);
    raws.push_back(raw_loop(raw_path, rows));
    layers.push_back(simpul_loop(simpul_path, rows));
  }
  std::sort(raws.begin(), raws.end());
  std::sort(layers.begin(), layers.end());
  double raw = raws[1], layer = layers[1];
  std::printf("sqlite_raw_inserts_per_s %.0f\n", raw);
  std::printf("simpul_layer_inserts_per_s %.0f\n", layer);
  std::printf("simpul_layer_vs_raw %.2f\n", layer / raw);
  return 0;
}
