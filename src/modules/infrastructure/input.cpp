#include "modules/infrastructure/input.h"

#include <cctype>

#include "core/body_reader.h"
#include "core/dates.h"
#include "core/text.h"
#include "modules/infrastructure/naming.h"
#include "modules/infrastructure/rules.h"

namespace simpul::modules::infrastructure {

namespace {

const Text kAgency{"Pilih perangkat daerah (id).", "Choose an agency (id)."};
const Text kFacility{"Pilih fasilitas (id) atau kosongkan.", "Choose a facility (id) or leave it empty."};
const Text kNote{"Catatan paling panjang 2000 karakter.", "The note has at most 2000 characters."};
const Text kPurpose{"Kegunaan paling panjang 1000 karakter.", "The purpose has at most 1000 characters."};
const Text kDate{"Tanggal berformat YYYY-MM-DD, misalnya 2026-03-31.", "A date as YYYY-MM-DD, e.g. 2026-03-31."};

Text name_message(size_t max) {
  return {"Nama wajib diisi, 1-" + std::to_string(max) + " karakter.",
          "The name is required, 1-" + std::to_string(max) + " characters."};
}

std::optional<std::optional<std::string>> plain(BodyReader& r, const std::string& name, size_t max, const Text& message) {
  return r.nullable_text(name, max, message);
}

std::string lower(std::string s) {
  for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

std::optional<std::string> required_date(BodyReader& r, const std::string& name) {
  if (!r.has(name) || r.body()[name].is_null()) return r.add(name, kDate), std::nullopt;
  auto v = r.nullable_date(name, kDate);
  return v && *v ? std::optional<std::string>(**v) : std::nullopt;
}

}  // namespace

bool is_sha256(const std::string& text) {
  if (text.size() != 64) return false;
  for (char ch : text)
    if (!std::isdigit(static_cast<unsigned char>(ch)) && (ch < 'a' || ch > 'f')) return false;
  return true;
}

FacilityInput parse_facility(const nlohmann::json& body, bool creating) {
  BodyReader r(body, {"name", "kind", "location", "operator_agency_id", "tier", "notes"});
  FacilityInput in;
  in.name = r.text("name", creating, 200, name_message(200));
  in.kind = r.word("kind", kFacilityKinds, creating,
                   {"Jenis: data_center (Pusat Data) atau recovery_center (Pusat Pemulihan Data).",
                    "Kind: data_center or recovery_center."});
  in.location = plain(r, "location", 300, {"Lokasi paling panjang 300 karakter.", "The location has at most 300 characters."});
  in.operator_agency_id = r.nullable_id("operator_agency_id", kAgency);
  in.tier = plain(r, "tier", 100, {"Tier paling panjang 100 karakter, misalnya Tier III.", "The tier has at most 100 characters, e.g. Tier III."});
  in.notes = plain(r, "notes", 2000, kNote);
  r.check();
  return in;
}

void apply(const FacilityInput& in, Facility& f) {
  if (in.name) f.name = *in.name;
  if (in.kind) f.kind = *in.kind;
  if (in.location) f.location = in.location->value_or("");
  if (in.operator_agency_id) f.operator_agency_id = *in.operator_agency_id;
  if (in.tier) f.tier = in.tier->value_or("");
  if (in.notes) f.notes = in.notes->value_or("");
}

HostInput parse_host(const nlohmann::json& body, bool creating) {
  BodyReader r(body, {"owner_agency_id", "name", "kind", "facility_id", "uptime_commitment", "operating_system", "purpose",
                      "addresses", "status"});
  HostInput in;
  in.owner_agency_id = r.id("owner_agency_id", creating, kAgency);
  in.name = r.text("name", creating, 100, name_message(100));
  in.kind = r.word("kind", kHostKinds, creating,
                   {"Jenis: physical_server (server fisik), virtual_machine (mesin virtual) atau vps.",
                    "Kind: physical_server, virtual_machine or vps."});
  in.facility_id = r.nullable_id("facility_id", kFacility);
  if (r.has("uptime_commitment")) {
    const auto& v = body["uptime_commitment"];
    const Text message{"Komitmen uptime dalam persen per bulan, 0-100 dengan paling banyak dua desimal, misalnya 99.5.",
                       "The uptime commitment in percent per month, 0-100 with at most two decimals, e.g. 99.5."};
    if (v.is_null()) {
      in.uptime_basis_points = std::optional<int64_t>{};
    } else if (!v.is_number()) {
      r.add("uptime_commitment", message);
    } else if (auto bp = uptime_basis_points(v.get<double>())) {
      in.uptime_basis_points = std::optional<int64_t>{*bp};
    } else {
      r.add("uptime_commitment", message);
    }
  }
  in.operating_system = plain(r, "operating_system", 200, {"Sistem operasi paling panjang 200 karakter.", "The operating system has at most 200 characters."});
  in.purpose = plain(r, "purpose", 1000, kPurpose);
  if (r.has("addresses")) {
    const auto& v = body["addresses"];
    const Text message{"Alamat IP berupa daftar alamat IPv4 atau IPv6 (paling banyak 50), misalnya [\"10.10.1.5\"].",
                       "Addresses are a list of IPv4 or IPv6 addresses (at most 50), e.g. [\"10.10.1.5\"]."};
    if (v.is_null()) {
      in.addresses = std::vector<std::string>{};
    } else if (!v.is_array() || v.size() > 50) {
      r.add("addresses", message);
    } else {
      std::vector<std::string> out;
      bool ok = true;
      for (size_t i = 0; i < v.size(); ++i) {
        auto a = v[i].is_string() ? parse_address(trimmed(v[i].get<std::string>())) : std::nullopt;
        if (!a) {
          r.add("addresses." + std::to_string(i), message), ok = false;
          continue;
        }
        auto text = a->text();
        bool seen = false;
        for (const auto& o : out) seen |= o == text;
        if (!seen) out.push_back(text);
      }
      if (ok) in.addresses = out;
    }
  }
  in.status = r.word("status", kHostStatuses, false, {"Status: active atau retired.", "Status: active or retired."});
  r.check();
  return in;
}

void apply(const HostInput& in, Host& h) {
  if (in.owner_agency_id) h.owner_agency_id = *in.owner_agency_id;
  if (in.name) h.name = *in.name;
  if (in.kind) h.kind = *in.kind;
  if (in.facility_id) h.facility_id = *in.facility_id;
  if (in.uptime_basis_points) h.uptime_basis_points = *in.uptime_basis_points;
  if (in.operating_system) h.operating_system = in.operating_system->value_or("");
  if (in.purpose) h.purpose = in.purpose->value_or("");
  if (in.addresses) h.addresses = *in.addresses;
  if (in.status) h.status = *in.status;
}

NetworkInput parse_network(const nlohmann::json& body, bool creating) {
  NetworkInput in;
  if (creating) {
    BodyReader r(body, {"name", "kind", "owner_agency_id", "description"});
    in.name = r.text("name", true, 200, name_message(200));
    in.kind = r.word("kind", kNetworkKinds, true,
                     {"Jenis: wan (Jaringan Antar PD) atau lan (Jaringan Intra PD).", "Kind: wan or lan."});
    in.owner_agency_id = r.id("owner_agency_id", in.kind == "lan", {"LAN milik satu perangkat daerah: pilih perangkat daerahnya (id).",
                                                                   "A LAN belongs to one agency: choose it (id)."});
    if (in.kind == "wan" && r.has("owner_agency_id") && !body["owner_agency_id"].is_null())
      r.add("owner_agency_id", {"WAN dikelola Dinas untuk seluruh perangkat daerah; jangan isi perangkat daerah.",
                                "The WAN is run by the ICT office for every agency; leave the agency empty."});
    in.description = plain(r, "description", 2000, kNote);
    r.check();
    return in;
  }
  BodyReader r(body, {"name", "description"});
  in.name = r.text("name", false, 200, name_message(200));
  in.description = plain(r, "description", 2000, kNote);
  r.check();
  return in;
}

void apply(const NetworkInput& in, Network& n) {
  if (in.name) n.name = *in.name;
  if (in.kind) n.kind = *in.kind;
  if (in.owner_agency_id) n.owner_agency_id = *in.owner_agency_id;
  if (in.description) n.description = in.description->value_or("");
}

LanDiagram parse_lan_diagram(const nlohmann::json& body) {
  BodyReader r(body, {"agency_id", "submitted_on", "file_sha256", "note"});
  LanDiagram d;
  auto agency = r.id("agency_id", true, kAgency);
  auto on = required_date(r, "submitted_on");
  const Text file_message{"file_sha256: sha256 berkas diagram yang sudah diunggah ke /api/v1/files (64 digit heksadesimal).",
                          "file_sha256: the sha256 of the diagram uploaded to /api/v1/files (64 hex digits)."};
  auto sha = r.text("file_sha256", true, 64, file_message);
  if (sha && !is_sha256(*sha)) r.add("file_sha256", file_message), sha.reset();
  auto note = plain(r, "note", 2000, kNote);
  r.check();
  d.agency_id = *agency;
  d.submitted_on = *on;
  d.file_sha256 = *sha;
  if (note) d.note = note->value_or("");
  return d;
}

IpRangeInput parse_ip_range(const nlohmann::json& body, bool creating) {
  BodyReader r(body, {"agency_id", "cidr", "purpose"});
  IpRangeInput in;
  in.agency_id = r.id("agency_id", creating, kAgency);
  if (auto text = r.text("cidr", creating, 60, {"Rentang IP dalam notasi CIDR, misalnya 10.20.0.0/16 atau 2001:db8::/48.",
                                                "The IP range in CIDR notation, e.g. 10.20.0.0/16 or 2001:db8::/48."})) {
    auto parsed = parse_cidr(*text);
    if (parsed.cidr) {
      in.cidr = parsed.cidr;
    } else if (parsed.error == CidrError::host_bits) {
      r.add("cidr", {"Alamat " + *text + " memiliki bit host di luar prefiks; tulis alamat jaringannya, misalnya 10.20.0.0/16.",
                     "The address " + *text + " has host bits set after the prefix; write the network address, e.g. 10.20.0.0/16."});
    } else if (parsed.error == CidrError::prefix) {
      r.add("cidr", {"Panjang prefiks 0-32 untuk IPv4 atau 0-128 untuk IPv6.", "The prefix length is 0-32 for IPv4 or 0-128 for IPv6."});
    } else {
      r.add("cidr", {"Bukan alamat IPv4 atau IPv6 yang sah: " + *text + ".", "Not a valid IPv4 or IPv6 address: " + *text + "."});
    }
  }
  in.purpose = plain(r, "purpose", 1000, kPurpose);
  r.check();
  return in;
}

void apply(const IpRangeInput& in, IpRange& r) {
  if (in.agency_id) r.agency_id = *in.agency_id;
  if (in.cidr) r.cidr = in.cidr->text(), r.family = in.cidr->network.family;
  if (in.purpose) r.purpose = in.purpose->value_or("");
}

DomainInput parse_domain(const nlohmann::json& body, bool creating) {
  BodyReader r(body, {"agency_id", "name", "kind", "purpose"});
  DomainInput in;
  in.agency_id = r.nullable_id("agency_id", kAgency);
  in.kind = r.word("kind", kDomainKinds, creating,
                   {"Jenis: region_domain, agency_subdomain, website atau email.",
                    "Kind: region_domain, agency_subdomain, website or email."});
  if (auto name = r.text("name", creating, 253, name_message(253))) in.name = lower(*name);
  in.purpose = plain(r, "purpose", 1000, kPurpose);
  r.check();
  return in;
}

void apply(const DomainInput& in, Domain& d) {
  if (in.agency_id) d.agency_id = *in.agency_id;
  if (in.name) d.name = *in.name;
  if (in.kind) d.kind = *in.kind;
  if (in.purpose) d.purpose = in.purpose->value_or("");
}

Backup parse_backup(const nlohmann::json& body) {
  BodyReader r(body, {"agency_id", "host_id", "subject", "done_on", "kind", "facility_id", "location_note", "result", "note"});
  Backup b;
  auto agency = r.id("agency_id", true, kAgency);
  auto host = r.nullable_id("host_id", {"Pilih server (id) atau kosongkan.", "Choose a host (id) or leave it empty."});
  auto subject = plain(r, "subject", 300, {"Apa yang dicadangkan, paling panjang 300 karakter.", "What was backed up, at most 300 characters."});
  auto on = required_date(r, "done_on");
  auto kind = r.word("kind", kBackupKinds, true, {"Jenis: full atau incremental.", "Kind: full or incremental."});
  auto facility = r.nullable_id("facility_id", kFacility);
  auto location = plain(r, "location_note", 300, {"Keterangan lokasi paling panjang 300 karakter.", "The location note has at most 300 characters."});
  auto result = r.word("result", kBackupResults, true, {"Hasil: ok atau failed.", "Result: ok or failed."});
  auto note = plain(r, "note", 2000, kNote);
  bool has_host = host && *host;
  bool has_subject = subject && *subject;
  bool subject_refused = r.has("subject") && !subject;  // already named as too long
  if (!has_host && !has_subject && !subject_refused)
    r.add("subject", {"Sebutkan apa yang dicadangkan (subject) atau pilih servernya (host_id).",
                      "Say what was backed up (subject) or choose its host (host_id)."});
  r.check();
  b.agency_id = *agency;
  if (host) b.host_id = *host;
  if (subject) b.subject = subject->value_or("");
  b.done_on = *on;
  b.kind = *kind;
  if (facility) b.facility_id = *facility;
  if (location) b.location_note = location->value_or("");
  b.result = *result;
  if (note) b.note = note->value_or("");
  return b;
}

}  // namespace simpul::modules::infrastructure
