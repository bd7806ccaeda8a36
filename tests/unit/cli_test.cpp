#include <gtest/gtest.h>

#include "cli/args.h"
#include "modules/client_errors/rules.h"

#include <nlohmann/json.hpp>

using namespace simpul;
using namespace simpul::cli;

namespace {
const std::map<std::string, std::set<std::string>> kAllowed = {
    {"serve", {"config", "listen", "max_body_bytes"}}, {"migrate", {"database"}}, {"version", {}}};
}

TEST(Args, CommandWithFlagsInBothForms) {
  auto a = parse_args({"serve", "--listen", "127.0.0.1:9000", "--max-body-bytes=2048"}, kAllowed);
  EXPECT_TRUE(a.errors.empty());
  EXPECT_EQ(a.command, "serve");
  EXPECT_EQ(a.flags.at("listen"), "127.0.0.1:9000");
  EXPECT_EQ(a.flags.at("max_body_bytes"), "2048");
}

TEST(Args, UnknownCommandAndFlagsAreErrors) {
  EXPECT_FALSE(parse_args({"launch"}, kAllowed).errors.empty());
  EXPECT_FALSE(parse_args({"migrate", "--listen", "x"}, kAllowed).errors.empty());
  EXPECT_FALSE(parse_args({"serve", "--listen"}, kAllowed).errors.empty());
  EXPECT_FALSE(parse_args({"serve", "stray"}, kAllowed).errors.empty());
  EXPECT_FALSE(parse_args({}, kAllowed).errors.empty());
}

TEST(Args, HelpAnywhere) {
  EXPECT_TRUE(parse_args({"--help"}, kAllowed).help);
  EXPECT_TRUE(parse_args({"serve", "-h"}, kAllowed).help);
}

TEST(ClientErrors, ValidReportPasses) {
  auto body = nlohmann::json{{"message", "TypeError: x is undefined"}, {"page", "/status"}};
  EXPECT_TRUE(modules::client_errors::validate(body).empty());
  EXPECT_EQ(modules::client_errors::from_json(body).page, "/status");
}

TEST(ClientErrors, EachBadFieldIsNamed) {
  auto body = nlohmann::json{{"message", ""}, {"page", 5}, {"detail", std::string(8001, 'x')}, {"extra", 1}};
  auto errors = modules::client_errors::validate(body);
  std::set<std::string> fields;
  for (const auto& e : errors) fields.insert(e.field);
  EXPECT_EQ(fields, (std::set<std::string>{"message", "page", "detail", "extra"}));
}

TEST(ClientErrors, LengthCountsCharactersNotBytes) {
  std::string two_thousand_chars;
  for (int i = 0; i < 2000; ++i) two_thousand_chars += "é";  // 2 bytes each
  EXPECT_TRUE(modules::client_errors::validate({{"message", two_thousand_chars}, {"page", "/"}}).empty());
}
