#include "modules/tickets/notify.h"

#include <set>

#include "core/clock.h"
#include "notifications/outbox.h"

namespace simpul::modules::tickets {

namespace {

// The page where a citizen follows a complaint with the tracking code they were shown.
constexpr const char* kTrackingPage = "/lacak";

// E-mail addresses of the region's people with an SPBE duty (`tier1`, `tier2`),
// of one agency when given; each address once.
std::set<std::string> staff_addresses(db::Connection& c, const std::string& region_id, const std::string& duty,
                                      std::optional<int64_t> agency_id) {
  std::string sql = "SELECT email FROM people WHERE region_id = ? AND spbe_roles LIKE ? AND email IS NOT NULL";
  db::Params params{region_id, "%\"" + duty + "\"%"};
  if (agency_id) {
    sql += " AND agency_id = ?";
    params.push_back(*agency_id);
  }
  std::set<std::string> out;
  for (auto& row : c.query(sql, params)) {
    auto address = notifications::normalised_address(row.text(0));
    if (!address.empty()) out.insert(address);
  }
  return out;
}

void queue(db::Connection& c, const NotifiedTicket& t, const std::string& event_key, const std::string& recipient,
           const std::string& subject, const std::string& body) {
  notifications::OutgoingMessage m;
  m.region_id = t.region_id;
  m.recipient = notifications::normalised_address(recipient);
  m.dedupe_key = "ticket:" + std::to_string(t.id) + ":" + event_key + ":" + m.recipient;
  m.subject = subject;
  m.body = body;
  m.ticket_id = t.id;
  notifications::enqueue(c, m, now_rfc3339());
}

// The status as the people reading the e-mail call it.
std::string status_label(const std::string& status) {
  if (status == "new") return "Baru";
  if (status == "in_progress") return "Sedang ditangani";
  if (status == "waiting_reporter") return "Menunggu tanggapan pelapor";
  if (status == "resolved") return "Selesai ditangani";
  if (status == "closed") return "Ditutup";
  return status;
}

std::string subject_of(const NotifiedTicket& t, const std::string& what) {
  return "[" + t.number + "] " + what + ": " + t.title;
}

const char* kStaffFooter =
    "\n\nBuka tiket ini di Simpul, menu Service Desk, untuk menanganinya.\n"
    "Pesan ini dikirim otomatis oleh Simpul; jangan membalas e-mail ini.\n";

std::string citizen_footer() {
  return std::string("\n\nIkuti perkembangannya di halaman Lacak Pengaduan (") + kTrackingPage +
         ") dengan kode lacak yang ditampilkan saat Anda mengirim pengaduan. Demi keamanan, kode lacak "
         "tidak pernah dikirim lewat e-mail.\n"
         "Pesan ini dikirim otomatis; jangan membalas e-mail ini.\n";
}

std::optional<std::string> reporter_address(const NotifiedTicket& t) {
  if (!t.reporter_email) return std::nullopt;
  auto address = notifications::normalised_address(*t.reporter_email);
  if (address.empty()) return std::nullopt;
  return address;
}

}  // namespace

void notify_opened(db::Connection& c, const NotifiedTicket& t, const std::string& event_key) {
  for (const auto& address : staff_addresses(c, t.region_id, "tier1", t.agency_id))
    queue(c, t, event_key, address, subject_of(t, "Tiket baru"),
          "Tiket baru masuk ke Service Desk Tier 1 instansi Anda.\n\nNomor: " + t.number + "\nJudul: " + t.title +
              "\nStatus: " + status_label(t.status) + kStaffFooter);
  if (auto address = reporter_address(t))
    queue(c, t, event_key, *address, subject_of(t, "Laporan Anda telah diterima"),
          "Terima kasih. Laporan Anda telah kami terima dan dicatat.\n\nNomor: " + t.number + "\nJudul: " + t.title +
              citizen_footer());
}

void notify_escalated(db::Connection& c, const NotifiedTicket& t, const std::string& event_key, const std::string& reason) {
  for (const auto& address : staff_addresses(c, t.region_id, "tier2", std::nullopt))
    queue(c, t, event_key, address, subject_of(t, "Eskalasi ke Tier 2"),
          "Tiket ini dieskalasi ke Service Desk Tier 2.\n\nNomor: " + t.number + "\nJudul: " + t.title +
              "\nAlasan eskalasi: " + reason + kStaffFooter);
}

void notify_reporter(db::Connection& c, const NotifiedTicket& t, const std::string& event_key, const std::string& message) {
  auto address = reporter_address(t);
  if (!address) return;
  queue(c, t, event_key, *address, subject_of(t, "Kabar terbaru laporan Anda"),
        "Ada kabar terbaru tentang laporan Anda.\n\nNomor: " + t.number + "\nJudul: " + t.title +
            "\nStatus: " + status_label(t.status) + "\n\nPesan petugas:\n" + message + citizen_footer());
}

}  // namespace simpul::modules::tickets
