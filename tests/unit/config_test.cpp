#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "config/config.h"

using namespace simpul::config;

namespace {
Config ok(const Resolved& r) {
  if (auto* errors = std::get_if<std::vector<std::string>>(&r)) {
    ADD_FAILURE() << "unexpected errors: " << (errors->empty() ? "" : errors->front());
    return {};
  }
  return std::get<Config>(r);
}

std::vector<std::string> errors_of(const Resolved& r) {
  auto* errors = std::get_if<std::vector<std::string>>(&r);
  return errors ? *errors : std::vector<std::string>{};
}
}  // namespace

TEST(Config, DefaultsServeLoopbackWithEmbeddedSqlite) {
  Config c = ok(resolve({}));
  EXPECT_EQ(c.listen_host, "127.0.0.1");
  EXPECT_EQ(c.listen_port, 8080);
  EXPECT_EQ(c.database_url, "sqlite:var/simpul.db");
  EXPECT_FALSE(c.tls_enabled());
}

TEST(Config, FlagBeatsEnvironmentBeatsFile) {
  Sources s;
  s.file_text = "listen: 127.0.0.1:9001\nlog_level: debug\nmax_body_bytes: 4096\n";
  s.file_name = "simpul.yaml";
  s.env = {{"SIMPUL_LISTEN", "127.0.0.1:9002"}, {"SIMPUL_MAX_BODY_BYTES", "8192"}};
  s.flags = {{"listen", "0.0.0.0:9003"}};
  Config c = ok(resolve(s));
  EXPECT_EQ(c.listen_host, "0.0.0.0");
  EXPECT_EQ(c.listen_port, 9003);
  EXPECT_EQ(c.max_body_bytes, 8192u);
  EXPECT_EQ(c.log_level, simpul::log::Level::debug);
}

TEST(Config, UnknownFileKeyIsAnErrorNamingTheKeyAndFile) {
  Sources s;
  s.file_text = "listen: 127.0.0.1:8080\nlisten_port: 80\n";
  s.file_name = "/etc/simpul.yaml";
  auto errors = errors_of(resolve(s));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("/etc/simpul.yaml"), std::string::npos);
  EXPECT_NE(errors[0].find("listen_port"), std::string::npos);
}

TEST(Config, BadValuesAreAllReportedTogether) {
  Sources s;
  s.flags = {{"listen", "localhost"}, {"max_connections", "many"}, {"database", "mysql://x"}, {"log_level", "loud"}};
  EXPECT_EQ(errors_of(resolve(s)).size(), 4u);
}

TEST(Config, RejectsPortOutOfRangeAndTooSmallLimits) {
  Sources s;
  s.flags = {{"listen", "127.0.0.1:70000"}};
  EXPECT_EQ(errors_of(resolve(s)).size(), 1u);
  s.flags = {{"max_body_bytes", "10"}};
  EXPECT_EQ(errors_of(resolve(s)).size(), 1u);
}

TEST(Config, InvalidYamlIsReportedWithLine) {
  Sources s;
  s.file_text = "listen: [unclosed\n";
  s.file_name = "bad.yaml";
  auto errors = errors_of(resolve(s));
  ASSERT_FALSE(errors.empty());
  EXPECT_NE(errors[0].find("not valid YAML"), std::string::npos);
}

TEST(Config, NestedValuesAreRejected) {
  Sources s;
  s.file_text = "tls_cert:\n  file: a.pem\n";
  s.file_name = "c.yaml";
  EXPECT_EQ(errors_of(resolve(s)).size(), 1u);
}

TEST(Config, TlsNeedsBothExistingFiles) {
  Sources s;
  s.flags = {{"tls_cert", "/nonexistent/cert.pem"}};
  auto errors = errors_of(resolve(s));
  EXPECT_GE(errors.size(), 2u);  // key missing, and the cert file does not exist
}

TEST(Config, AcceptsPostgresUrlAndIpv6Listen) {
  Sources s;
  s.flags = {{"database", "postgresql://simpul@127.0.0.1:5432/simpul"}, {"listen", "[::1]:8443"}};
  Config c = ok(resolve(s));
  EXPECT_EQ(c.listen_host, "::1");
  EXPECT_EQ(c.listen_port, 8443);
}

TEST(Config, NamesDeriveFromKeys) {
  EXPECT_EQ(env_name("max_body_bytes"), "SIMPUL_MAX_BODY_BYTES");
  EXPECT_EQ(flag_name("max_body_bytes"), "--max-body-bytes");
}

TEST(Config, ShippedExampleFileIsValidAndMatchesDefaults) {
  std::ifstream in(std::string(SIMPUL_SOURCE_DIR) + "/docs/simpul.example.yaml");
  ASSERT_TRUE(in) << "docs/simpul.example.yaml is missing";
  std::stringstream text;
  text << in.rdbuf();
  Sources s;
  s.file_text = text.str();
  s.file_name = "docs/simpul.example.yaml";
  Config from_file = ok(resolve(s));
  Config defaults = ok(resolve({}));
  EXPECT_EQ(from_file.database_url, defaults.database_url);
  EXPECT_EQ(from_file.listen_port, defaults.listen_port);
  EXPECT_EQ(from_file.max_body_bytes, defaults.max_body_bytes);
  EXPECT_EQ(from_file.request_timeout, defaults.request_timeout);
  EXPECT_EQ(from_file.shutdown_grace, defaults.shutdown_grace);
}
