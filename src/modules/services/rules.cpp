#include "modules/services/rules.h"

#include <algorithm>

#include "core/record_code.h"
#include "core/body_reader.h"
#include "core/text.h"
#include "modules/business_processes/rules.h"

namespace simpul::modules::services {

namespace {

const Text kCodeMessage{"Kode 2-40 karakter: huruf besar dan angka, dipisah \"-\" atau \".\", diawali huruf, misalnya DPMPTSP-IMB.",
                        "The code has 2-40 characters: capital letters and digits, separated by \"-\" or \".\", "
                        "starting with a letter, e.g. DPMPTSP-IMB."};
const Text kParticipantsMessage{
    "Perangkat daerah yang ikut dalam alur layanan: daftar nomor perangkat daerah selain pemilik, paling banyak 50.",
    "Agencies taking part in the service's workflow: a list of agency ids other than the owner, at most 50."};

std::optional<std::vector<int64_t>> read_participants(BodyReader& r) {
  if (!r.has("participating_agency_ids")) return std::nullopt;
  const auto& v = r.body()["participating_agency_ids"];
  if (v.is_null()) return std::vector<int64_t>{};
  if (!v.is_array() || v.size() > kMaxParticipants) return r.add("participating_agency_ids", kParticipantsMessage), std::nullopt;
  std::vector<int64_t> out;
  bool ok = true;
  for (size_t i = 0; i < v.size(); ++i) {
    if (!v[i].is_number_integer() || v[i].get<int64_t>() < 1) {
      r.add("participating_agency_ids." + std::to_string(i), kParticipantsMessage), ok = false;
      continue;
    }
    out.push_back(v[i].get<int64_t>());
  }
  if (!ok) return std::nullopt;
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string cited(const simpul::profiles::Profile& profile, const simpul::profiles::Obligation& o) {
  return profile.citation.short_name + " " + o.article;
}

}  // namespace

ServiceInput parse_service(const nlohmann::json& body, bool creating) {
  BodyReader r(body, {"owner_agency_id", "code", "name", "kind", "sector", "channels", "description", "status",
                      "participating_agency_ids"});
  ServiceInput in;
  if (creating)
    in.owner_agency_id = r.id("owner_agency_id", true, {"Pilih perangkat daerah pemilik layanan.", "Choose the agency that owns the service."});
  else if (r.has("owner_agency_id"))
    r.add("owner_agency_id", {"Pemilik layanan tidak dapat diubah; daftarkan layanan baru di perangkat daerah lain.",
                              "The owner of a service cannot change; register a new service in the other agency."});
  if (r.has("code") && !r.body()["code"].is_null()) {
    const auto& v = r.body()["code"];
    auto code = v.is_string() ? normalised_code(v.get<std::string>()) : "";
    if (is_valid_code(code)) in.code = code;
    else r.add("code", kCodeMessage);
  } else if (creating || r.has("code")) {
    r.add("code", kCodeMessage);
  }
  in.name = r.text("name", creating, 200, {"Isi nama layanan (1-200 karakter).", "Enter the service's name (1-200 characters)."});
  in.kind = r.word("kind", kKinds, creating,
                   {"Pilih jenis layanan: administrative (layanan administrasi pemerintahan) atau public (layanan publik).",
                    "Choose the kind of service: administrative (government administration) or public (public service)."});
  in.sector = r.nullable_text("sector", 100, {"Sektor atau bidang layanan, sampai 100 karakter (misalnya kesehatan, kepegawaian).",
                                              "The service's sector, up to 100 characters (e.g. health, personnel)."});
  in.description = r.nullable_text("description", 4000, {"Teks sampai 4000 karakter.", "Text of up to 4000 characters."});
  in.channels = r.words("channels", kChannels,
                        {"Kanal layanan: daftar dari web, mobile, counter, call_center, api, email, messaging, social_media, kiosk.",
                         "Channels: a list of web, mobile, counter, call_center, api, email, messaging, social_media, kiosk."});
  in.status = r.word("status", kStatuses, false,
                     {"Status: planned (direncanakan), active (berjalan) atau retired (dihentikan).",
                      "Status: planned, active or retired."});
  in.participating_agency_ids = read_participants(r);
  if (in.owner_agency_id && in.participating_agency_ids &&
      std::count(in.participating_agency_ids->begin(), in.participating_agency_ids->end(), *in.owner_agency_id))
    r.add("participating_agency_ids", {"Pemilik layanan tidak perlu dicantumkan sebagai perangkat daerah yang ikut.",
                                       "The owner is not listed among the agencies taking part."});
  r.check();
  return in;
}

void apply(const ServiceInput& in, Service& s) {
  if (in.owner_agency_id) s.owner_agency_id = *in.owner_agency_id;
  if (in.code) s.code = *in.code;
  if (in.name) s.name = *in.name;
  if (in.kind) s.kind = *in.kind;
  if (in.status) s.status = *in.status;
  if (in.sector) s.sector = in.sector->value_or("");
  if (in.description) s.description = in.description->value_or("");
  if (in.channels) s.channels = *in.channels;
  if (in.participating_agency_ids && *in.participating_agency_ids != s.participating_agency_ids) {
    s.participating_agency_ids = *in.participating_agency_ids;
    s.integration_coordinated_by = s.integration_coordinated_at = s.integration_note = "";
  }
}

std::optional<Text> cannot_coordinate_integration(const Service& s) {
  if (s.participating_agency_ids.empty())
    return Text{"Layanan ini hanya dijalankan satu perangkat daerah; tidak ada integrasi antar perangkat daerah yang perlu dikoordinasikan.",
                "This service is run by one agency only; there is no integration across agencies to coordinate."};
  if (!s.integration_coordinated_at.empty())
    return Text{"Integrasi layanan ini sudah dikoordinasikan pada " + s.integration_coordinated_at + ".",
                "The integration of this service was already coordinated on " + s.integration_coordinated_at + "."};
  return std::nullopt;
}

std::string parse_coordination_note(const nlohmann::json& body) {
  nlohmann::json b = body.is_null() ? nlohmann::json::object() : body;
  BodyReader r(b, {"note"});
  auto note = r.nullable_text("note", 2000, {"Catatan berupa teks sampai 2000 karakter.", "The note is text of up to 2000 characters."});
  r.check();
  return note && *note ? **note : "";
}

std::string integration_citation(const simpul::profiles::Profile* profile) {
  if (!profile) return "";
  for (const auto& o : profile->obligations)
    if (o.rule.kind == "approval_gate" && o.rule.value("action") == "integrate_services_across_agencies")
      return cited(*profile, o);
  return "";
}

std::string application_citation(const simpul::profiles::Profile* profile, const std::string& kind) {
  if (!profile) return "";
  const std::string from = kind == "administrative" ? "administrative_eservice" : "public_eservice";
  for (const auto& o : profile->obligations)
    if (o.rule.kind == "required_link" && o.rule.value("from") == from &&
        (o.rule.value("to") == "application" || o.rule.value("to") == "common_application"))
      return cited(*profile, o);
  return "";
}

}  // namespace simpul::modules::services
