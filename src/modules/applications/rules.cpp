#include "modules/applications/rules.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <tuple>

#include "core/record_code.h"
#include "core/body_reader.h"
#include "core/text.h"
#include "modules/business_processes/rules.h"

namespace simpul::modules::applications {

namespace {

using simpul::profiles::Obligation;
using simpul::profiles::Profile;

const Text kCodeMessage{"Kode 2-40 karakter: huruf besar dan angka, dipisah \"-\" atau \".\", diawali huruf, misalnya SIMPEG atau DINKES-APP1.",
                        "The code has 2-40 characters: capital letters and digits, separated by \"-\" or \".\", "
                        "starting with a letter, e.g. SIMPEG or DINKES-APP1."};

Citation citation_of(const Profile& profile, const Obligation& o) {
  return {o.id, o.article, o.text, profile.citation.short_name};
}

std::string cited(const Citation& c) { return c.article + " " + c.regulation; }

std::string cited_all(const std::vector<Citation>& citations) {
  std::string out;
  for (const auto& c : citations) out += (out.empty() ? "" : "; ") + cited(c);
  return out;
}

// An obligation's `when` narrows it to one category ("application_agency_special"); other
// conditions do not depend on the application and leave it binding.
bool binds_application(const Obligation& o, const Application& a) {
  if (o.binds != "each_application" && o.binds != "every_agency") return false;
  if (o.when.rfind("application_", 0) == 0) return o.when == "application_" + a.category;
  return true;
}

std::optional<std::vector<int64_t>> read_agency_ids(BodyReader& r) {
  if (!r.has("user_agency_ids")) return std::nullopt;
  const auto& v = r.body()["user_agency_ids"];
  if (v.is_null()) return std::vector<int64_t>{};
  const Text message{"Pengguna: daftar nomor perangkat daerah yang memakai aplikasi, paling banyak " +
                         std::to_string(kMaxUserAgencies) + ".",
                     "Users: a list of the ids of the agencies that use the application, at most " +
                         std::to_string(kMaxUserAgencies) + "."};
  if (!v.is_array() || v.size() > kMaxUserAgencies) return r.add("user_agency_ids", message), std::nullopt;
  std::vector<int64_t> out;
  for (size_t i = 0; i < v.size(); ++i) {
    if (!v[i].is_number_integer() || v[i].get<int64_t>() < 1) {
      r.add("user_agency_ids." + std::to_string(i), message);
      continue;
    }
    auto id = v[i].get<int64_t>();
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  }
  return out;
}

}  // namespace

Text category_label(const Profile* profile, const std::string& category) {
  if (profile && profile->terms.count("application_" + category)) return profile->terms.at("application_" + category);
  if (category == "common") return {"Aplikasi Umum", "Common application"};
  if (category == "shared_special") return {"Aplikasi Khusus Berbagi Pakai", "Shared special application"};
  return {"Aplikasi Khusus PD", "Agency special application"};
}

Text lifecycle_label(const std::string& lifecycle) {
  static const std::map<std::string, Text> labels{{"planned", {"Direncanakan", "Planned"}},
                                                  {"in_development", {"Dalam pengembangan", "In development"}},
                                                  {"in_testing", {"Dalam pengujian", "In testing"}},
                                                  {"in_production", {"Produksi (beroperasi)", "In production"}},
                                                  {"retired", {"Dihentikan", "Retired"}}};
  auto it = labels.find(lifecycle);
  return it == labels.end() ? Text{lifecycle, lifecycle} : it->second;
}

Text document_label(const std::string& kind) {
  static const std::map<std::string, Text> labels{
      {"application_test_report", {"Laporan hasil pengujian aplikasi", "Application test report"}},
      {"software_requirements", {"Dokumen kebutuhan perangkat lunak", "Software requirements"}},
      {"user_requirements", {"Dokumen kebutuhan pengguna", "User requirements"}},
      {"application_design", {"Dokumen rancangan aplikasi", "Application design"}},
      {"architecture_or_design", {"Dokumen arsitektur atau rancangan", "Architecture or design"}},
      {"database_design", {"Dokumen rancangan basis data", "Database design"}},
      {"technical_documentation", {"Dokumentasi teknis", "Technical documentation"}},
      {"api_documentation", {"Dokumentasi API", "API documentation"}},
      {"user_manual", {"Manual pengguna", "User manual"}},
      {"manual", {"Manual (petunjuk penggunaan)", "Manual"}},
      {"installation_manual", {"Manual instalasi", "Installation manual"}},
      {"admin_manual", {"Manual admin", "Administrator manual"}},
      {"source_code", {"Kode sumber", "Source code"}},
      {"metadata", {"Metadata", "Metadata"}},
      {"troubleshooting_guide", {"Panduan penanganan masalah (troubleshooting)", "Troubleshooting guide"}},
      {"interoperability_standard", {"Standar interoperabilitas", "Interoperability standard"}},
      {"security_standard", {"Standar keamanan", "Security standard"}}};
  auto it = labels.find(kind);
  return it == labels.end() ? Text{kind, kind} : it->second;
}

std::string copyright_owner_for(const std::string& region_name) { return "Pemerintah " + region_name; }

ApplicationInput parse_application(const nlohmann::json& body, bool creating, const std::string& copyright_citation) {
  BodyReader r(body, {"owner_agency_id", "code", "name", "description", "category", "user_agency_ids", "user_groups",
                      "licence_kind", "licence_name", "repository_location", "runs_at", "copyright_owner", "lifecycle"});
  ApplicationInput in;
  in.owner_agency_id = r.id("owner_agency_id", creating, {"Pilih perangkat daerah pemilik aplikasi.",
                                                          "Choose the agency that owns the application."});
  if (r.has("code") && !r.body()["code"].is_null()) {
    const auto& v = r.body()["code"];
    auto code = v.is_string() ? normalised_code(v.get<std::string>()) : "";
    if (is_valid_code(code)) in.code = code;
    else r.add("code", kCodeMessage);
  } else if (creating || r.has("code")) {
    r.add("code", kCodeMessage);
  }
  in.name = r.text("name", creating, 200, {"Isi nama aplikasi (1-200 karakter).", "Enter the application's name (1-200 characters)."});
  in.description = r.nullable_text("description", 4000, {"Uraian sampai 4000 karakter.", "A description of up to 4000 characters."});
  in.category = r.word("category", kCategories, creating,
                       {"Pilih kategori: common (Aplikasi Umum), shared_special (Aplikasi Khusus Berbagi Pakai) atau "
                        "agency_special (Aplikasi Khusus PD).",
                        "Choose the category: common, shared_special or agency_special."});
  in.user_agency_ids = read_agency_ids(r);
  in.user_groups = r.nullable_text("user_groups", 2000, {"Kelompok pengguna: teks sampai 2000 karakter, misalnya \"ASN seluruh PD; masyarakat\".",
                                                         "User groups: text of up to 2000 characters, e.g. \"all civil servants; citizens\"."});
  in.licence_kind = r.word("licence_kind", kLicenceKinds, creating,
                           {"Pilih lisensi: open_source (kode sumber terbuka), proprietary (berlisensi) atau other.",
                            "Choose the licence: open_source, proprietary or other."});
  in.licence_name = r.nullable_text("licence_name", 200, {"Nama lisensi sampai 200 karakter, misalnya GPL-3.0.",
                                                          "The licence's name, up to 200 characters, e.g. GPL-3.0."});
  in.repository_location = r.nullable_text("repository_location", 500,
                                           {"Lokasi di repositori: alamat URL atau path, sampai 500 karakter.",
                                            "Repository location: a URL or path of up to 500 characters."});
  in.runs_at = r.nullable_text("runs_at", 500, {"Alamat tempat aplikasi berjalan (URL atau nama server), sampai 500 karakter.",
                                                "Where the application runs (a URL or host name), up to 500 characters."});
  if (r.has("copyright_owner")) {
    std::string where = copyright_citation.empty() ? "" : " (" + copyright_citation + ")";
    r.add("copyright_owner", {"Pemegang hak cipta aplikasi selalu Pemerintah Daerah" + where + "; isian ini diisi oleh sistem.",
                              "The copyright owner of an application is always the regional government" + where +
                                  "; the system fills it in."});
  }
  if (r.has("lifecycle"))
    r.add("lifecycle", {"Tahap siklus hidup diubah melalui POST …/lifecycle, agar setiap syaratnya diperiksa.",
                        "The lifecycle stage changes through POST …/lifecycle, so that each of its conditions is checked."});
  r.check();
  return in;
}

void apply(const ApplicationInput& in, Application& a) {
  if (in.owner_agency_id) a.owner_agency_id = *in.owner_agency_id;
  if (in.code) a.code = *in.code;
  if (in.name) a.name = *in.name;
  if (in.category) a.category = *in.category;
  if (in.licence_kind) a.licence_kind = *in.licence_kind;
  if (in.description) a.description = in.description->value_or("");
  if (in.user_groups) a.user_groups = in.user_groups->value_or("");
  if (in.licence_name) a.licence_name = in.licence_name->value_or("");
  if (in.repository_location) a.repository_location = in.repository_location->value_or("");
  if (in.runs_at) a.runs_at = in.runs_at->value_or("");
  if (in.user_agency_ids) a.user_agency_ids = *in.user_agency_ids;
}

std::vector<FieldError> record_errors(const Application& a) {
  std::vector<FieldError> out;
  if (a.licence_kind == "other" && a.licence_name.empty())
    out.push_back({"licence_name", {"Untuk lisensi \"other\", tuliskan nama lisensinya.",
                                    "For a licence of kind \"other\", write the licence's name."}});
  return out;
}

std::set<std::string> allowed_moves(const std::string& from) {
  if (from == "planned") return {"in_development", "retired"};
  if (from == "in_development") return {"in_testing", "retired"};
  if (from == "in_testing") return {"in_production", "in_development", "retired"};
  if (from == "in_production") return {"in_development", "retired"};
  return {};
}

LifecycleMove parse_lifecycle_move(const nlohmann::json& body) {
  nlohmann::json b = body.is_null() ? nlohmann::json::object() : body;
  BodyReader r(b, {"to", "reason"});
  auto to = r.word("to", kLifecycles, true,
                   {"Pilih tahap tujuan: in_development, in_testing, in_production atau retired.",
                    "Choose the stage to move to: in_development, in_testing, in_production or retired."});
  auto reason = r.nullable_text("reason", 2000, {"Alasan berupa teks sampai 2000 karakter.", "The reason is text of up to 2000 characters."});
  if (to && *to == "retired" && !(reason && *reason))
    r.add("reason", {"Tuliskan alasan aplikasi dihentikan (1-2000 karakter); penghentian bersifat final.",
                     "Write why the application is retired (1-2000 characters); retiring is final."});
  r.check();
  return {*to, reason && *reason ? **reason : ""};
}

std::optional<Text> cannot_change(const Application& a) {
  if (a.lifecycle == "retired")
    return Text{"Aplikasi ini sudah dihentikan; penghentian bersifat final. Daftarkan aplikasi baru bila dibangun kembali.",
                "This application is retired, which is final. Register a new application if it is built again."};
  return std::nullopt;
}

std::optional<Text> cannot_move(const Application& a, const LifecycleMove& move) {
  if (auto why = cannot_change(a)) return why;
  auto allowed = allowed_moves(a.lifecycle);
  if (allowed.count(move.to)) return std::nullopt;
  auto from = lifecycle_label(a.lifecycle), to = lifecycle_label(move.to);
  std::string next_id, next_en;
  for (const auto& s : allowed) {
    next_id += (next_id.empty() ? "" : ", ") + lifecycle_label(s).id;
    next_en += (next_en.empty() ? "" : ", ") + lifecycle_label(s).en;
  }
  return Text{"Aplikasi tidak dapat berpindah dari tahap \"" + from.id + "\" ke \"" + to.id + "\". Dari tahap ini: " + next_id + ".",
              "The application cannot move from \"" + from.en + "\" to \"" + to.en + "\". From this stage: " + next_en + "."};
}

void apply_move(Application& a, const LifecycleMove& move, const std::string& by, const std::string& at) {
  if (move.to == "in_development") ++a.development_round;
  a.lifecycle = move.to;
  a.lifecycle_reason = move.reason;
  a.lifecycle_changed_by = by;
  a.lifecycle_changed_at = at;
}

std::optional<Text> development_refusal(const Profile* profile, const Application& a, bool caller_is_agency_operator,
                                        bool agency_is_self_sufficient) {
  if (!profile || !profile->self_sufficiency || !caller_is_agency_operator) return std::nullopt;
  const auto& rule = *profile->self_sufficiency;
  bool grants_development =
      std::find(rule.grants.begin(), rule.grants.end(), "develop_applications") != rule.grants.end();
  if (agency_is_self_sufficient && grants_development) return std::nullopt;
  std::string where = rule.article + " " + profile->citation.short_name;
  // Madiun Pasal 23 ayat (5): who builds each category when the agency is not a PD Mandiri TIK.
  for (const auto& o : profile->obligations)
    if (o.rule.kind == "prohibition" && o.rule.value("what") == a.category + "_application_development_by_agency")
      where = o.article + " dan " + where;
  auto self_sufficient = profile->term("ict_self_sufficient");
  auto ict_office = profile->term("ict_office");
  return Text{"Pembangunan dan pengembangan aplikasi oleh perangkat daerah sendiri hanya untuk " + self_sufficient.id + " (" +
                  where + "). Perangkat daerah Anda belum berwenang, sehingga " + ict_office.id +
                  " yang memindahkan aplikasi ini ke tahap pengembangan; hubungi " + ict_office.id + ".",
              "Only an agency with the status " + self_sufficient.en + " (" + where +
                  ") builds and develops applications itself. Your agency is not one, so the " + ict_office.en +
                  " moves this application into development; please contact it."};
}

std::vector<const Obligation*> document_obligations(const Profile* profile, const Application& a) {
  std::vector<const Obligation*> out;
  if (!profile) return out;
  for (const auto& o : profile->obligations)
    if (o.rule.kind == "required_documents" && o.rule.value("before") == "production" && o.binds == "each_application" &&
        binds_application(o, a))
      out.push_back(&o);
  return out;
}

std::vector<std::string> required_document_kinds(const Profile* profile, const Application& a) {
  std::vector<std::string> out;
  for (const auto* o : document_obligations(profile, a))
    for (const auto& kind : o->rule.list("documents"))
      if (std::find(out.begin(), out.end(), kind) == out.end()) out.push_back(kind);
  return out;
}

const Obligation* gcio_gate(const Profile* profile, const Application& a) {
  if (!profile) return nullptr;
  for (const auto& o : profile->obligations)
    if (o.rule.kind == "approval_gate" && o.rule.value("approver") == "gcio" && binds_application(o, a)) return &o;
  return nullptr;
}

std::vector<Document> current_documents(const std::vector<Document>& documents) {
  std::map<std::string, Document> newest;
  for (const auto& d : documents) {
    auto it = newest.find(d.kind);
    if (it == newest.end() || it->second.id < d.id) newest[d.kind] = d;
  }
  std::vector<Document> out;
  for (auto& [_, d] : newest) out.push_back(d);
  std::sort(out.begin(), out.end(), [](const Document& x, const Document& y) { return x.id < y.id; });
  return out;
}

std::optional<TestRecord> latest_test(const std::vector<TestRecord>& tests) {
  std::optional<TestRecord> out;
  for (const auto& t : tests)
    if (!out || std::tie(t.tested_on, t.id) > std::tie(out->tested_on, out->id)) out = t;
  return out;
}

std::string approval_state(const Application& a, const std::vector<Document>& documents,
                           const std::vector<TestRecord>& tests) {
  nlohmann::json docs = nlohmann::json::object();
  for (const auto& d : current_documents(documents)) docs[d.kind] = d.file_sha256;
  nlohmann::json test = nullptr;
  if (auto t = latest_test(tests)) test = {{"id", t->id}, {"result", t->result}};
  nlohmann::json state = {{"round", a.development_round},
                          {"owner_agency_id", a.owner_agency_id},
                          {"code", a.code},
                          {"name", a.name},
                          {"category", a.category},
                          {"licence", {a.licence_kind, a.licence_name}},
                          {"repository_location", a.repository_location},
                          {"runs_at", a.runs_at},
                          {"documents", docs},
                          {"latest_test", test}};
  return state.dump();
}

std::vector<Gap> production_gaps(const Profile* profile, const Application& a, const std::vector<Document>& documents,
                                 const std::vector<TestRecord>& tests, const std::optional<GcioDecision>& decision) {
  std::vector<Gap> gaps;
  std::set<std::string> present;
  for (const auto& d : current_documents(documents)) present.insert(d.kind);

  std::vector<Citation> test_citations;
  for (const auto* o : document_obligations(profile, a)) {
    const auto& kinds = o->rule.list("documents");
    if (std::find(kinds.begin(), kinds.end(), "application_test_report") != kinds.end())
      test_citations.push_back(citation_of(*profile, *o));
  }

  for (const auto& kind : required_document_kinds(profile, a)) {
    if (present.count(kind)) continue;
    Gap g{"document", kind, {}, {}};
    for (const auto* o : document_obligations(profile, a)) {
      const auto& kinds = o->rule.list("documents");
      if (std::find(kinds.begin(), kinds.end(), kind) != kinds.end()) g.citations.push_back(citation_of(*profile, *o));
    }
    auto label = document_label(kind);
    auto where = cited_all(g.citations);
    g.message = {"Dokumen \"" + label.id + "\" belum diunggah (" + where + ").",
                 "The document \"" + label.en + "\" has not been uploaded (" + where + ")."};
    gaps.push_back(g);
  }

  auto test = latest_test(tests);
  if (!test || test->result != "passed") {
    Gap g{"passing_test", "", {}, test_citations};
    auto where = test_citations.empty() ? std::string() : " (" + cited_all(test_citations) + ")";
    if (!test)
      g.message = {"Belum ada hasil pengujian aplikasi yang dicatat; aplikasi diuji sebelum diimplementasikan" + where + ".",
                   "No test of the application is recorded; it is tested before it goes into production" + where + "."};
    else
      g.message = {"Pengujian terakhir (" + test->tested_on + ") tidak lulus; catat pengujian ulang yang lulus" + where + ".",
                   "The latest test (" + test->tested_on + ") failed; record a new test that passes" + where + "."};
    gaps.push_back(g);
  }

  if (const auto* gate = gcio_gate(profile, a)) {
    Gap g{"gcio_approval", "", {}, {citation_of(*profile, *gate)}};
    auto where = cited_all(g.citations);
    auto gcio = profile->term("gcio");
    if (!decision)
      g.message = {"Belum ada persetujuan " + gcio.id + " (" + where + ").", "The " + gcio.en + " has not approved it (" + where + ")."};
    else if (decision->decision != "approved")
      g.message = {gcio.id + " menolak pada " + decision->decided_at.substr(0, 10) + ": " + decision->note +
                       " Perbaiki lalu minta persetujuan lagi (" + where + ").",
                   "The " + gcio.en + " refused on " + decision->decided_at.substr(0, 10) + ": " + decision->note +
                       " Make the changes, then ask for approval again (" + where + ")."};
    else if (decision->covers != approval_state(a, documents, tests))
      g.message = {"Aplikasi berubah (dokumen, pengujian atau data pokoknya) setelah disetujui " + gcio.id +
                       " pada " + decision->decided_at.substr(0, 10) + "; minta persetujuan lagi (" + where + ").",
                   "The application changed (documents, tests or its main details) after the " + gcio.en +
                       " approved it on " + decision->decided_at.substr(0, 10) + "; ask for approval again (" + where + ")."};
    else
      g.item.clear();
    if (!g.item.empty()) gaps.push_back(g);
  }
  return gaps;
}

nlohmann::json to_json(const Gap& g) {
  nlohmann::json citations = nlohmann::json::array();
  for (const auto& c : g.citations)
    citations.push_back({{"obligation_id", c.obligation_id}, {"article", c.article}, {"text", c.text}, {"regulation", c.regulation}});
  return {{"item", g.item},
          {"document_kind", g.document_kind.empty() ? nlohmann::json(nullptr) : nlohmann::json(g.document_kind)},
          {"message", {{"id", g.message.id}, {"en", g.message.en}}},
          {"citations", citations}};
}

Text gaps_detail(const std::vector<Gap>& gaps) {
  Text out{"Aplikasi belum dapat masuk tahap produksi; yang masih kurang (" + std::to_string(gaps.size()) + "):",
           "The application cannot go into production yet; still missing (" + std::to_string(gaps.size()) + "):"};
  for (size_t i = 0; i < gaps.size(); ++i) {
    out.id += " " + std::to_string(i + 1) + ". " + gaps[i].message.id;
    out.en += " " + std::to_string(i + 1) + ". " + gaps[i].message.en;
  }
  return out;
}

bool is_sha256(const std::string& s) {
  return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char ch) { return std::isxdigit(static_cast<unsigned char>(ch)) != 0; });
}

DocumentInput parse_document(const nlohmann::json& body, const std::vector<std::string>& kinds) {
  BodyReader r(body, {"kind", "file_sha256"});
  std::string listed;
  for (const auto& k : kinds) listed += (listed.empty() ? "" : ", ") + k;
  std::set<std::string> known(kinds.begin(), kinds.end());
  auto kind = r.word("kind", known, true,
                     kinds.empty()
                         ? Text{"Peraturan daerah Anda tidak mensyaratkan dokumen aplikasi sebelum produksi, sehingga tidak ada jenis dokumen yang dapat diunggah.",
                                "Your region's regulation requires no application documents before production, so there is no kind to upload."}
                         : Text{"Pilih jenis dokumen yang disyaratkan peraturan daerah Anda: " + listed + ".",
                                "Choose a document kind your region's regulation requires: " + listed + "."});
  auto sha = r.text("file_sha256", true, 64, {"file_sha256: 64 digit heksadesimal dari berkas yang sudah diunggah ke /api/v1/files.",
                                              "file_sha256: the 64 hexadecimal digits of a file uploaded to /api/v1/files."});
  std::string digest = sha ? *sha : "";
  std::transform(digest.begin(), digest.end(), digest.begin(), [](char ch) { return static_cast<char>(std::tolower(static_cast<unsigned char>(ch))); });
  if (sha && !is_sha256(digest))
    r.add("file_sha256", {"file_sha256: 64 digit heksadesimal dari berkas yang sudah diunggah ke /api/v1/files.",
                          "file_sha256: the 64 hexadecimal digits of a file uploaded to /api/v1/files."});
  r.check();
  return {*kind, digest};
}

TestInput parse_test(const nlohmann::json& body, const std::string& today) {
  BodyReader r(body, {"tested_on", "result", "summary", "report_sha256"});
  const Text date_message{"Tanggal pengujian YYYY-MM-DD, tidak setelah hari ini.", "The test date as YYYY-MM-DD, not after today."};
  auto tested_on = r.nullable_date("tested_on", date_message);
  if (!r.has("tested_on") || (tested_on && !*tested_on)) r.add("tested_on", date_message);
  else if (tested_on && **tested_on > today) r.add("tested_on", date_message);
  auto result = r.word("result", kTestResults, true, {"Hasil pengujian: passed (lulus) atau failed (tidak lulus).",
                                                      "The test result: passed or failed."});
  auto summary = r.text("summary", true, 4000, {"Ringkasan pengujian (1-4000 karakter): apa yang diuji dan hasilnya.",
                                                "A summary of the test (1-4000 characters): what was tested and the outcome."});
  auto report = r.nullable_text("report_sha256", 64, {"report_sha256: 64 digit heksadesimal dari laporan yang sudah diunggah ke /api/v1/files.",
                                                      "report_sha256: the 64 hexadecimal digits of a report uploaded to /api/v1/files."});
  std::string digest = report && *report ? **report : "";
  std::transform(digest.begin(), digest.end(), digest.begin(), [](char ch) { return static_cast<char>(std::tolower(static_cast<unsigned char>(ch))); });
  if (!digest.empty() && !is_sha256(digest))
    r.add("report_sha256", {"report_sha256: 64 digit heksadesimal dari laporan yang sudah diunggah ke /api/v1/files.",
                            "report_sha256: the 64 hexadecimal digits of a report uploaded to /api/v1/files."});
  r.check();
  return {**tested_on, *result, *summary, digest};
}

GcioInput parse_gcio_decision(const nlohmann::json& body) {
  BodyReader r(body, {"decision", "note"});
  auto decision = r.word("decision", kGcioDecisions, true, {"Keputusan: approved (disetujui) atau refused (ditolak).",
                                                            "The decision: approved or refused."});
  auto note = r.nullable_text("note", 2000, {"Catatan berupa teks sampai 2000 karakter.", "The note is text of up to 2000 characters."});
  if (decision && *decision == "refused" && !(note && *note))
    r.add("note", {"Tuliskan alasan penolakan (1-2000 karakter), agar perangkat daerah tahu apa yang perlu diubah.",
                   "Write why it is refused (1-2000 characters), so the agency knows what to change."});
  r.check();
  return {*decision, note && *note ? **note : ""};
}

std::optional<Text> cannot_decide(const Application& a) {
  if (auto why = cannot_change(a)) return why;
  if (a.lifecycle == "in_production")
    return Text{"Aplikasi ini sudah beroperasi; persetujuan diberikan untuk pengembangan berikutnya setelah aplikasi kembali ke tahap pengembangan.",
                "This application is already in production; approval is given for its next version once it is back in development."};
  return std::nullopt;
}

std::string copyright_citation(const Profile* profile) {
  if (!profile) return "";
  for (const auto& o : profile->obligations) {
    const auto& fields = o.rule.list("fields");
    if (o.rule.value("record") == "application" && std::find(fields.begin(), fields.end(), "copyright_owner") != fields.end())
      return o.article + " " + profile->citation.short_name;
  }
  return "";
}

}  // namespace simpul::modules::applications
