#include "modules/regions/model.h"

#include <nlohmann/json.hpp>

namespace simpul::modules::regions {

nlohmann::json to_json(const Region& r) {
  return {{"id", r.id},           {"name", r.name},       {"kind", r.kind},
          {"time_zone", r.time_zone}, {"domain", r.domain}, {"profile", r.profile},
          {"version", r.version}, {"created_at", r.created_at}, {"updated_at", r.updated_at}};
}

}  // namespace simpul::modules::regions
