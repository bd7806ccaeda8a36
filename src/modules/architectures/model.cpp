#include "modules/architectures/model.h"

#include "modules/planning/plan_fields.h"

namespace simpul::modules::architectures {

using plan_fields::or_null;

nlohmann::json to_json(const Domain& d) {
  return {{"domain", d.domain},
          {"description", d.description},
          {"agency_id", d.agency_id ? nlohmann::json(*d.agency_id) : nlohmann::json(nullptr)},
          {"agency_name", d.agency_id ? or_null(d.agency_name) : nlohmann::json(nullptr)},
          {"article", or_null(d.article)}};
}

nlohmann::json to_json(const Review& r) {
  return {{"id", r.id},
          {"kind", r.kind},
          {"review_date", r.review_date},
          {"reasons", r.reasons},
          {"note", r.note},
          {"decree_number", or_null(r.decree_number)},
          {"decree_date", or_null(r.decree_date)},
          {"recorded_by", r.recorded_by},
          {"created_at", r.created_at}};
}

nlohmann::json record_json(const Architecture& a) {
  nlohmann::json j = {{"id", a.id},
                      {"title", a.title},
                      {"start_year", a.start_year},
                      {"end_year", a.end_year},
                      {"reference_summary", a.reference_summary},
                      {"decree_number", or_null(a.decree_number)},
                      {"decree_date", or_null(a.decree_date)},
                      {"status", a.status},
                      {"version", a.version},
                      {"created_at", a.created_at},
                      {"updated_at", a.updated_at}};
  for (const auto& d : a.domains) {
    j["domains." + d.domain + ".description"] = d.description;
    j["domains." + d.domain + ".agency_id"] = d.agency_id ? nlohmann::json(*d.agency_id) : nlohmann::json(nullptr);
  }
  return j;
}

}  // namespace simpul::modules::architectures
