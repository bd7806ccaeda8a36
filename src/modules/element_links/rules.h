#pragma once
// The rules of links between SPBE elements, pure (no I/O): which kinds exist, which pairs may
// be linked ("from uses to": a service uses applications and data, an application stores its
// data and runs on hosts, hosts sit on networks and in the data center), what a link request
// holds, and who keeps a link. The chain service → application → dataset → host/network
// follows the regulations' layers: Layanan SPBE built on Aplikasi SPBE (Madiun Pasal 28 ayat
// (2)), data kept in the Pusat Data (Pasal 15), infrastructure of data center, network and
// service connector (Pasal 13).
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "auth/principal.h"
#include "core/lang.h"
#include "modules/element_links/graph.h"

namespace simpul::modules::element_links {

inline const std::set<std::string> kKinds{"service", "application", "dataset", "host", "network", "facility"};

// The allowed pairs, from → to.
inline const std::set<std::pair<std::string, std::string>> kAllowedPairs{
    {"service", "service"},         {"service", "application"}, {"service", "dataset"},
    {"application", "application"}, {"application", "dataset"}, {"application", "host"},
    {"dataset", "host"},            {"host", "network"},        {"host", "facility"},
    {"network", "facility"},
};

bool is_kind(const std::string& kind);
bool is_allowed_pair(const std::string& from_kind, const std::string& to_kind);
// The kinds `from_kind` may use, in a fixed order ("application, dataset"), for messages.
std::string allowed_targets(const std::string& from_kind);

struct LinkInput {
  NodeKey from, to;
  std::string note;
};
// {from: {kind, id}, to: {kind, id}, note?}: 422 naming each field ("from.kind", "to.id" …),
// also for a pair that is not allowed ("to.kind") and a link of an element to itself ("to").
LinkInput parse_link(const nlohmann::json& body);

// Who keeps a link: the superadmin, or an operator of the agency owning its "from" element.
// Elements without an owner (facilities, the WAN) are kept by the ICT office only.
bool may_keep_link(const auth::Principal& me, std::optional<int64_t> from_owner_agency_id);

// "?kind=host&id=12" of the impact and dependency queries; 400 naming the parameter.
NodeKey parse_element_query(const std::optional<std::string>& kind, const std::optional<std::string>& id);
// "&only=service": nullopt when absent; 400 when not a kind.
std::optional<std::string> parse_only(const std::optional<std::string>& only);

}  // namespace simpul::modules::element_links
