#include <gtest/gtest.h>

#include "auth/password.h"
#include "auth/secrets.h"
#include "auth/throttle.h"
#include "modules/account/sign_in.h"
#include "modules/tokens/rules.h"
#include "modules/users/rules.h"

using namespace simpul;
using namespace simpul::auth;

namespace {
std::set<std::string> fields(const std::vector<FieldError>& errors) {
  std::set<std::string> out;
  for (const auto& e : errors) out.insert(e.field);
  return out;
}
}  // namespace

TEST(Password, Argon2idHashVerifiesOnlyTheSamePassword) {
  auto hash = hash_password("Kota-Madiun-Sehat-2026");
  EXPECT_EQ(hash.rfind("$argon2id$", 0), 0u);
  EXPECT_TRUE(verify_password(hash, "Kota-Madiun-Sehat-2026"));
  EXPECT_FALSE(verify_password(hash, "kota-madiun-sehat-2026"));
  EXPECT_NE(hash, hash_password("Kota-Madiun-Sehat-2026")) << "each hash has its own salt";
}

TEST(Password, RulesNameEachProblem) {
  EXPECT_TRUE(password_problems("Kota-Madiun-Sehat-2026", "admin", "password").empty());
  EXPECT_EQ(password_problems("pendek", "admin", "password").size(), 1u);
  EXPECT_FALSE(password_problems("xx-budi.santoso-xx", "budi.santoso", "password").empty());
  EXPECT_FALSE(password_problems("aaaaaaaaaaaaaa", "admin", "password").empty());
  EXPECT_FALSE(password_problems("Password1234", "admin", "password").empty()) << "well-known, any case";
  EXPECT_FALSE(password_problems(std::string(129, 'x') + "y", "admin", "password").empty());
  EXPECT_EQ(password_problems("pendek", "admin", "new_password")[0].field, "new_password");
}

TEST(Password, TemporaryPasswordsMeetTheRules) {
  for (int i = 0; i < 20; ++i) {
    auto p = temporary_password();
    EXPECT_TRUE(password_problems(p, "someone", "password").empty()) << p;
  }
}

TEST(Secrets, TokensAreRandomAndHashed) {
  auto a = new_api_token(), b = new_api_token();
  EXPECT_NE(a, b);
  EXPECT_EQ(a.rfind("simpul_", 0), 0u);
  EXPECT_EQ(secret_hash(a).size(), 64u);
  EXPECT_NE(secret_hash(a), secret_hash(b));
}

TEST(Secrets, ReadsOneCookie) {
  EXPECT_EQ(cookie_value("a=1; simpul_session=abc; b=2", "simpul_session"), "abc");
  EXPECT_EQ(cookie_value("simpul_session_x=1", "simpul_session"), "");
  EXPECT_EQ(cookie_value("", "simpul_session"), "");
}

TEST(Throttle, AllowsUpToTheLimitPerWindowThenSaysHowLongToWait) {
  Throttle t(3, std::chrono::seconds(60));
  auto now = Throttle::Clock::now();
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(t.wait("10.0.0.1", now), 0);
    t.record("10.0.0.1", now);
  }
  EXPECT_EQ(t.wait("10.0.0.1", now + std::chrono::seconds(10)), 50);
  EXPECT_EQ(t.wait("10.0.0.2", now), 0) << "keys are counted apart";
  EXPECT_EQ(t.wait("10.0.0.1", now + std::chrono::seconds(61)), 0) << "the window slides";
}

TEST(SignIn, FifthFailureLocks) {
  using namespace simpul::modules::account;
  for (int n = 1; n < kFailuresBeforeLock; ++n) EXPECT_FALSE(locks_after(n)) << n;
  EXPECT_TRUE(locks_after(kFailuresBeforeLock));
}

TEST(UserRules, NewUserChecksEveryField) {
  using namespace simpul::modules::users;
  auto ok = parse_new_user({{"username", "siti.rahma"}, {"display_name", "Siti Rahma"}, {"role", "agency_operator"}, {"agency_id", 3}});
  ASSERT_TRUE(std::holds_alternative<NewUser>(ok));
  EXPECT_EQ(std::get<NewUser>(ok).agency_id, 3);
  auto bad = parse_new_user({{"username", "Siti Rahma"}, {"role", "boss"}, {"password", "short"}, {"extra", 1}});
  ASSERT_TRUE(std::holds_alternative<std::vector<FieldError>>(bad));
  EXPECT_EQ(fields(std::get<std::vector<FieldError>>(bad)),
            (std::set<std::string>{"username", "display_name", "role", "password", "extra"}));
}

TEST(UserRules, OperatorsAndOnlyOperatorsBelongToAnAgency) {
  using namespace simpul::modules::users;
  EXPECT_TRUE(agency_rule(Role::agency_operator, std::nullopt));
  EXPECT_FALSE(agency_rule(Role::agency_operator, 3));
  EXPECT_TRUE(agency_rule(Role::leadership, 3));
  EXPECT_FALSE(agency_rule(Role::leadership, std::nullopt));
}

TEST(TokenRules, ScopesNameAndLifetime) {
  using namespace simpul::modules::tokens;
  auto ok = parse_new_token({{"name", "SIMPEG"}, {"scopes", {"read", "read"}}, {"expires_in_days", 30}});
  ASSERT_TRUE(std::holds_alternative<NewToken>(ok));
  EXPECT_EQ(std::get<NewToken>(ok).scopes, std::vector<std::string>{"read"});
  auto bad = parse_new_token({{"name", ""}, {"scopes", {"admin"}}, {"expires_in_days", 400}});
  ASSERT_TRUE(std::holds_alternative<std::vector<FieldError>>(bad));
  EXPECT_EQ(fields(std::get<std::vector<FieldError>>(bad)), (std::set<std::string>{"name", "scopes", "expires_in_days"}));
}

TEST(Throttle, WaitOnlyAsksAndRecordOnlyCounts) {
  Throttle t(2, std::chrono::seconds(60));
  auto now = Throttle::Clock::now();
  EXPECT_EQ(t.wait("budi", now), 0);
  EXPECT_EQ(t.wait("budi", now), 0) << "asking does not count";
  t.record("budi", now);
  t.record("budi", now + std::chrono::seconds(5));
  EXPECT_EQ(t.wait("budi", now + std::chrono::seconds(30)), 30);
  EXPECT_EQ(t.wait("budi", now + std::chrono::seconds(61)), 0);
}
