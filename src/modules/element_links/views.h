#pragma once
// The elements at the ends of links as a caller may see them. A dataset is shown by its
// classification (src/modules/datasets/access.h): one the caller may not read is a hidden node,
// without its title or owner, so the impact of an outage is complete without revealing what the
// caller may not know (Perwali Madiun 39/2021 Pasal 11 ayat (3) huruf a, pembatasan akses).
#include <map>
#include <vector>

#include <nlohmann/json.hpp>

#include "auth/principal.h"
#include "db/database.h"
#include "modules/element_links/graph.h"
#include "modules/element_links/model.h"

namespace simpul::modules::element_links {

std::map<NodeKey, NodeView> view_nodes(db::Connection& c, const auth::Principal& me, const std::vector<NodeKey>& keys);

// The answer of GET /impact and /dependencies: the start, the reached elements grouped by kind
// (each with its depth and one path in "uses" order), and nodes and edges for a diagram.
// `only` narrows the groups and the total to one kind; the diagram keeps every path.
nlohmann::json traversal_json(const NodeView& start, const Traversal& t, Direction direction,
                              const std::map<NodeKey, NodeView>& views, const std::optional<std::string>& only);

// Links as the list and the detail of an element show them: each end as the caller sees it.
nlohmann::json links_json(db::Connection& c, const auth::Principal& me, const std::vector<Link>& links);

}  // namespace simpul::modules::element_links
