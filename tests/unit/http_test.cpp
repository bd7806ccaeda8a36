#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "http/middleware.h"
#include "http/pagination.h"
#include "http/static_files.h"

using namespace simpul;
using namespace simpul::http;

constexpr auto kOpen = simpul::auth::Permission::public_access;

namespace {
Request get(std::string path, std::string query = "") {
  Request r;
  r.method = "GET";
  r.path = std::move(path);
  r.query = std::move(query);
  return r;
}

Pipeline echo_pipeline(Metrics*& metrics_out) {
  Router router;
  router.add("POST", "/api/v1/echo", kOpen, [](Request& r) { return Response::json(200, r.json); }, Body::json);
  router.add("GET", "/api/v1/boom", kOpen, [](Request&) -> Response { throw std::runtime_error("secret internal detail"); });
  static Metrics metrics({{"POST", "/api/v1/echo"}, {"GET", "/api/v1/boom"}});
  metrics_out = &metrics;
  Pipeline p(std::move(router), nullptr);
  p.use(observe(metrics));
  p.use(security_headers(false));
  p.use(recover());
  p.use(json_body());
  return p;
}

Request post_json(std::string body, std::string content_type = "application/json") {
  Request r;
  r.method = "POST";
  r.path = "/api/v1/echo";
  r.body = std::move(body);
  r.headers = {{"content-type", std::move(content_type)}};
  return r;
}

std::string header(const Response& r, const std::string& name) {
  for (const auto& [k, v] : r.headers)
    if (k == name) return v;
  return "";
}
}  // namespace

TEST(Pipeline, ParsesJsonBodyForJsonRoutes) {
  Metrics* m;
  auto p = echo_pipeline(m);
  auto req = post_json(R"({"a":1})", "application/json; charset=utf-8");
  auto res = p.handle(req);
  EXPECT_EQ(res.status, 200);
  EXPECT_EQ(res.body, R"({"a":1})");
  EXPECT_EQ(header(res, "x-content-type-options"), "nosniff");
  EXPECT_EQ(header(res, "x-request-id").size(), 16u);
}

TEST(Pipeline, MalformedJsonIsA400Problem) {
  Metrics* m;
  auto p = echo_pipeline(m);
  auto req = post_json(R"({"a":)");
  auto res = p.handle(req);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(res.content_type, "application/problem+json");
  EXPECT_NE(res.body.find("urn:simpul:problem:malformed-json"), std::string::npos);
}

TEST(Pipeline, NonObjectJsonIsRejected) {
  Metrics* m;
  auto p = echo_pipeline(m);
  auto req = post_json("[1,2]");
  EXPECT_EQ(p.handle(req).status, 400);
}

TEST(Pipeline, WrongContentTypeIs415) {
  Metrics* m;
  auto p = echo_pipeline(m);
  auto req = post_json(R"({"a":1})", "text/plain");
  EXPECT_EQ(p.handle(req).status, 415);
}

TEST(Pipeline, UnknownRouteIs404AndWrongMethodIs405WithAllow) {
  Metrics* m;
  auto p = echo_pipeline(m);
  auto missing = get("/api/v1/nothing");
  EXPECT_EQ(p.handle(missing).status, 404);
  auto wrong = get("/api/v1/echo");
  auto res = p.handle(wrong);
  EXPECT_EQ(res.status, 405);
  EXPECT_EQ(header(res, "allow"), "POST");
}

TEST(Pipeline, FailuresBecome500WithoutLeakingDetails) {
  Metrics* m;
  auto p = echo_pipeline(m);
  auto req = get("/api/v1/boom");
  auto res = p.handle(req);
  EXPECT_EQ(res.status, 500);
  EXPECT_EQ(res.body.find("secret internal detail"), std::string::npos);
  EXPECT_NE(res.body.find(req.request_id), std::string::npos);
}

TEST(Pipeline, EchoesSaneRequestIdsOnly) {
  Metrics* m;
  auto p = echo_pipeline(m);
  auto req = get("/api/v1/boom");
  req.headers = {{"x-request-id", "client-abc.1"}};
  EXPECT_EQ(header(p.handle(req), "x-request-id"), "client-abc.1");
  auto evil = get("/api/v1/boom");
  evil.headers = {{"x-request-id", "a\"b<script>"}};
  EXPECT_NE(header(p.handle(evil), "x-request-id"), "a\"b<script>");
}

TEST(Metrics, CountsRequestsPerRouteAndCode) {
  Metrics* m;
  auto p = echo_pipeline(m);
  auto before = m->render();
  auto req = post_json(R"({"x":true})");
  p.handle(req);
  auto text = m->render();
  EXPECT_NE(text.find(R"(simpul_http_requests_total{route="/api/v1/echo",method="POST",code="200"})"), std::string::npos);
  EXPECT_NE(text.find(R"(simpul_http_request_duration_seconds_bucket{route="/api/v1/echo",method="POST",le="+Inf"})"),
            std::string::npos);
}

TEST(Pagination, DefaultsAndLimits) {
  EXPECT_EQ(parse_page_request(get("/x")).limit, 50);
  EXPECT_EQ(parse_page_request(get("/x", "limit=100")).limit, 100);
  for (auto bad : {"limit=0", "limit=101", "limit=abc", "limit=5x", "cursor=%%%", "cursor=bm9wZQ"})
    EXPECT_THROW(parse_page_request(get("/x", bad)), ProblemError) << bad;
}

TEST(Pagination, CursorRoundTrips) {
  auto cursor = encode_cursor("kota-madiun");
  auto page = parse_page_request(get("/x", "cursor=" + cursor));
  ASSERT_TRUE(page.after);
  EXPECT_EQ(*page.after, "kota-madiun");
}

TEST(Target, SplitsAndDecodesPath) {
  auto t = split_target("/a%20b/c?x=1&y=%2F");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->first, "/a b/c");
  EXPECT_EQ(t->second, "x=1&y=%2F");
  EXPECT_FALSE(split_target("http://elsewhere/"));
  EXPECT_FALSE(split_target("/a%00b"));
}

TEST(StaticFiles, ServesInsideRootOnly) {
  namespace fs = std::filesystem;
  auto root = fs::temp_directory_path() / ("simpul-web-" + std::to_string(::getpid()));
  fs::create_directories(root / "assets");
  std::ofstream(root / "index.html") << "<!doctype html>";
  std::ofstream(root / "assets" / "app-1.js") << "1";
  std::ofstream(root.parent_path() / "secret.txt") << "no";
  StaticFiles web(root);
  EXPECT_TRUE(web.resolve("/index.html"));
  EXPECT_TRUE(web.resolve("/assets/app-1.js"));
  EXPECT_FALSE(web.resolve("/../secret.txt"));
  EXPECT_FALSE(web.resolve("/assets/../../secret.txt"));

  auto asset = web.serve(get("/assets/app-1.js"));
  ASSERT_TRUE(asset);
  EXPECT_EQ(asset->content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(header(*asset, "cache-control"), "public, max-age=31536000, immutable");

  auto spa = web.serve(get("/layanan/123"));
  ASSERT_TRUE(spa);
  EXPECT_EQ(spa->body, "<!doctype html>");
  EXPECT_EQ(header(*spa, "cache-control"), "no-cache");

  EXPECT_FALSE(web.serve(get("/missing.png")));
  EXPECT_FALSE(web.serve(get("/api/v1/unknown")));
}

TEST(Pagination, NumericCursorsAreChecked) {
  EXPECT_FALSE(after_number(parse_page_request(get("/x"))));
  EXPECT_EQ(after_number(parse_page_request(get("/x", "cursor=" + encode_cursor("42")))), 42);
  EXPECT_THROW(after_number(parse_page_request(get("/x", "cursor=" + encode_cursor("kota-madiun")))), ProblemError);
}

TEST(Pagination, PageBodyDropsTheExtraRowAndPointsPastTheLastItem) {
  auto key = [](int n) { return std::to_string(n); };
  auto to_json = [](int n) { return nlohmann::json(n); };
  auto full = page_body(std::vector<int>{1, 2, 3}, 2, key, to_json);
  EXPECT_EQ(full["items"], nlohmann::json::array({1, 2}));
  EXPECT_EQ(full["next_cursor"], encode_cursor("2"));
  auto last = page_body(std::vector<int>{1, 2}, 2, key, to_json);
  EXPECT_EQ(last["items"].size(), 2u);
  EXPECT_TRUE(last["next_cursor"].is_null());
}
