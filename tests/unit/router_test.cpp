#include <gtest/gtest.h>

#include "http/router.h"

using namespace simpul::http;

constexpr auto kOpen = simpul::auth::Permission::public_access;

namespace {
Handler named(std::string name) {
  return [name](Request&) { return Response::text(200, name, "text/plain"); };
}

std::string call(const Match& m) {
  Request req;
  return m.route->handler(req).body;
}
}  // namespace

TEST(Router, MatchesLiteralPathAndMethod) {
  Router r;
  r.add("GET", "/api/v1/status", kOpen, named("status"));
  auto m = r.match("GET", "/api/v1/status");
  ASSERT_EQ(m.kind, Match::Kind::found);
  EXPECT_EQ(call(m), "status");
}

TEST(Router, ExtractsPathParameters) {
  Router r;
  r.add("GET", "/api/v1/regions/{region_id}/agencies/{agency_id}", kOpen, named("agency"));
  auto m = r.match("GET", "/api/v1/regions/kota-madiun/agencies/42");
  ASSERT_EQ(m.kind, Match::Kind::found);
  EXPECT_EQ(m.params.at("region_id"), "kota-madiun");
  EXPECT_EQ(m.params.at("agency_id"), "42");
}

TEST(Router, UnknownPathIsNotFound) {
  Router r;
  r.add("GET", "/api/v1/regions/{region_id}", kOpen, named("region"));
  EXPECT_EQ(r.match("GET", "/api/v1/regions").kind, Match::Kind::not_found);
  EXPECT_EQ(r.match("GET", "/api/v1/regions/a/b").kind, Match::Kind::not_found);
}

TEST(Router, OtherMethodIsMethodNotAllowedWithAllowList) {
  Router r;
  r.add("GET", "/api/v1/regions", kOpen, named("list"));
  r.add("POST", "/api/v1/regions", kOpen, named("create"));
  auto m = r.match("DELETE", "/api/v1/regions");
  ASSERT_EQ(m.kind, Match::Kind::method_not_allowed);
  EXPECT_EQ(m.allowed, (std::vector<std::string>{"GET", "HEAD", "POST"}));
}

TEST(Router, HeadIsAnsweredByGet) {
  Router r;
  r.add("GET", "/healthz", kOpen, named("health"));
  auto m = r.match("HEAD", "/healthz");
  ASSERT_EQ(m.kind, Match::Kind::found);
  EXPECT_EQ(call(m), "health");
}

TEST(Router, LiteralSegmentWinsOverParameter) {
  Router r;
  r.add("GET", "/api/v1/regions/{region_id}", kOpen, named("by-id"));
  r.add("GET", "/api/v1/regions/current", kOpen, named("current"));
  EXPECT_EQ(call(r.match("GET", "/api/v1/regions/current")), "current");
  EXPECT_EQ(call(r.match("GET", "/api/v1/regions/kota-batam")), "by-id");
}

TEST(Router, TrailingAndRepeatedSlashesAreIgnored) {
  Router r;
  r.add("GET", "/api/v1/status", kOpen, named("status"));
  EXPECT_EQ(r.match("GET", "/api/v1/status/").kind, Match::Kind::found);
  EXPECT_EQ(r.match("GET", "//api//v1/status").kind, Match::Kind::found);
}

TEST(Router, RejectsDuplicateAndMalformedRoutes) {
  Router r;
  r.add("GET", "/a/{id}", kOpen, named("a"));
  EXPECT_THROW(r.add("GET", "/a/{id}", kOpen, named("again")), std::invalid_argument);
  EXPECT_THROW(r.add("GET", "/b/{id", kOpen, named("b")), std::invalid_argument);
  EXPECT_THROW(r.add("GET", "no-slash", kOpen, named("c")), std::invalid_argument);
}
