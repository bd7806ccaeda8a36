#include "modules/infrastructure/rules.h"

#include <algorithm>
#include <cmath>

namespace simpul::modules::infrastructure {

namespace {

namespace profiles = simpul::profiles;

std::string kind_label_id(const std::string& host_kind) {
  if (host_kind == "vps") return "VPS";
  if (host_kind == "virtual_machine") return "Mesin virtual";
  return "Server fisik";
}

std::string kind_label_en(const std::string& host_kind) {
  if (host_kind == "vps") return "A VPS";
  if (host_kind == "virtual_machine") return "A virtual machine";
  return "A physical server";
}

const profiles::Obligation* lan_diagram_rule(const profiles::Profile* profile) {
  if (!profile) return nullptr;
  for (const auto& o : profile->obligations)
    if (o.rule.kind == "periodic_submission" && o.rule.value("evidence") == "lan_diagram") return &o;
  return nullptr;
}

}  // namespace

std::optional<std::string> placement_citation(const profiles::Profile* profile, const std::string& what,
                                              const std::string& where) {
  if (!profile) return std::nullopt;
  for (const auto& o : profile->obligations)
    if (o.rule.kind == "placement" && o.rule.value("what") == what && o.rule.value("where") == where)
      return profile->citation.short_name + " " + o.article;
  return std::nullopt;
}

std::optional<Text> host_placement_problem(const profiles::Profile* profile, const std::string& host_kind,
                                           const std::string& status, const std::optional<std::string>& facility_kind) {
  if (status == "retired" || facility_kind == "data_center") return std::nullopt;
  auto citation = placement_citation(profile, "server", "data_center");
  if (!citation && host_kind == "vps") citation = placement_citation(profile, "virtual_private_server", "data_center");
  if (!citation) return std::nullopt;
  return Text{kind_label_id(host_kind) + " harus ditempatkan di Pusat Data (" + *citation +
                  "); pilih fasilitas berjenis pusat data.",
              kind_label_en(host_kind) + " must be placed in the data center (" + *citation +
                  "); choose a facility of kind data_center."};
}

std::optional<Text> backup_location_problem(const profiles::Profile* profile, const std::optional<std::string>& facility_kind) {
  if (facility_kind == "data_center") return std::nullopt;
  auto citation = placement_citation(profile, "data_backup", "data_center");
  if (!citation) return std::nullopt;
  return Text{"Pencadangan data dilakukan ke dalam server di Pusat Data (" + *citation +
                  "); pilih fasilitas pusat data sebagai lokasi cadangan.",
              "Backups go to a server in the data center (" + *citation +
                  "); choose the data center facility as the backup location."};
}

std::optional<Text> address_problem(const profiles::Profile* profile, const IpAddress& address,
                                    const std::vector<Cidr>& allocated) {
  auto citation = placement_citation(profile, "ip_address", "ict_office_address_space");
  if (!citation) return std::nullopt;
  for (const auto& range : allocated)
    if (contains(range, address)) return std::nullopt;
  return Text{"Alamat " + address.text() + " tidak berada dalam rentang IP yang dialokasikan Dinas (" + *citation +
                  "); minta alokasi rentang IP lebih dulu atau pakai alamat dari rentang yang ada.",
              "The address " + address.text() + " lies in no IP range allocated by the ICT office (" + *citation +
                  "); ask for a range first or use an address from an allocated range."};
}

std::optional<Text> self_management_refusal(const profiles::Profile* profile, SelfManaged what, bool agency_is_ict_office,
                                            bool agency_is_self_sufficient) {
  if (!profile || !profile->self_sufficiency || agency_is_ict_office) return std::nullopt;
  const auto& s = *profile->self_sufficiency;
  std::string grant = what == SelfManaged::servers ? "manage_servers" : "manage_lan";
  bool granted = std::find(s.grants.begin(), s.grants.end(), grant) != s.grants.end();
  if (granted && agency_is_self_sufficient) return std::nullopt;
  std::string citation = profile->citation.short_name + " " + s.article;
  if (what == SelfManaged::servers)
    return Text{"Hanya PD Mandiri TIK yang mengadakan dan mengelola server sendiri (" + citation +
                    "); server perangkat daerah Anda didaftarkan dan dikelola oleh Dinas (Diskominfo).",
                "Only a PD Mandiri TIK (ICT self-sufficient agency) procures and runs its own servers (" + citation +
                    "); the ICT office registers and runs your agency's servers."};
  return Text{"Hanya PD Mandiri TIK yang merencanakan, membangun dan mengelola LAN sendiri (" + citation +
                  "); LAN perangkat daerah Anda dikelola oleh Dinas (Diskominfo).",
              "Only a PD Mandiri TIK (ICT self-sufficient agency) plans, builds and runs its own LAN (" + citation +
                  "); the ICT office runs your agency's LAN."};
}

profiles::Period lan_diagram_period(const profiles::Profile* profile) {
  if (const auto* o = lan_diagram_rule(profile))
    if (const auto* p = o->rule.period("period")) return *p;
  return *profiles::parse_period("P1Y");
}

std::string lan_diagram_citation(const profiles::Profile* profile) {
  const auto* o = lan_diagram_rule(profile);
  return o ? profile->citation.short_name + " " + o->article : "";
}

std::string lan_diagram_due(const std::string& latest, const profiles::Period& period) {
  return profiles::add_period(latest, period);
}

bool lan_diagram_stale(const std::string& latest, const std::string& today, const profiles::Period& period) {
  auto due = lan_diagram_due(latest, period);
  return !due.empty() && due < today;
}

std::optional<int64_t> uptime_basis_points(double percent) {
  if (!std::isfinite(percent) || percent < 0 || percent > 100) return std::nullopt;
  double scaled = percent * 100;
  double rounded = std::round(scaled);
  if (std::fabs(scaled - rounded) > 1e-6) return std::nullopt;
  return static_cast<int64_t>(rounded);
}

}  // namespace simpul::modules::infrastructure
