#pragma once
// SQL for the links between SPBE elements and for the elements at their ends, which live in
// their own registries (services, applications, datasets, hosts, networks, facilities).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/element_links/model.h"

namespace simpul::modules::element_links {

// A kind of element the registries hold (service, application, dataset, host, network, facility).
bool is_element_kind(const std::string& kind);
std::optional<Element> find_element(db::Connection& c, const std::string& region_id, const NodeKey& key);
// The elements of the region among `keys` (any kinds); absent ones are left out.
std::map<NodeKey, Element> find_elements(db::Connection& c, const std::string& region_id, const std::vector<NodeKey>& keys);

std::optional<Link> find_link(db::Connection& c, const std::string& region_id, int64_t link_id);
std::optional<Link> find_link(db::Connection& c, const std::string& region_id, const NodeKey& from, const NodeKey& to);
int64_t insert_link(db::Connection& c, Link& l);  // sets l.id
void delete_link(db::Connection& c, const std::string& region_id, int64_t link_id);

struct LinkFilter {
  std::optional<NodeKey> touching;  // links that start or end at this element
  std::optional<int64_t> after_id;  // the page starts after this link
  std::optional<int> limit;
};
// Oldest first.
std::vector<Link> links(db::Connection& c, const std::string& region_id, const LinkFilter& filter);

// Every link on a path that ends (impact) or starts (dependencies) at `start`, found level by
// level with indexed lookups; cycles end because each element is looked up once. A host's
// placement in a facility (hosts.facility_id) counts as a host → facility edge with link_id 0.
std::vector<Edge> reachable_edges(db::Connection& c, const std::string& region_id, const NodeKey& start, Direction direction);

}  // namespace simpul::modules::element_links
