#include "modules/business_processes/rules.h"

#include <algorithm>
#include <cctype>
#include <regex>
#include <tuple>

#include "core/record_code.h"
#include "core/body_reader.h"
#include "core/text.h"

namespace simpul::modules::business_processes {

namespace {

const Text kCodeMessage{"Kode 2-40 karakter: huruf besar dan angka, dipisah \"-\" atau \".\", diawali huruf, misalnya DINKES-01.",
                        "The code has 2-40 characters: capital letters and digits, separated by \"-\" or \".\", "
                        "starting with a letter, e.g. DINKES-01."};
const Text kStepMessage{"Setiap langkah: {\"name\": nama langkah, \"responsible\": jabatan atau unit pelaksana}, masing-masing 1-200 karakter.",
                        "Each step: {\"name\": the step, \"responsible\": the position or unit that does it}, 1-200 characters each."};

std::optional<std::vector<Step>> read_steps(BodyReader& r) {
  if (!r.has("steps")) return std::nullopt;
  const auto& v = r.body()["steps"];
  if (!v.is_array() || v.size() > kMaxSteps) {
    r.add("steps", {"Langkah berupa daftar berurutan, paling banyak " + std::to_string(kMaxSteps) + " langkah.",
                    "Steps are an ordered list of at most " + std::to_string(kMaxSteps) + " steps."});
    return std::nullopt;
  }
  std::vector<Step> out;
  bool ok = true;
  for (size_t i = 0; i < v.size(); ++i) {
    std::string field = "steps." + std::to_string(i);
    const auto& item = v[i];
    if (!item.is_object()) {
      r.add(field, kStepMessage), ok = false;
      continue;
    }
    for (const auto& [key, _] : item.items())
      if (key != "name" && key != "responsible") r.add(field + "." + key, {"Isian ini tidak dikenal.", "Unknown field."}), ok = false;
    Step step;
    for (auto [key, target] : {std::pair{"name", &step.name}, std::pair{"responsible", &step.responsible}}) {
      const auto value = item.contains(key) && item[key].is_string() ? trimmed(item[key].get<std::string>()) : "";
      if (value.empty() || utf8_length(value) > 200) {
        r.add(field + "." + key, kStepMessage), ok = false;
        continue;
      }
      *target = value;
    }
    out.push_back(step);
  }
  if (!ok) return std::nullopt;
  return out;
}

std::optional<std::vector<std::string>> read_names(BodyReader& r, const std::string& name, const Text& message) {
  if (!r.has(name)) return std::nullopt;
  const auto& v = r.body()[name];
  if (v.is_null()) return std::vector<std::string>{};
  if (!v.is_array() || v.size() > kMaxRelated) return r.add(name, message), std::nullopt;
  std::vector<std::string> out;
  for (size_t i = 0; i < v.size(); ++i) {
    auto s = v[i].is_string() ? trimmed(v[i].get<std::string>()) : "";
    if (s.empty() || utf8_length(s) > 200) {
      r.add(name + "." + std::to_string(i), message);
      continue;
    }
    bool seen = false;
    for (const auto& o : out) seen |= o == s;
    if (!seen) out.push_back(s);
  }
  return out;
}

std::string cited(const simpul::profiles::Profile& profile, const simpul::profiles::Obligation& o) {
  return profile.citation.short_name + " " + o.article;
}

}  // namespace

ProcessInput parse_process(const nlohmann::json& body, bool creating) {
  BodyReader r(body, {"agency_id", "code", "name", "description", "purpose", "outputs", "kind", "architecture_id",
                      "steps", "related_services", "related_applications"});
  ProcessInput in;
  if (creating)
    in.agency_id = r.id("agency_id", true, {"Pilih perangkat daerah pemilik proses bisnis.", "Choose the agency that owns the process."});
  else if (r.has("agency_id"))
    r.add("agency_id", {"Pemilik proses bisnis tidak dapat diubah; buat proses baru di perangkat daerah lain.",
                        "The owner of a process cannot change; create a new process in the other agency."});
  if (r.has("code") && !r.body()["code"].is_null()) {
    const auto& v = r.body()["code"];
    auto code = v.is_string() ? normalised_code(v.get<std::string>()) : "";
    if (is_valid_code(code)) in.code = code;
    else r.add("code", kCodeMessage);
  } else if (creating || r.has("code")) {
    r.add("code", kCodeMessage);
  }
  in.name = r.text("name", creating, 200, {"Isi nama proses bisnis (1-200 karakter).", "Enter the process's name (1-200 characters)."});
  const Text long_text{"Teks sampai 4000 karakter.", "Text of up to 4000 characters."};
  in.description = r.nullable_text("description", 4000, long_text);
  in.purpose = r.nullable_text("purpose", 4000, long_text);
  in.outputs = r.nullable_text("outputs", 4000, long_text);
  in.kind = r.word("kind", kKinds, creating,
                   {"Pilih jenis: core (proses bisnis utama) atau support (pendukung).", "Choose the kind: core or support."});
  in.architecture_id = r.nullable_id("architecture_id", {"Pilih versi Arsitektur SPBE yang menjadi dasar proses ini.",
                                                         "Choose the SPBE architecture version this process is based on."});
  in.steps = read_steps(r);
  in.related_services = read_names(r, "related_services", {"Layanan terkait: daftar nama, masing-masing 1-200 karakter, paling banyak 50.",
                                                           "Related services: a list of names of 1-200 characters each, at most 50."});
  in.related_applications = read_names(r, "related_applications", {"Aplikasi terkait: daftar nama, masing-masing 1-200 karakter, paling banyak 50.",
                                                                    "Related applications: a list of names of 1-200 characters each, at most 50."});
  r.check();
  return in;
}

void apply(const ProcessInput& in, BusinessProcess& p) {
  if (in.agency_id) p.agency_id = *in.agency_id;
  if (in.code) p.code = *in.code;
  if (in.name) p.name = *in.name;
  if (in.kind) p.kind = *in.kind;
  if (in.description) p.description = in.description->value_or("");
  if (in.purpose) p.purpose = in.purpose->value_or("");
  if (in.outputs) p.outputs = in.outputs->value_or("");
  if (in.architecture_id) p.architecture_id = *in.architecture_id;
  if (in.steps) p.steps = *in.steps;
  if (in.related_services) p.related_services = *in.related_services;
  if (in.related_applications) p.related_applications = *in.related_applications;
}

std::vector<std::string> missing_for_submission(const BusinessProcess& p) {
  std::vector<std::string> out;
  if (!p.architecture_id) out.push_back("architecture_id");
  if (p.steps.empty()) out.push_back("steps");
  return out;
}

std::optional<Text> cannot_edit(const BusinessProcess& p) {
  if (p.status == "submitted")
    return Text{"Proses bisnis ini sedang dikoordinasikan oleh Bagian Organisasi; minta dikembalikan dulu untuk mengubahnya.",
                "This process is being coordinated by the organisation bureau; ask for it to be returned before changing it."};
  return std::nullopt;
}

std::optional<Text> cannot_submit(const BusinessProcess& p, const std::string& citation) {
  if (p.status != "draft")
    return Text{"Hanya proses bisnis berstatus draf yang dapat diajukan.", "Only a process in draft can be submitted."};
  std::string where_id = citation.empty() ? "" : " (" + citation + ")";
  if (!p.architecture_id)
    return Text{"Proses bisnis disusun berdasarkan Arsitektur SPBE" + where_id + ": pilih versi arsitekturnya dulu.",
                "A business process is based on the SPBE architecture" + where_id + ": choose the architecture version first."};
  if (p.steps.empty())
    return Text{"Tuliskan paling sedikit satu langkah proses bisnis sebelum mengajukannya.",
                "Write at least one step of the process before submitting it."};
  return std::nullopt;
}

std::optional<Text> cannot_coordinate(const BusinessProcess& p) {
  if (p.status != "submitted")
    return Text{"Hanya proses bisnis yang sudah diajukan yang dapat dikoordinasikan.",
                "Only a submitted process can be coordinated."};
  return std::nullopt;
}

std::optional<Text> cannot_return(const BusinessProcess& p) {
  if (p.status != "submitted")
    return Text{"Hanya proses bisnis yang sudah diajukan yang dapat dikembalikan.", "Only a submitted process can be returned."};
  return std::nullopt;
}

bool reopen_after_edit(BusinessProcess& p) {
  if (p.status != "coordinated") return false;
  p.status = "draft";
  p.submitted_by = p.submitted_at = "";
  p.coordinated_by = p.coordinated_at = p.coordination_note = "";
  return true;
}

std::string parse_coordination_note(const nlohmann::json& body) {
  nlohmann::json b = body.is_null() ? nlohmann::json::object() : body;
  BodyReader r(b, {"note"});
  auto note = r.nullable_text("note", 2000, {"Catatan berupa teks sampai 2000 karakter.", "The note is text of up to 2000 characters."});
  r.check();
  return note && *note ? **note : "";
}

std::string parse_return_reason(const nlohmann::json& body) {
  nlohmann::json b = body.is_null() ? nlohmann::json::object() : body;
  BodyReader r(b, {"reason"});
  auto reason = r.text("reason", true, 2000,
                       {"Tuliskan alasan pengembalian (1-2000 karakter), agar perangkat daerah tahu apa yang perlu diperbaiki.",
                        "Write why the process is returned (1-2000 characters), so the agency knows what to fix."});
  r.check();
  return *reason;
}

LinkInput parse_link(const nlohmann::json& body) {
  BodyReader r(body, {"to_process_id", "kind", "note"});
  auto to = r.id("to_process_id", true, {"Pilih proses bisnis yang dihubungkan.", "Choose the process to link to."});
  auto kind = r.word("kind", kLinkKinds, true,
                     {"Pilih jenis hubungan: input_from (menerima masukan dari), output_to (memberi keluaran ke) atau "
                      "shared_step (langkah bersama).",
                      "Choose the kind of link: input_from, output_to or shared_step."});
  auto note = r.nullable_text("note", 2000, {"Catatan berupa teks sampai 2000 karakter.", "The note is text of up to 2000 characters."});
  r.check();
  return {*to, *kind, note && *note ? **note : ""};
}

bool same_connection(int64_t from_a, int64_t to_a, const std::string& kind_a, int64_t from_b, int64_t to_b,
                     const std::string& kind_b) {
  // Each link as (producer, consumer, kind) with input_from turned around into output_to.
  auto canonical = [](int64_t from, int64_t to, const std::string& kind) {
    if (kind == "input_from") return std::tuple{to, from, std::string("output_to")};
    if (kind == "shared_step") return std::tuple{std::min(from, to), std::max(from, to), kind};
    return std::tuple{from, to, kind};
  };
  return canonical(from_a, to_a, kind_a) == canonical(from_b, to_b, kind_b);
}

std::optional<LinkProblem> link_problem(const BusinessProcess& from, const BusinessProcess& to, const std::string& kind,
                                        const std::vector<Link>& existing) {
  if (from.id == to.id)
    return LinkProblem{LinkRefusal::self, {"Proses bisnis tidak dapat dihubungkan dengan dirinya sendiri.",
                                           "A process cannot be linked to itself."}};
  if (from.region_id != to.region_id)
    return LinkProblem{LinkRefusal::other_region, {"Proses bisnis tujuan tidak ada di daerah Anda.",
                                                   "The process to link to is not in your region."}};
  for (const auto& l : existing)
    if (same_connection(l.from_process_id, l.to_process_id, l.kind, from.id, to.id, kind))
      return LinkProblem{LinkRefusal::duplicate, {"Hubungan ini sudah dicatat (" + l.kind + ", nomor " + std::to_string(l.id) + ").",
                                                  "This link is already recorded (" + l.kind + ", number " + std::to_string(l.id) + ")."}};
  return std::nullopt;
}

std::string architecture_citation(const simpul::profiles::Profile* profile) {
  if (!profile) return "";
  for (const auto& o : profile->obligations)
    if (o.rule.kind == "required_link" && o.rule.value("from") == "business_process" && o.rule.value("to") == "spbe_architecture")
      return cited(*profile, o);
  // OKI Pasal 9 ayat (2) puts the architecture in the record rule's text.
  for (const auto& o : profile->obligations)
    if (o.rule.value("record") == "business_process" && o.text.find("Arsitektur SPBE") != std::string::npos)
      return cited(*profile, o);
  return "";
}

std::string coordination_citation(const simpul::profiles::Profile* profile) {
  if (!profile) return "";
  for (const auto& o : profile->obligations)
    if (o.rule.value("action") == "integrate_business_processes" || o.rule.value("record") == "integrated_business_process")
      return cited(*profile, o);
  // Probolinggo Pasal 13 ayat (4): the agency in charge of ketatalaksanaan drafts them.
  for (const auto& o : profile->obligations)
    if (o.binds == "organization_bureau" && o.rule.value("record") == "business_process") return cited(*profile, o);
  return "";
}

}  // namespace simpul::modules::business_processes
