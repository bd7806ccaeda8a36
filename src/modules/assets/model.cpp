#include "modules/assets/model.h"

namespace simpul::modules::assets {

namespace {

template <class T>
nlohmann::json or_null(const std::optional<T>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json record_json(const Asset& a) {
  nlohmann::json compatibility = nullptr;
  if (a.compatible_with)
    compatibility = {{"compatible_with", *a.compatible_with},
                     {"note", a.compatibility_note},
                     {"stated_on", or_null(a.compatibility_on)},
                     {"stated_by", a.compatibility_by}};
  nlohmann::json disposal = nullptr;
  if (a.disposed_on) disposal = {{"on", *a.disposed_on}, {"reason", a.disposal_reason}, {"decree_reference", a.disposal_decree}};
  return {{"id", a.id},
          {"kind", a.kind},
          {"category", a.category},
          {"code", a.code},
          {"name", a.name},
          {"brand", a.brand},
          {"model", a.model},
          {"software_version", a.software_version},
          {"serial_number", a.serial_number},
          {"owner_agency_id", a.owner_agency_id},
          {"location", a.location},
          {"stage", a.stage},
          {"stage_since", a.stage_since},
          {"acquired_on", or_null(a.acquired_on)},
          {"value", or_null(a.value)},
          {"warranty_until", or_null(a.warranty_until)},
          {"licence_kind", or_null(a.licence_kind)},
          {"licence_until", or_null(a.licence_until)},
          {"seats", or_null(a.seats)},
          {"application_id", or_null(a.application_id)},
          {"regional_asset_code", a.regional_asset_code},
          {"notes", a.notes},
          {"compatibility", compatibility},
          {"disposal", disposal},
          {"version", a.version},
          {"created_at", a.created_at},
          {"updated_at", a.updated_at}};
}

nlohmann::json to_json(const Asset& a) {
  auto j = record_json(a);
  j["owner_agency_name"] = a.owner_agency_name;
  j["application_name"] = a.application_id ? nlohmann::json(a.application_name) : nlohmann::json(nullptr);
  return j;
}

nlohmann::json to_json(const Event& e) {
  return {{"id", e.id},
          {"action", e.action},
          {"from_stage", or_null(e.from_stage)},
          {"to_stage", e.to_stage},
          {"on", e.on},
          {"note", e.note},
          {"reason", e.reason},
          {"decree_reference", e.decree_reference},
          {"actor", e.actor},
          {"created_at", e.created_at}};
}

nlohmann::json to_json(const Link& l) {
  return {{"id", l.id},          {"asset_id", l.asset_id},     {"kind", l.kind},
          {"target_id", l.target_id}, {"target_name", l.target_name}, {"created_by", l.created_by},
          {"created_at", l.created_at}};
}

nlohmann::json to_json(const ReportRow& r) {
  return {{"agency_id", r.agency_id}, {"agency_name", r.agency_name}, {"category", r.category},
          {"kind", r.kind},           {"planning", r.planning},       {"procurement", r.procurement},
          {"in_use", r.in_use},       {"maintenance", r.maintenance}, {"disposed", r.disposed},
          {"count", r.count},         {"value", r.value}};
}

nlohmann::json to_json(const MissingCode& m) {
  return {{"asset_id", m.asset_id}, {"code", m.code}, {"name", m.name}, {"owner_agency_name", m.owner_agency_name}};
}

nlohmann::json report_record_json(const InventoryReport& r) {
  return {{"id", r.id},
          {"year", r.year},
          {"state", r.state},
          {"made_on", r.made_on},
          {"recipient", r.recipient},
          {"sent_on", or_null(r.sent_on)},
          {"totals", {{"count", r.total_count}, {"value", r.total_value}}},
          {"missing_regional_code_count", r.missing_count},
          {"version", r.version},
          {"created_at", r.created_at},
          {"updated_at", r.updated_at}};
}

nlohmann::json to_json(const InventoryReport& r, bool with_lists) {
  auto j = report_record_json(r);
  if (!with_lists) return j;
  j["rows"] = nlohmann::json::array();
  for (const auto& row : r.rows) j["rows"].push_back(to_json(row));
  j["missing_regional_code"] = nlohmann::json::array();
  for (const auto& m : r.missing) j["missing_regional_code"].push_back(to_json(m));
  return j;
}

}  // namespace simpul::modules::assets
