#include "modules/datasets/model.h"

#include "modules/datasets/rules.h"
#include "modules/datasets/sharing_rules.h"

namespace simpul::modules::datasets {

namespace {
nlohmann::json or_null(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }

// The metadata the public catalog and the signed-in views share.
nlohmann::json metadata_json(const Dataset& d, const std::string& today) {
  auto due = next_update_due(d.update_frequency, d.last_updated, today);
  return {{"id", d.id},
          {"code", d.code},
          {"title", d.title},
          {"description", d.description},
          {"owner_agency_id", d.owner_agency_id},
          {"owner_agency_name", d.owner_agency_name},
          {"owner_agency_short_name", d.owner_agency_short_name},
          {"classification", d.classification},
          {"update_frequency", d.update_frequency},
          {"last_updated", or_null(d.last_updated)},
          {"next_update_due", d.status == "active" && due ? nlohmann::json(*due) : nlohmann::json(nullptr)},
          {"update_overdue", update_overdue(d, today)},
          {"formats", d.formats},
          {"keywords", d.keywords},
          {"theme", d.theme},
          {"temporal_coverage", d.temporal_coverage},
          {"spatial_coverage", d.spatial_coverage},
          {"licence", d.licence},
          {"landing_page", d.landing_page},
          {"access_url", d.access_url},
          {"contact_point", {{"name", d.contact_name}, {"email", d.contact_email}}},
          {"issued", or_null(d.issued)},
          {"master_data", d.master_data},
          {"reference_data", d.reference_data},
          {"data_key", d.data_key},
          {"status", d.status},
          {"updated_at", d.updated_at}};
}
}  // namespace

nlohmann::json record_json(const Dataset& d) {
  return {{"id", d.id},
          {"owner_agency_id", d.owner_agency_id},
          {"code", d.code},
          {"title", d.title},
          {"description", d.description},
          {"data_steward_id", d.data_steward_id ? nlohmann::json(*d.data_steward_id) : nlohmann::json(nullptr)},
          {"classification", d.classification},
          {"update_frequency", d.update_frequency},
          {"last_updated", or_null(d.last_updated)},
          {"formats", d.formats},
          {"keywords", d.keywords},
          {"theme", d.theme},
          {"temporal_coverage", d.temporal_coverage},
          {"spatial_coverage", d.spatial_coverage},
          {"licence", d.licence},
          {"landing_page", d.landing_page},
          {"access_url", d.access_url},
          {"contact_name", d.contact_name},
          {"contact_email", d.contact_email},
          {"issued", or_null(d.issued)},
          {"master_data", d.master_data},
          {"reference_data", d.reference_data},
          {"data_key", d.data_key},
          {"status", d.status},
          {"version", d.version},
          {"created_at", d.created_at},
          {"updated_at", d.updated_at}};
}

nlohmann::json to_json(const Dataset& d, const std::string& today) {
  auto j = metadata_json(d, today);
  j["data_steward_id"] = d.data_steward_id ? nlohmann::json(*d.data_steward_id) : nlohmann::json(nullptr);
  j["data_steward"] = nullptr;
  if (d.data_steward_id) j["data_steward"] = {{"id", *d.data_steward_id}, {"name", d.data_steward_name}};
  j["version"] = d.version;
  j["created_at"] = d.created_at;
  return j;
}

nlohmann::json public_json(const Dataset& d, const std::string& today) {
  auto j = metadata_json(d, today);
  j.erase("classification");  // always public here
  j.erase("status");          // always active here
  return j;
}

nlohmann::json agreement_record_json(const Agreement& a) {
  return {{"id", a.id},
          {"provider_agency_id", a.provider_agency_id},
          {"consumer_agency_id", a.consumer_agency_id},
          {"title", a.title},
          {"purpose", a.purpose},
          {"scope", a.scope},
          {"access_mode", a.access_mode},
          {"interoperability_standard", a.interoperability_standard},
          {"document_number", a.document_number},
          {"document_sha256", or_null(a.document_sha256)},
          {"valid_from", a.valid_from},
          {"expires_on", a.expires_on},
          {"dataset_ids", a.dataset_ids},
          {"status", a.status},
          {"activated_by", or_null(a.activated_by)},
          {"activated_at", or_null(a.activated_at)},
          {"ended_by", or_null(a.ended_by)},
          {"ended_at", or_null(a.ended_at)},
          {"end_reason", or_null(a.end_reason)},
          {"version", a.version},
          {"created_at", a.created_at},
          {"updated_at", a.updated_at}};
}

nlohmann::json to_json(const Agreement& a, const std::string& today) {
  auto j = agreement_record_json(a);
  j["provider_agency_name"] = a.provider_agency_name;
  j["consumer_agency_name"] = a.consumer_agency_name;
  j["state"] = agreement_state(a, today);
  j["grants_access"] = grants_access(a, today);
  j["expiring_soon"] = expiring_soon(a, today);
  j["days_to_expiry"] = days_between(today, a.expires_on);
  return j;
}

}  // namespace simpul::modules::datasets
