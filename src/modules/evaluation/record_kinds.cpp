#include "modules/evaluation/record_kinds.h"

#include <charconv>

namespace simpul::modules::evaluation {

namespace {

// One kind: how its title is read (region and id as the two parameters) and where the UI
// shows it: `page` + id, `page` itself (a list page, for records without a page of their
// own) or `page` + "?pd=" + id (the agency's view of the list).
enum class PageShape { with_id, list, agency_query };

struct Spec {
  RecordKind kind;
  const char* title_sql;
  const char* page;
  PageShape shape;
};

// Kinds keyed by an agency (the agency's risk register, its competencies and training
// plans) use the agency's id as the record id: their page is the agency's view.
const std::vector<Spec>& specs() {
  static const std::vector<Spec> all{
      {{"application", "Aplikasi", "Application"},
       "SELECT name FROM applications WHERE region_id = ? AND application_id = ?", "/elemen/aplikasi/",
       PageShape::with_id},
      {{"dataset", "Data", "Dataset"}, "SELECT title FROM datasets WHERE region_id = ? AND dataset_id = ?",
       "/elemen/data/", PageShape::with_id},
      {{"data_sharing_agreement", "Perjanjian berbagi data", "Data sharing agreement"},
       "SELECT title FROM data_sharing_agreements WHERE region_id = ? AND agreement_id = ?", "/elemen/berbagi-data/",
       PageShape::with_id},
      {{"service", "Layanan", "Service"}, "SELECT name FROM services WHERE region_id = ? AND service_id = ?",
       "/elemen/layanan/", PageShape::with_id},
      {{"host", "Server", "Server"}, "SELECT name FROM hosts WHERE region_id = ? AND host_id = ?",
       "/elemen/infrastruktur/server/", PageShape::with_id},
      {{"network", "Jaringan", "Network"}, "SELECT name FROM networks WHERE region_id = ? AND network_id = ?",
       "/elemen/infrastruktur/jaringan", PageShape::list},
      {{"data_center", "Pusat data", "Data centre"},
       "SELECT name FROM facilities WHERE region_id = ? AND facility_id = ?", "/elemen/infrastruktur/fasilitas",
       PageShape::list},
      {{"master_plan", "Rencana Induk SPBE", "SPBE master plan"},
       "SELECT title FROM master_plans WHERE region_id = ? AND master_plan_id = ?", "/tata-kelola/rencana-induk/",
       PageShape::with_id},
      {{"architecture", "Arsitektur SPBE", "SPBE architecture"},
       "SELECT title FROM architectures WHERE region_id = ? AND architecture_id = ?", "/tata-kelola/arsitektur/",
       PageShape::with_id},
      {{"roadmap", "Peta Rencana SPBE", "SPBE roadmap"},
       "SELECT title FROM roadmaps WHERE region_id = ? AND roadmap_id = ?", "/tata-kelola/peta-rencana/",
       PageShape::with_id},
      {{"budget_plan", "Rencana anggaran SPBE", "SPBE budget plan"},
       "SELECT a.short_name || ' ' || CAST(b.year AS TEXT) FROM budget_plans b "
       "JOIN agencies a ON a.agency_id = b.agency_id WHERE b.region_id = ? AND b.budget_plan_id = ?",
       "/tata-kelola/anggaran/", PageShape::with_id},
      {{"business_process", "Proses bisnis", "Business process"},
       "SELECT name FROM business_processes WHERE region_id = ? AND process_id = ?", "/tata-kelola/proses-bisnis/",
       PageShape::with_id},
      {{"committee", "Tim/komite", "Committee"},
       "SELECT name FROM committees WHERE region_id = ? AND committee_id = ?", "/organisasi", PageShape::list},
      {{"risk_register", "Register risiko PD", "Agency risk register"},
       "SELECT a.name FROM agencies a WHERE a.region_id = ? AND a.agency_id = ? AND "
       "(EXISTS (SELECT 1 FROM risks r WHERE r.agency_id = a.agency_id) OR "
       "EXISTS (SELECT 1 FROM risk_contexts k WHERE k.agency_id = a.agency_id))",
       "/risiko", PageShape::agency_query},
      {{"risk", "Risiko", "Risk"}, "SELECT event FROM risks WHERE region_id = ? AND risk_id = ?", "/risiko/",
       PageShape::with_id},
      {{"risk_report", "Laporan pemantauan risiko", "Risk monitoring report"},
       "SELECT a.short_name || ' ' || CAST(r.year AS TEXT) || ' ' || r.period FROM risk_monitoring_reports r "
       "JOIN agencies a ON a.agency_id = r.agency_id WHERE r.region_id = ? AND r.risk_report_id = ?",
       "/risiko/laporan/", PageShape::with_id},
      {{"security_policy", "Kebijakan keamanan informasi", "Information security policy"},
       "SELECT title FROM security_policies WHERE region_id = ? AND policy_id = ?", "/keamanan/kebijakan/",
       PageShape::with_id},
      {{"security_incident", "Insiden keamanan", "Security incident"},
       "SELECT number || ' ' || title FROM security_incidents WHERE region_id = ? AND incident_id = ?",
       "/keamanan/insiden/", PageShape::with_id},
      {{"ict_audit", "Audit TIK", "ICT audit"},
       "SELECT o.name || ' (' || a.planned_on || ')' FROM ict_audits a "
       "JOIN ict_audit_objects o ON o.object_id = a.object_id WHERE a.region_id = ? AND a.audit_id = ?",
       "/audit-tik/", PageShape::with_id},
      {{"asset", "Aset TIK", "ICT asset"},
       "SELECT code || ' ' || name FROM ict_assets WHERE region_id = ? AND asset_id = ?", "/aset/",
       PageShape::with_id},
      {{"change", "Perubahan", "Change"},
       "SELECT number || ' ' || title FROM change_requests WHERE region_id = ? AND change_id = ?", "/perubahan/",
       PageShape::with_id},
      {{"knowledge_article", "Artikel pengetahuan", "Knowledge article"},
       "SELECT title FROM knowledge_articles WHERE region_id = ? AND article_id = ?", "/pengetahuan/",
       PageShape::with_id},
      {{"competency_plan", "Kompetensi dan rencana pelatihan PD", "Agency competencies and training plan"},
       "SELECT name FROM agencies WHERE region_id = ? AND agency_id = ?", "/kompetensi/pd/", PageShape::with_id},
      {{"ticket", "Tiket layanan", "Service desk ticket"},
       "SELECT number || ' ' || title FROM tickets WHERE region_id = ? AND ticket_id = ? AND kind <> 'complaint'",
       "/tiket/", PageShape::with_id},
      {{"complaint", "Pengaduan masyarakat", "Public complaint"},
       "SELECT number || ' ' || title FROM tickets WHERE region_id = ? AND ticket_id = ? AND kind = 'complaint'",
       "/tiket/", PageShape::with_id},
  };
  return all;
}

const Spec* find_spec(std::string_view kind) {
  for (const auto& s : specs())
    if (s.kind.kind == kind) return &s;
  return nullptr;
}

// Record ids are the tables' integer keys; anything else names no record.
std::optional<int64_t> parse_id(const std::string& id) {
  int64_t value = 0;
  auto [end, ec] = std::from_chars(id.data(), id.data() + id.size(), value);
  if (ec != std::errc() || end != id.data() + id.size() || value <= 0) return std::nullopt;
  return value;
}

}  // namespace

const std::vector<RecordKind>& record_kinds() {
  static const std::vector<RecordKind> kinds = [] {
    std::vector<RecordKind> out;
    for (const auto& s : specs()) out.push_back(s.kind);
    return out;
  }();
  return kinds;
}

const RecordKind* find_record_kind(std::string_view kind) {
  for (const auto& k : record_kinds())
    if (k.kind == kind) return &k;
  return nullptr;
}

std::optional<std::string> record_title(db::Connection& c, const std::string& region_id, std::string_view kind,
                                        const std::string& id) {
  const Spec* spec = find_spec(kind);
  auto key = parse_id(id);
  if (!spec || !key) return std::nullopt;
  auto rows = c.query(spec->title_sql, {region_id, *key});
  if (rows.empty() || rows[0].is_null(0)) return std::nullopt;
  return rows[0].text(0);
}

std::string record_href(std::string_view kind, const std::string& id) {
  const Spec* spec = find_spec(kind);
  if (!spec) return "";
  switch (spec->shape) {
    case PageShape::with_id: return spec->page + id;
    case PageShape::list: return spec->page;
    case PageShape::agency_query: return std::string(spec->page) + "?pd=" + id;
  }
  return "";
}

}  // namespace simpul::modules::evaluation
