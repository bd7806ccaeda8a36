#include "modules/compliance/sources/infrastructure_rules.h"

#include <algorithm>
#include <map>
#include <set>

#include "modules/compliance/rules.h"
#include "modules/infrastructure/cidr.h"
#include "modules/infrastructure/naming.h"
#include "modules/infrastructure/rules.h"

namespace simpul::modules::compliance::infrastructure_source {

namespace infra = simpul::modules::infrastructure;

namespace {

const char* const kDiagrams = "/elemen/infrastruktur/diagram-lan";
const char* const kFacilities = "/elemen/infrastruktur/fasilitas";
const char* const kNetworks = "/elemen/infrastruktur/jaringan";
const char* const kDomains = "/elemen/infrastruktur/domain";
const char* const kBackups = "/elemen/infrastruktur/cadangan";

int64_t id_of(const Subject& s) {
  try {
    return std::stoll(s.id);
  } catch (...) {
    return 0;
  }
}

Check with(Check c, std::vector<Evidence> evidence) {
  c.evidence = std::move(evidence);
  return c;
}

Evidence missing(const std::string& kind, const Text& what, const std::string& href) { return {kind, "", what, href, ""}; }

Evidence host_evidence(const HostFact& h) {
  return {"host", std::to_string(h.id), {"Server " + h.name, "Host " + h.name}, "/elemen/infrastruktur/server/" + std::to_string(h.id), ""};
}
Evidence network_evidence(const NetworkFact& n) {
  return {"network", std::to_string(n.id), {"Jaringan " + n.name, "Network " + n.name}, kNetworks, n.changed_on};
}
Evidence domain_evidence(const DomainFact& d) { return {"domain", std::to_string(d.id), {d.name, d.name}, kDomains, ""}; }
Evidence facility_evidence(const FacilityFact& x) {
  return {"facility", std::to_string(x.id), {x.name, x.name}, kFacilities, ""};
}
Evidence backup_evidence(const BackupFact& b) {
  return {"backup", std::to_string(b.id), {"Pencadangan " + b.done_on, "Backup of " + b.done_on}, kBackups, b.done_on};
}
Evidence agency_evidence(const AgencyFact& a) {
  return {"agency", std::to_string(a.id), {a.name, a.name}, "/organisasi/pd/" + std::to_string(a.id), ""};
}

std::string agency_name(const Facts& f, std::optional<int64_t> id) {
  const auto* a = id ? f.agency(*id) : nullptr;
  return a ? a->name : "-";
}

// ---- LAN diagrams (periodic_submission lan_diagram) ----

Check lan_diagram(const profiles::Obligation& o, const Subject& s, const Facts& f) {
  const DiagramFact* latest = nullptr;
  for (const auto& d : f.diagrams)
    if (s.agency_id && d.agency_id == *s.agency_id && (!latest || latest->submitted_on < d.submitted_on)) latest = &d;
  auto c = periodic_check(latest ? latest->submitted_on : "", *o.rule.period("period"), o.rule.period("lead"), f.today,
                          {"diagram LAN", "LAN diagram"});
  if (latest)
    c.evidence.push_back({"lan_diagram", std::to_string(latest->id),
                          {"Diagram LAN " + latest->submitted_on, "LAN diagram of " + latest->submitted_on}, kDiagrams,
                          latest->submitted_on});
  else
    c.evidence.push_back(missing("lan_diagram", {"Belum ada diagram LAN", "No LAN diagram"}, kDiagrams));
  return c;
}

// ---- facilities and networks (required_record) ----

// The facilities of `kind` (all when empty): at least one, each operated by the subject.
Check operated_by(const Subject& s, const Facts& f, const std::string& kind, const Text& what) {
  std::vector<Evidence> ok, wrong;
  for (const auto& x : f.facilities) {
    if (!kind.empty() && x.kind != kind) continue;
    (x.operator_agency_id && s.agency_id && *x.operator_agency_id == *s.agency_id ? ok : wrong).push_back(facility_evidence(x));
  }
  if (ok.empty() && wrong.empty())
    return with(presence_check(false, {}, {"Belum ada " + what.id + " yang tercatat.", "No " + what.en + " on record."}),
                {missing("facility", {"Belum ada " + what.id, "No " + what.en}, kFacilities)});
  if (!wrong.empty())
    return with(presence_check(false, {}, {wrong.front().label.id + " tidak tercatat dikelola oleh " + s.name + ".",
                                           wrong.front().label.en + " is not recorded as run by " + s.name + "."}),
                wrong);
  return with(presence_check(true, {what.id + " dikelola oleh " + s.name + ".", what.en + " run by " + s.name + "."}, {}), ok);
}

Check wan_on_record(const Facts& f) {
  std::vector<Evidence> wans;
  for (const auto& n : f.networks)
    if (n.kind == "wan") wans.push_back(network_evidence(n));
  if (wans.empty())
    return with(presence_check(false, {}, {"Jaringan antar-PD (WAN) belum tercatat.", "No inter-agency network (WAN) on record."}),
                {missing("network", {"Belum ada WAN", "No WAN"}, kNetworks)});
  return with(presence_check(true, {"Jaringan antar-PD (WAN) tercatat, dikelola Dinas.", "The inter-agency network (WAN) is on record, run by the ICT office."}, {}),
              wans);
}

const NetworkFact* network_of(const Subject& s, const Facts& f) {
  for (const auto& n : f.networks)
    if (n.id == id_of(s)) return &n;
  return nullptr;
}

Check lan_managed_by_agency(const Subject& s, const Facts& f) {
  const auto* n = network_of(s, f);
  if (!n || n->kind != "lan") return not_applicable({"Bukan jaringan lokal (LAN) PD.", "Not an agency's local network (LAN)."});
  return with(presence_check(n->owner_agency_id.has_value(),
                             {"LAN dikelola oleh " + agency_name(f, n->owner_agency_id) + ".", "The LAN is run by " + agency_name(f, n->owner_agency_id) + "."},
                             {"LAN belum tercatat milik PD mana pun.", "The LAN belongs to no agency on record."}),
              {network_evidence(*n)});
}

// The LAN record edited after the agency's latest diagram: the change was not reported.
Check lan_change_reported(const Subject& s, const Facts& f) {
  const auto* n = network_of(s, f);
  if (!n || n->kind != "lan" || !n->owner_agency_id)
    return not_applicable({"Bukan jaringan lokal (LAN) PD.", "Not an agency's local network (LAN)."});
  if (n->version <= 1)
    return with(presence_check(true, {"Tidak ada perubahan LAN yang tercatat sejak didaftarkan.", "No change to the LAN recorded since it was registered."}, {}),
                {network_evidence(*n)});
  const DiagramFact* latest = nullptr;
  for (const auto& d : f.diagrams)
    if (d.agency_id == *n->owner_agency_id && (!latest || latest->submitted_on < d.submitted_on)) latest = &d;
  std::vector<Evidence> ev{network_evidence(*n)};
  if (latest) ev.push_back({"lan_diagram", std::to_string(latest->id), {"Diagram LAN " + latest->submitted_on, "LAN diagram of " + latest->submitted_on}, kDiagrams, latest->submitted_on});
  bool reported = latest && latest->submitted_on >= n->changed_on;
  return with(presence_check(reported,
                             {"Perubahan LAN " + n->changed_on + " dilaporkan dengan diagram LAN " + (latest ? latest->submitted_on : "") + ".",
                              "The LAN change of " + n->changed_on + " was reported with the LAN diagram of " + (latest ? latest->submitted_on : "") + "."},
                             {"LAN berubah " + n->changed_on + " tetapi belum dilaporkan dengan diagram LAN baru.",
                              "The LAN changed on " + n->changed_on + " but no new LAN diagram reports it."}),
              ev);
}

// ---- backups ----

Check backup_supervision(const Facts& f) {
  std::vector<Evidence> without;
  std::set<int64_t> backed_up;
  for (const auto& b : f.backups) backed_up.insert(b.agency_id);
  for (const auto& a : f.agencies)
    if (!backed_up.count(a.id)) without.push_back(agency_evidence(a));
  if (f.agencies.empty()) return not_applicable({"Belum ada PD.", "No agencies yet."});
  if (!without.empty()) {
    auto n = std::to_string(without.size());
    if (without.size() > kMaxEvidence) without.resize(kMaxEvidence);
    return with(presence_check(false, {}, {n + " PD belum tercatat melakukan pencadangan data.", n + " agencies have no backup on record."}), without);
  }
  return with(presence_check(true, {"Pencadangan terakhir setiap PD tercatat.", "Every agency's latest backup is on record."}, {}),
              {missing("backup", {"Daftar pencadangan", "Backup register"}, kBackups)});
}

Check data_backup(const Subject& s, const Facts& f) {
  const BackupFact* latest = nullptr;
  bool any = false;
  for (const auto& b : f.backups) {
    if (!s.agency_id || b.agency_id != *s.agency_id) continue;
    any = true;
    if (b.result == "ok" && (!latest || latest->done_on < b.done_on || (latest->done_on == b.done_on && latest->id < b.id))) latest = &b;
  }
  if (!latest)
    return with(presence_check(false, {}, any ? Text{"Semua pencadangan yang dilaporkan gagal.", "Every backup reported failed."}
                                              : Text{"Belum ada pencadangan data yang dilaporkan.", "No data backup reported yet."}),
                {missing("backup", {"Belum ada pencadangan berhasil", "No successful backup"}, kBackups)});
  const auto* place = f.facility(latest->facility_id);
  std::optional<std::string> kind = place ? std::optional(place->kind) : std::nullopt;
  if (auto problem = infra::backup_location_problem(f.profile, kind)) return with(presence_check(false, {}, *problem), {backup_evidence(*latest)});
  return with(presence_check(true, {"Pencadangan terakhir " + latest->done_on + " disimpan di " + (place ? place->name : "Pusat Data") + ".",
                                    "The latest backup, " + latest->done_on + ", is kept in " + (place ? place->name : "the data center") + "."},
                             {}),
              {backup_evidence(*latest)});
}

// ---- hosts ----

const HostFact* host_of(const Subject& s, const Facts& f) {
  int64_t id = id_of(s);
  for (const auto& h : f.hosts)
    if (h.id == id) return &h;
  return nullptr;
}

std::optional<std::string> facility_kind(const Facts& f, std::optional<int64_t> id) {
  const auto* x = f.facility(id);
  return x ? std::optional(x->kind) : std::nullopt;
}

Check server_placed(const Subject& s, const Facts& f) {
  const auto* h = host_of(s, f);
  if (!h || h->status == "retired") return not_applicable({"Server sudah tidak aktif.", "The host is retired."});
  if (auto problem = infra::host_placement_problem(f.profile, h->kind, h->status, facility_kind(f, h->facility_id)))
    return with(presence_check(false, {}, *problem), {host_evidence(*h)});
  const auto* x = f.facility(h->facility_id);
  std::vector<Evidence> ev{host_evidence(*h)};
  if (x) ev.push_back(facility_evidence(*x));
  return with(presence_check(true, {"Ditempatkan di " + (x ? x->name : "Pusat Data") + ".", "Placed in " + (x ? x->name : "the data center") + "."}, {}), ev);
}

Check vps_in_data_center(const Facts& f) {
  std::vector<Evidence> ok, wrong;
  std::optional<Text> first_problem;
  for (const auto& h : f.hosts) {
    if (h.kind != "vps" || h.status != "active") continue;
    auto problem = infra::host_placement_problem(f.profile, h.kind, h.status, facility_kind(f, h.facility_id));
    if (problem && !first_problem) first_problem = problem;
    (problem ? wrong : ok).push_back(host_evidence(h));
  }
  if (!wrong.empty()) return with(presence_check(false, {}, *first_problem), wrong);
  if (ok.empty())
    return with(presence_check(false, {}, {"Belum ada VPS yang disediakan di Pusat Data.", "No VPS provided in the data center yet."}),
                {missing("host", {"Belum ada VPS", "No VPS"}, "/elemen/infrastruktur/server")});
  auto n = std::to_string(ok.size());
  if (ok.size() > kMaxEvidence) ok.resize(kMaxEvidence);
  return with(presence_check(true, {n + " VPS disediakan di Pusat Data.", n + " VPS provided in the data center."}, {}), ok);
}

Check address_allocated(const Subject& s, const Facts& f) {
  const auto* h = host_of(s, f);
  if (!h || h->status == "retired") return not_applicable({"Server sudah tidak aktif.", "The host is retired."});
  if (h->addresses.empty())
    return with(presence_check(false, {}, {"Alamat IP server belum dicatat.", "The host's IP address is not recorded."}), {host_evidence(*h)});
  std::vector<infra::Cidr> ranges;
  for (const auto& text : f.allocated_ranges)
    if (auto r = infra::parse_cidr(text).cidr) ranges.push_back(*r);
  for (const auto& text : h->addresses) {
    auto address = infra::parse_address(text);
    if (!address)
      return with(presence_check(false, {}, {"Alamat " + text + " bukan alamat IP yang sah.", "The address " + text + " is not a valid IP address."}),
                  {host_evidence(*h)});
    if (auto problem = infra::address_problem(f.profile, *address, ranges))
      return with(presence_check(false, {}, *problem), {host_evidence(*h), missing("ip_range", {"Rentang IP Dinas", "ICT office IP ranges"}, "/elemen/infrastruktur/rentang-ip")});
  }
  return with(presence_check(true, {"Alamat IP server berada dalam rentang yang dialokasikan Dinas.", "The host's IP addresses lie in ranges the ICT office allocated."}, {}),
              {host_evidence(*h)});
}

// Madiun Pasal 13 ayat (2): infrastructure used "secara bagi pakai": one facility hosts the
// active servers of more than one agency.
Check shared_infrastructure(const Facts& f) {
  std::map<int64_t, std::set<int64_t>> agencies_by_facility;
  for (const auto& h : f.hosts)
    if (h.status == "active" && h.facility_id) agencies_by_facility[*h.facility_id].insert(h.owner_agency_id);
  std::vector<Evidence> shared;
  size_t most = 0;
  for (const auto& [id, agencies] : agencies_by_facility) {
    most = std::max(most, agencies.size());
    if (agencies.size() >= 2)
      if (const auto* x = f.facility(id)) shared.push_back(facility_evidence(*x));
  }
  if (shared.empty())
    return with(presence_check(false, {}, {"Belum ada fasilitas yang dipakai bersama oleh lebih dari satu PD.", "No facility is shared by more than one agency yet."}),
                {missing("facility", {"Fasilitas bersama", "Shared facility"}, kFacilities)});
  return with(presence_check(true, {"Server " + std::to_string(most) + " PD ditempatkan bersama di Pusat Data.", "Servers of " + std::to_string(most) + " agencies share the data center."}, {}),
              shared);
}

// ---- domains and websites ----

const DomainFact* domain_of(const Subject& s, const Facts& f) {
  int64_t id = id_of(s);
  for (const auto& d : f.domains)
    if (d.id == id) return &d;
  return nullptr;
}

std::vector<std::string> labels_of(const AgencyFact* a) { return a ? infra::agency_labels(a->short_name, a->profile_key) : std::vector<std::string>{}; }

Check website_named(const profiles::Obligation& o, const Subject& s, const Facts& f) {
  const auto* d = domain_of(s, f);
  const auto* a = d && d->agency_id ? f.agency(*d->agency_id) : nullptr;
  if (!d || !a) return not_applicable({"Situs milik Pemerintah Daerah, bukan milik PD.", "The region's own site, not an agency's."});
  const auto& pattern = o.rule.value("pattern");
  auto labels = labels_of(a);
  auto example = infra::example_name(pattern, labels);
  return with(presence_check(infra::follows_pattern(pattern, d->kind, d->name, labels),
                             {d->name + " mengikuti pola " + example + ".", d->name + " follows the pattern " + example + "."},
                             {d->name + " tidak mengikuti pola " + example + ".", d->name + " does not follow the pattern " + example + "."}),
              {domain_evidence(*d)});
}

Check names_of_kind(const profiles::Obligation& o, const Facts& f, const std::string& kind, const AgencyFact* a, const Text& what) {
  const auto& pattern = o.rule.value("pattern");
  auto labels = labels_of(a);
  auto example = infra::example_name(pattern, labels);
  std::vector<Evidence> good, bad;
  for (const auto& d : f.domains) {
    if (d.kind != kind || (a && d.agency_id != a->id) || (!a && d.agency_id)) continue;
    (infra::follows_pattern(pattern, d.kind, d.name, labels) ? good : bad).push_back(domain_evidence(d));
  }
  if (good.empty() && bad.empty())
    return with(presence_check(false, {}, {"Belum ada " + what.id + " yang tercatat (seharusnya " + example + ").",
                                           "No " + what.en + " on record (expected " + example + ")."}),
                {missing("domain", {example, example}, kDomains)});
  if (!bad.empty())
    return with(presence_check(false, {}, {bad.front().label.id + " tidak mengikuti pola " + example + ".",
                                           bad.front().label.en + " does not follow the pattern " + example + "."}),
                bad);
  return with(presence_check(true, {what.id + " mengikuti pola " + example + ".", "The " + what.en + " follows the pattern " + example + "."}, {}), good);
}

Check agency_has_website(const Subject& s, const Facts& f) {
  std::vector<Evidence> sites;
  for (const auto& d : f.domains)
    if (s.agency_id && d.agency_id == *s.agency_id && (d.kind == "website" || d.kind == "agency_subdomain")) sites.push_back(domain_evidence(d));
  if (sites.empty())
    return with(presence_check(false, {}, {"PD belum memiliki situs web yang tercatat.", "The agency has no website on record."}),
                {missing("domain", {"Belum ada situs web PD", "No agency website"}, kDomains)});
  return with(presence_check(true, {"Situs web PD tercatat: " + sites.front().label.id + ".", "The agency's website is on record: " + sites.front().label.en + "."}, {}),
              sites);
}

Check website_managed_by_agency(const Subject& s, const Facts& f) {
  const auto* d = domain_of(s, f);
  if (!d || !d->agency_id) return not_applicable({"Situs milik Pemerintah Daerah, bukan milik PD.", "The region's own site, not an agency's."});
  return with(presence_check(true, {"Dikelola oleh " + agency_name(f, d->agency_id) + ".", "Run by " + agency_name(f, d->agency_id) + "."}, {}),
              {domain_evidence(*d)});
}

// ---- prohibitions: an agency that is not the ICT office nor a PD Mandiri TIK granted it ----

bool may_manage(const Facts& f, const AgencyFact& a, infra::SelfManaged what) {
  if (a.ict_office) return true;
  return f.profile && f.profile->self_sufficiency &&
         !infra::self_management_refusal(f.profile, what, a.ict_office, a.self_sufficient);
}

Check own_servers(const Subject& s, const Facts& f) {
  const auto* a = s.agency_id ? f.agency(*s.agency_id) : nullptr;
  if (!a) return not_applicable({"PD tidak ditemukan.", "Agency not found."});
  std::vector<Evidence> own;
  if (!may_manage(f, *a, infra::SelfManaged::servers))
    for (const auto& h : f.hosts)
      if (h.owner_agency_id == a->id && h.status == "active" && h.kind == "physical_server") own.push_back(host_evidence(h));
  if (!own.empty())
    return with(presence_check(false, {}, {"PD memiliki server fisik sendiri: " + own.front().label.id + ".",
                                           "The agency has its own physical server: " + own.front().label.en + "."}),
                own);
  return presence_check(true, {"Tidak ada server fisik milik PD sendiri yang tercatat.", "No physical server of the agency's own on record."}, {});
}

Check own_lan(const Subject& s, const Facts& f) {
  const auto* a = s.agency_id ? f.agency(*s.agency_id) : nullptr;
  if (!a) return not_applicable({"PD tidak ditemukan.", "Agency not found."});
  std::vector<Evidence> own;
  if (!may_manage(f, *a, infra::SelfManaged::lan))
    for (const auto& n : f.networks)
      if (n.owner_agency_id == a->id && n.kind == "lan" && !n.registered_by_agency_operator.empty()) {
        own.push_back(network_evidence(n));
        own.back().date = n.registered_by_agency_operator;
      }
  if (!own.empty())
    return with(presence_check(false, {}, {own.front().label.id + " didaftarkan sendiri oleh operator PD, bukan oleh Dinas.",
                                           own.front().label.en + " was registered by the agency's own operator, not by the ICT office."}),
                own);
  return presence_check(true, {"Jaringan PD dibangun dan didaftarkan oleh Dinas.", "The agency's network is built and registered by the ICT office."}, {});
}

}  // namespace

bool fields_within(const std::vector<std::string>& fields, const std::set<std::string>& known) {
  if (fields.empty()) return false;
  for (const auto& f : fields)
    if (!known.count(f)) return false;
  return true;
}

Check not_applicable(const Text& why) {
  Check c;
  c.status = Status::not_applicable;
  c.reason = why;
  return c;
}

Check worst_of(std::vector<Check> checks) {
  if (checks.empty()) return {};
  std::stable_sort(checks.begin(), checks.end(), [](const Check& a, const Check& b) {
    if (a.status != b.status) return a.status < b.status;
    if (a.due_on.empty() != b.due_on.empty()) return b.due_on.empty();
    return a.due_on < b.due_on;
  });
  Check out = checks.front();
  out.evidence.clear();
  for (const auto& c : checks)
    for (const auto& e : c.evidence)
      if (out.evidence.size() < kMaxEvidence) out.evidence.push_back(e);
  return out;
}

bool answers(const profiles::Obligation& o) {
  const auto& r = o.rule;
  const auto& b = o.binds;
  const auto& k = r.kind;
  if (k == "periodic_submission") return r.value("evidence") == "lan_diagram" && b == "every_agency";
  if (k == "periodic_event") return answers_audit(o);
  if (k == "required_record") {
    const auto& record = r.value("record");
    const auto& fields = r.list("fields");
    if (record == "data_center") return b == "ict_office" && fields_within(fields, {"manager"});
    if (record == "spbe_infrastructure") return b == "ict_office" && fields_within(fields, {"operating_agency"});
    if (record == "inter_agency_network") return b == "ict_office" && fields_within(fields, {"manager"});
    if (record == "local_network") return b == "each_network" && fields_within(fields, {"managing_agency"});
    if (record == "backup_supervision") return b == "ict_office" && fields_within(fields, {"agency", "last_backup"});
    if (record == "shared_infrastructure") return b == "region" && fields_within(fields, {"sharing_agencies"});
    if (record == "agency_website")
      return (b == "every_agency" && fields_within(fields, {"information", "services"})) ||
             (b == "each_website" && fields_within(fields, {"managing_agency"}));
    return answers_audit(o);
  }
  if (k == "required_link") {
    if (r.value("from") == "lan_change") return r.value("to") == "lan_change_report" && b == "each_network";
    return answers_audit(o);
  }
  if (k == "placement") {
    const auto& what = r.value("what");
    const auto& where = r.value("where");
    if (what == "server") return where == "data_center" && b == "each_host";
    if (what == "virtual_private_server") return where == "data_center" && b == "ict_office";
    if (what == "ip_address") return where == "ict_office_address_space" && b == "each_host";
    if (what == "data_backup") return where == "data_center" && b == "every_agency";
    return false;
  }
  if (k == "naming") {
    const auto& what = r.value("what");
    if (what == "agency_subdomain" || what == "agency_website") return b == "each_website";
    if (what == "region_domain") return b == "region";
    if (what == "official_email_address") return b == "every_agency";
    return false;
  }
  if (k == "prohibition") {
    const auto& what = r.value("what");
    return b == "every_agency" && (what == "agency_own_server" || what == "lan_development_by_agency" ||
                                   what == "network_infrastructure_development_by_agency");
  }
  return false;
}

Check evaluate(const profiles::Obligation& o, const Subject& s, const Facts& f) {
  const auto& r = o.rule;
  const auto& k = r.kind;
  if (answers_audit(o)) return evaluate_audit(o, s, f);
  if (k == "periodic_submission") return lan_diagram(o, s, f);
  if (k == "required_record") {
    const auto& record = r.value("record");
    if (record == "data_center") return operated_by(s, f, "data_center", {"Pusat Data", "data center"});
    if (record == "spbe_infrastructure") return operated_by(s, f, "", {"Fasilitas infrastruktur SPBE", "SPBE infrastructure facility"});
    if (record == "inter_agency_network") return wan_on_record(f);
    if (record == "local_network") return lan_managed_by_agency(s, f);
    if (record == "backup_supervision") return backup_supervision(f);
    if (record == "shared_infrastructure") return shared_infrastructure(f);
    if (record == "agency_website") return o.binds == "each_website" ? website_managed_by_agency(s, f) : agency_has_website(s, f);
  }
  if (k == "required_link") return lan_change_reported(s, f);
  if (k == "placement") {
    const auto& what = r.value("what");
    if (what == "server") return server_placed(s, f);
    if (what == "virtual_private_server") return vps_in_data_center(f);
    if (what == "ip_address") return address_allocated(s, f);
    return data_backup(s, f);
  }
  if (k == "naming") {
    const auto& what = r.value("what");
    if (what == "region_domain") return names_of_kind(o, f, "region_domain", nullptr, {"domain Pemerintah Daerah", "region domain"});
    if (what == "official_email_address")
      return names_of_kind(o, f, "email", s.agency_id ? f.agency(*s.agency_id) : nullptr, {"alamat surel resmi PD", "official e-mail address of the agency"});
    return website_named(o, s, f);
  }
  if (k == "prohibition") return r.value("what") == "agency_own_server" ? own_servers(s, f) : own_lan(s, f);
  return {};
}

}  // namespace simpul::modules::compliance::infrastructure_source
