#include <gtest/gtest.h>

#include "http/router.h"

using namespace simpul::http;

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
  r.add("GET", "/api/v1/status", named("status"));
  auto m = r.match("GET", "/api/v1/status");
  ASSERT_EQ(m.kind, Match::Kind::found);
  EXPECT_EQ(call(m), "status");
}

TEST(Router, ExtractsPathParameters) {
  Router r;
  r.add("GET", "/api/v1/regions/{region_id}/agencies/{agency_id}", named("agency"));
  auto m = r.match("GET", "/api/v1/regions/kota-madiun/agencies/42");
  ASSERT_EQ(m.kind, Match::Kind::found);
  EXPECT_EQ(m.params.at("region_id"), "kota-madiun");
  EXPECT_EQ(m.params.at("agency_id"), "42");
}

TEST(Router, UnknownPathIsNotFound) {
  Router r;
  r.add("GET", "/api/v1/regions/{region_id}", named("region"));
  EXPECT_EQ(r.match("GET", "/api/v1/regions").kind, Match::Kind::not_found);
  EXPECT_EQ(r.match("GET", "/api/v1/regions/a/b").kind, Match::Kind::not_found);
}

TEST(Router, OtherMethodIsMethodNotAllowedWithAllowList) {
  Router r;
  r.add("GET", "/api/v1/regions", named("list"));
  r.add("POST", "/api/v1/regions", named("create"));
  auto m = r.match("DELETE", "/api/v1/regions");
  ASSERT_EQ(m.kind, Match::Kind::method_not_allowed);
  EXPECT_EQ(m.allowed, (std::vector<std::string>{"GET", "HEAD", "POST"}));
}

TEST(Router, HeadIsAnsweredByGet) {
  Router r;
  r.add("GET", "/healthz", named("health"));
  auto m = r.match("HEAD", "/healthz");
  ASSERT_EQ(m.kind, Match::Kind::found);
  EXPECT_EQ(call(m), "health");
}

TEST(Router, LiteralSegmentWinsOverParameter) {
  Router r;
  r.add("GET", "/api/v1/regions/{region_id}", named("by-id"));
  r.add("GET", "/api/v1/regions/current", named("current"));
  EXPECT_EQ(call(r.match("GET", "/api/v1/regions/current")), "current");
  EXPECT_EQ(call(r.match("GET", "/api/v1/regions/kota-batam")), "by-id");
}

TEST(Router, TrailingAndRepeatedSlashesAreIgnored) {
  Router r;
  r.add("GET", "/api/v1/status", named("status"));
  EXPECT_EQ(r.match("GET", "/api/v1/status/").kind, Match::Kind::found);
  EXPECT_EQ(r.match("GET", "//api//v1/status").kind, Match::Kind::found);
}

TEST(Router, RejectsDuplicateAndMalformedRoutes) {
  Router r;
  r.add("GET", "/a/{id}", named("a"));
  EXPECT_THROW(r.add("GET", "/a/{id}", named("again")), std::invalid_argument);
  EXPECT_THROW(r.add("GET", "/b/{id", named("b")), std::invalid_argument);
  EXPECT_THROW(r.add("GET", "no-slash", named("c")), std::invalid_argument);
}
