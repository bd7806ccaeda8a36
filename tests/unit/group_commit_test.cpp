// SQLite group commit: many writers at once share commits, yet each write
// stands alone: a failing one is rolled back without touching the others.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <thread>

#include "db/database.h"

using namespace simpul::db;

TEST(GroupCommit, ConcurrentWritesAllLandAndFailuresStayIsolated) {
  auto path = std::filesystem::temp_directory_path() / ("simpul-group-" + std::to_string(::getpid()) + ".db");
  for (auto suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
  auto db = open_database("sqlite:" + path.string());
  db->write([](Connection& c) { c.execute_script("CREATE TABLE t (region_id TEXT NOT NULL, n INTEGER NOT NULL UNIQUE)"); });

  constexpr int kThreads = 8, kPerThread = 50;
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) {
        int n = t * kPerThread + i;
        try {
          db->write([&](Connection& c) {
            c.execute("INSERT INTO t (region_id, n) VALUES ('r', ?)", {int64_t{n}});
            if (n % 10 == 0) throw std::runtime_error("rejected by a rule");  // after its insert: must be undone
          });
        } catch (const std::runtime_error&) {
          ++failures;
        }
      }
    });
  for (auto& th : threads) th.join();

  EXPECT_EQ(failures.load(), kThreads * kPerThread / 10);
  auto count = db->read([](Connection& c) { return c.query("SELECT COUNT(*), SUM(n % 10 = 0) FROM t").at(0); });
  EXPECT_EQ(count.int64(0), kThreads * kPerThread * 9 / 10);
  EXPECT_EQ(count.int64(1), 0) << "a failed write left rows behind";
  auto answer = db->write([](Connection& c) { return c.query("SELECT MAX(n) FROM t").at(0).int64(0); });
  EXPECT_EQ(answer, kThreads * kPerThread - 1) << "values come back from write()";
}
