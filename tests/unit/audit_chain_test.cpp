// The audit chain on a real SQLite database: appends link by hash, and every
// kind of tampering (edit, delete, reorder, cut the end, rewrite and re-hash)
// is found at the exact entry.
#include <gtest/gtest.h>

#include <filesystem>

#include "audit/chain.h"
#include "audit/diff.h"
#include "audit/log.h"
#include "audit/signing.h"
#include "audit/verify.h"
#include "db/migration.h"

using namespace simpul;
using namespace simpul::audit;

namespace {

class AuditChain : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("simpul-audit-" + std::to_string(::getpid()) + "-" +
                                                     ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    db_ = db::open_database("sqlite:" + (dir_ / "a.db").string());
    db::migrate(*db_, db::load_migrations(db::embedded_migrations()));
    db_->write([](db::Connection& c) {
      c.execute("INSERT INTO regions (region_id, name, kind, time_zone, domain, profile, created_at, updated_at)"
                " VALUES ('kota-batam', 'Kota Batam', 'kota', 'Asia/Jakarta', 'batam.go.id', 'batam', 'x', 'x')");
    });
    key_.emplace(InstanceKey::load_or_create((dir_ / "key.pem").string()));
    for (int i = 1; i <= 10; ++i)
      db_->write([&](db::Connection& c) {
        append(c, {"kota-batam", {int64_t{1}, "admin", "superadmin"}, "req-" + std::to_string(i), "127.0.0.1"}, "user.update",
               "user", std::to_string(i), changes_between({{"name", "A"}}, {{"name", "B" + std::to_string(i)}}));
      });
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  Verification verify() { return verify_region(*db_, "kota-batam", &*key_); }
  void sql(const std::string& statement) {
    db_->write([&](db::Connection& c) { c.execute_script(statement); });
  }

  std::filesystem::path dir_;
  std::unique_ptr<db::Database> db_;
  std::optional<InstanceKey> key_;
};

}  // namespace

TEST(AuditDiff, OnlyChangedFields) {
  auto d = changes_between({{"a", 1}, {"b", "x"}}, {{"a", 2}, {"b", "x"}, {"c", true}});
  EXPECT_EQ(d, (nlohmann::json{{"a", {{"before", 1}, {"after", 2}}}, {"c", {{"before", nullptr}, {"after", true}}}}));
  EXPECT_EQ(changes_between(nullptr, {{"a", 1}})["a"]["before"], nullptr);
}

TEST(AuditHash, CoversEveryField) {
  Entry e;
  e.region_id = "r";
  e.seq = 1;
  e.action = "user.create";
  e.prev_hash = kGenesisHash;
  auto base = compute_hash(e);
  for (auto edit : std::vector<std::function<void(Entry&)>>{
           [](Entry& x) { x.seq = 2; }, [](Entry& x) { x.actor_id = 5; }, [](Entry& x) { x.changes = "{}"; },
           [](Entry& x) { x.client = "1.2.3.4"; }, [](Entry& x) { x.prev_hash = std::string(64, '1'); },
           [](Entry& x) { x.request_id = "r2"; }, [](Entry& x) { x.at = "2026"; }}) {
    Entry copy = e;
    edit(copy);
    EXPECT_NE(compute_hash(copy), base);
  }
}

TEST_F(AuditChain, UntouchedChainVerifies) {
  sign_heads(*db_, *key_);
  auto v = verify();
  EXPECT_TRUE(v.ok());
  EXPECT_EQ(v.entries, 10);
  EXPECT_EQ(v.signed_seq, 10);
  EXPECT_EQ(v.signature_valid, true);
}

TEST_F(AuditChain, EditedFieldIsFoundAtItsEntry) {
  sql("UPDATE audit_log SET changes = '{\"name\":{\"before\":\"A\",\"after\":\"Z\"}}' WHERE seq = 4");
  auto v = verify();
  ASSERT_TRUE(v.first_broken);
  EXPECT_EQ(v.first_broken->seq, 4);
}

TEST_F(AuditChain, DeletedEntryIsFound) {
  sql("DELETE FROM audit_log WHERE seq = 6");
  auto v = verify();
  ASSERT_TRUE(v.first_broken);
  EXPECT_EQ(v.first_broken->seq, 6);
}

TEST_F(AuditChain, ReorderedEntriesAreFound) {
  sql("UPDATE audit_log SET seq = -1 WHERE seq = 3; UPDATE audit_log SET seq = 3 WHERE seq = 4; UPDATE audit_log SET seq = 4 WHERE seq = -1");
  auto v = verify();
  ASSERT_TRUE(v.first_broken);
  EXPECT_EQ(v.first_broken->seq, 3);
}

TEST_F(AuditChain, CuttingTheEndIsFound) {
  sql("DELETE FROM audit_log WHERE seq = 10");
  auto v = verify();
  ASSERT_TRUE(v.first_broken);
  EXPECT_EQ(v.first_broken->seq, 10);
}

TEST_F(AuditChain, RewrittenAndRehashedHistoryFailsTheSignedHead) {
  sign_heads(*db_, *key_);
  // Someone with the database but not the key rewrites entry 2 and recomputes every hash after it.
  db_->write([](db::Connection& c) {
    std::string prev;
    for (int64_t seq = 1; seq <= 10; ++seq) {
      auto e = page(c, "kota-batam", seq - 1, 1).at(0);
      if (seq == 2) e.changes = "{\"name\":{\"before\":\"A\",\"after\":\"forged\"}}";
      if (seq > 1) e.prev_hash = prev;
      e.hash = compute_hash(e);
      prev = e.hash;
      c.execute("UPDATE audit_log SET changes = ?, prev_hash = ?, hash = ? WHERE region_id = 'kota-batam' AND seq = ?",
                {e.changes, e.prev_hash, e.hash, seq});
    }
    c.execute("UPDATE audit_chain_heads SET last_hash = ? WHERE region_id = 'kota-batam'", {prev});
  });
  auto v = verify();
  EXPECT_FALSE(v.ok());
  EXPECT_EQ(v.signature_valid, false);
}

TEST_F(AuditChain, ForgedSignatureFails) {
  sign_heads(*db_, *key_);
  sql("UPDATE audit_signatures SET signature = '" + std::string(128, 'a') + "'");
  auto v = verify();
  EXPECT_EQ(v.signature_valid, false);
  EXPECT_FALSE(v.ok());
}

TEST_F(AuditChain, AnotherKeyCannotVouchForTheHead) {
  sign_heads(*db_, InstanceKey::load_or_create((dir_ / "other.pem").string()));
  auto v = verify();
  EXPECT_EQ(v.signature_valid, false);
}

// Long chains are verified in two halves on two threads; tampering at the seam
// or in the second half must be found just the same.
TEST_F(AuditChain, LongChainsAreCheckedAcrossTheSeam) {
  db_->write([](db::Connection& c) {
    for (int i = 11; i <= 45000; ++i)
      append(c, {"kota-batam", {int64_t{1}, "admin", "superadmin"}, "bulk", "127.0.0.1"}, "user.update", "user",
             std::to_string(i), nlohmann::json::object());
  });
  auto intact = verify();
  EXPECT_TRUE(intact.ok());
  EXPECT_EQ(intact.entries, 45000);

  sql("UPDATE audit_log SET client = '10.9.9.9' WHERE seq = 30000");
  auto edited = verify();
  ASSERT_TRUE(edited.first_broken);
  EXPECT_EQ(edited.first_broken->seq, 30000);

  sql("DELETE FROM audit_log WHERE seq = 22501");  // the first entry of the second half
  auto seam = verify();
  ASSERT_TRUE(seam.first_broken);
  EXPECT_EQ(seam.first_broken->seq, 22501);
}
