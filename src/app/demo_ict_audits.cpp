#include "app/demo_ict_audits.h"

#include <chrono>
#include <map>
#include <optional>
#include <stdexcept>

#include "app/demo_files.h"
#include "app/demo_random.h"
#include "app/record_change.h"
#include "audit/log.h"
#include "core/clock.h"
#include "core/dates.h"
#include "modules/ict_audits/rules.h"
#include "modules/ict_audits/store.h"
#include "modules/ict_audits/sync.h"
#include "modules/ict_audits/view.h"

namespace simpul {

namespace {

namespace ia = modules::ict_audits;
using Day = std::chrono::sys_days;

constexpr int64_t kMaxExtraObjects = 20000;
constexpr int kObjectsPerTransaction = 1000;

Day day_of(const std::string& date) {
  return parse_date(date);
}

struct Auditor {
  const char* kind;
  const char* name;
  const char* credential;
};

const std::vector<Auditor>& auditors() {
  static const std::vector<Auditor> list{
      {"government", "Badan Siber dan Sandi Negara (BSSN)", ""},
      {"government", "BPKP Perwakilan Provinsi Jawa Timur", ""},
      {"accredited", "PT Sucofindo (Persero) - Lembaga Pelaksana Audit TIK", "LPA-TIK/KAN/2024/017"},
      {"accredited", "PT Surveyor Indonesia - Divisi Audit TIK", "LPA-TIK/KAN/2023/009"},
      {"certified", "Rina Kartikasari, CISA", "CISA 21187734"},
      {"certified", "Agus Setiawan, CISA, CISSP", "CISA 19022651"},
  };
  return list;
}

struct FindingText {
  const char* title;
  const char* description;
  const char* recommendation;
};

const std::vector<FindingText>& finding_texts(const std::string& kind) {
  static const std::vector<FindingText> infrastructure{
      {"Perangkat jaringan masih memakai kata sandi bawaan", "Dua switch inti dan satu router di ruang server dapat diakses dengan kata sandi pabrik.",
       "Ganti kata sandi seluruh perangkat jaringan dan catat dalam daftar aset TIK."},
      {"Rencana pemulihan bencana belum diuji", "Dokumen DRP ada, tetapi belum pernah diuji dengan simulasi pemulihan.",
       "Lakukan uji pemulihan di pusat pemulihan data paling sedikit sekali setahun."},
      {"UPS ruang server melewati umur pakai", "Baterai UPS berumur lebih dari lima tahun; daya cadang hanya bertahan 4 menit.",
       "Ganti baterai UPS dan pasang pemantauan suhu serta daya."},
  };
  static const std::vector<FindingText> application{
      {"Log akses pengguna tidak dicatat", "Aplikasi tidak menyimpan jejak masuk dan perubahan data oleh pengguna.",
       "Aktifkan log audit aplikasi dan simpan paling sedikit satu tahun."},
      {"Validasi masukan formulir belum memadai", "Beberapa isian formulir tidak divalidasi di server sehingga rawan injeksi SQL.",
       "Terapkan validasi di sisi server dan kueri berparameter."},
      {"SOP pengelolaan aplikasi belum ditetapkan", "Belum ada prosedur baku untuk rilis, cadangan dan penanganan gangguan.",
       "Susun dan tetapkan SOP pengelolaan aplikasi oleh kepala perangkat daerah."},
      {"Cadangan basis data tidak diuji pemulihannya", "Cadangan harian berjalan, tetapi belum pernah dipulihkan untuk diuji.",
       "Jadwalkan uji pemulihan cadangan setiap triwulan."},
  };
  static const std::vector<FindingText> security{
      {"Sertifikat TLS kedaluwarsa", "Sertifikat TLS pada subdomain layanan kedaluwarsa sehingga peramban menampilkan peringatan.",
       "Perbarui sertifikat dan pasang pembaruan otomatis."},
      {"Akun pegawai yang pindah tugas masih aktif", "Ditemukan akun pegawai yang sudah mutasi tetapi masih dapat masuk.",
       "Tinjau hak akses setiap bulan dan nonaktifkan akun saat mutasi."},
      {"Belum ada pemindaian kerentanan berkala", "Pemindaian kerentanan terakhir dilakukan lebih dari setahun lalu.",
       "Lakukan pemindaian kerentanan setiap triwulan dan tindak lanjuti temuan kritis."},
  };
  if (kind == "infrastructure") return infrastructure;
  if (kind == "application") return application;
  return security;
}

const char* kSeverities[] = {"low", "medium", "medium", "high", "high", "critical"};

class Writer {
 public:
  Writer(db::Connection& c, const DemoOptions& options, DemoRandom& random)
      : c_(c), options_(options), random_(random) {
    auto regions = c.query("SELECT region_id FROM regions ORDER BY region_id");
    if (regions.empty()) throw std::runtime_error("the database has no region for the demo ICT audits");
    region_ = regions[0].text(0);
    schedule_ = ia::schedule_of(c, region_);
    today_ = day_of(schedule_.today);
    for (const auto& row : c.query("SELECT agency_id FROM agencies WHERE region_id = ? ORDER BY agency_id", {region_}))
      agencies_.push_back(row.int64(0));
    for (const auto& row : c.query("SELECT username, role, agency_id FROM users WHERE region_id = ? ORDER BY user_id", {region_})) {
      if (row.text(1) == "superadmin" && admin_.empty()) admin_ = row.text(0);
      if (row.text(1) == "agency_operator" && !row.is_null(2) && !operators_.count(row.int64(2)))
        operators_[row.int64(2)] = row.text(0);
    }
    if (admin_.empty()) admin_ = "admin";
  }

  const std::string& region() const { return region_; }
  const std::vector<int64_t>& agencies() const { return agencies_; }
  Day today() const { return today_; }

  audit::Context context(const std::string& what) const { return {region_, {}, "demo-ict-audit-" + what, "local"}; }

  // Syncs the registries' objects, adds the named infrastructure the ICT office audits (the
  // data centers, the intranet, the perimeter), then gives each bound object a history.
  int synced_with_history() {
    auto objects = ia::sync_registry_objects(c_, context("sync"), schedule_, region_);
    if (auto office = ia::ict_office_id(c_, region_)) {
      for (const auto& row : c_.query("SELECT facility_id, name FROM facilities WHERE region_id = ? ORDER BY facility_id", {region_})) {
        objects.push_back(named("infrastructure", row.text(1), *office, row.int64(0)));
        objects.push_back(named("infrastructure_security", "Keamanan " + row.text(1), *office, row.int64(0)));
      }
      for (const auto& [kind, name] : std::vector<std::pair<std::string, std::string>>{
               {"infrastructure", "Jaringan Intra Pemerintah Daerah (WAN)"},
               {"infrastructure", "LAN Balai Kota dan Sekretariat Daerah"},
               {"infrastructure", "Jaringan nirkabel ruang publik dan taman kota"},
               {"infrastructure_security", "Firewall perimeter dan sistem deteksi intrusi"},
               {"infrastructure_security", "Layanan surel resmi pemerintah daerah"},
               {"infrastructure", "Sistem Penghubung Layanan (API gateway)"}})
        objects.push_back(named(kind, name, *office, std::nullopt));
    }
    int index = 0;
    for (auto& o : objects)
      if (ia::obligation_of(schedule_, o)) history(o, index++);  // else the profile binds no audit to it
    return static_cast<int>(objects.size());
  }

  // A manual object for benchmarks: a network segment, a server room, a firewall …
  void extra_object(int64_t n) {
    static const std::vector<std::pair<const char*, const char*>> names{
        {"infrastructure", "Segmen jaringan LAN kantor"}, {"infrastructure", "Ruang server"},
        {"infrastructure", "Jaringan nirkabel layanan publik"}, {"infrastructure_security", "Firewall perimeter"},
        {"infrastructure_security", "Sistem deteksi intrusi"}, {"infrastructure", "Titik akses jaringan intra kelurahan"}};
    const auto& [kind, name] = names[static_cast<size_t>(n) % names.size()];
    ia::AuditObject o;
    o.region_id = region_;
    o.kind = kind;
    o.name = std::string(name) + " " + std::to_string(n + 1);
    o.owner_agency_id = random_.pick(agencies_);
    o.registered_on = format_date(today_ - std::chrono::days(random_.between(30, 1400)));
    o.created_at = o.updated_at = now_rfc3339();
    ia::create_object(c_, context("object-" + std::to_string(n)), schedule_, o);
  }

 private:
  void registered(ia::AuditObject& o, int days_ago) {
    o.registered_on = format_date(today_ - std::chrono::days(days_ago));
  }

  ia::AuditObject named(const std::string& kind, const std::string& name, int64_t owner, std::optional<int64_t> facility) {
    ia::AuditObject o;
    o.region_id = region_;
    o.kind = kind;
    o.name = name;
    o.owner_agency_id = owner;
    o.facility_id = facility;
    o.registered_on = schedule_.today;
    ia::create_object(c_, context("object"), schedule_, o);
    return o;
  }

  // What has happened to the object, in turn so that even a small region shows each: audited
  // recently, audited long ago (overdue), an audit planned, one completed 40 days ago and not
  // yet reported to the Walikota (only the first), one under way, never audited (overdue since
  // its registration).
  void history(ia::AuditObject& o, int index) {
    registered(o, random_.between(1000, 1600));
    switch (index % 8) {
      case 0:
      case 6: completed(o, random_.between(60, 600), true); break;
      case 1: completed(o, random_.between(800, 1100), true); break;
      case 2:
      case 7:
        completed(o, random_.between(640, 720), true);
        planned(o, random_.between(10, 120));
        break;
      case 3: completed(o, index == 3 ? 40 : random_.between(100, 500), index != 3); break;
      case 4:
        completed(o, random_.between(680, 760), true);
        underway(o, random_.between(5, 30));
        break;
      default: save_object(o, "ict_audit_object.update");  // never audited: overdue since its registration
    }
  }

  void save_object(ia::AuditObject& o, const std::string& action) {
    ia::AuditObject before = o;
    ia::recompute_due(schedule_, o);
    commit_change(c_, context("object-" + std::to_string(o.id)), action, "ict_audit_object", before, o,
                  [](const ia::AuditObject& x) { return ia::record_json(x); }, ia::update_object);
  }

  ia::Audit new_audit(const ia::AuditObject& o, Day planned_on) {
    const auto& who = random_.pick(auditors());
    ia::Audit a;
    a.region_id = region_;
    a.object_id = o.id;
    a.object_name = o.name;
    a.object_kind = o.kind;
    a.planned_on = format_date(planned_on);
    a.auditor_kind = who.kind;
    a.auditor_name = who.name;
    a.auditor_credential = who.credential;
    a.aspects = {"governance_and_management", "functionality", "performance"};
    if (random_.chance(0.3)) a.aspects.push_back("other");
    a.pre_evaluation_due_on = ia::pre_evaluation_due(schedule_, a.planned_on);
    if (!a.pre_evaluation_due_on.empty() && day_of(a.pre_evaluation_due_on) <= today_) {
      a.state = "pre_evaluated";
      a.pre_evaluated_on = a.pre_evaluation_due_on;
      a.pre_evaluation_note = "Evaluasi internal oleh Dinas Kominfo atas kesiapan dokumen dan sistem.";
    }
    return a;
  }

  void insert(ia::Audit& a) {
    a.created_at = a.updated_at = now_rfc3339();
    ia::insert_audit(c_, a);
    audit_creation(c_, context("audit-" + std::to_string(a.id)), "ict_audit.create", "ict_audit", a,
                   [](const ia::Audit& x) { return ia::record_json(x); });
  }

  std::string document(const std::string& file_name, const std::string& title) {
    return add_demo_document(c_, region_, options_.files_dir, file_name, title, now_rfc3339());
  }

  // An audit completed `days_ago`, reported to the head 5-25 days later (or not yet).
  void completed(ia::AuditObject& o, int days_ago, bool reported) {
    auto done = today_ - std::chrono::days(days_ago);
    auto a = new_audit(o, done - std::chrono::days(random_.between(14, 40)));
    a.state = "completed";
    if (a.pre_evaluated_on.empty() && schedule_.pre_evaluation) a.pre_evaluated_on = a.pre_evaluation_due_on;
    a.started_on = a.planned_on;
    a.completed_on = format_date(done);
    a.report_due_on = ia::report_due_on(a.completed_on);
    a.report_sha256 = document("laporan-audit-tik-" + std::to_string(o.id) + "-" + a.completed_on + ".pdf",
                               "Laporan Audit TIK: " + o.name + " (" + a.completed_on + ")");
    int report_after = random_.between(5, 25);
    if (reported && days_ago > report_after) {
      a.state = "reported";
      a.reported_on = format_date(done + std::chrono::days(report_after));
      a.report_note = "Disampaikan dengan nota dinas Kepala Dinas Kominfo.";
      a.reported_through = schedule_.chair;
    }
    insert(a);
    findings(a, o, done, random_.between(0, 3));
    o.last_audit_on = a.completed_on;
    save_object(o, "ict_audit_object.audited");
  }

  void planned(const ia::AuditObject& o, int days_ahead) {
    auto a = new_audit(o, today_ + std::chrono::days(days_ahead));
    insert(a);
  }

  void underway(const ia::AuditObject& o, int days_ago) {
    auto a = new_audit(o, today_ - std::chrono::days(days_ago));
    a.state = "in_progress";
    if (a.pre_evaluated_on.empty() && schedule_.pre_evaluation) a.pre_evaluated_on = a.pre_evaluation_due_on;
    a.started_on = a.planned_on;
    insert(a);
    findings(a, o, today_ - std::chrono::days(days_ago / 2), random_.between(1, 3));
  }

  // Findings with their owner agency's follow-ups: due 30-120 days after the audit; closed on
  // evidence when the agency followed up, open (and some past due) otherwise.
  void findings(const ia::Audit& a, const ia::AuditObject& o, Day found, int count) {
    std::string kind = o.kind == "infrastructure" ? "infrastructure" : o.kind == "application" ? "application" : "security";
    for (int i = 0; i < count; ++i) {
      const auto& text = random_.pick(finding_texts(kind));
      ia::Finding f;
      f.region_id = region_;
      f.audit_id = a.id;
      f.severity = kSeverities[random_.between(0, 5)];
      f.title = text.title;
      f.description = text.description;
      f.recommendation = text.recommendation;
      f.owner_agency_id = o.owner_agency_id;
      auto due = found + std::chrono::days(random_.between(30, 120));
      f.due_on = format_date(due);
      bool followed_up = due < today_ ? random_.chance(0.75) : random_.chance(0.4);
      f.created_at = f.updated_at = now_rfc3339();
      std::vector<ia::FollowUp> follow_ups;
      if (followed_up) {
        auto on = std::min(due, today_) - std::chrono::days(random_.between(0, 10));
        ia::FollowUp u;
        u.region_id = region_;
        u.note = std::string("Tindak lanjut: ") + text.recommendation;
        u.sha256 = document("bukti-tindak-lanjut-" + std::to_string(a.id) + "-" + std::to_string(i + 1) + ".pdf",
                            std::string("Bukti tindak lanjut: ") + text.title);
        u.created_by = operators_.count(o.owner_agency_id) ? operators_.at(o.owner_agency_id) : admin_;
        u.created_at = format_date(on) + "T03:00:00Z";
        follow_ups.push_back(u);
        if (random_.chance(0.8)) {
          f.status = "closed";
          f.closed_on = format_date(std::min(on + std::chrono::days(random_.between(1, 14)), today_));
        }
      }
      ia::insert_finding(c_, f);
      auto ctx = context("finding-" + std::to_string(f.id));
      audit_creation(c_, ctx, "ict_audit_finding.create", "ict_audit_finding", f, [](const ia::Finding& x) { return ia::record_json(x); });
      for (auto& u : follow_ups) {
        u.finding_id = f.id;
        ia::insert_follow_up(c_, u);
        audit::append(c_, ctx, "ict_audit_finding.follow_up", "ict_audit_finding", std::to_string(f.id),
                      {{"follow_up", {{"before", nullptr}, {"after", ia::to_json(u)}}}});
      }
    }
  }

  db::Connection& c_;
  const DemoOptions& options_;
  DemoRandom& random_;
  std::string region_;
  ia::Schedule schedule_;
  Day today_;
  std::vector<int64_t> agencies_;
  std::map<int64_t, std::string> operators_;
  std::string admin_;
};

}  // namespace

void add_demo_ict_audits(db::Database& db, const DemoOptions& options, const DemoProgress& progress) {
  if (options.audit_objects < 0 || options.audit_objects > kMaxExtraObjects)
    throw std::invalid_argument("--audit-objects must be from 0 to " + std::to_string(kMaxExtraObjects));
  DemoRandom random(options.seed ^ 0x6175646974ULL);  // "audit": its own sequence
  int synced = db.write([&](db::Connection& c) {
    audit::Batch batch(c);
    Writer writer(c, options, random);
    int n = writer.synced_with_history();
    batch.finish();
    return n;
  });
  if (progress) progress("ict audit objects", synced, synced);
  auto total = static_cast<int>(options.audit_objects);
  for (int done = 0; done < total;) {
    int until = std::min(total, done + kObjectsPerTransaction);
    db.write([&](db::Connection& c) {
      audit::Batch batch(c);
      Writer writer(c, options, random);
      for (int i = done; i < until; ++i) writer.extra_object(i);
      batch.finish();
    });
    done = until;
    if (progress) progress("extra ict audit objects", done, total);
  }
}

}  // namespace simpul
