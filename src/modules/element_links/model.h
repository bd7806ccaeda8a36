#pragma once
// A link between two SPBE elements, "from uses to", and an element as a link, an impact answer
// or a diagram shows it: its kind, id, name and owner agency.
#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "modules/element_links/graph.h"

namespace simpul::modules::element_links {

struct Link {
  int64_t id = 0;
  std::string region_id;
  NodeKey from, to;
  std::string note;
  std::string created_by, created_at;
};

// One element as stored in its own registry.
struct Element {
  NodeKey key;
  std::string name;                        // a dataset's title
  std::optional<int64_t> owner_agency_id;  // none: the ICT office's (facilities, the WAN)
  std::string agency_short_name;
  std::string classification;  // datasets only
};

// An element as the caller may see it: a dataset the caller may not read is "hidden" (no
// name, no owner); an element whose record is gone (a link left behind) is "missing".
struct NodeView {
  NodeKey key;
  bool hidden = false;
  bool missing = false;
  std::optional<Element> element;  // set when neither hidden nor missing
};

nlohmann::json to_json(const NodeView& v);
nlohmann::json to_json(const Link& l);  // ends as {kind, id}

}  // namespace simpul::modules::element_links
