#include "modules/element_links/views.h"

#include <set>

#include "modules/datasets/access.h"
#include "modules/datasets/visibility.h"
#include "modules/element_links/rules.h"
#include "modules/element_links/store.h"

namespace simpul::modules::element_links {

namespace {

// The datasets an active data-sharing agreement opens to the caller's agency today.
std::set<int64_t> shared_with_caller(db::Connection& c, const auth::Principal& me) {
  return datasets::viewer_for(c, &me, me.region_id).shared;
}

}  // namespace

std::map<NodeKey, NodeView> view_nodes(db::Connection& c, const auth::Principal& me, const std::vector<NodeKey>& keys) {
  auto found = find_elements(c, me.region_id, keys);
  std::optional<std::set<int64_t>> shared;  // read once, when a dataset needs it
  std::map<NodeKey, NodeView> out;
  for (const auto& key : keys) {
    NodeView v{key, false, false, std::nullopt};
    auto it = found.find(key);
    if (it == found.end()) {
      v.missing = true;
    } else if (key.kind == "dataset") {
      const auto& d = it->second;
      bool visible = datasets::may_read_dataset(&me, d.classification, d.owner_agency_id.value_or(0), false);
      if (!visible && d.classification == "restricted") {
        if (!shared) shared = shared_with_caller(c, me);
        visible = datasets::may_read_dataset(&me, d.classification, d.owner_agency_id.value_or(0), shared->count(key.id) > 0);
      }
      if (visible) v.element = d;
      else v.hidden = true;
    } else {
      v.element = it->second;
    }
    out.emplace(key, v);
  }
  return out;
}

nlohmann::json traversal_json(const NodeView& start, const Traversal& t, Direction direction,
                              const std::map<NodeKey, NodeView>& views, const std::optional<std::string>& only) {
  nlohmann::json by_kind = nlohmann::json::object();
  for (const char* kind : {"service", "application", "dataset", "host", "network", "facility"})
    by_kind[kind] = nlohmann::json::array();
  auto start_json = to_json(start);
  start_json["depth"] = 0;
  nlohmann::json nodes = nlohmann::json::array({start_json});
  size_t total = 0;
  for (const auto& r : t.reached) {
    auto j = to_json(views.at(r.node));
    j["depth"] = r.depth;
    nodes.push_back(j);
    if (only && r.node.kind != *only) continue;
    nlohmann::json path = nlohmann::json::array();
    for (const auto& k : r.path) path.push_back(k.text());
    j["path"] = path;
    by_kind[r.node.kind].push_back(j);
    ++total;
  }
  nlohmann::json edges = nlohmann::json::array();
  for (const auto& e : t.edges)
    edges.push_back({{"id", e.link_id ? nlohmann::json(e.link_id) : nlohmann::json(nullptr)},
                     {"from", e.from.text()},
                     {"to", e.to.text()},
                     {"placement", e.link_id == 0}});
  return {{"direction", direction == Direction::impact ? "impact" : "dependencies"},
          {"start", to_json(start)},
          {"only", only ? nlohmann::json(*only) : nlohmann::json(nullptr)},
          {"total", total},
          {"by_kind", by_kind},
          {"nodes", nodes},
          {"edges", edges}};
}

nlohmann::json links_json(db::Connection& c, const auth::Principal& me, const std::vector<Link>& links) {
  std::vector<NodeKey> keys;
  for (const auto& l : links) keys.push_back(l.from), keys.push_back(l.to);
  auto views = view_nodes(c, me, keys);
  nlohmann::json out = nlohmann::json::array();
  for (const auto& l : links) {
    auto j = to_json(l);
    j["from"] = to_json(views.at(l.from));
    j["to"] = to_json(views.at(l.to));
    out.push_back(j);
  }
  return out;
}

}  // namespace simpul::modules::element_links
