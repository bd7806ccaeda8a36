#include "app/demo_assets.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/demo_random.h"
#include "app/record_change.h"
#include "app/region_profile.h"
#include "audit/log.h"
#include "core/clock.h"
#include "modules/assets/rules.h"
#include "modules/assets/store.h"
#include "modules/regions/store.h"

namespace simpul {

namespace {

namespace as = modules::assets;

constexpr int64_t kMaxAssets = 200'000;
constexpr int kAssetsPerTransaction = 5'000;

struct Template {
  const char* category;
  const char* abbreviation;  // in the inventory number
  const char* name;
  const char* brand;
  const char* model;
  int64_t value_low, value_high;  // rupiah
  int warranty_years;             // hardware; 0: none
};

const std::vector<Template>& hardware() {
  static const std::vector<Template> list{
      {"computer", "PC", "PC Desktop Lenovo ThinkCentre M70s", "Lenovo", "ThinkCentre M70s Gen 3", 11'000'000, 15'500'000, 3},
      {"computer", "PC", "PC All-in-One HP ProOne 400 G6", "HP", "ProOne 400 G6", 12'500'000, 16'000'000, 3},
      {"computer", "PC", "PC Desktop Dell OptiPlex 3000", "Dell", "OptiPlex 3000 Tower", 10'500'000, 14'000'000, 3},
      {"laptop", "LT", "Laptop ASUS ExpertBook B1", "ASUS", "ExpertBook B1400", 9'500'000, 13'000'000, 2},
      {"laptop", "LT", "Laptop Lenovo ThinkPad E14", "Lenovo", "ThinkPad E14 Gen 4", 13'000'000, 17'500'000, 3},
      {"laptop", "LT", "Laptop Acer TravelMate P2", "Acer", "TravelMate P214", 9'000'000, 12'000'000, 2},
      {"printer", "PRN", "Printer Epson EcoTank L3210", "Epson", "L3210", 2'300'000, 2'900'000, 1},
      {"printer", "PRN", "Printer HP LaserJet Pro M211dw", "HP", "LaserJet Pro M211dw", 3'200'000, 4'100'000, 1},
      {"printer", "PRN", "Printer Multifungsi Canon imageCLASS MF445dw", "Canon", "MF445dw", 7'500'000, 9'000'000, 1},
      {"peripheral", "PRF", "Scanner Fujitsu fi-7160", "Fujitsu", "fi-7160", 14'000'000, 17'000'000, 1},
      {"peripheral", "PRF", "Proyektor Epson EB-X51", "Epson", "EB-X51", 6'500'000, 8'000'000, 2},
      {"peripheral", "PRF", "UPS APC Smart-UPS 1500VA", "APC", "SMT1500I", 9'000'000, 12'000'000, 2},
      {"server", "SRV", "Server Dell PowerEdge R750", "Dell", "PowerEdge R750", 185'000'000, 260'000'000, 3},
      {"server", "SRV", "Server HPE ProLiant DL380 Gen10", "HPE", "ProLiant DL380 Gen10", 170'000'000, 240'000'000, 3},
      {"storage", "STR", "NAS Synology RackStation RS1221+", "Synology", "RS1221+", 28'000'000, 36'000'000, 3},
      {"network_device", "NET", "Switch Cisco Catalyst 2960", "Cisco", "WS-C2960X-24TS-L", 17'000'000, 24'000'000, 1},
      {"network_device", "NET", "Router MikroTik RB4011iGS+", "MikroTik", "RB4011iGS+RM", 3'500'000, 4'500'000, 1},
      {"network_device", "NET", "Access Point Ubiquiti UniFi U6 Lite", "Ubiquiti", "U6-Lite", 1'800'000, 2'400'000, 1},
      {"security_device", "SEC", "Firewall Fortinet FortiGate 60F", "Fortinet", "FG-60F", 14'000'000, 19'000'000, 1},
      {"other", "LN", "Kamera Dokumentasi Canon EOS M50", "Canon", "EOS M50 Mark II", 9'000'000, 11'000'000, 1},
  };
  return list;
}

struct SoftwareTemplate {
  const char* category;
  const char* abbreviation;
  const char* name;
  const char* vendor;
  const char* version;
  const char* licence_kind;
  int64_t value_low, value_high;
  int seats_low, seats_high;
};

const std::vector<SoftwareTemplate>& software() {
  static const std::vector<SoftwareTemplate> list{
      {"office_software", "LIS", "Lisensi Microsoft Office 2021 Standard", "Microsoft", "2021", "perpetual", 5'800'000, 6'500'000, 1, 25},
      {"office_software", "LIS", "Langganan Microsoft 365 Business Standard", "Microsoft", "365", "subscription", 2'000'000, 2'300'000, 5, 60},
      {"office_software", "LIS", "LibreOffice", "The Document Foundation", "7.6", "open_source", 0, 0, 10, 100},
      {"operating_system", "OS", "Windows 11 Pro", "Microsoft", "23H2", "oem", 2'900'000, 3'400'000, 1, 1},
      {"operating_system", "OS", "Red Hat Enterprise Linux Server", "Red Hat", "9.3", "subscription", 12'000'000, 15'000'000, 1, 4},
      {"operating_system", "OS", "Ubuntu Server LTS", "Canonical", "22.04", "open_source", 0, 0, 1, 10},
      {"database_software", "DB", "Microsoft SQL Server 2022 Standard", "Microsoft", "2022", "perpetual", 55'000'000, 65'000'000, 2, 4},
      {"database_software", "DB", "PostgreSQL", "PostgreSQL Global Development Group", "16", "open_source", 0, 0, 1, 5},
      {"security_software", "SEC", "Antivirus Kaspersky Endpoint Security", "Kaspersky", "12", "subscription", 350'000, 450'000, 10, 150},
      {"security_software", "SEC", "Sertifikat SSL Wildcard", "Sectigo", "", "subscription", 3'500'000, 4'500'000, 1, 1},
      {"application_licence", "APL", "Lisensi Adobe Acrobat Pro", "Adobe", "2024", "subscription", 3'000'000, 3'600'000, 1, 10},
      {"application_licence", "APL", "Lisensi CorelDRAW Graphics Suite", "Corel", "2024", "perpetual", 8'000'000, 9'500'000, 1, 3},
  };
  return list;
}

const std::vector<std::string>& locations() {
  static const std::vector<std::string> list{"Ruang Kepala", "Ruang Sekretariat", "Bidang Pelayanan", "Loket Pelayanan Terpadu",
                                             "Ruang Rapat", "Ruang Server", "Ruang Arsip", "Bidang Perencanaan",
                                             "Subbagian Keuangan", "Gudang Barang Milik Daerah"};
  return list;
}

const std::vector<std::string>& maintenance_notes() {
  static const std::vector<std::string> list{"Kipas pendingin berisik, diganti di penyedia jasa servis.",
                                             "Baterai UPS drop, menunggu penggantian.",
                                             "Head printer tersumbat; pembersihan dan penggantian cartridge.",
                                             "Port uplink mati, unit dikirim ke garansi.",
                                             "Hard disk menunjukkan bad sector; penggantian SSD."};
  return list;
}

const std::vector<std::pair<std::string, std::string>>& disposal_reasons() {
  static const std::vector<std::pair<std::string, std::string>> list{
      {"Rusak berat dan tidak ekonomis untuk diperbaiki.", "rusak"},
      {"Usang, tidak lagi didukung pembaruan keamanan oleh pabrikan.", "usang"},
      {"Hilang; telah dilaporkan kepada pengurus barang dan kepolisian.", "hilang"},
      {"Diganti perangkat baru hasil pengadaan tahun berjalan.", "ganti"}};
  return list;
}

struct Agency {
  int64_t id;
  std::string prefix;  // upper-case short name without spaces, for inventory numbers
};

std::string serial(DemoRandom& random) {
  static const char* chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
  std::string out;
  for (int i = 0; i < 10; ++i) out.push_back(chars[random.next() % 34]);
  return out;
}

// Writes the region's assets as the register records them: the row as it stands today, its
// events in order, and an audit entry for each of them with what changed.
class Writer {
 public:
  Writer(db::Connection& c, DemoRandom& random) : c_(c), random_(random) {
    auto regions = c.query("SELECT region_id FROM regions ORDER BY region_id");
    if (regions.empty()) throw std::runtime_error("the database has no region for the demo ICT assets");
    region_ = regions[0].text(0);
    today_ = modules::regions::region_today(c, region_);
    for (const auto& row : c.query("SELECT agency_id, short_name FROM agencies WHERE region_id = ? ORDER BY agency_id", {region_})) {
      std::string prefix;
      for (char ch : row.text(1))
        if (std::isalnum(static_cast<unsigned char>(ch))) prefix.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(ch))));
      agencies_.push_back({row.int64(0), prefix});
    }
    for (const auto& row : c.query("SELECT host_id, owner_agency_id FROM hosts WHERE region_id = ? ORDER BY host_id", {region_}))
      hosts_.push_back({row.int64(0), row.int64(1)});
    for (const auto& row : c.query("SELECT application_id, owner_agency_id FROM applications WHERE region_id = ? ORDER BY application_id", {region_}))
      applications_.push_back({row.int64(0), row.int64(1)});
    for (const auto& row : c.query("SELECT ticket_id, agency_id FROM tickets WHERE region_id = ? ORDER BY ticket_id LIMIT 200", {region_}))
      tickets_.push_back({row.int64(0), row.int64(1)});
    for (const auto& row : c.query("SELECT username FROM users WHERE region_id = ? AND role = 'superadmin' ORDER BY user_id LIMIT 1", {region_}))
      admin_ = row.text(0);
    if (admin_.empty()) admin_ = "admin";
    if (agencies_.empty()) throw std::runtime_error("the demo region has no agencies for its ICT assets");
  }

  void write(int64_t i) {
    as::Asset a;
    a.region_id = region_;
    const auto& agency = agencies_[static_cast<size_t>(random_.next() % agencies_.size())];
    a.owner_agency_id = agency.id;
    int roll = random_.between(1, 100);
    std::string stage = roll <= 76 ? "in_use" : roll <= 84 ? "maintenance" : roll <= 88 ? "planning" : roll <= 91 ? "procurement" : "disposed";
    bool is_hardware = random_.chance(0.72);
    std::string abbreviation;
    if (is_hardware) {
      const auto& t = random_.pick(hardware());
      a.kind = "hardware";
      a.category = t.category;
      a.name = t.name;
      a.brand = t.brand;
      a.model = t.model;
      a.serial_number = serial(random_);
      a.value = t.value_low + static_cast<int64_t>(random_.next() % static_cast<uint64_t>(t.value_high - t.value_low + 1));
      abbreviation = t.abbreviation;
      warranty_years_ = t.warranty_years;
    } else {
      const auto& t = random_.pick(software());
      a.kind = "software";
      a.category = t.category;
      a.name = t.name;
      a.brand = t.vendor;
      a.software_version = t.version;
      a.licence_kind = t.licence_kind;
      a.seats = random_.between(t.seats_low, t.seats_high);
      a.value = (t.value_low + static_cast<int64_t>(random_.next() % static_cast<uint64_t>(t.value_high - t.value_low + 1))) * *a.seats;
      abbreviation = t.abbreviation;
      warranty_years_ = 0;
      if (a.category == "application_licence" && !applications_.empty() && random_.chance(0.6))
        a.application_id = random_.pick(applications_).first;
    }
    a.location = a.category == "server" || a.category == "storage" ? "Ruang Server" : random_.pick(locations());
    // Acquired between a month and seven years ago; plans and procurements are this year's.
    int age = random_.between(30, 7 * 365);
    auto acquired = as::date_after(today_, -age);
    a.code = agency.prefix + "/" + abbreviation + "/" + acquired.substr(0, 4) + "/" + std::to_string(100000 + i + 1).substr(1);
    if (stage == "planning" || stage == "procurement") {
      record(a, "planning", as::date_after(today_, -random_.between(5, 120)));
      if (stage == "procurement") {
        if (a.kind == "hardware") {
          a.compatible_with = std::vector<int64_t>{};
          a.compatibility_note = "Sesuai standar perangkat Dinas Kominfo; sistem operasi dan domain kantor yang sama.";
          a.compatibility_on = a.stage_since;
          a.compatibility_by = admin_;
        }
        step(a, "procure", as::date_after(a.stage_since, random_.between(0, 4)), "Pengadaan melalui e-katalog LKPP.");
      }
      finish(a);
      return;
    }
    a.acquired_on = acquired;
    if (warranty_years_) a.warranty_until = as::date_after(acquired, 365 * warranty_years_);
    if (a.licence_kind && (*a.licence_kind == "subscription")) {
      // Yearly subscriptions renewed on their anniversary: some ran out, some run out soon.
      a.licence_until = as::date_after(today_, random_.between(-45, 330));
    }
    if (is_hardware && random_.chance(0.85)) a.regional_asset_code = "1.3.2." + std::to_string(10 + random_.between(0, 89)) + "." + std::to_string(i + 1);
    record(a, "in_use", acquired);
    if (stage == "maintenance") {
      auto on = std::max(a.stage_since, as::date_after(today_, -random_.between(1, 40)));
      step(a, "start_maintenance", on, random_.pick(maintenance_notes()));
    } else if (stage == "disposed") {
      const auto& [reason, tag] = random_.pick(disposal_reasons());
      auto on = as::date_after(today_, -random_.between(10, std::max(11, std::min(age - 1, 700))));
      if (on < a.stage_since) on = a.stage_since;
      step(a, "dispose", on, "", reason, "188.45/" + std::to_string(100 + i % 800) + "/401.012/" + on.substr(0, 4));
    }
    finish(a);
  }

 private:
  void record(as::Asset& a, const std::string& stage, const std::string& on) {
    a.stage = stage;
    a.stage_since = on;
    a.created_at = a.updated_at = now_rfc3339();
    pending_events_.clear();
    pending_events_.push_back({"create", std::nullopt, stage, on, "", "", ""});
    created_ = as::record_json(a);
  }

  void step(as::Asset& a, const std::string& action, const std::string& on, const std::string& note,
            const std::string& reason = "", const std::string& decree = "") {
    auto from = a.stage;
    as::take_step(a, {action, on, note, reason, decree});
    ++a.version;
    pending_events_.push_back({action, from, a.stage, on, note, reason, decree});
  }

  void finish(as::Asset& a) {
    as::insert(c_, a);
    created_["id"] = a.id;
    auto ctx = audit::Context{region_, {std::nullopt, admin_, "superadmin"}, "demo-assets", "local"};
    auto before = created_;
    before["version"] = 1;
    for (size_t k = 0; k < pending_events_.size(); ++k) {
      const auto& p = pending_events_[k];
      as::Event e{0, region_, a.id, p.action, p.from, p.to, p.on, p.note, p.reason, p.decree, admin_, a.created_at};
      as::insert_event(c_, e);
      if (k == 0) {
        auto changes = audit::changes_between(nullptr, before);
        for (const char* skip : {"updated_at", "created_at", "version"}) changes.erase(skip);
        audit::append(c_, ctx, "asset.create", "asset", std::to_string(a.id), changes);
      } else {
        auto after = as::record_json(a);
        auto changes = audit::changes_between(before, after);
        for (const char* skip : {"updated_at", "created_at", "version"}) changes.erase(skip);
        audit::append(c_, ctx, "asset." + p.action, "asset", std::to_string(a.id), changes);
        before = after;
      }
    }
    link(a);
  }

  // Servers run the demo's hosts; some counter computers serve an application; devices in
  // maintenance came through a service desk ticket.
  void link(const as::Asset& a) {
    auto add = [&](const std::string& kind, int64_t target) {
      as::Link l{0, region_, a.id, kind, target, "", admin_, a.created_at};
      as::insert_link(c_, l);
    };
    if (a.category == "server" && !hosts_.empty()) add("host", hosts_[static_cast<size_t>(a.id) % hosts_.size()].first);
    if (a.kind == "hardware" && a.location == "Loket Pelayanan Terpadu" && !applications_.empty() && random_.chance(0.5))
      add("application", random_.pick(applications_).first);
    if (a.stage == "maintenance" && !tickets_.empty() && random_.chance(0.3)) add("ticket", random_.pick(tickets_).first);
  }

  struct PendingEvent {
    std::string action;
    std::optional<std::string> from;
    std::string to, on, note, reason, decree;
  };

  db::Connection& c_;
  DemoRandom& random_;
  std::string region_, today_, admin_;
  std::vector<Agency> agencies_;
  std::vector<std::pair<int64_t, int64_t>> hosts_, applications_, tickets_;
  std::vector<PendingEvent> pending_events_;
  nlohmann::json created_;
  int warranty_years_ = 0;
};

// Last year's inventory, sent to the regional asset office in January.
void add_last_years_report(db::Connection& c) {
  auto region = c.query("SELECT region_id FROM regions ORDER BY region_id").at(0).text(0);
  auto today = modules::regions::region_today(c, region);
  int year = std::stoi(today.substr(0, 4)) - 1;
  as::InventoryReport r;
  r.region_id = region;
  r.year = year;
  r.made_on = std::min(today, std::to_string(year + 1) + "-01-10");
  std::vector<as::Asset> counted;
  for (auto& a : as::list_all(c, region, {}))
    if (as::counts_in_year(a, year)) counted.push_back(std::move(a));
  as::snapshot(r, counted);
  r.state = "sent";
  r.sent_on = std::min(today, std::to_string(year + 1) + "-01-15");
  auto office = as::asset_office_name(region_profile(c, region));
  if (office.empty())
    for (const auto& row : c.query("SELECT name FROM agencies WHERE region_id = ? AND LOWER(name) LIKE '%aset%' ORDER BY agency_id LIMIT 1", {region}))
      office = row.text(0);
  r.recipient = office.empty() ? "Badan Pengelolaan Keuangan dan Aset Daerah" : office;
  r.created_at = r.updated_at = now_rfc3339();
  as::insert_report(c, r);
  audit::Context ctx{region, {std::nullopt, "admin", "superadmin"}, "demo-assets", "local"};
  audit_creation(c, ctx, "asset_inventory_report.create", "asset_inventory_report", r, as::report_record_json);
}

}  // namespace

void add_demo_assets(db::Database& db, const DemoOptions& options, const DemoProgress& progress) {
  if (options.assets < 0 || options.assets > kMaxAssets)
    throw std::invalid_argument("--assets must be from 0 to " + std::to_string(kMaxAssets));
  if (options.assets == 0) return;
  DemoRandom random(options.seed ^ 0x617373657473ULL);  // "assets": its own sequence
  auto total = static_cast<int>(options.assets);
  for (int done = 0; done < total;) {
    int until = std::min(total, done + kAssetsPerTransaction);
    db.write([&](db::Connection& c) {
      audit::Batch batch(c);
      Writer writer(c, random);
      for (int i = done; i < until; ++i) writer.write(i);
      batch.finish();
    });
    done = until;
    if (progress) progress("ict assets", done, total);
  }
  db.write([&](db::Connection& c) {
    audit::Batch batch(c);
    add_last_years_report(c);
    batch.finish();
  });
}

}  // namespace simpul
