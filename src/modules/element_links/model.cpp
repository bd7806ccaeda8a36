#include "modules/element_links/model.h"

namespace simpul::modules::element_links {

nlohmann::json to_json(const NodeView& v) {
  nlohmann::json j = {{"key", v.key.text()}, {"kind", v.key.kind}, {"id", v.key.id}, {"name", nullptr},
                      {"agency_id", nullptr}, {"agency_short_name", nullptr}, {"hidden", v.hidden}, {"missing", v.missing}};
  if (v.element) {
    j["name"] = v.element->name;
    if (v.element->owner_agency_id) {
      j["agency_id"] = *v.element->owner_agency_id;
      j["agency_short_name"] = v.element->agency_short_name;
    }
  }
  return j;
}

nlohmann::json to_json(const Link& l) {
  return {{"id", l.id},
          {"from", {{"kind", l.from.kind}, {"id", l.from.id}}},
          {"to", {{"kind", l.to.kind}, {"id", l.to.id}}},
          {"note", l.note},
          {"created_by", l.created_by},
          {"created_at", l.created_at}};
}

}  // namespace simpul::modules::element_links
