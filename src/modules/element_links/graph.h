#pragma once
// The dependency graph of the SPBE elements, pure (no I/O): nodes are elements (a kind and
// an id), an edge "from uses to" says that `from` stops working when `to` is down.
//
//   impact        walks the edges backwards: everything that depends on the start, directly
//                 or through others ("what breaks if this host goes down");
//   dependencies  walks them forwards: everything the start uses.
//
// Breadth first, so each element is reached at its smallest depth with one shortest path; a
// visited set makes cycles (A uses B uses A) and self-loops terminate. The start itself is
// never among the reached elements, even when a cycle leads back to it.
#include <cstdint>
#include <string>
#include <vector>

namespace simpul::modules::element_links {

struct NodeKey {
  std::string kind;  // "service", "application", "dataset", "host", "network", "facility"
  int64_t id = 0;

  std::string text() const { return kind + ":" + std::to_string(id); }  // "host:12"
  friend bool operator==(const NodeKey&, const NodeKey&) = default;
  friend auto operator<=>(const NodeKey&, const NodeKey&) = default;
};

struct Edge {
  int64_t link_id = 0;
  NodeKey from;  // the user
  NodeKey to;    // what it uses
};

enum class Direction { impact, dependencies };

struct Reached {
  NodeKey node;
  int depth = 0;               // 1: linked directly to the start
  std::vector<NodeKey> path;   // in "uses" order: impact [node … start], dependencies [start … node]
};

struct Traversal {
  std::vector<Reached> reached;  // by depth, then in the order met
  std::vector<Edge> edges;       // the edges between the start and the reached elements, for a diagram
};

// `edges` may hold more than the part reachable from `start` (and duplicates); an unknown
// start reaches nothing.
Traversal traverse(const NodeKey& start, const std::vector<Edge>& edges, Direction direction);

}  // namespace simpul::modules::element_links
