// docs/openapi.yaml and the served routes must describe the same API: a route
// served but not described, or described but not served, fails here.
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <set>

#include "app/routes.h"

namespace {
std::set<std::string> served_routes() {
  simpul::AppContext ctx;  // handlers are listed, never called
  std::set<std::string> out;
  auto router = simpul::build_router(ctx);
  for (const auto& r : router.routes()) out.insert(r.method + " " + r.pattern);
  return out;
}

std::set<std::string> described_routes() {
  auto doc = YAML::LoadFile(std::string(SIMPUL_SOURCE_DIR) + "/docs/openapi.yaml");
  std::set<std::string> out;
  for (const auto& path : doc["paths"]) {
    for (const auto& op : path.second) {
      std::string method = op.first.as<std::string>();
      if (method == "parameters" || method == "summary" || method == "description") continue;
      for (auto& c : method) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      out.insert(method + " " + path.first.as<std::string>());
    }
  }
  return out;
}
}  // namespace

TEST(OpenApi, IsVersion31) {
  auto doc = YAML::LoadFile(std::string(SIMPUL_SOURCE_DIR) + "/docs/openapi.yaml");
  EXPECT_EQ(doc["openapi"].as<std::string>().rfind("3.1", 0), 0u);
}

TEST(OpenApi, EveryServedRouteIsDescribed) {
  auto described = described_routes();
  for (const auto& route : served_routes()) EXPECT_TRUE(described.count(route)) << route << " is served but not in docs/openapi.yaml";
}

TEST(OpenApi, EveryDescribedRouteIsServed) {
  auto served = served_routes();
  for (const auto& route : described_routes()) EXPECT_TRUE(served.count(route)) << route << " is in docs/openapi.yaml but not served";
}
