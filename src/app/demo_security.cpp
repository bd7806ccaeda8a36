#include "app/demo_security.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <stdexcept>

#include "app/demo_random.h"
#include "app/record_change.h"
#include "audit/log.h"
#include "core/clock.h"
#include "modules/security/incident_rules.h"
#include "modules/security/incident_store.h"
#include "modules/security/policy_store.h"

namespace simpul {

namespace {

namespace sec = modules::security;
using std::chrono::hours;
using std::chrono::minutes;
using Instant = sec::Instant;

constexpr int64_t kMaxIncidents = 50000;
constexpr int kIncidentsPerTransaction = 500;

struct Target {
  int64_t id = 0, agency_id = 0;
};

struct Region {
  std::string id;
  int64_t admin = 0;
  std::optional<int64_t> ict_office;
  std::vector<int64_t> agencies;
  std::map<int64_t, int64_t> operators;  // agency → its operator's user id
  std::optional<int64_t> sekda;
  std::vector<int64_t> csirt;  // people of the ICT office
  std::map<std::string, std::vector<Target>> targets;  // host, application, dataset, risk
};

Region load_region(db::Connection& c) {
  Region r;
  auto regions = c.query("SELECT region_id FROM regions ORDER BY region_id");
  if (regions.empty()) throw std::runtime_error("the database has no region for the demo security records");
  r.id = regions[0].text(0);
  for (const auto& row : c.query("SELECT agency_id, ict_office FROM agencies WHERE region_id = ? ORDER BY agency_id", {r.id})) {
    r.agencies.push_back(row.int64(0));
    if (row.int64(1) != 0) r.ict_office = row.int64(0);
  }
  if (r.agencies.empty()) throw std::runtime_error("the demo region has no agency for the demo security records");
  for (const auto& row : c.query("SELECT user_id, agency_id, role FROM users WHERE region_id = ? ORDER BY user_id", {r.id})) {
    if (row.text(2) == "superadmin" && !r.admin) r.admin = row.int64(0);
    if (row.text(2) == "agency_operator" && !row.is_null(1) && !r.operators.count(row.int64(1)))
      r.operators[row.int64(1)] = row.int64(0);
  }
  if (auto sekda = sec::sekda_holder(c, r.id)) r.sekda = sekda->first.id;
  if (r.ict_office)
    for (const auto& row : c.query("SELECT person_id, spbe_roles FROM people WHERE region_id = ? AND agency_id = ? ORDER BY person_id",
                                   {r.id, *r.ict_office}))
      if (row.text(1).find("csirt") != std::string::npos || row.text(1).find("ict_staff") != std::string::npos)
        if (r.csirt.size() < 5) r.csirt.push_back(row.int64(0));
  const std::map<std::string, std::string> sources{
      {"host", "SELECT host_id, owner_agency_id FROM hosts WHERE region_id = ? ORDER BY host_id"},
      {"application", "SELECT application_id, owner_agency_id FROM applications WHERE region_id = ? ORDER BY application_id"},
      {"dataset", "SELECT dataset_id, owner_agency_id FROM datasets WHERE region_id = ? ORDER BY dataset_id"},
      {"risk", "SELECT risk_id, agency_id FROM risks WHERE region_id = ? AND category = 'keamanan' ORDER BY risk_id"}};
  for (const auto& [kind, sql] : sources)
    for (const auto& row : c.query(sql, {r.id})) r.targets[kind].push_back({row.int64(0), row.int64(1)});
  return r;
}

audit::Context demo_context(const Region& region, const std::string& request) {
  return {region.id, {region.admin ? std::optional<int64_t>{region.admin} : std::nullopt, "admin", "superadmin"}, request, "local"};
}

std::string date_of(Instant t) { return format_rfc3339(t).substr(0, 10); }

// ---- the programme and the policies of Madiun Pasal 12

void write_programme(db::Connection& c, const Region& region, Instant now) {
  sec::Programme p;
  p.region_id = region.id;
  p.scope_description =
      "Seluruh data dan informasi, aplikasi umum dan khusus, infrastruktur SPBE (pusat data, jaringan intra pemerintah "
      "daerah, sistem penghubung layanan) serta kebijakan keamanan yang berlaku di lingkungan Pemerintah Daerah.";
  p.person_in_charge_id = region.sekda;
  p.stages = sec::complete_stages({
      {"scope", "Ruang lingkup ditetapkan dengan Keputusan Wali Kota tentang Manajemen Keamanan Informasi SPBE.",
       date_of(now - hours{24 * 300})},
      {"person_in_charge", "Sekretaris Daerah ditetapkan sebagai penanggung jawab (Peraturan BSSN 4/2021 Pasal 5).",
       date_of(now - hours{24 * 298})},
      {"planning", "Rencana keamanan informasi tahunan disusun bersama Tim Koordinasi SPBE, termasuk penilaian risiko keamanan.",
       date_of(now - hours{24 * 270})},
      {"operation_support", "Pelatihan kesadaran keamanan bagi pegawai, pemindaian kerentanan bulanan, dan CSIRT siaga.",
       date_of(now - hours{24 * 200})},
      {"performance_evaluation", "Evaluasi semester I: Indeks KAMI dan rekap insiden dilaporkan kepada Sekretaris Daerah.",
       date_of(now - hours{24 * 120})},
      {"continual_improvement", "", std::nullopt},
  });
  p.csirt_name = "CSIRT Pemerintah Daerah";
  p.csirt_decree = "Keputusan Wali Kota Nomor 188.45/117/401.012/2026";
  p.csirt_member_ids = region.csirt;
  p.version = 1;
  p.updated_at = format_rfc3339(now - hours{24 * 120});
  sec::save_programme(c, p, 0);
  audit::append(c, demo_context(region, "demo-security-programme"), "security_programme.update", "security_programme", region.id,
                {{"programme", {{"before", nullptr}, {"after", sec::record_json(p)}}}});
}

struct PolicyText {
  const char* kind;
  const char* title;
  const char* body;
};

const std::vector<PolicyText>& policy_texts() {
  static const std::vector<PolicyText> texts{
      {"ict_use", "Pedoman Penggunaan Teknologi Informasi dan Komunikasi",
       "1. Perangkat TIK milik Pemerintah Daerah hanya digunakan untuk kepentingan dinas.\n"
       "2. Setiap pegawai wajib memakai akun pribadi, kata sandi paling sedikit 12 karakter, dan autentikasi dua faktor "
       "untuk surel dinas dan aplikasi umum.\n"
       "3. Dilarang memasang perangkat lunak tanpa lisensi atau yang tidak disetujui Dinas.\n"
       "4. Setiap dugaan insiden keamanan segera dilaporkan kepada Dinas melalui Simpul."},
      {"byod", "Pedoman Penggunaan Perangkat Pribadi (Bring Your Own Device)",
       "1. Perangkat pribadi yang mengakses aplikasi dinas harus terdaftar pada Dinas.\n"
       "2. Perangkat wajib dikunci dengan PIN atau biometrik, sistem operasinya mutakhir, dan memiliki antivirus aktif.\n"
       "3. Data dinas tidak boleh disimpan di layanan penyimpanan awan pribadi.\n"
       "4. Kehilangan perangkat dilaporkan paling lambat 1 x 24 jam agar akses dapat dicabut."},
      {"lan_security", "Kewajiban Keamanan Informasi pada Jaringan Intra Perangkat Daerah (LAN)",
       "1. Setiap PD mengimplementasikan perangkat lunak dan perangkat keras keamanan informasi pada jaringan internalnya, "
       "khususnya sistem TIK yang langsung terhubung ke internet.\n"
       "2. Titik akses nirkabel memakai WPA2-Enterprise atau lebih kuat; jaringan tamu dipisahkan.\n"
       "3. Diagram LAN diperbarui dan disampaikan kepada Dinas setiap tahun."},
      {"wan_security", "Kewajiban Keamanan Informasi pada Jaringan Antar Perangkat Daerah (WAN)",
       "1. Dinas mengimplementasikan firewall, sistem deteksi intrusi dan pemantauan lalu lintas pada jaringan antar PD.\n"
       "2. Sarana-prasarana TIK yang menjalankan fungsi vital dipantau 24 jam oleh CSIRT.\n"
       "3. Koneksi antar PD hanya melalui jaringan intra pemerintah daerah yang dikelola Dinas."},
  };
  return texts;
}

void write_policies(db::Connection& c, const Region& region, DemoRandom& random, Instant now) {
  auto ctx = demo_context(region, "demo-security-policies");
  int index = 0;
  for (const auto& text : policy_texts()) {
    auto published_at = now - hours{24 * (280 - 7 * index++)};
    sec::Policy p;
    p.region_id = region.id;
    p.kind = text.kind;
    p.title = text.title;
    p.body = text.body;
    p.status = "published";
    p.revision = 1;
    p.created_at = format_rfc3339(published_at - hours{24 * 14});
    p.updated_at = format_rfc3339(published_at);
    sec::insert_policy(c, p);
    audit_creation(c, ctx, "security_policy.create", "security_policy", p, [](const sec::Policy& x) { return sec::record_json(x); });
    sec::insert_revision(c, region.id, p.id, {1, p.title, p.body, std::nullopt, p.updated_at, region.admin, ""});
    for (auto agency : region.agencies) {
      if (!random.chance(0.85)) continue;  // most agencies, not all: the coverage list has work to show
      auto by = region.operators.count(agency) ? region.operators.at(agency) : region.admin;
      auto at = published_at + hours{random.between(2, 24 * 30)};
      sec::insert_acknowledgement(c, region.id, p.id, {agency, 1, format_rfc3339(at), by, ""});
    }
  }
}

// ---- incidents

struct IncidentText {
  const char* title;
  const char* description;
  const char* severity;
  bool serious;
  const char* link_kind;  // the element it most likely touches
  const char* lessons;
};

const std::vector<IncidentText>& incident_texts() {
  static const std::vector<IncidentText> texts{
      {"Surel phishing mengatasnamakan BKPSDM", "Puluhan pegawai menerima surel palsu yang meminta pembaruan data kepegawaian dan kata sandi akun dinas.",
       "medium", false, "application", "Wajibkan autentikasi dua faktor untuk surel dinas dan adakan simulasi phishing tiap semester."},
      {"Defacement situs web perangkat daerah", "Halaman depan situs web PD diganti dengan pesan peretas; sistem pengelola konten belum diperbarui sejak dua tahun.",
       "high", true, "application", "Perbarui CMS dan plugin secara terjadwal; pasang WAF di depan seluruh situs PD."},
      {"Ransomware pada komputer staf keuangan", "Berkas di dua komputer staf terenkripsi setelah lampiran faktur palsu dibuka; cadangan harian tersedia.",
       "critical", true, "host", "Batasi hak admin lokal, aktifkan EDR, dan uji pemulihan dari cadangan tiap bulan."},
      {"Serangan DDoS pada portal layanan publik", "Portal layanan tidak dapat diakses selama tiga jam karena lonjakan lalu lintas dari ribuan alamat IP.",
       "high", true, "host", "Aktifkan proteksi DDoS di penyedia jaringan dan siapkan halaman statis cadangan."},
      {"Percobaan login brute force pada aplikasi kepegawaian", "Tercatat lebih dari 20.000 percobaan login gagal dari luar negeri dalam satu malam.",
       "medium", false, "application", "Terapkan pembatasan percobaan login dan blokir geografis untuk panel admin."},
      {"Basis data pemohon izin terbuka ke internet", "Port basis data aplikasi perizinan dapat diakses publik tanpa autentikasi akibat salah konfigurasi firewall.",
       "critical", true, "dataset", "Audit aturan firewall setiap perubahan dan pindai port terbuka mingguan."},
      {"Laptop dinas berisi data penerima bansos hilang", "Laptop staf hilang di kendaraan umum; perangkat tidak terenkripsi dan berisi salinan data penerima bantuan sosial.",
       "high", true, "dataset", "Enkripsi penuh disk wajib untuk laptop dinas; data pribadi tidak boleh disalin ke perangkat."},
      {"Malware penambang kripto di server virtual", "Pemakaian CPU server mencapai 100% karena proses penambang kripto yang masuk lewat celah aplikasi lama.",
       "high", false, "host", "Matikan layanan yang tidak dipakai dan pantau pemakaian sumber daya server dengan peringatan otomatis."},
      {"Injeksi SQL pada formulir pengaduan", "Pemindaian menemukan formulir pengaduan rentan injeksi SQL; log menunjukkan upaya eksploitasi.",
       "high", false, "application", "Gunakan parameter terikat di seluruh kueri dan uji keamanan sebelum rilis."},
      {"Akun media sosial resmi diambil alih", "Akun media sosial PD dipakai pihak lain untuk mengunggah tautan penipuan.",
       "medium", false, "application", "Daftarkan akun resmi pada pengelola kata sandi Dinas dengan autentikasi dua faktor."},
      {"Lalu lintas mencurigakan dari jaringan kantor kecamatan", "Sensor IDS mendeteksi komunikasi berkala ke server kendali botnet dari satu komputer kecamatan.",
       "medium", false, "host", "Segmentasikan jaringan kecamatan dan pasang antivirus terpusat."},
      {"Kebocoran dokumen rapat melalui tautan berbagi publik", "Dokumen rapat internal terindeks mesin pencari karena dibagikan dengan tautan publik.",
       "low", false, "dataset", "Atur berbagi dokumen hanya di dalam domain dinas dan tinjau tautan publik tiap bulan."},
      {"Sertifikat TLS situs layanan kedaluwarsa", "Peramban menampilkan peringatan keamanan pada situs layanan karena sertifikat tidak diperpanjang.",
       "low", false, "application", "Gunakan pembaruan sertifikat otomatis dan pemantauan masa berlaku."},
      {"Pemadaman listrik merusak perangkat jaringan", "Lonjakan listrik setelah pemadaman merusak switch inti di ruang server PD.",
       "medium", false, "host", "Pasang UPS dan stabilizer untuk perangkat jaringan inti."},
  };
  return texts;
}

class IncidentWriter {
 public:
  IncidentWriter(db::Connection& c, const Region& region, DemoRandom& random, Instant now, int total)
      : c_(c), region_(region), random_(random), now_(now), total_(total) {}

  void write_one(int index) {
    const auto& text = random_.pick(incident_texts());
    sec::Incident i;
    i.region_id = region_.id;
    i.agency_id = random_.pick(region_.agencies);
    i.title = text.title;
    i.description = text.description;
    i.severity = text.severity;
    i.serious = text.serious && random_.chance(0.8);
    // Spread over the past year in the order of their numbers, denser lately (about a fifth in the
    // last two weeks) so the handling stages show.
    double remaining = 1.0 - (index + 1.0) / (total_ + 1.0);
    int age_hours = std::max(2, static_cast<int>(24 * 360 * remaining * remaining) + random_.between(0, 5));
    auto detected = now_ - hours{age_hours} - minutes{random_.between(0, 59)};
    i.detected_at = format_rfc3339(detected);
    sec::set_due_instants(i, sec::ReportHours{});
    bool by_agency = region_.operators.count(i.agency_id) && random_.chance(0.6);
    // Mostly reported within the day; a few late; now and then (recent ones) not yet at all.
    int report_delay = random_.chance(0.85) ? random_.between(1, 20) : random_.between(25, 60);
    auto reported = std::min(now_, detected + hours{report_delay});
    i.reported_at = format_rfc3339(reported);
    i.reported_by_user_id = by_agency ? region_.operators.at(i.agency_id) : region_.admin;
    bool report_missing = !by_agency && age_hours < 24 * 20 && random_.chance(0.5);
    if (!report_missing) i.ict_office_sent_at = by_agency ? i.reported_at : format_rfc3339(detected + hours{report_delay});

    // Stage: old incidents are almost all closed; recent ones anywhere in the handling.
    int last_stage = age_hours > 24 * 45 ? (random_.chance(0.92) ? 6 : random_.between(3, 5)) : random_.between(0, 6);
    if (report_missing && last_stage == 6) last_stage = 5;

    std::optional<Target> link = pick_target(text.link_kind, i.agency_id);
    sec::set_data_owner_required(i, link && std::string(text.link_kind) == "dataset");
    bool notify_owner = i.data_owner_required && (last_stage == 6 || age_hours > 24 * 20 || random_.chance(0.4));
    std::optional<Instant> owner_sent;
    if (notify_owner) {
      owner_sent = std::min(now_, detected + hours{random_.chance(0.8) ? random_.between(6, 70) : random_.between(73, 140)});
      i.data_owner_sent_at = format_rfc3339(*owner_sent);
    }

    // The steps, spread between the report and now (or closing).
    auto span_end = last_stage == 6 ? std::min(now_, reported + hours{random_.between(24, 24 * 20)}) : now_;
    auto step_gap = (span_end - reported) / 7;
    i.stage = sec::kStages[last_stage];
    if (last_stage >= 5) i.lessons_learned = text.lessons;
    if (last_stage == 6) i.closed_at = format_rfc3339(reported + step_gap * 6);
    int year = 0;
    std::sscanf(i.reported_at.c_str(), "%d", &year);
    i.number = sec::incident_number(year, sec::next_incident_number(c_, region_.id, year));
    i.created_at = i.reported_at;
    i.updated_at = last_stage == 0 ? i.reported_at : format_rfc3339(reported + step_gap * last_stage);
    i.version = 1 + last_stage;
    sec::insert_incident(c_, i);

    auto ctx = demo_context(region_, "demo-security-incident-" + std::to_string(index));
    audit_creation(c_, ctx, "security_incident.create", "security_incident", i, [](const sec::Incident& x) { return sec::record_json(x); });
    sec::insert_event(c_, region_.id, i.id, {0, i.reported_at, i.reported_by_user_id, "", "report", std::nullopt, std::string("reported"), ""});
    if (i.ict_office_sent_at) {
      sec::Notice n{0, "ict_office", *i.ict_office_sent_at,
                    by_agency ? "Dilaporkan oleh perangkat daerah melalui Simpul / Reported by the agency in Simpul"
                              : "Dilaporkan PD melalui telepon kepada CSIRT",
                    std::nullopt, i.reported_by_user_id, i.reported_at};
      sec::insert_notice(c_, region_.id, i.id, n);
    }
    if (owner_sent) {
      sec::Notice n{0, "data_owner", *i.data_owner_sent_at, "Surat pemberitahuan kepada walidata", std::nullopt, region_.admin,
                    *i.data_owner_sent_at};
      sec::insert_notice(c_, region_.id, i.id, n);
    }
    if (link) {
      sec::IncidentLink l{0, text.link_kind, link->id, "", i.reported_at};
      sec::insert_link(c_, region_.id, i.id, l, region_.admin);
    }
    if (random_.chance(0.2) && region_.targets.count("risk") && !region_.targets.at("risk").empty()) {
      sec::IncidentLink l{0, "risk", random_.pick(region_.targets.at("risk")).id, "", i.reported_at};
      sec::insert_link(c_, region_.id, i.id, l, region_.admin);
    }
    static const std::vector<std::string> notes{
        "Dampak dan cakupan dinilai; insiden ditangani CSIRT.", "Sistem terdampak diisolasi dari jaringan.",
        "Sumber serangan dihapus dan celah ditutup.", "Layanan dipulihkan dan dipantau.",
        "Pelajaran dicatat dan dibahas dengan PD.", "Insiden ditutup."};
    for (int s = 1; s <= last_stage; ++s)
      sec::insert_event(c_, region_.id, i.id,
                        {0, format_rfc3339(reported + step_gap * s), region_.admin, "", sec::kActions[s - 1], sec::kStages[s - 1],
                         sec::kStages[s], notes[s - 1]});
  }

 private:
  // A record of `kind` of the incident's agency when it has one, else any of the region; none sometimes.
  std::optional<Target> pick_target(const std::string& kind, int64_t agency_id) {
    auto found = region_.targets.find(kind);
    if (found == region_.targets.end() || found->second.empty() || (kind != "dataset" && !random_.chance(0.75)))
      return std::nullopt;
    std::vector<Target> own;
    for (const auto& t : found->second)
      if (t.agency_id == agency_id) own.push_back(t);
    return own.empty() ? random_.pick(found->second) : random_.pick(own);
  }

  db::Connection& c_;
  const Region& region_;
  DemoRandom& random_;
  Instant now_;
  int total_;
};

}  // namespace

void add_demo_security(db::Database& db, const DemoOptions& options, const DemoProgress& progress) {
  if (options.incidents < 0 || options.incidents > kMaxIncidents)
    throw std::invalid_argument("--incidents must be from 0 to " + std::to_string(kMaxIncidents));
  auto region = db.read([](db::Connection& c) { return load_region(c); });
  DemoRandom random(options.seed ^ 0x7365637572ULL);  // "secur": its own sequence
  auto now = std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
  db.write([&](db::Connection& c) {
    write_programme(c, region, now);
    write_policies(c, region, random, now);
  });
  auto total = static_cast<int>(options.incidents);
  for (int done = 0; done < total;) {
    int until = std::min(total, done + kIncidentsPerTransaction);
    db.write([&](db::Connection& c) {
      audit::Batch batch(c);
      IncidentWriter writer(c, region, random, now, total);
      for (int i = done; i < until; ++i) writer.write_one(i);
      batch.finish();
    });
    done = until;
    if (progress) progress("security incidents", done, total);
  }
}

}  // namespace simpul
