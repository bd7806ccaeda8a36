#include "app/demo_infrastructure.h"

#include "app/demo_files.h"

#include <chrono>
#include <cstdio>
#include <map>
#include <tuple>
#include <optional>
#include <vector>

#include "app/record_change.h"
#include "audit/diff.h"
#include "core/clock.h"
#include "core/dates.h"
#include "core/digest.h"
#include "files/store.h"
#include "modules/agencies/store.h"
#include "modules/infrastructure/cidr.h"
#include "modules/infrastructure/model.h"
#include "modules/infrastructure/store.h"

namespace simpul {

namespace {

namespace infra = modules::infrastructure;

struct DemoHost {
  const char* name;
  const char* owner;
  const char* kind;
  const char* facility;  // "dc", "drc" or "" (the agency's own server room)
  int64_t uptime;        // basis points
  const char* os;
  const char* purpose;
  std::vector<std::string> addresses;
  const char* status;
};

class InfrastructureBuilder {
 public:
  InfrastructureBuilder(db::Connection& c, const audit::Context& ctx, const std::string& region_id, const std::string& files_dir)
      : c_(c), ctx_(ctx), region_id_(region_id), now_(now_rfc3339()), today_(today_in_zone("Asia/Jakarta")), files_dir_(files_dir) {
    for (const auto& a : modules::agencies::list(c, region_id)) agency_ids_[a.short_name] = a.id;
  }

  void build() {
    add_facilities();
    add_hosts();
    add_networks();
    add_ip_ranges();
    add_domains();
    add_lan_diagrams();
    add_backups();
  }

 private:
  std::optional<int64_t> agency(const std::string& short_name) const {
    auto it = agency_ids_.find(short_name);
    return it == agency_ids_.end() ? std::nullopt : std::optional<int64_t>(it->second);
  }

  std::string days_ago(int days) const {
    using namespace std::chrono;
    year_month_day today{year{std::stoi(today_.substr(0, 4))}, month{static_cast<unsigned>(std::stoi(today_.substr(5, 2)))},
                         day{static_cast<unsigned>(std::stoi(today_.substr(8, 2)))}};
    year_month_day then{sys_days{today} - std::chrono::days{days}};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(then.year()), static_cast<unsigned>(then.month()),
                  static_cast<unsigned>(then.day()));
    return buffer;
  }

  void add_facilities() {
    struct F { const char* key; const char* name; const char* kind; const char* location; const char* tier; const char* notes; };
    for (const auto& d : std::vector<F>{
             {"dc", "Pusat Data Pemerintah Kota Madiun", "data_center", "Gedung Diskominfo Kota Madiun, ruang server lantai 2",
              "Tier II", "Colocation, keamanan server dan jaminan up-time bagi perangkat daerah (Pasal 14 ayat (3))."},
             {"drc", "Pusat Pemulihan Data Kota Madiun", "recovery_center", "Balai Kota Madiun, ruang server cadangan",
              "Tier I", "Replikasi harian cadangan data dari Pusat Data."}}) {
      infra::Facility f;
      f.region_id = region_id_;
      f.name = d.name;
      f.kind = d.kind;
      f.location = d.location;
      f.operator_agency_id = agency("Diskominfo");
      f.tier = d.tier;
      f.notes = d.notes;
      f.created_at = f.updated_at = now_;
      infra::insert_facility(c_, f);
      audit_creation(c_, ctx_, "facility.create", "facility", f, [](const infra::Facility& x) { return infra::record_json(x); });
      facilities_[d.key] = f.id;
    }
  }

  void add_hosts() {
    const std::vector<DemoHost> hosts = {
        {"srv-portal-01", "Diskominfo", "virtual_machine", "dc", 9990, "Ubuntu Server 22.04 LTS",
         "Portal www.madiunkota.go.id dan situs web perangkat daerah", {"10.10.1.10"}, "active"},
        {"srv-db-01", "Diskominfo", "physical_server", "dc", 9990, "Debian 12", "Basis data aplikasi umum", {"10.10.1.20"}, "active"},
        {"srv-replika-01", "Diskominfo", "physical_server", "drc", 9950, "Debian 12", "Replikasi cadangan data perangkat daerah",
         {"10.10.9.10"}, "active"},
        {"vps-dinkes-01", "Dinkes", "vps", "dc", 9950, "Ubuntu Server 22.04 LTS", "Sistem informasi puskesmas", {"10.10.2.11"}, "active"},
        {"vps-disdukcapil-01", "Disdukcapil", "vps", "dc", 9950, "Rocky Linux 9", "Layanan administrasi kependudukan daring",
         {"10.10.2.12"}, "active"},
        {"vps-bappeda-01", "Bappeda", "vps", "dc", 9900, "Ubuntu Server 22.04 LTS", "Aplikasi perencanaan pembangunan daerah",
         {"10.10.2.13"}, "active"},
        {"vps-bpkad-01", "BPKAD", "vps", "dc", 9950, "Windows Server 2022", "Aplikasi pengelolaan keuangan daerah", {"10.10.2.14"}, "active"},
        {"srv-simrs-01", "RSUD", "physical_server", "", 9900, "CentOS Stream 9", "Sistem informasi manajemen rumah sakit",
         {"10.30.0.10"}, "active"},
        {"srv-dindik-lama", "Dindik", "virtual_machine", "", 0, "Windows Server 2012 R2", "Aplikasi PPDB lama, diganti 2025", {}, "retired"},
    };
    for (const auto& d : hosts) {
      auto owner = agency(d.owner);
      if (!owner) continue;
      infra::Host h;
      h.region_id = region_id_;
      h.owner_agency_id = *owner;
      h.name = d.name;
      h.kind = d.kind;
      if (*d.facility) h.facility_id = facilities_.at(d.facility);
      if (d.uptime) h.uptime_basis_points = d.uptime;
      h.operating_system = d.os;
      h.purpose = d.purpose;
      h.addresses = d.addresses;
      h.status = d.status;
      h.created_at = h.updated_at = now_;
      infra::insert_host(c_, h);
      audit_creation(c_, ctx_, "host.create", "host", h, [](const infra::Host& x) { return infra::record_json(x); });
      hosts_[d.name] = h.id;
    }
  }

  void add_network(const std::optional<int64_t>& owner, const std::string& name, const std::string& kind, const std::string& description) {
    infra::Network n;
    n.region_id = region_id_;
    n.owner_agency_id = owner;
    n.name = name;
    n.kind = kind;
    n.description = description;
    n.created_at = n.updated_at = now_;
    infra::insert_network(c_, n);
    audit_creation(c_, ctx_, "network.create", "network", n, [](const infra::Network& x) { return infra::record_json(x); });
  }

  void add_networks() {
    add_network(std::nullopt, "Jaringan Intra Pemerintah Kota Madiun (WAN)", "wan",
                "Jaringan fiber optic antar perangkat daerah hingga router PD, dikelola Diskominfo (Pasal 18 ayat (6) huruf a).");
    for (const auto& [short_name, text] : std::vector<std::pair<std::string, std::string>>{
             {"Diskominfo", "LAN Gedung Diskominfo dan ruang Pusat Data."},
             {"Dinkes", "LAN kantor Dinas Kesehatan, terhubung ke WAN melalui router PD."},
             {"Bappeda", "LAN kantor Bappeda, terhubung ke WAN melalui router PD."}})
      if (auto owner = agency(short_name)) add_network(owner, "LAN " + short_name, "lan", text);
  }

  void add_ip_ranges() {
    for (const auto& [short_name, cidr, purpose] : std::vector<std::tuple<std::string, std::string, std::string>>{
             {"Diskominfo", "10.10.0.0/16", "Server dan VPS di Pusat Data"},
             {"Diskominfo", "2001:db8:100::/48", "Uji coba IPv6 Pusat Data"},
             {"Dinkes", "10.20.0.0/24", "LAN Dinas Kesehatan"},
             {"Bappeda", "10.20.1.0/24", "LAN Bappeda"},
             {"RSUD", "10.30.0.0/22", "LAN dan server RSUD"}}) {
      auto owner = agency(short_name);
      if (!owner) continue;
      auto parsed = infra::parse_cidr(cidr).cidr;
      infra::IpRange r;
      r.region_id = region_id_;
      r.agency_id = *owner;
      r.cidr = parsed->text();
      r.family = parsed->network.family;
      r.purpose = purpose;
      r.allocated_by = "simpul-demo";
      r.created_at = r.updated_at = now_;
      infra::insert_ip_range(c_, r);
      audit_creation(c_, ctx_, "ip_range.create", "ip_range", r, [](const infra::IpRange& x) { return infra::record_json(x); });
    }
  }

  void add_domain(const std::optional<int64_t>& owner, const std::string& name, const std::string& kind, const std::string& purpose) {
    infra::Domain d;
    d.region_id = region_id_;
    d.agency_id = owner;
    d.name = name;
    d.kind = kind;
    d.purpose = purpose;
    d.created_at = d.updated_at = now_;
    infra::insert_domain(c_, d);
    audit_creation(c_, ctx_, "domain.create", "domain", d, [](const infra::Domain& x) { return infra::record_json(x); });
  }

  void add_domains() {
    add_domain(std::nullopt, "madiunkota.go.id", "region_domain", "Domain resmi Pemerintah Kota Madiun (portal www.madiunkota.go.id)");
    for (const auto& [short_name, label] : std::vector<std::pair<std::string, std::string>>{
             {"Diskominfo", "diskominfo"}, {"Dinkes", "dinkes"}, {"Bappeda", "bappeda"}, {"Disdukcapil", "disdukcapil"}}) {
      auto owner = agency(short_name);
      if (!owner) continue;
      add_domain(owner, label + ".madiunkota.go.id", "website", "Situs web " + short_name);
      add_domain(owner, label + "@madiunkota.go.id", "email", "Surat elektronik resmi " + short_name);
    }
  }

  std::string diagram_file(const std::string& short_name, const std::string& on) {
    return add_demo_document(c_, region_id_, files_dir_, "diagram-lan-" + short_name + "-" + on + ".pdf",
                             "Diagram LAN " + short_name + " per " + on, now_);
  }

  // Diskominfo and Dinkes are current; Bappeda's latest diagram is more than a year old.
  void add_lan_diagrams() {
    for (const auto& [short_name, days, note] : std::vector<std::tuple<std::string, int, std::string>>{
             {"Diskominfo", 420, "Diagram LAN tahunan"},
             {"Diskominfo", 40, "Diagram LAN tahunan, penambahan switch inti"},
             {"Dinkes", 95, "Diagram LAN kantor dinas dan tiga puskesmas"},
             {"Bappeda", 430, "Diagram LAN kantor Bappeda"}}) {
      auto owner = agency(short_name);
      if (!owner) continue;
      infra::LanDiagram d;
      d.region_id = region_id_;
      d.agency_id = *owner;
      d.submitted_on = days_ago(days);
      d.file_sha256 = diagram_file(short_name, d.submitted_on);
      d.note = note;
      d.submitted_by = "simpul-demo";
      d.created_at = now_;
      infra::insert_lan_diagram(c_, d);
      auto changes = audit::changes_between(nullptr, infra::to_json(d));
      changes.erase("created_at");
      audit::append(c_, ctx_, "lan_diagram.create", "lan_diagram", std::to_string(d.id), changes);
    }
  }

  void add_backups() {
    struct B { const char* agency; const char* host; const char* subject; int days; const char* kind; const char* result; const char* note; };
    for (const auto& d : std::vector<B>{
             {"Dinkes", "vps-dinkes-01", "Basis data sistem informasi puskesmas", 7, "full", "ok", ""},
             {"Dinkes", "vps-dinkes-01", "Basis data sistem informasi puskesmas", 1, "incremental", "ok", ""},
             {"Disdukcapil", "vps-disdukcapil-01", "Berkas permohonan layanan daring", 3, "full", "ok", ""},
             {"Bappeda", "vps-bappeda-01", "Basis data perencanaan", 2, "incremental", "failed", "Ruang penyimpanan cadangan penuh"},
             {"BPKAD", "vps-bpkad-01", "Basis data keuangan daerah", 1, "full", "ok", ""}}) {
      auto owner = agency(d.agency);
      if (!owner) continue;
      infra::Backup b;
      b.region_id = region_id_;
      b.agency_id = *owner;
      if (hosts_.count(d.host)) b.host_id = hosts_.at(d.host);
      b.subject = d.subject;
      b.done_on = days_ago(d.days);
      b.kind = d.kind;
      b.facility_id = facilities_.at("dc");
      b.result = d.result;
      b.note = d.note;
      b.reported_by = "simpul-demo";
      b.created_at = now_;
      infra::insert_backup(c_, b);
      auto changes = audit::changes_between(nullptr, infra::to_json(b));
      changes.erase("created_at");
      audit::append(c_, ctx_, "backup.create", "backup", std::to_string(b.id), changes);
    }
  }

  db::Connection& c_;
  const audit::Context& ctx_;
  std::string region_id_, now_, today_, files_dir_;
  std::map<std::string, int64_t> agency_ids_, facilities_, hosts_;
};

}  // namespace

void add_demo_infrastructure(db::Connection& c, const audit::Context& ctx, const std::string& region_id,
                             const std::string& files_dir) {
  InfrastructureBuilder(c, ctx, region_id, files_dir).build();
}

}  // namespace simpul
