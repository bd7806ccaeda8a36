#include "modules/infrastructure/model.h"

namespace simpul::modules::infrastructure {

namespace {
template <class T>
nlohmann::json or_null(const std::optional<T>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}
nlohmann::json text_or_null(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }
}  // namespace

double uptime_percent(int64_t basis_points) { return static_cast<double>(basis_points) / 100.0; }

nlohmann::json record_json(const Facility& f) {
  return {{"id", f.id},       {"name", f.name},   {"kind", f.kind},
          {"location", f.location}, {"operator_agency_id", or_null(f.operator_agency_id)},
          {"tier", f.tier},   {"notes", f.notes}, {"version", f.version},
          {"created_at", f.created_at}, {"updated_at", f.updated_at}};
}

nlohmann::json to_json(const Facility& f) {
  auto j = record_json(f);
  j["operator_agency_short_name"] = text_or_null(f.operator_agency_short_name);
  return j;
}

nlohmann::json record_json(const Host& h) {
  return {{"id", h.id},
          {"owner_agency_id", h.owner_agency_id},
          {"name", h.name},
          {"kind", h.kind},
          {"facility_id", or_null(h.facility_id)},
          {"uptime_commitment", h.uptime_basis_points ? nlohmann::json(uptime_percent(*h.uptime_basis_points)) : nlohmann::json(nullptr)},
          {"operating_system", h.operating_system},
          {"purpose", h.purpose},
          {"addresses", h.addresses},
          {"status", h.status},
          {"version", h.version},
          {"created_at", h.created_at},
          {"updated_at", h.updated_at}};
}

nlohmann::json to_json(const Host& h) {
  auto j = record_json(h);
  j["agency_name"] = h.agency_name;
  j["agency_short_name"] = h.agency_short_name;
  j["facility"] = nullptr;
  if (h.facility_id) j["facility"] = {{"id", *h.facility_id}, {"name", h.facility_name}, {"kind", h.facility_kind}};
  return j;
}

nlohmann::json record_json(const Network& n) {
  return {{"id", n.id},     {"owner_agency_id", or_null(n.owner_agency_id)}, {"name", n.name},
          {"kind", n.kind}, {"description", n.description}, {"version", n.version},
          {"created_at", n.created_at}, {"updated_at", n.updated_at}};
}

nlohmann::json to_json(const Network& n) {
  auto j = record_json(n);
  j["agency_name"] = text_or_null(n.agency_name);
  j["agency_short_name"] = text_or_null(n.agency_short_name);
  return j;
}

nlohmann::json to_json(const LanDiagram& d) {
  return {{"id", d.id},
          {"agency_id", d.agency_id},
          {"agency_name", d.agency_name},
          {"agency_short_name", d.agency_short_name},
          {"submitted_on", d.submitted_on},
          {"file_sha256", d.file_sha256},
          {"note", d.note},
          {"submitted_by", d.submitted_by},
          {"created_at", d.created_at}};
}

nlohmann::json record_json(const IpRange& r) {
  return {{"id", r.id},         {"agency_id", r.agency_id},       {"cidr", r.cidr},
          {"family", r.family}, {"purpose", r.purpose},           {"allocated_by", r.allocated_by},
          {"version", r.version}, {"created_at", r.created_at},   {"updated_at", r.updated_at}};
}

nlohmann::json to_json(const IpRange& r) {
  auto j = record_json(r);
  j["agency_name"] = r.agency_name;
  j["agency_short_name"] = r.agency_short_name;
  return j;
}

nlohmann::json record_json(const Domain& d) {
  return {{"id", d.id},     {"agency_id", or_null(d.agency_id)}, {"name", d.name},
          {"kind", d.kind}, {"purpose", d.purpose},             {"version", d.version},
          {"created_at", d.created_at}, {"updated_at", d.updated_at}};
}

nlohmann::json to_json(const Domain& d) {
  auto j = record_json(d);
  j["agency_name"] = text_or_null(d.agency_name);
  j["agency_short_name"] = text_or_null(d.agency_short_name);
  return j;
}

nlohmann::json to_json(const Backup& b) {
  nlohmann::json j = {{"id", b.id},
                      {"agency_id", b.agency_id},
                      {"agency_name", b.agency_name},
                      {"agency_short_name", b.agency_short_name},
                      {"host_id", or_null(b.host_id)},
                      {"host_name", text_or_null(b.host_name)},
                      {"subject", b.subject},
                      {"done_on", b.done_on},
                      {"kind", b.kind},
                      {"facility_id", or_null(b.facility_id)},
                      {"facility", nullptr},
                      {"location_note", b.location_note},
                      {"result", b.result},
                      {"note", b.note},
                      {"reported_by", b.reported_by},
                      {"created_at", b.created_at}};
  if (b.facility_id) j["facility"] = {{"id", *b.facility_id}, {"name", b.facility_name}, {"kind", b.facility_kind}};
  return j;
}

}  // namespace simpul::modules::infrastructure
