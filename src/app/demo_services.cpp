#include "app/demo_services.h"

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

#include "app/record_change.h"
#include "core/clock.h"
#include "modules/agencies/store.h"
#include "modules/element_links/store.h"
#include "modules/services/model.h"
#include "modules/services/store.h"

namespace simpul {

namespace {

namespace el = modules::element_links;
namespace svc = modules::services;

struct DemoService {
  const char* code;
  const char* name;
  const char* owner;  // agency short name
  const char* kind;
  const char* sector;
  std::vector<std::string> channels;
  const char* status;
  const char* description;
  std::vector<std::string> participants;  // agency short names
  bool coordinated;
};

const std::vector<DemoService>& demo_services() {
  static const std::vector<DemoService> all{
      {"DINKES-PUSKESMAS", "Pendaftaran Pasien Puskesmas Daring", "Dinkes", "public", "kesehatan",
       {"web", "mobile", "counter"}, "active",
       "Pendaftaran dan antrean pasien puskesmas se-Kota Madiun, dengan pemeriksaan NIK ke data kependudukan.", {}, false},
      {"DPMPTSP-IZIN", "Perizinan Berusaha dan Non-Berusaha Daring", "DPMPTSP", "public", "pekerjaan dan usaha",
       {"web", "counter", "call_center"}, "active",
       "Permohonan izin secara daring; izin praktik tenaga kesehatan diverifikasi Dinas Kesehatan dalam alur yang sama.",
       {"Dinkes"}, true},
      {"KOMINFO-PENGADUAN", "Pengaduan Masyarakat (LAPOR Madiun)", "Diskominfo", "public", "komunikasi dan informasi",
       {"web", "mobile", "messaging", "social_media"}, "planned",
       "Pengaduan masyarakat diteruskan ke perangkat daerah terkait dan dipantau sampai selesai.",
       {"Setda", "Dinkes", "Disdukcapil"}, false},
      {"DISDUKCAPIL-ADMINDUK", "Administrasi Kependudukan Daring", "Disdukcapil", "public", "kependudukan",
       {"web", "counter", "api"}, "active", "Permohonan KK, akta kelahiran dan pindah datang secara daring; verifikasi NIK melalui API.",
       {}, false},
      {"BKPSDM-KEPEGAWAIAN", "Layanan Kepegawaian ASN", "BKPSDM", "administrative", "kepegawaian", {"web"}, "active",
       "Kenaikan pangkat, cuti dan sasaran kinerja pegawai secara elektronik.", {}, false},
      {"BAPPEDA-RKPD", "Perencanaan Pembangunan Daerah (RKPD)", "Bappeda", "administrative", "perencanaan", {"web"}, "planned",
       "Penyusunan RKPD dan Renja perangkat daerah yang terhubung dengan penganggaran.", {}, false},
  };
  return all;
}

// "from uses to", each end as (kind, code or name in its registry).
struct DemoLink {
  const char* from_kind;
  const char* from;
  const char* to_kind;
  const char* to;
};

const std::vector<DemoLink>& demo_links() {
  static const std::vector<DemoLink> all{
      {"service", "DINKES-PUSKESMAS", "application", "SIMPUS"},
      {"service", "DINKES-PUSKESMAS", "service", "DISDUKCAPIL-ADMINDUK"},
      {"service", "DINKES-PUSKESMAS", "dataset", "DINKES-FASKES"},
      {"service", "DPMPTSP-IZIN", "application", "SICANTIK"},
      {"service", "KOMINFO-PENGADUAN", "application", "LAPOR-MADIUN"},
      {"service", "DISDUKCAPIL-ADMINDUK", "dataset", "DUKCAPIL-PENDUDUK"},
      {"service", "BKPSDM-KEPEGAWAIAN", "application", "SIMPEG"},
      {"service", "BAPPEDA-RKPD", "application", "E-PLANNING"},
      {"application", "SIMPUS", "dataset", "DINKES-FASKES"},
      {"application", "SIMPUS", "dataset", "DUKCAPIL-PENDUDUK"},
      {"application", "SIMPUS", "host", "vps-dinkes-01"},
      {"application", "SICANTIK", "application", "SIMPEG"},
      {"application", "SICANTIK", "host", "srv-db-01"},
      {"application", "SIMPEG", "dataset", "BKPSDM-ASN"},
      {"application", "SIMPEG", "host", "srv-db-01"},
      {"application", "LAPOR-MADIUN", "host", "srv-portal-01"},
      {"application", "E-PLANNING", "dataset", "BAPPEDA-IKD"},
      {"application", "E-PLANNING", "host", "vps-bappeda-01"},
      {"dataset", "DINKES-FASKES", "host", "vps-dinkes-01"},
      {"dataset", "DUKCAPIL-PENDUDUK", "host", "vps-disdukcapil-01"},
      {"dataset", "BKPSDM-ASN", "host", "srv-db-01"},
      {"dataset", "BAPPEDA-IKD", "host", "vps-bappeda-01"},
      {"host", "srv-portal-01", "network", "Jaringan Intra Pemerintah Kota Madiun (WAN)"},
      {"host", "srv-db-01", "network", "Jaringan Intra Pemerintah Kota Madiun (WAN)"},
      {"host", "srv-portal-01", "facility", "Pusat Data Pemerintah Kota Madiun"},
      {"host", "srv-db-01", "facility", "Pusat Data Pemerintah Kota Madiun"},
      {"host", "vps-dinkes-01", "facility", "Pusat Data Pemerintah Kota Madiun"},
      {"host", "vps-disdukcapil-01", "facility", "Pusat Data Pemerintah Kota Madiun"},
      {"host", "vps-bappeda-01", "facility", "Pusat Data Pemerintah Kota Madiun"},
      {"network", "Jaringan Intra Pemerintah Kota Madiun (WAN)", "facility", "Pusat Data Pemerintah Kota Madiun"},
  };
  return all;
}

class ServicesBuilder {
 public:
  ServicesBuilder(db::Connection& c, const audit::Context& ctx, const std::string& region_id)
      : c_(c), ctx_(ctx), region_id_(region_id), now_(now_rfc3339()) {
    for (const auto& a : modules::agencies::list(c, region_id)) agency_ids_[a.short_name] = a.id;
  }

  void build() {
    for (const auto& d : demo_services()) add_service(d);
    for (const auto& l : demo_links()) add_link(l);
  }

 private:
  std::optional<int64_t> agency(const std::string& short_name) const {
    auto it = agency_ids_.find(short_name);
    return it == agency_ids_.end() ? std::nullopt : std::optional<int64_t>(it->second);
  }

  void add_service(const DemoService& d) {
    auto owner = agency(d.owner);
    if (!owner) return;
    svc::Service s;
    s.region_id = region_id_;
    s.owner_agency_id = *owner;
    s.code = d.code;
    s.name = d.name;
    s.kind = d.kind;
    s.sector = d.sector;
    s.channels = d.channels;
    s.status = d.status;
    s.description = d.description;
    for (const auto& p : d.participants)
      if (auto id = agency(p)) s.participating_agency_ids.push_back(*id);
    std::sort(s.participating_agency_ids.begin(), s.participating_agency_ids.end());
    if (d.coordinated && !s.participating_agency_ids.empty()) {
      s.integration_coordinated_by = "admin";
      s.integration_coordinated_at = now_;
      s.integration_note = "Dikoordinasikan dengan Diskominfo dalam rapat integrasi layanan perizinan.";
    }
    s.created_at = s.updated_at = now_;
    svc::insert(c_, s);
    audit_creation(c_, ctx_, "service.create", "service", s, svc::record_json);
  }

  // The id of the element named `name` (a code where the registry has codes, else its name).
  std::optional<int64_t> find(const std::string& kind, const std::string& name) {
    if (!el::is_element_kind(kind)) return std::nullopt;
    static const std::map<std::string, std::string> lookups{
        {"service", "SELECT service_id FROM services WHERE region_id = ? AND code = ?"},
        {"application", "SELECT application_id FROM applications WHERE region_id = ? AND code = ?"},
        {"dataset", "SELECT dataset_id FROM datasets WHERE region_id = ? AND code = ?"},
        {"host", "SELECT host_id FROM hosts WHERE region_id = ? AND name = ?"},
        {"network", "SELECT network_id FROM networks WHERE region_id = ? AND name = ?"},
        {"facility", "SELECT facility_id FROM facilities WHERE region_id = ? AND name = ?"},
    };
    auto rows = c_.query(lookups.at(kind), {region_id_, name});
    if (rows.empty()) return std::nullopt;
    return rows[0].int64(0);
  }

  void add_link(const DemoLink& d) {
    auto from = find(d.from_kind, d.from);
    auto to = find(d.to_kind, d.to);
    if (!from || !to) return;
    el::Link l{0, region_id_, {d.from_kind, *from}, {d.to_kind, *to}, "", "admin", now_};
    el::insert_link(c_, l);
    audit::append(c_, ctx_, "element_link.create", "element_link", std::to_string(l.id),
                  {{"link", {{"before", nullptr}, {"after", el::to_json(l)}}}});
  }

  db::Connection& c_;
  const audit::Context& ctx_;
  std::string region_id_;
  std::string now_;
  std::map<std::string, int64_t> agency_ids_;
};

}  // namespace

void add_demo_services(db::Connection& c, const audit::Context& ctx, const std::string& region_id) {
  ServicesBuilder(c, ctx, region_id).build();
}

}  // namespace simpul
