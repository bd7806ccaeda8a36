// The dependency graph of SPBE elements as pure rules: the impact walk (who depends on an
// element, transitively) and the dependency walk (what it uses), with cycles, diamonds,
// self-loops and an unknown start; and which pairs of elements may be linked.
#include <gtest/gtest.h>

#include "refused_fields.h"

#include <functional>
#include <map>

#include "core/problem.h"
#include "modules/element_links/graph.h"
#include "modules/element_links/rules.h"

using namespace simpul;
using namespace simpul::modules::element_links;

namespace {

NodeKey n(const std::string& kind, int64_t id) { return {kind, id}; }

Edge uses(int64_t link_id, NodeKey from, NodeKey to) { return {link_id, std::move(from), std::move(to)}; }

std::map<std::string, int> depths(const Traversal& t) {
  std::map<std::string, int> out;
  for (const auto& r : t.reached) out[r.node.text()] = r.depth;
  return out;
}

std::vector<std::string> texts(const std::vector<NodeKey>& path) {
  std::vector<std::string> out;
  for (const auto& k : path) out.push_back(k.text());
  return out;
}

const Reached& find(const Traversal& t, const NodeKey& key) {
  for (const auto& r : t.reached)
    if (r.node == key) return r;
  throw std::runtime_error("not reached: " + key.text());
}

// service:1 → application:1 → dataset:1 → host:1 → facility:1, and application:1 → host:1.
std::vector<Edge> chain() {
  return {uses(1, n("service", 1), n("application", 1)), uses(2, n("application", 1), n("dataset", 1)),
          uses(3, n("dataset", 1), n("host", 1)), uses(4, n("host", 1), n("facility", 1)),
          uses(5, n("application", 1), n("host", 1))};
}

}  // namespace

TEST(ImpactGraph, ImpactWalksBackwardsWithTheSmallestDepth) {
  auto t = traverse(n("host", 1), chain(), Direction::impact);
  // The application uses the host directly, and through its dataset: depth 1, not 2.
  EXPECT_EQ(depths(t), (std::map<std::string, int>{{"dataset:1", 1}, {"application:1", 1}, {"service:1", 2}}));
  EXPECT_EQ(texts(find(t, n("service", 1)).path), (std::vector<std::string>{"service:1", "application:1", "host:1"}));
  // What the host itself uses (the facility) is not what breaks when the host is down.
  for (const auto& r : t.reached) EXPECT_NE(r.node.kind, "facility");
}

TEST(ImpactGraph, DependenciesWalkForwardsWithPathsFromTheStart) {
  auto t = traverse(n("service", 1), chain(), Direction::dependencies);
  EXPECT_EQ(depths(t), (std::map<std::string, int>{
                           {"application:1", 1}, {"dataset:1", 2}, {"host:1", 2}, {"facility:1", 3}}));
  EXPECT_EQ(texts(find(t, n("facility", 1)).path),
            (std::vector<std::string>{"service:1", "application:1", "host:1", "facility:1"}));
  EXPECT_EQ(t.reached.front().node, n("application", 1)) << "reached in order of depth";
}

TEST(ImpactGraph, CyclesTerminateAndNeverReachTheStartAgain) {
  // service:1 ↔ service:2 → service:3 → service:1, and application:7 used by all.
  std::vector<Edge> edges{uses(1, n("service", 1), n("service", 2)), uses(2, n("service", 2), n("service", 1)),
                          uses(3, n("service", 2), n("service", 3)), uses(4, n("service", 3), n("service", 1)),
                          uses(5, n("service", 3), n("application", 7))};
  auto t = traverse(n("service", 1), edges, Direction::impact);
  EXPECT_EQ(depths(t), (std::map<std::string, int>{{"service:2", 1}, {"service:3", 1}}));
  auto down = traverse(n("service", 1), edges, Direction::dependencies);
  EXPECT_EQ(depths(down), (std::map<std::string, int>{{"service:2", 1}, {"service:3", 2}, {"application:7", 3}}));
  auto from_app = traverse(n("application", 7), edges, Direction::impact);
  EXPECT_EQ(depths(from_app), (std::map<std::string, int>{{"service:3", 1}, {"service:2", 2}, {"service:1", 3}}));
  EXPECT_EQ(t.edges.size(), 4u) << "every edge among the visited services is drawn";
}

TEST(ImpactGraph, DiamondReachesTheSharedElementOnceByOnePath) {
  // service:1 uses application:1 and application:2, both on dataset:1.
  std::vector<Edge> edges{uses(1, n("service", 1), n("application", 1)), uses(2, n("service", 1), n("application", 2)),
                          uses(3, n("application", 1), n("dataset", 1)), uses(4, n("application", 2), n("dataset", 1))};
  auto t = traverse(n("dataset", 1), edges, Direction::impact);
  ASSERT_EQ(t.reached.size(), 3u);
  const auto& service = find(t, n("service", 1));
  EXPECT_EQ(service.depth, 2);
  EXPECT_EQ(texts(service.path), (std::vector<std::string>{"service:1", "application:1", "dataset:1"}))
      << "the first path met";
  EXPECT_EQ(t.edges.size(), 4u);
}

TEST(ImpactGraph, SelfLoopsDuplicatesAndAnUnknownStartAreHarmless) {
  std::vector<Edge> edges{uses(1, n("host", 1), n("host", 1)), uses(2, n("dataset", 1), n("host", 1)),
                          uses(3, n("dataset", 1), n("host", 1))};
  auto t = traverse(n("host", 1), edges, Direction::impact);
  EXPECT_EQ(depths(t), (std::map<std::string, int>{{"dataset:1", 1}}));
  EXPECT_EQ(t.edges.size(), 2u) << "the self-loop and one of the duplicates";
  auto unknown = traverse(n("host", 99), edges, Direction::impact);
  EXPECT_TRUE(unknown.reached.empty());
  EXPECT_TRUE(unknown.edges.empty());
  EXPECT_TRUE(traverse(n("host", 1), {}, Direction::dependencies).reached.empty());
}

TEST(ImpactGraph, SameIdOfAnotherKindIsAnotherElement) {
  std::vector<Edge> edges{uses(1, n("service", 5), n("application", 5)), uses(2, n("application", 5), n("host", 5))};
  auto t = traverse(n("host", 5), edges, Direction::impact);
  EXPECT_EQ(depths(t), (std::map<std::string, int>{{"application:5", 1}, {"service:5", 2}}));
}

TEST(ImpactGraph, LongChainKeepsFullPath) {
  std::vector<Edge> edges;
  for (int64_t i = 1; i < 200; ++i) edges.push_back(uses(i, n("service", i + 1), n("service", i)));
  auto t = traverse(n("service", 1), edges, Direction::impact);
  ASSERT_EQ(t.reached.size(), 199u);
  EXPECT_EQ(t.reached.back().depth, 199);
  EXPECT_EQ(t.reached.back().path.size(), 200u);
  EXPECT_EQ(t.reached.back().path.back(), n("service", 1));
}

TEST(ElementLinkRules, AllowedPairsFollowTheLayers) {
  for (auto [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"service", "service"}, {"service", "application"}, {"service", "dataset"}, {"application", "application"},
           {"application", "dataset"}, {"application", "host"}, {"dataset", "host"}, {"host", "network"},
           {"host", "facility"}, {"network", "facility"}})
    EXPECT_TRUE(is_allowed_pair(from, to)) << from << " → " << to;
  for (auto [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"application", "service"}, {"dataset", "application"}, {"host", "dataset"}, {"facility", "host"},
           {"service", "host"}, {"dataset", "dataset"}, {"network", "host"}, {"service", "widget"}})
    EXPECT_FALSE(is_allowed_pair(from, to)) << from << " → " << to;
  EXPECT_EQ(allowed_targets("application"), "application, dataset, host");
  EXPECT_EQ(allowed_targets("facility"), "");
}

TEST(ElementLinkRules, ParseLinkNamesEachBadField) {
  auto ok = parse_link({{"from", {{"kind", "service"}, {"id", 3}}}, {"to", {{"kind", "application"}, {"id", 4}}},
                        {"note", "  pendaftaran  "}});
  EXPECT_EQ(ok.from, n("service", 3));
  EXPECT_EQ(ok.to, n("application", 4));
  EXPECT_EQ(ok.note, "pendaftaran");
  EXPECT_EQ(fields_of([] { parse_link(nlohmann::json::object()); }), (std::vector<std::string>{"from", "to"}));
  EXPECT_EQ(fields_of([] {
              parse_link({{"from", {{"kind", "widget"}, {"id", 0}}}, {"to", {{"kind", "host"}, {"id", "7"}, {"x", 1}}},
                          {"colour", "red"}});
            }),
            (std::vector<std::string>{"colour", "from.kind", "from.id", "to.x", "to.id"}));
  EXPECT_EQ(fields_of([] { parse_link({{"from", {{"kind", "host"}, {"id", 1}}}, {"to", {{"kind", "dataset"}, {"id", 2}}}}); }),
            (std::vector<std::string>{"to.kind"}));
  EXPECT_EQ(fields_of([] { parse_link({{"from", {{"kind", "facility"}, {"id", 1}}}, {"to", {{"kind", "host"}, {"id", 2}}}}); }),
            (std::vector<std::string>{"from.kind"}));
  EXPECT_EQ(fields_of([] { parse_link({{"from", {{"kind", "service"}, {"id", 1}}}, {"to", {{"kind", "service"}, {"id", 1}}}}); }),
            (std::vector<std::string>{"to"}));
}

TEST(ElementLinkRules, OnlyTheFromOwnerOrTheIctOfficeKeepsALink) {
  auth::Principal admin, own, other, leader;
  admin.role = auth::Role::superadmin;
  own.role = other.role = auth::Role::agency_operator;
  own.agency_id = 4;
  other.agency_id = 5;
  leader.role = auth::Role::leadership;
  EXPECT_TRUE(may_keep_link(admin, 4));
  EXPECT_TRUE(may_keep_link(admin, std::nullopt));
  EXPECT_TRUE(may_keep_link(own, 4));
  EXPECT_FALSE(may_keep_link(other, 4));
  EXPECT_FALSE(may_keep_link(own, std::nullopt)) << "facilities and the WAN belong to the ICT office";
  EXPECT_FALSE(may_keep_link(leader, 4));
}

TEST(ElementLinkRules, QueryParametersAreChecked) {
  EXPECT_EQ(parse_element_query(std::string("host"), std::string("12")), n("host", 12));
  for (auto [kind, id] : std::vector<std::pair<std::optional<std::string>, std::optional<std::string>>>{
           {std::nullopt, "1"}, {"server", "1"}, {"host", std::nullopt}, {"host", "0"}, {"host", "1x"}, {"host", "-3"}}) {
    try {
      parse_element_query(kind, id);
      ADD_FAILURE() << "accepted " << kind.value_or("-") << " " << id.value_or("-");
    } catch (const ProblemError& e) {
      EXPECT_EQ(e.problem().status, 400);
    }
  }
  EXPECT_EQ(parse_only(std::nullopt), std::nullopt);
  EXPECT_EQ(parse_only(std::string("service")), "service");
  EXPECT_THROW(parse_only(std::string("services")), ProblemError);
}
