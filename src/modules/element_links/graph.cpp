#include "modules/element_links/graph.h"

#include <algorithm>
#include <deque>
#include <map>
#include <optional>
#include <set>

namespace simpul::modules::element_links {

Traversal traverse(const NodeKey& start, const std::vector<Edge>& edges, Direction direction) {
  // Adjacency in the walking direction: impact follows an edge from its "to" to its "from".
  std::map<NodeKey, std::vector<const Edge*>> next;
  for (const auto& e : edges) next[direction == Direction::impact ? e.to : e.from].push_back(&e);

  struct Visit {
    int depth;
    std::optional<NodeKey> came_from;
  };
  std::map<NodeKey, Visit> visited{{start, {0, std::nullopt}}};
  std::deque<NodeKey> queue{start};
  Traversal out;
  while (!queue.empty()) {
    NodeKey here = queue.front();
    queue.pop_front();
    auto found = next.find(here);
    if (found == next.end()) continue;
    const int depth = visited.at(here).depth + 1;
    for (const Edge* e : found->second) {
      const NodeKey& there = direction == Direction::impact ? e->from : e->to;
      if (visited.count(there)) continue;
      visited.emplace(there, Visit{depth, here});
      queue.push_back(there);
      // The path back to the start, then put in "uses" order.
      std::vector<NodeKey> path{there};
      for (auto at = here;; at = *visited.at(at).came_from) {
        path.push_back(at);
        if (!visited.at(at).came_from) break;
      }
      if (direction == Direction::dependencies) std::reverse(path.begin(), path.end());
      out.reached.push_back({there, depth, std::move(path)});
    }
  }
  // Every edge whose two ends were visited, once: what a diagram of the answer draws.
  std::set<std::pair<NodeKey, NodeKey>> drawn;
  for (const auto& e : edges)
    if (visited.count(e.from) && visited.count(e.to) && drawn.insert({e.from, e.to}).second) out.edges.push_back(e);
  return out;
}

}  // namespace simpul::modules::element_links
