#include "app/demo_knowledge.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/demo_random.h"
#include "app/record_change.h"
#include "audit/log.h"
#include "core/clock.h"
#include "core/dates.h"
#include "modules/knowledge/model.h"
#include "modules/knowledge/rules.h"
#include "modules/knowledge/store.h"
#include "modules/regions/store.h"

namespace simpul {

namespace {

namespace kn = modules::knowledge;
using Day = std::chrono::sys_days;

constexpr int64_t kMaxArticles = 50000;
constexpr int kArticlesPerTransaction = 1000;

// An article as the demo writes it; "{x}" is the system concerned (the default one the first
// time, a demo application afterwards). `ticket_words` are words of the demo's ticket titles
// (src/app/demo_ticket_texts.cpp) the article answers.
struct Template {
  const char* kind;
  const char* title;
  const char* summary;
  const char* body;
  const char* default_system;
  std::vector<const char*> keywords;
  std::vector<const char*> ticket_words;
  const char* symptom = "";
  const char* cause = "";
  const char* workaround = "";
};

const std::vector<Template>& templates() {
  static const std::vector<Template> list{
      {"how_to", "Cara mengatur ulang kata sandi akun {x}",
       "Langkah mengatur ulang kata sandi bila pegawai lupa sandi atau akunnya terkunci.",
       "Buka halaman masuk {x} lalu pilih \"Lupa kata sandi\". Masukkan NIP dan alamat e-mail dinas yang terdaftar.\n\n"
       "Tautan pengaturan ulang dikirim ke e-mail dinas dan berlaku 30 menit. Bila e-mail tidak datang, periksa folder spam "
       "atau minta operator perangkat daerah mengatur ulang dari menu Pengguna.\n\n"
       "Kata sandi baru paling sedikit 12 karakter dengan huruf besar, huruf kecil dan angka; jangan memakai NIP atau tanggal lahir.",
       "SIMPEG", {"kata sandi", "akun", "reset"}, {"kata sandi", "Login"}},
      {"known_error", "Printer jaringan tidak terdeteksi setelah pembaruan Windows",
       "Printer bersama hilang dari daftar perangkat setelah pembaruan Windows atau pemadaman listrik.",
       "Masalah ini muncul pada komputer yang mendapat pembaruan kumulatif Windows dan pada printer yang alamat IP-nya berubah "
       "setelah listrik padam.\n\nTetapkan alamat IP statis untuk printer di router kantor agar tidak berubah lagi.",
       "", {"printer", "Windows", "jaringan"}, {"Printer"},
       "Printer bersama tidak muncul di komputer pegawai; mencetak berhenti dengan pesan \"printer offline\".",
       "Pembaruan Windows menghapus port printer lama, atau printer mendapat alamat IP baru dari DHCP.",
       "Buka Pengaturan > Perangkat > Printer, hapus printer lama, lalu tambahkan lagi dengan alamat IP printer "
       "(tertera di lembar konfigurasi printer)."},
      {"how_to", "Mengatasi VPN kantor yang terputus",
       "Memeriksa dan menyambungkan kembali VPN kantor cabang ke pusat data Diskominfo.",
       "Periksa dulu sambungan internet kantor: buka situs apa saja dari komputer yang sama.\n\n"
       "Bila internet normal, putuskan lalu sambungkan ulang klien VPN. Pastikan jam komputer tepat, karena sertifikat VPN "
       "ditolak bila jam berselisih lebih dari lima menit.\n\n"
       "Bila VPN putus berulang kali saat hujan, laporkan ke Service Desk dengan jam-jam kejadian: biasanya radio link "
       "perlu diselaraskan ulang oleh teknisi jaringan.",
       "", {"VPN", "jaringan", "pusat data"}, {"VPN"}},
      {"how_to", "Panduan unggah dokumen ke aplikasi {x}",
       "Format, ukuran dan langkah mengunggah surat serta lampiran ke {x}.",
       "Dokumen diunggah dalam format PDF dengan ukuran paling besar 10 MB per berkas. Pindai dengan resolusi 200 dpi "
       "hitam-putih agar ukurannya kecil tetapi tetap terbaca.\n\n"
       "Pilih menu Surat Masuk atau Surat Keluar, isi nomor dan perihal surat, lalu tekan Unggah. Tunggu sampai bilah "
       "kemajuan selesai sebelum menutup halaman.\n\nBila unggahan gagal, ubah nama berkas tanpa tanda baca lalu ulangi.",
       "e-Office", {"unggah", "dokumen", "PDF"}, {"unggah", "Laporan"}},
      {"known_error", "Internet kantor terputus karena perangkat jaringan hang",
       "Semua komputer satu kantor tidak tersambung ke internet; lampu perangkat berkedip merah.",
       "Gangguan ini paling sering disebabkan switch atau router yang macet setelah listrik naik-turun.\n\n"
       "Pasang UPS untuk perangkat jaringan agar tidak ikut padam.",
       "", {"internet", "jaringan", "router"}, {"Jaringan internet", "internet"},
       "Seluruh komputer di satu kantor tidak bisa membuka internet; lampu router atau switch berkedip merah.",
       "Perangkat jaringan macet setelah tegangan listrik tidak stabil.",
       "Matikan router dan switch selama 30 detik, nyalakan router dulu lalu switch. Bila belum pulih dalam 10 menit, "
       "hubungi Service Desk Tier 2."},
      {"faq", "Mengapa e-mail dinas tidak menerima pesan baru?",
       "Penyebab umum kotak masuk e-mail dinas berhenti menerima pesan dan cara memeriksanya.",
       "Periksa kuota kotak masuk: bila penuh (lebih dari 95%), pesan baru ditolak tanpa pemberitahuan ke pengirim. "
       "Hapus atau arsipkan pesan lama berlampiran besar.\n\n"
       "Periksa aturan penerusan dan filter yang pernah dibuat; filter yang salah dapat memindahkan semua pesan ke folder lain.\n\n"
       "Bila kuota dan filter normal, laporkan ke Service Desk dengan alamat pengirim dan jam pengiriman.",
       "", {"e-mail", "surel", "kuota"}, {"E-mail"}},
      {"known_error", "Login {x} gagal dengan pesan \"sesi tidak valid\"",
       "Semua pegawai gagal masuk ke {x} setelah server diperbarui.",
       "Pesan ini muncul bila jam server aplikasi tidak sinkron dengan server otentikasi atau cookie lama tersimpan di peramban.",
       "SIMPEG", {"login", "sesi", "cookie"}, {"Login"},
       "Pegawai mendapat pesan \"sesi tidak valid\" segera setelah memasukkan kata sandi yang benar.",
       "Jam server berselisih dengan server otentikasi, atau cookie sesi lama masih tersimpan.",
       "Hapus cookie situs di peramban lalu masuk lagi; bila semua pegawai terdampak, Tier 2 menyinkronkan jam server (NTP)."},
      {"lesson_learned", "Pelajaran dari lambatnya {x} setiap Senin pagi",
       "Antrean tugas terjadwal akhir pekan membebani server pada jam sibuk Senin.",
       "Selama tiga minggu {x} melambat setiap Senin pukul 07.30-09.00. Penelusuran log menunjukkan pencadangan dan "
       "rekap mingguan dijadwalkan Minggu malam tetapi baru selesai Senin pagi.\n\n"
       "Jadwal pencadangan dipindah ke Sabtu malam dan rekap dipecah per bidang. Sejak itu waktu muat halaman kembali di bawah "
       "dua detik.\n\nPelajaran: tugas terjadwal harus dipantau lama jalannya, bukan hanya berhasil atau gagalnya.",
       "SIMPEG", {"lambat", "server", "pencadangan"}, {"lambat"}},
      {"how_to", "Meminta akun {x} untuk pegawai baru",
       "Syarat dan alur permintaan akun bagi pegawai baru di perangkat daerah.",
       "Operator perangkat daerah mengajukan permintaan lewat Service Desk dengan jenis Permintaan. Lampirkan SK penempatan "
       "atau surat tugas pegawai.\n\nSebutkan hak akses yang diperlukan (operator, verifikator atau pimpinan). Akun dibuat "
       "dalam satu hari kerja dan kata sandi awal dikirim ke e-mail dinas pegawai.",
       "SIMPEG", {"akun", "pegawai baru", "hak akses"}, {"akun", "Permintaan akun"}},
      {"known_error", "Kode OTP {x} tidak masuk ke ponsel",
       "SMS kode OTP tidak sampai ke nomor tertentu.",
       "Beberapa operator seluler menunda SMS dari nomor pengirim massal pada jam sibuk.",
       "Layanan Publik", {"OTP", "SMS", "ponsel"}, {"OTP"},
       "Warga tidak menerima SMS kode OTP meski sudah meminta ulang beberapa kali.",
       "Penundaan SMS massal oleh operator seluler, atau nomor terdaftar dengan awalan yang salah.",
       "Minta warga memakai pilihan kirim OTP lewat e-mail; petugas memeriksa nomor ponsel ditulis dengan awalan 08."},
      {"how_to", "Membersihkan malware dari diska lepas di komputer kantor",
       "Langkah menangani malware yang terus kembali dari flashdisk.",
       "Jangan membuka berkas dari flashdisk sebelum dipindai. Perbarui basis data antivirus lalu pindai penuh komputer "
       "dan flashdisk.\n\nMatikan fitur autorun Windows melalui kebijakan grup. Bila malware yang sama muncul lagi, "
       "laporkan ke CSIRT melalui Service Desk agar sumbernya ditelusuri.",
       "", {"malware", "antivirus", "flashdisk"}, {"malware"}},
      {"faq", "Bagaimana meminta titik akses Wi-Fi di ruang pelayanan?",
       "Syarat dan waktu pemasangan titik akses Wi-Fi baru.",
       "Ajukan permintaan lewat Service Desk dengan denah ruang dan perkiraan jumlah pengguna. Tim jaringan Diskominfo "
       "mengukur sinyal di lokasi dalam lima hari kerja.\n\nTitik akses dipasang bila kabel jaringan tersedia; bila tidak, "
       "perangkat daerah menyiapkan anggaran penarikan kabel.",
       "", {"Wi-Fi", "titik akses", "jaringan"}, {"Wi-Fi"}},
      {"how_to", "Mengunduh laporan bulanan {x} yang besar",
       "Cara mengunduh laporan lebih dari satu bulan tanpa terputus.",
       "Unduhan laporan besar terputus karena batas waktu peramban. Pilih rentang satu bulan saja, lalu gabungkan hasilnya "
       "di lembar kerja.\n\nUntuk laporan tahunan, gunakan menu Ekspor Terjadwal: berkas disiapkan di server dan tautannya "
       "dikirim ke e-mail dinas.",
       "e-Planning", {"laporan", "unduh", "ekspor"}, {"Laporan bulanan", "Laporan"}},
      {"technology_transfer", "Alih teknologi pengelolaan server aplikasi {x}",
       "Serah terima pengetahuan dari penyedia kepada tim Diskominfo setelah pengembangan selesai.",
       "Penyedia menyerahkan dokumen arsitektur, kode sumber, skrip pemasangan dan prosedur pencadangan.\n\n"
       "Tim Diskominfo berlatih memasang ulang aplikasi di server uji sampai berhasil tanpa bantuan penyedia.\n\n"
       "Daftar periksa serah terima disimpan bersama berita acara.",
       "e-Office", {"alih teknologi", "server", "serah terima"}, {"Server"}},
      {"faq", "Mengapa situs layanan tampil berantakan di ponsel?",
       "Tampilan situs layanan yang rusak di ponsel dan cara sementara mengatasinya.",
       "Peramban bawaan ponsel lama tidak mendukung tampilan situs. Sarankan warga memakai Chrome atau Firefox versi terbaru.\n\n"
       "Bila tetap berantakan, minta tangkapan layar dan jenis ponsel, lalu teruskan ke Tier 2.",
       "", {"ponsel", "tampilan", "peramban"}, {"ponsel"}},
      {"lesson_learned", "Pelajaran dari gangguan telepon IP saat pemadaman listrik",
       "Telepon IP mati karena switch PoE tidak terhubung ke UPS.",
       "Saat pemadaman listrik, nomor pengaduan tidak dapat dihubungi warga selama dua jam karena switch PoE yang memberi "
       "daya telepon IP tidak terhubung ke UPS.\n\nSwitch PoE kini terhubung ke UPS dan diuji setiap bulan.",
       "", {"telepon IP", "PoE", "UPS"}, {"Telepon"}},
  };
  return list;
}

struct Person {
  int64_t id = 0;
  std::string role;
  std::optional<int64_t> agency_id;
};

struct Element {
  int64_t id = 0, agency_id = 0;
  std::string name;
};

struct TicketRef {
  int64_t id = 0, agency_id = 0;
  std::string title;
};

std::string replaced(const std::string& text, const std::string& system) {
  std::string out = text;
  for (auto at = out.find("{x}"); at != std::string::npos; at = out.find("{x}", at + system.size()))
    out.replace(at, 3, system);
  return out;
}

std::string instant(Day day, int minute_of_day) {
  return format_rfc3339(std::chrono::system_clock::time_point(day) + std::chrono::minutes(minute_of_day));
}

class Writer {
 public:
  Writer(db::Connection& c, DemoRandom& random) : c_(c), random_(random) {
    auto regions = c.query("SELECT region_id FROM regions ORDER BY region_id");
    if (regions.empty()) throw std::runtime_error("the database has no region for the demo knowledge base");
    region_ = regions[0].text(0);
    auto today = modules::regions::region_today(c, region_);
    today_ = parse_date(today);
    for (const auto& r : c.query("SELECT agency_id, ict_office, short_name FROM agencies WHERE region_id = ? ORDER BY agency_id",
                                 {region_})) {
      agencies_.push_back(r.int64(0));
      short_names_[r.int64(0)] = r.text(2);
      if (r.int64(1) && !ict_office_) ict_office_ = r.int64(0);
    }
    for (const auto& r : c.query("SELECT user_id, role, agency_id FROM users WHERE region_id = ? AND role <> 'citizen' "
                                 "ORDER BY user_id",
                                 {region_}))
      staff_.push_back({r.int64(0), r.text(1), r.is_null(2) ? std::nullopt : std::optional<int64_t>(r.int64(2))});
    for (const auto& r : c.query("SELECT application_id, owner_agency_id, name FROM applications WHERE region_id = ? "
                                 "ORDER BY application_id",
                                 {region_}))
      applications_.push_back({r.int64(0), r.int64(1), r.text(2)});
    for (const auto& r : c.query("SELECT ticket_id, agency_id, title FROM tickets WHERE region_id = ? "
                                 "AND status IN ('resolved', 'closed') ORDER BY ticket_id LIMIT 20000",
                                 {region_}))
      tickets_.push_back({r.int64(0), r.int64(1), r.text(2)});
  }

  void article(int64_t index) {
    const auto& all = templates();
    const auto& t = all[static_cast<size_t>(index) % all.size()];
    bool first_round = index < static_cast<int64_t>(all.size());
    const Element* app = nullptr;
    std::string system = t.default_system;
    if (std::string(t.title).find("{x}") != std::string::npos && (!first_round || system.empty()) && !applications_.empty()) {
      app = &random_.pick(applications_);
      system = app->name;
    }
    if (system.empty()) system = "aplikasi kantor";

    kn::Article a;
    a.region_id = region_;
    a.kind = t.kind;
    a.title = replaced(t.title, system);
    a.summary = replaced(t.summary, system);
    a.body = replaced(t.body, system);
    a.symptom = t.symptom;
    a.cause = t.cause;
    a.workaround = t.workaround;
    for (const char* k : t.keywords) a.keywords.push_back(k);
    // The ICT office writes most; the owner agency of the application or a random agency the rest.
    a.agency_id = app ? app->agency_id : (ict_office_ && random_.chance(0.6) ? *ict_office_ : random_.pick(agencies_));
    // The same subject written again by another agency carries that agency's name.
    if (!first_round && !app) a.title += " (" + short_names_[a.agency_id] + ")";
    auto owner = owner_for(a.agency_id);
    a.owner_user_id = owner;
    a.created_by = owner;

    // Every process of Pasal 37 ayat (2): most articles are in the base.
    int roll = random_.between(1, 100);
    a.status = roll <= 66 ? "published" : roll <= 78 ? "processed" : roll <= 90 ? "collected" : "archived";
    int age = random_.between(3, 600);  // days since it was written
    Day written = today_ - std::chrono::days(age);
    a.created_at = instant(written, random_.between(60, 540));
    a.updated_at = a.created_at;
    kn::insert(c_, a);
    audit_creation(c_, context(a.id), "knowledge_article.create", "knowledge_article", a, kn::record_json);
    kn::insert_event(c_, a, owner, "create", "", "collected", "");
    if (a.status != "collected") {
      std::string final_status = a.status;
      Day processed = written + std::chrono::days(std::min(age, random_.between(1, 5)));
      step(a, owner, "submit_for_review", "collected", "processed", processed, "");
      if (final_status == "published" || final_status == "archived") {
        Day published = std::min(today_, processed + std::chrono::days(random_.between(0, 3)));
        a.status = "published";
        a.revision = 1;
        a.published_at = instant(published, 300);
        // Published long ago and not reviewed since: past its review date ("perlu ditinjau").
        a.review_due_on = format_date(published + std::chrono::days(365));
        step(a, owner, "publish", "processed", "published", published, "");
        kn::insert_revision(c_, a, owner);
        if (format_date(published + std::chrono::days(365)) < format_date(today_) && random_.chance(0.5)) {
          Day reviewed = published + std::chrono::days(random_.between(330, 364));
          a.last_reviewed_at = instant(reviewed, 200);
          a.review_due_on = format_date(reviewed + std::chrono::days(365));
          step(a, owner, "review", "published", "published", reviewed, "Isi masih sesuai dengan aplikasi yang berjalan.");
        }
        if (final_status == "archived") {
          Day archived = std::min(today_, published + std::chrono::days(random_.between(30, 200)));
          step(a, owner, "archive", "published", "archived", archived, "Aplikasi lama sudah tidak dipakai.");
        }
      }
      a.status = final_status;
    }
    kn::update(c_, a, 1);  // as inserted
    kn::index_article(c_, a, true);
    if (a.status == "published") use(a, t, app);
  }

 private:
  std::optional<int64_t> owner_for(int64_t agency_id) {
    for (const auto& p : staff_)
      if (p.role == "agency_operator" && p.agency_id == agency_id) return p.id;
    for (const auto& p : staff_)
      if (p.role == "superadmin") return p.id;
    return std::nullopt;
  }

  audit::Context context(int64_t id) const { return {region_, {}, "demo-knowledge-" + std::to_string(id), "local"}; }

  void step(kn::Article& a, std::optional<int64_t> actor, const std::string& action, const std::string& from,
            const std::string& to, Day on, const std::string& note) {
    a.status = to;
    a.updated_at = instant(on, random_.between(400, 560));
    a.version += 1;
    kn::insert_event(c_, a, actor, action, from, to, note);
    audit::append(c_, context(a.id), "knowledge_article." + action, "knowledge_article", std::to_string(a.id),
                  {{"status", {{"before", from}, {"after", to}}}});
  }

  // Penggunaan: views, ratings by the demo's staff, uses on the tickets it answers, the application it is about,
  // and now and then a transfer session.
  void use(kn::Article& a, const Template& t, const Element* app) {
    c_.execute("UPDATE knowledge_articles SET view_count = ? WHERE article_id = ?", {int64_t{random_.between(4, 420)}, a.id});
    int ratings = random_.between(0, static_cast<int>(std::min<size_t>(staff_.size(), 6)));
    for (int i = 0; i < ratings; ++i) {
      const auto& rater = staff_[(static_cast<size_t>(a.id) + static_cast<size_t>(i)) % staff_.size()];
      kn::save_rating(c_, a, rater.id, {random_.between(3, 5), i == 0 && random_.chance(0.4) ? "Langkahnya jelas dan berhasil." : ""},
                      a.updated_at);
    }
    if (ratings) kn::recount_ratings(c_, a.id);
    int used = 0;
    for (const auto& ticket : tickets_) {
      if (used >= 4) break;
      bool answers = false;
      for (const char* w : t.ticket_words) answers = answers || ticket.title.find(w) != std::string::npos;
      if (!answers || !random_.chance(0.35)) continue;
      kn::Link l;
      l.region_id = region_;
      l.article_id = a.id;
      l.kind = "ticket";
      l.target_id = ticket.id;
      l.used = true;
      l.created_by = owner_for(ticket.agency_id);
      l.created_at = a.updated_at;
      kn::insert_link(c_, l);
      ++used;
    }
    if (used) kn::recount_uses(c_, a.id);
    if (app) {
      kn::Link l;
      l.region_id = region_;
      l.article_id = a.id;
      l.kind = "application";
      l.target_id = app->id;
      l.created_by = a.owner_user_id;
      l.created_at = a.updated_at;
      kn::insert_link(c_, l);
    }
    if (a.kind == "technology_transfer" || random_.chance(0.08)) {
      kn::Transfer tr;
      tr.region_id = region_;
      tr.article_id = a.id;
      tr.kind = a.kind == "technology_transfer" ? "handover" : "session";
      tr.held_on = a.published_at.substr(0, 10);
      tr.title = (tr.kind == "handover" ? "Serah terima pengetahuan: " : "Sesi berbagi pengetahuan: ") + a.title;
      tr.audience = tr.kind == "handover" ? "Tim infrastruktur dan aplikasi Diskominfo" : "Operator Service Desk Tier 1 perangkat daerah";
      tr.agency_ids = {a.agency_id};
      tr.participants = random_.between(6, 40);
      tr.notes = "Materi dan daftar hadir disimpan di arsip Diskominfo.";
      tr.created_by = a.owner_user_id;
      tr.created_at = a.updated_at;
      kn::insert_transfer(c_, tr);
    }
  }

  db::Connection& c_;
  DemoRandom& random_;
  std::string region_;
  Day today_;
  std::vector<int64_t> agencies_;
  std::map<int64_t, std::string> short_names_;
  std::optional<int64_t> ict_office_;
  std::vector<Person> staff_;
  std::vector<Element> applications_;
  std::vector<TicketRef> tickets_;
};

}  // namespace

void add_demo_knowledge(db::Database& db, const DemoOptions& options, const DemoProgress& progress) {
  if (options.articles < 0 || options.articles > kMaxArticles)
    throw std::invalid_argument("--articles must be from 0 to " + std::to_string(kMaxArticles));
  DemoRandom random(options.seed ^ 0x6b6e6f77ULL);  // "know": its own sequence
  auto total = static_cast<int>(options.articles);
  for (int done = 0; done < total;) {
    int until = std::min(total, done + kArticlesPerTransaction);
    db.write([&](db::Connection& c) {
      audit::Batch batch(c);
      Writer writer(c, random);
      for (int i = done; i < until; ++i) writer.article(i);
      batch.finish();
    });
    done = until;
    if (progress) progress("knowledge articles", done, total);
  }
}

}  // namespace simpul
