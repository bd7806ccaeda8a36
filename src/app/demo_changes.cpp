#include "app/demo_changes.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <stdexcept>

#include "app/demo_random.h"
#include "app/record_change.h"
#include "app/region_profile.h"
#include "audit/log.h"
#include "core/clock.h"
#include "core/dates.h"
#include "modules/changes/rules.h"
#include "modules/changes/store.h"
#include "modules/changes/view.h"
#include "modules/changes/window.h"
#include "modules/regions/store.h"

namespace simpul {

namespace {

namespace ch = modules::changes;
using namespace std::chrono;

constexpr int64_t kMaxChanges = 50000;
constexpr int kChangesPerTransaction = 1000;

// What an agency changes, by target kind. `{app}` / `{host}` / `{agency}` are filled in.
struct ChangeText {
  const char* target_kind;
  const char* title;
  const char* reason;
  const char* impact;
  const char* rollback;
  const char* implementer;
  const char* target;  // the target's name where no record is linked; "" for none
};

const std::vector<ChangeText>& change_texts() {
  static const std::vector<ChangeText> texts{
      {"application", "Pembaruan versi aplikasi {app} ke 3.2", "Versi lama tidak lagi mendapat perbaikan keamanan dari pengembang.",
       "Aplikasi tidak dapat diakses sekitar 2 jam di luar jam kerja.", "Pulihkan aplikasi dan basis data dari cadangan sebelum pembaruan.",
       "Bidang Aplikasi Informatika Diskominfo", "{app}"},
      {"application", "Penambahan fitur tanda tangan elektronik pada {app}", "Surat keluar masih ditandatangani basah dan dipindai.",
       "Pengguna perlu pelatihan singkat; layanan tetap berjalan.", "Matikan fitur melalui konfigurasi; alur lama tetap tersedia.",
       "Tim pengembang {agency}", "{app}"},
      {"application", "Migrasi basis data {app} ke PostgreSQL 16", "Basis data lama mendekati akhir masa dukungan.",
       "Aplikasi berhenti sekitar 4 jam saat pemindahan data.", "Arahkan kembali aplikasi ke basis data lama yang tetap dijalankan 14 hari.",
       "Bidang Aplikasi Informatika Diskominfo", "{app}"},
      {"application", "Integrasi {app} dengan layanan login tunggal (SSO) daerah", "Pegawai harus mengingat banyak akun dan kata sandi.",
       "Cara masuk pengguna berubah; akun lama dinonaktifkan setelah uji coba.", "Aktifkan kembali login lokal aplikasi.",
       "Tim pengembang {agency}", "{app}"},
      {"host", "Migrasi server {host} ke pusat data", "Ruang server perangkat daerah tidak memenuhi standar suhu dan catu daya.",
       "Layanan pada server berhenti satu malam saat pemindahan.", "Nyalakan kembali server lama yang belum dibongkar selama 7 hari.",
       "Bidang Infrastruktur TIK Diskominfo", "{host}"},
      {"host", "Penambahan memori dan prosesor server {host}", "Beban puncak saat pendaftaran membuat layanan lambat.",
       "Server dimatikan sekitar 1 jam.", "Kembalikan spesifikasi mesin virtual dari snapshot.",
       "Bidang Infrastruktur TIK Diskominfo", "{host}"},
      {"host", "Pembaruan sistem operasi server {host}", "Sistem operasi lama berakhir masa dukungannya.",
       "Layanan berhenti sekitar 2 jam pada Sabtu malam.", "Pulihkan snapshot mesin sebelum pembaruan.",
       "Bidang Infrastruktur TIK Diskominfo", "{host}"},
      {"network", "Penggantian switch inti jaringan Balai Kota", "Switch lama sering hang dan suku cadangnya tidak tersedia.",
       "Jaringan Balai Kota terputus sekitar 3 jam pada malam hari.", "Pasang kembali switch lama dengan konfigurasi yang disimpan.",
       "Bidang Infrastruktur TIK Diskominfo", "Switch inti Balai Kota"},
      {"network", "Penambahan kapasitas internet kantor {agency}", "Kapasitas 50 Mbps tidak cukup untuk layanan video konferensi.",
       "Koneksi terputus beberapa menit saat pergantian paket.", "Minta penyedia mengembalikan paket sebelumnya.",
       "Bidang Infrastruktur TIK Diskominfo", "Jaringan {agency}"},
      {"network", "Penataan ulang VLAN jaringan {agency}", "Jaringan tamu dan jaringan pegawai belum dipisahkan.",
       "Perangkat pegawai mendapat alamat IP baru.", "Pulihkan konfigurasi VLAN dari cadangan konfigurasi.",
       "Bidang Infrastruktur TIK Diskominfo", "Jaringan {agency}"},
      {"service_connector", "Pembaruan penghubung layanan ke data kependudukan Dukcapil", "Versi API Dukcapil yang lama dihentikan.",
       "Pengecekan NIK di layanan daerah berhenti sekitar 1 jam.", "Kembalikan penghubung ke versi API sebelumnya selama masa transisi.",
       "Bidang Aplikasi Informatika Diskominfo", "Penghubung layanan data kependudukan"},
      {"service_integration", "Integrasi layanan perizinan daerah dengan OSS", "Pemohon mengisi data yang sama dua kali.",
       "Alur permohonan izin berubah bagi petugas.", "Nonaktifkan integrasi; permohonan diproses manual seperti sebelumnya.",
       "Tim pengembang {agency}", "Layanan perizinan daerah"},
      {"data_center", "Penggantian UPS ruang server pusat data", "Baterai UPS melewati umur pakai dan gagal uji beban.",
       "Server berjalan dengan genset selama penggantian.", "Sambungkan kembali UPS lama yang tetap terpasang sampai uji selesai.",
       "Bidang Infrastruktur TIK Diskominfo", "Pusat Data Pemerintah Daerah"},
      {"other", "Penerapan kebijakan kata sandi dan autentikasi dua faktor akun SPBE", "Audit keamanan menemukan kata sandi lemah.",
       "Semua pengguna diminta mengganti kata sandi saat masuk.", "Longgarkan kebijakan melalui konfigurasi pusat.",
       "Bidang Persandian dan Keamanan Informasi Diskominfo", ""},

  };
  return texts;
}

std::string filled(std::string text, const std::string& key, const std::string& value) {
  for (auto at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
    text.replace(at, key.size(), value);
  return text;
}

struct Named {
  int64_t id = 0;
  std::string name, category;
};

struct Agency {
  int64_t id = 0;
  std::string short_name;
  bool self_sufficient = false;
};

struct Region {
  std::string id, today;
  int offset_minutes = 420;
  std::vector<Agency> agencies;
  std::vector<Named> applications, hosts;
  std::map<int64_t, audit::Actor> operators;
  std::map<int64_t, std::string> display_names;  // user id → the name steps show
  audit::Actor admin;
  std::string admin_name;
};

Region load_region(db::Connection& c) {
  Region r;
  auto regions = c.query("SELECT region_id FROM regions ORDER BY region_id");
  if (regions.empty()) throw std::runtime_error("the database has no region for the demo changes");
  r.id = regions[0].text(0);
  r.today = modules::regions::region_today(c, r.id);
  r.offset_minutes = ch::region_zone(c, r.id).offset_minutes;
  for (const auto& row : c.query("SELECT agency_id, short_name, ict_self_sufficient FROM agencies WHERE region_id = ? "
                                 "ORDER BY agency_id", {r.id}))
    r.agencies.push_back({row.int64(0), row.is_null(1) ? "" : row.text(1), row.int64(2) != 0});
  if (r.agencies.empty()) throw std::runtime_error("the demo region has no agency for the demo changes");
  for (const auto& row : c.query("SELECT application_id, name, category FROM applications WHERE region_id = ? "
                                 "ORDER BY application_id", {r.id}))
    r.applications.push_back({row.int64(0), row.text(1), row.text(2)});
  for (const auto& row : c.query("SELECT host_id, name FROM hosts WHERE region_id = ? ORDER BY host_id", {r.id}))
    r.hosts.push_back({row.int64(0), row.text(1), ""});
  for (const auto& row : c.query("SELECT user_id, agency_id, role, username, display_name FROM users WHERE region_id = ? "
                                 "ORDER BY user_id", {r.id})) {
    audit::Actor actor{row.int64(0), row.text(3), row.text(2)};
    r.display_names[row.int64(0)] = row.text(4);
    if (actor.role == "superadmin" && !r.admin.id) r.admin = actor, r.admin_name = row.text(4);
    if (actor.role == "agency_operator" && !row.is_null(1) && !r.operators.count(row.int64(1)))
      r.operators[row.int64(1)] = actor;
  }
  return r;
}

// The steps that lead to a stage, in order.
std::vector<std::string> path_to(const std::string& stage, bool emergency) {
  std::vector<std::string> out;
  if (stage == "planning") return out;
  if (stage == "cancelled") return {"submit_analysis", "cancel"};
  if (!emergency) out.push_back("submit_analysis");
  if (stage == "analysis") return emergency ? std::vector<std::string>{"submit_analysis"} : out;
  out.push_back("request_approval");
  if (stage == "awaiting_approval") return out;
  if (stage == "refused") return out.push_back("refuse"), out;
  out.push_back("approve");
  if (stage == "approved") return out;
  if (!emergency) out.push_back("start_development");
  if (stage == "development") return out;
  out.push_back("implement");
  if (stage == "implementation") return out;
  if (stage == "rolled_back") return out.push_back("roll_back"), out;
  out.push_back("monitor");
  if (stage == "monitoring") return out;
  out.push_back("evaluate");
  return out;
}

const char* step_note(const std::string& action) {
  if (action == "submit_analysis") return "Kebutuhan dan rancangan perubahan sudah lengkap.";
  if (action == "request_approval") return "Analisis dampak dan risiko selesai; rencana pengembalian terlampir.";
  if (action == "approve") return "Disetujui; laksanakan sesuai jadwal dan umumkan kepada pengguna.";
  if (action == "refuse") return "Ditolak: jadwal bertepatan dengan masa pelaporan; ajukan ulang dengan jadwal lain.";
  if (action == "implement") return "Perubahan sudah dipasang di lingkungan produksi.";
  if (action == "monitor") return "Pemantauan layanan selama 7 hari setelah perubahan.";
  if (action == "evaluate") return "Layanan berjalan normal; tidak ada keluhan pengguna.";
  if (action == "roll_back") return "Layanan gagal berjalan setelah perubahan; dikembalikan sesuai rencana pengembalian.";
  if (action == "cancel") return "Dibatalkan: kebutuhan sudah terpenuhi oleh aplikasi umum.";
  return "";
}

class Writer {
 public:
  Writer(db::Connection& c, const Region& region, DemoRandom& random, const profiles::Profile* profile)
      : c_(c), region_(region), random_(random), profile_(profile),
        today_(parse_date(region.today)),
        now_(floor<seconds>(system_clock::now())) {}

  void write_one(int64_t index) {
    const auto& text = pick_text(index);
    ch::Change c;
    c.region_id = region_.id;
    const auto& agency = random_.pick(region_.agencies);
    c.agency_id = agency.id;
    c.target_kind = text.target_kind;
    std::string app = "SIMPEG", host = "srv-aplikasi-01";
    if (c.target_kind == std::string("application") && !region_.applications.empty()) {
      const auto& a = random_.pick(region_.applications);
      app = a.name;
      c.links.push_back({"application", a.id, a.name});
    } else if (c.target_kind == std::string("host") && !region_.hosts.empty()) {
      const auto& h = random_.pick(region_.hosts);
      host = h.name;
      c.links.push_back({"host", h.id, h.name});
    }
    auto agency_name = agency.short_name.empty() ? std::string("perangkat daerah") : agency.short_name;
    auto fill = [&](const char* s) { return filled(filled(filled(s, "{app}", app), "{host}", host), "{agency}", agency_name); };
    c.title = fill(text.title);
    c.reason = fill(text.reason);
    c.impact = fill(text.impact);
    c.rollback_plan = fill(text.rollback);
    c.implementer = fill(text.implementer);
    if (c.links.empty()) c.target_label = fill(text.target);
    c.description = "Permintaan perubahan: " + c.title + ". " + c.reason;
    bool emergency = index == 0 || random_.chance(0.02);
    c.change_type = emergency ? "emergency" : random_.chance(0.25) ? "standard" : "normal";
    c.risk_level = emergency ? "high" : random_.chance(0.2) ? "high" : random_.chance(0.5) ? "medium" : "low";
    c.risk_notes = c.risk_level == "high" ? "Dampak luas bagi layanan publik; siapkan petugas siaga." : "Risiko terkendali dengan cadangan.";

    // The window: from 12 months ago to 3 months ahead, in the evening local time.
    int offset_days = emergency && index == 0 ? -random_.between(20, 60) : random_.between(-365, 90);
    auto stage = stage_for(index, offset_days, emergency);
    auto start_local = today_ + days{offset_days};
    auto start = sys_seconds{start_local} + hours{random_.between(19, 22)} - minutes{region_.offset_minutes};
    auto end = start + hours{random_.between(1, 6)};
    c.planned_start = format_rfc3339(start);
    c.planned_end = format_rfc3339(end);
    auto created = std::min(start - days{random_.between(7, 30)}, now_ - days{1});

    ch::GateFacts facts;
    facts.target_kind = c.target_kind;
    if (!c.links.empty() && c.links[0].kind == "application")
      for (const auto& a : region_.applications)
        if (a.id == c.links[0].id) facts.application_categories.push_back(a.category);
    facts.agency_self_sufficient = agency.self_sufficient;
    c.approver = ch::approval_rule(profile_, facts).approver;

    // The steps, spread between the request and the window (implementation at its end).
    auto actions = path_to(stage, emergency);
    auto before_window = std::count_if(actions.begin(), actions.end(), [](const std::string& a) {
      return a == "submit_analysis" || a == "request_approval" || a == "approve" || a == "refuse" ||
             a == "start_development" || a == "cancel";
    });
    auto gap = (start - created) / (before_window + 1);
    std::vector<std::pair<std::string, sys_seconds>> timed;
    int k = 0;
    for (const auto& a : actions) {
      sys_seconds at;
      if (a == "implement") at = end + minutes{random_.chance(0.2) ? random_.between(30, 600) : 0};
      else if (a == "monitor") at = end + hours{random_.between(2, 20)};
      else if (a == "evaluate") at = end + days{random_.between(7, 14)};
      else if (a == "roll_back") at = end + hours{random_.between(1, 12)};
      else at = created + gap * ++k;
      timed.emplace_back(a, std::min(at, now_ - minutes{5}));
    }
    c.stage = "planning";
    c.created_at = format_rfc3339(created);
    std::string last = c.created_at;
    for (const auto& [action, at] : timed) {
      ch::StepInput s;
      s.action = action;
      s.note = step_note(action);
      if (action == "implement") s.implemented_at = format_rfc3339(at);
      if (action == "evaluate") {
        s.result = random_.chance(0.8) ? "success" : "partial";
        s.lessons = s.result == "success" ? "Uji coba di lingkungan staging mempercepat pelaksanaan."
                                          : "Sebagian pengguna belum mendapat informasi; umumkan lebih awal.";
      }
      ch::take_step(s, c);
      if (action == "approve" || action == "refuse") {
        c.decided_by = region_.admin.id;
        c.decided_by_name = region_.admin_name;
        c.decided_at = format_rfc3339(at);
      }
      last = format_rfc3339(at);
    }
    c.version = 1 + static_cast<int64_t>(timed.size());
    c.updated_at = std::max(last, c.created_at);
    c.number = ch::next_number(c_, region_.id, static_cast<int>(year_month_day{floor<days>(created + minutes{region_.offset_minutes})}.year()));
    ch::insert(c_, c);
    const auto& who = region_.operators.count(c.agency_id) ? region_.operators.at(c.agency_id) : region_.admin;
    audit::Context ctx{region_.id, who, "demo-change-" + std::to_string(c.id), "local"};
    audit_creation(c_, ctx, "change.create", "change", c, ch::record_json);
    std::string from = "planning";
    std::vector<ch::Step> steps;
    for (const auto& [action, at] : timed) {
      bool decision = action == "approve" || action == "refuse";
      const auto& by = decision ? region_.admin : who;
      ch::Step step{0, region_.id, c.id, action, from, ch::next_stage(action), step_note(action), by.id,
                    name_of(by), format_rfc3339(at)};
      from = step.to_stage;
      steps.push_back(std::move(step));
    }
    ch::insert_steps(c_, steps);
  }

 private:
  const ChangeText& pick_text(int64_t index) {
    if (index == 1) return change_texts()[7];  // the core switch of the Balai Kota: the rolled-back one
    return random_.pick(change_texts());
  }

  std::string name_of(const audit::Actor& who) const {
    auto it = who.id ? region_.display_names.find(*who.id) : region_.display_names.end();
    return it == region_.display_names.end() ? who.username : it->second;
  }

  // Every stage among the first ones; then by where the window falls.
  std::string stage_for(int64_t index, int& offset_days, bool emergency) {
    static const std::vector<std::pair<const char*, int>> first{
        {"evaluated", -40}, {"rolled_back", -25}, {"refused", -70}, {"cancelled", 20}, {"monitoring", -3},
        {"implementation", -1}, {"development", 5}, {"approved", 12}, {"awaiting_approval", 25}, {"analysis", 40},
        {"planning", 60}, {"awaiting_approval", -6}};  // the last: its window passed unapproved (overdue)
    if (index > 0 && index < static_cast<int64_t>(first.size())) {
      offset_days = first[index].second;
      return first[index].first;
    }
    if (index == 0) return "evaluated";
    double r = static_cast<double>(random_.between(0, 999)) / 1000.0;
    if (offset_days < -21) {
      if (r < 0.05) return "refused";
      if (r < 0.09) return "cancelled";
      if (r < 0.12) return emergency ? "evaluated" : "approved";  // overdue: never carried out
      return "evaluated";
    }
    if (offset_days < 0) {
      if (r < 0.35) return "monitoring";
      if (r < 0.55) return "implementation";
      if (r < 0.65) return "development";  // overdue
      return "evaluated";
    }
    if (offset_days < 14) {
      if (r < 0.45) return "approved";
      if (r < 0.7) return "development";
      if (r < 0.9) return "awaiting_approval";
      return "analysis";
    }
    if (r < 0.3) return "planning";
    if (r < 0.55) return "analysis";
    if (r < 0.8) return "awaiting_approval";
    return "approved";
  }

  db::Connection& c_;
  const Region& region_;
  DemoRandom& random_;
  const profiles::Profile* profile_;
  sys_days today_;
  sys_seconds now_;
};

}  // namespace

void add_demo_changes(db::Database& db, const DemoOptions& options, const DemoProgress& progress) {
  if (options.changes < 0 || options.changes > kMaxChanges)
    throw std::invalid_argument("--changes must be from 0 to " + std::to_string(kMaxChanges));
  if (options.changes == 0) return;
  auto region = db.read([](db::Connection& c) { return load_region(c); });
  const auto* profile = db.read([&](db::Connection& c) { return region_profile(c, region.id); });
  DemoRandom random(options.seed ^ 0x6368616e676573ULL);  // "changes": its own sequence
  auto total = static_cast<int>(options.changes);
  for (int done = 0; done < total;) {
    int until = std::min(total, done + kChangesPerTransaction);
    db.write([&](db::Connection& c) {
      audit::Batch batch(c);
      Writer writer(c, region, random, profile);
      for (int i = done; i < until; ++i) writer.write_one(i);
      batch.finish();
    });
    done = until;
    if (progress) progress("changes", done, total);
  }
}

}  // namespace simpul
