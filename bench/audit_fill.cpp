// Fills a new SQLite database with N audit entries for one region, through the
// same append() the server uses, so `simpul audit verify` can be timed on it.
// Usage: audit_fill PATH N
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include "audit/diff.h"
#include "audit/log.h"
#include "db/migration.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s PATH N\n", argv[0]);
    return 2;
  }
  std::string path = argv[1];
  long n = std::stol(argv[2]);
  for (auto suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  auto db = simpul::db::open_database("sqlite:" + path, {1});
  simpul::db::migrate(*db, simpul::db::load_migrations(simpul::db::embedded_migrations()));
  db->write([](simpul::db::Connection& c) {
    c.execute("INSERT INTO regions (region_id, name, kind, time_zone, domain, profile, created_at, updated_at)"
              " VALUES ('kota-madiun', 'Kota Madiun', 'kota', 'Asia/Jakarta', 'madiunkota.go.id', 'madiun', 'x', 'x')");
  });
  auto start = std::chrono::steady_clock::now();
  constexpr long kBatch = 20000;
  for (long done = 0; done < n;) {
    db->write([&](simpul::db::Connection& c) {
      for (long i = 0; i < kBatch && done < n; ++i, ++done)
        simpul::audit::append(c, {"kota-madiun", {int64_t{1}, "admin", "superadmin"}, "bench-" + std::to_string(done), "127.0.0.1"},
                              "user.update", "user", std::to_string(done % 500),
                              simpul::audit::changes_between({{"display_name", "Operator"}}, {{"display_name", "Operator " + std::to_string(done)}}));
    });
  }
  std::printf("audit_entries %ld\nfill_seconds %.1f\n", n,
              std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  return 0;
}
