#include "modules/compliance/sources/management_rules.h"

#include <algorithm>
#include <map>
#include <set>

#include "modules/changes/rules.h"
#include "modules/competencies/rules.h"
#include "modules/compliance/rules.h"

namespace simpul::modules::compliance {

namespace {

using Fields = std::set<std::string>;

// record → (the binds it is judged for, the fields the records can show).
const std::map<std::string, std::pair<Fields, Fields>>& known_records() {
  static const std::map<std::string, std::pair<Fields, Fields>> records{
      {"risk_register",
       {{"every_agency"}, {"identification", "analysis", "control", "monitoring", "evaluation", "monitoring_and_evaluation"}}},
      {"ict_asset_register", {{"every_agency"}, {"planning", "procurement", "management", "disposal"}}},
      {"knowledge_base", {{"every_agency"}, {"collection", "processing", "storage", "use", "transfer"}}},
      {"change_record",
       {{"every_agency"}, {"planning", "analysis", "development", "implementation", "monitoring_and_evaluation"}}},
      {"information_security_management",
       {{"every_agency"},
        {"scope", "responsible_person", "planning", "operational_support", "performance_evaluation",
         "continual_improvement"}}},
      {"information_security_policy",
       {{"ict_office", "every_agency"},
        {"ict_usage_guide", "byod_guide", "lan_security", "lan_security_obligation", "wan_security",
         "wan_security_obligation"}}},
      {"spbe_management",
       {{"every_agency"},
        {"risk", "information_security", "data", "ict_assets", "human_resources", "knowledge", "change", "spbe_service"}}},
      {"spbe_competence_plan", {{"every_agency"}, {"availability", "improvement", "competency_development"}}},
      {"spbe_competency_plan", {{"every_agency"}, {"availability", "improvement", "competency_development"}}},
      {"service_desk_ticket", {{"each_service"}, {"tier1_handler", "complaint_or_request", "resolution"}}},
      {"service_ticket", {{"each_service"}, {"tier1_handler", "complaint_or_request", "resolution"}}},
      {"tier2_escalation", {{"ict_office"}, {"tier2_handler", "resolution"}}},
      {"service_desk_supervision", {{"ict_office"}, {"agency", "tier1_contact", "tier1_units", "tier2_team"}}},
      {"spbe_asset_inventory_report", {{"ict_office"}, {"recipient_asset_office"}}},
      {"device_procurement", {{"each_host"}, {"compatibility_with_existing_devices"}}},
  };
  return records;
}

const std::map<std::string, std::string>& known_roles() {  // role → binds
  static const std::map<std::string, std::string> roles{{"tier1", "every_agency"},
                                                        {"tier2", "ict_office"},
                                                        {"pranata_komputer", "every_agency"},
                                                        {"ict_staff", "every_agency"},
                                                        {"government_csirt_member", "region"}};
  return roles;
}

const std::map<std::pair<std::string, std::string>, std::string>& known_links() {  // (from, to) → binds
  static const std::map<std::pair<std::string, std::string>, std::string> links{
      {{"unresolved_tier1_ticket", "tier2_escalation"}, "each_service"},
      {{"tier2_escalation", "tier2_resolution"}, "ict_office"},
      {{"serious_system_incident", "incident_report_to_ict_office"}, "every_agency"},
      {{"serious_system_incident", "written_notice_to_data_owner"}, "every_agency"}};
  return links;
}

// Approval gates the change requests' approvals decide: action → binds.
const std::map<std::string, std::string>& known_gates() {
  static const std::map<std::string, std::string> gates{{"develop_spbe", "every_agency"},
                                                        {"manage_own_spbe_infrastructure", "every_agency"},
                                                        {"assign_ip_address", "each_host"}};
  return gates;
}

const AgencyManagementFacts* agency_of(const Subject& s, const ManagementFacts& f) {
  if (!s.agency_id) return nullptr;
  auto at = f.agencies.find(*s.agency_id);
  return at == f.agencies.end() ? nullptr : &at->second;
}

std::string n(int v) { return std::to_string(v); }

// The stages of a change request in the order they are reached (changes/model.h).
const std::vector<std::string> kChangeOrder{"planning", "analysis", "awaiting_approval", "approved", "development",
                                            "implementation", "monitoring", "evaluated"};
bool reached(const std::set<std::string>& stages, const std::string& stage) {
  auto from = std::find(kChangeOrder.begin(), kChangeOrder.end(), stage);
  for (auto it = from; it != kChangeOrder.end(); ++it)
    if (stages.count(*it)) return true;
  return false;
}

// The security policy kind a field of the profile names.
std::string policy_kind(const std::string& field) {
  if (field == "ict_usage_guide") return "ict_use";
  if (field == "byod_guide") return "byod";
  if (field.rfind("lan_security", 0) == 0) return "lan_security";
  return "wan_security";
}

FieldFact field_of(const profiles::Obligation& o, const std::string& field, const AgencyManagementFacts& a,
                   const ManagementFacts& f) {
  const auto& record = o.rule.value("record");
  const auto& risks = a.risks;
  if (record == "risk_register") {
    bool monitoring = risks && risks->reports_submitted > 0;
    bool evaluation = risks && (risks->annual_submitted || risks->reassessed > 0);
    if (field == "identification") return {risks.has_value(), {"identifikasi risiko", "risk identification"}};
    if (field == "analysis") return {risks.has_value(), {"analisis risiko", "risk analysis"}};
    if (field == "control")
      return {risks && risks->treated == risks->to_treat,
              {"rencana penanganan untuk setiap risiko di atas selera risiko", "a treatment plan for every risk above the appetite"}};
    if (field == "monitoring") return {monitoring, {"laporan pemantauan risiko yang dikirim", "a submitted risk monitoring report"}};
    if (field == "evaluation")
      return {evaluation, {"evaluasi risiko (laporan tahunan atau penilaian risiko residual)", "risk evaluation (annual report or residual assessment)"}};
    return {monitoring && evaluation, {"pemantauan dan evaluasi risiko", "risk monitoring and evaluation"}};
  }
  if (record == "ict_asset_register")
    return {a.assets > 0, {"aset TIK Perangkat Daerah di register", "the agency's ICT assets in the register"}};
  if (record == "knowledge_base") {
    if (field == "collection") return {a.knowledge.articles > 0, {"pengetahuan yang dikumpulkan", "collected knowledge"}};
    if (field == "processing") return {a.knowledge.processed > 0, {"pengetahuan yang diolah", "processed knowledge"}};
    if (field == "storage") return {a.knowledge.published > 0, {"artikel pengetahuan yang diterbitkan", "a published knowledge article"}};
    if (field == "use") return {a.knowledge.used > 0, {"artikel pengetahuan yang dipakai", "a knowledge article in use"}};
    return {a.knowledge.transfers > 0, {"alih pengetahuan yang tercatat", "a recorded knowledge transfer"}};
  }
  if (record == "change_record") {
    if (field == "planning") return {a.changes > 0, {"perencanaan perubahan", "change planning"}};
    if (field == "monitoring_and_evaluation")
      return {reached(a.change_stages, "evaluated"), {"perubahan yang dipantau dan dievaluasi", "a change monitored and evaluated"}};
    Text stage = changes::stage_label(field);
    return {reached(a.change_stages, field),
            {"perubahan yang mencapai tahap " + stage.id, "a change that reached the stage " + stage.en}};
  }
  if (record == "information_security_management") {
    if (field == "responsible_person")
      return {f.person_in_charge, {"penanggung jawab program keamanan informasi", "the security programme's person in charge"}};
    static const std::map<std::string, std::pair<std::string, Text>> stages{
        {"scope", {"scope", {"ruang lingkup", "scope"}}},
        {"planning", {"planning", {"perencanaan", "planning"}}},
        {"operational_support", {"operation_support", {"dukungan pengoperasian", "operational support"}}},
        {"performance_evaluation", {"performance_evaluation", {"evaluasi kinerja", "performance evaluation"}}},
        {"continual_improvement", {"continual_improvement", {"perbaikan berkelanjutan", "continual improvement"}}}};
    const auto& [stage, label] = stages.at(field);
    return {f.programme_stages.count(stage) > 0,
            {"tahap program keamanan informasi: " + label.id, "the security programme stage: " + label.en}};
  }
  if (record == "information_security_policy") {
    // Every agency's own policy: the region's published policy, acknowledged by the agency at
    // its current revision.
    std::string kind = policy_kind(field);
    if (o.binds == "every_agency")
      return {f.published_policies.count(kind) > 0 && a.acknowledged_policy_kinds.count(kind) > 0,
              {"kebijakan keamanan \"" + kind + "\" yang diterbitkan dan diakui Perangkat Daerah",
               "a published \"" + kind + "\" security policy acknowledged by the agency"}};
    return {f.published_policies.count(kind) > 0,
            {"kebijakan keamanan informasi \"" + kind + "\" yang diterbitkan", "a published \"" + kind + "\" security policy"}};
  }
  if (record == "spbe_management") {
    if (field == "risk") return {risks.has_value(), {"manajemen risiko (risiko tercatat)", "risk management (risks recorded)"}};
    if (field == "information_security")
      return {!a.acknowledged_policy_kinds.empty(), {"kebijakan keamanan yang diakui", "an acknowledged security policy"}};
    if (field == "data") return {a.datasets > 0, {"manajemen data (data terdaftar)", "data management (datasets registered)"}};
    if (field == "ict_assets") return {a.assets > 0, {"manajemen aset TIK (aset tercatat)", "ICT asset management (assets recorded)"}};
    if (field == "human_resources")
      return {a.staff_competencies > 0 || a.training_plan_this_year,
              {"manajemen SDM (kompetensi atau rencana pelatihan)", "human resources management (competencies or a training plan)"}};
    if (field == "knowledge") return {a.knowledge.articles > 0, {"manajemen pengetahuan (artikel)", "knowledge management (articles)"}};
    if (field == "change") return {a.changes > 0, {"manajemen perubahan (permintaan perubahan)", "change management (change requests)"}};
    return {a.tickets > 0, {"manajemen layanan SPBE (tiket service desk)", "SPBE service management (service desk tickets)"}};
  }
  // spbe_competence_plan, spbe_competency_plan
  if (field == "availability") {
    bool staff = std::any_of(a.employees.begin(), a.employees.end(), [](const competencies::Employee& e) {
      return e.pranata_komputer || competencies::holds_ict_operation(e);
    });
    return {staff, {"pegawai dengan kompetensi TIK", "staff with ICT competence"}};
  }
  return {a.training_plan_this_year, {"rencana pelatihan tahun ini", "a training plan for this year"}};
}

}  // namespace

Check role_check(int have, int min, const Text& role) {
  int need = std::max(1, min);
  return presence_check(have >= need,
                        {n(have) + " orang ditetapkan sebagai " + role.id + ".", n(have) + " people hold the role " + role.en + "."},
                        {"Baru " + n(have) + " dari paling sedikit " + n(need) + " orang ditetapkan sebagai " + role.id + ".",
                         "Only " + n(have) + " of at least " + n(need) + " people hold the role " + role.en + "."});
}

Check fields_check(const std::vector<FieldFact>& fields, const Text& record, const std::string& kind,
                   const std::string& href) {
  Text missing;
  std::vector<Evidence> evidence;
  for (const auto& field : fields) {
    if (field.present) continue;
    missing.id += (missing.id.empty() ? "" : ", ") + field.label.id;
    missing.en += (missing.en.empty() ? "" : ", ") + field.label.en;
    evidence.push_back({kind, "", {"Belum ada: " + field.label.id, "Missing: " + field.label.en}, href, ""});
  }
  Check out = presence_check(evidence.empty(),
                             {record.id + " tercatat lengkap di Simpul.", record.en + " is fully recorded in Simpul."},
                             {record.id + " belum lengkap; belum ada " + missing.id + ".",
                              record.en + " is incomplete; missing " + missing.en + "."});
  if (out.status == Status::met) evidence.push_back({kind, "", record, href, ""});
  out.evidence = std::move(evidence);
  return out;
}

Check dated_duties_check(const std::vector<DatedDuty>& duties, const std::string& now, const Text& what,
                         const std::string& kind, const std::string& href_base) {
  Check out;
  out.status = Status::met;
  int late = 0, pending = 0;
  for (const auto& d : duties) {
    if (d.done) continue;
    bool past = !d.due_at.empty() && d.due_at < now;
    Status status = past ? Status::overdue : Status::due_soon;
    if (status < out.status || (status == out.status && d.due_at.substr(0, 10) < out.due_on)) out.due_on = d.due_at.substr(0, 10);
    out.status = std::min(out.status, status);
    ++(past ? late : pending);
    out.evidence.push_back({kind, std::to_string(d.record.id), {d.record.label, d.record.label},
                            href_base + std::to_string(d.record.id), d.record.date});
  }
  if (late > 0)
    out.reason = {n(late) + " " + what.id + " melewati batas waktu (paling awal " + out.due_on + ").",
                  n(late) + " " + what.en + " past the time limit (the earliest on " + out.due_on + ")."};
  else if (pending > 0)
    out.reason = {n(pending) + " " + what.id + " masih berjalan; batas waktu " + out.due_on + ".",
                  n(pending) + " " + what.en + " still running; due by " + out.due_on + "."};
  else
    out.reason = {"Tidak ada " + what.id + " yang tertunda.", "No " + what.en + " outstanding."};
  return out;
}

bool management_answers(const profiles::Obligation& o) {
  const auto& r = o.rule;
  if (r.kind == "required_role") {
    auto at = known_roles().find(r.value("role"));
    return at != known_roles().end() && at->second == o.binds;
  }
  if (r.kind == "required_link") {
    auto at = known_links().find({r.value("from"), r.value("to")});
    return at != known_links().end() && at->second == o.binds;
  }
  if (r.kind == "approval_gate") {
    auto at = known_gates().find(r.value("action"));
    const auto& approver = r.value("approver");
    return at != known_gates().end() && at->second == o.binds && (approver == "ict_office" || approver == "gcio");
  }
  if (r.kind != "required_record") return false;
  auto at = known_records().find(r.value("record"));
  if (at == known_records().end() || !at->second.first.count(o.binds)) return false;
  const auto& fields = r.list("fields");
  // A record without fields: only the security policy (any published policy) is decided by it.
  if (fields.empty()) return r.value("record") == "information_security_policy";
  return std::all_of(fields.begin(), fields.end(), [&](const std::string& f) { return at->second.second.count(f) > 0; });
}

namespace {

Text record_name(const std::string& record) {
  static const std::map<std::string, Text> names{
      {"risk_register", {"Register risiko SPBE", "The SPBE risk register"}},
      {"ict_asset_register", {"Register aset TIK", "The ICT asset register"}},
      {"knowledge_base", {"Manajemen pengetahuan", "Knowledge management"}},
      {"change_record", {"Manajemen perubahan", "Change management"}},
      {"information_security_management", {"Program manajemen keamanan informasi", "The information security management programme"}},
      {"information_security_policy", {"Kebijakan keamanan informasi", "The information security policy"}},
      {"spbe_management", {"Manajemen SPBE", "SPBE management"}},
      {"spbe_competence_plan", {"Rencana kompetensi SPBE", "The SPBE competence plan"}},
      {"spbe_competency_plan", {"Rencana kompetensi SPBE", "The SPBE competence plan"}}};
  return names.at(record);
}

std::string record_href(const std::string& record, const Subject& s) {
  if (record == "risk_register") return "/risiko";
  if (record == "ict_asset_register") return "/aset";
  if (record == "knowledge_base") return "/pengetahuan";
  if (record == "change_record") return "/perubahan";
  if (record == "information_security_management" || record == "information_security_policy") return "/keamanan";
  if (record == "spbe_management") return s.href;
  return "/kompetensi/pd/" + s.id;
}

Check role_of(const profiles::Obligation& o, const Subject& s, const ManagementFacts& f) {
  const auto& role = o.rule.value("role");
  // The people holding the role, where they are kept: linked as the evidence.
  auto held = [](Check c, const Text& who, const std::string& href) {
    c.evidence.push_back({"person", "", who, href, ""});
    return c;
  };
  if (role == "government_csirt_member") {
    Text who{"anggota CSIRT Pemerintah Daerah", "member of the Government CSIRT"};
    return held(role_check(f.csirt_members, o.rule.min, who), who, "/keamanan");
  }
  const auto* a = agency_of(s, f);
  if (!a) return role_check(0, o.rule.min, {role, role});
  if (role == "tier1" || role == "tier2") {
    Text who{"Service Desk " + std::string(role == "tier1" ? "Tier 1" : "Tier 2"), ""};
    who.en = who.id;
    return held(role_check(role == "tier1" ? a->tier1 : a->tier2, o.rule.min, who), who, "/organisasi");
  }
  // Pranata Komputer and ICT staff: as competency management reads the requirement.
  auto req = f.requirements.find("profile:" + o.id);
  if (req == f.requirements.end()) return role_check(0, o.rule.min, {role, role});
  competencies::AgencyFacts facts{*s.agency_id, a->name, a->has_services, s.runs_own_services};
  if (!competencies::applies_to_agency(req->second, facts)) {
    Check out;
    out.status = Status::not_applicable;
    out.reason = {"Tidak berlaku: Perangkat Daerah ini tidak memiliki layanan.", "Does not apply: the agency runs no services."};
    return out;
  }
  int have = static_cast<int>(std::count_if(a->employees.begin(), a->employees.end(), [&](const competencies::Employee& e) {
    return competencies::meets(e, req->second);
  }));
  Check out = role_check(have, req->second.min_people, {req->second.competency_name, req->second.competency_name});
  out.evidence.push_back({"competency", "", {req->second.competency_name, req->second.competency_name}, "/kompetensi/pd/" + s.id, ""});
  return out;
}

Check supervision_of(const profiles::Obligation& o, const Subject& s, const ManagementFacts& f) {
  std::vector<FieldFact> fields;
  const auto& wanted = o.rule.list("fields");
  bool tier2_team = std::find(wanted.begin(), wanted.end(), "tier2_team") != wanted.end();
  for (const auto& [id, a] : f.agencies)
    if (a.tier1 == 0) fields.push_back({false, {"petugas Tier 1 di " + a.name, "Tier 1 staff at " + a.name}});
  if (tier2_team) {
    const auto* own = agency_of(s, f);
    fields.push_back({own && own->tier2 > 0, {"tim Tier 2", "a Tier 2 team"}});
  }
  return fields_check(fields, {"Pengawasan service desk", "Service desk supervision"}, "person", "/organisasi");
}

Check inventory_report_of(const ManagementFacts& f) {
  if (f.inventory_report_sent) {
    Check out = presence_check(true, {"Laporan inventarisasi aset SPBE telah dikirim.", "The SPBE asset inventory report was sent."}, {});
    out.evidence.push_back({"ict_asset_inventory_report", std::to_string(f.inventory_report_sent->id),
                            {f.inventory_report_sent->label, f.inventory_report_sent->label}, "/aset/laporan",
                            f.inventory_report_sent->date});
    return out;
  }
  Check out = presence_check(false, {}, {"Belum ada laporan inventarisasi aset SPBE yang dikirim kepada penerimanya.",
                                         "No SPBE asset inventory report has been sent to its recipient."});
  if (f.inventory_report_draft)
    out.evidence.push_back({"ict_asset_inventory_report", std::to_string(f.inventory_report_draft->id),
                            {"Draf: " + f.inventory_report_draft->label, "Draft: " + f.inventory_report_draft->label},
                            "/aset/laporan", f.inventory_report_draft->date});
  return out;
}

Check device_of(const Subject& s, const ManagementFacts& f) {
  int64_t host = std::stoll(s.id);
  auto at = f.host_compatibility.find(host);
  if (at != f.host_compatibility.end()) {
    Check out = presence_check(true, {"Kesesuaian perangkat dengan perangkat yang ada telah dicatat.",
                                      "The device's compatibility with existing devices is recorded."}, {});
    out.evidence.push_back({"ict_asset", std::to_string(at->second.id), {at->second.label, at->second.label},
                            "/aset/" + std::to_string(at->second.id), at->second.date});
    return out;
  }
  bool linked = f.hosts_with_assets.count(host) > 0;
  Check out = presence_check(false, {},
                             linked ? Text{"Aset TIK server ini belum mencatat kesesuaiannya dengan perangkat yang ada.",
                                           "The host's ICT asset has no record of compatibility with existing devices."}
                                    : Text{"Server ini belum terhubung dengan catatan aset TIK pengadaannya.",
                                           "The host is not linked to the ICT asset record of its procurement."});
  out.evidence.push_back({"ict_asset", "", {"Belum ada: catatan kesesuaian perangkat", "Missing: a compatibility record"}, "/aset", ""});
  return out;
}

// The changes this gate governed that went ahead: each needs the gate's approver's approval.
Check gate_of(const profiles::Obligation& o, const Subject& s, const ManagementFacts& f) {
  std::vector<const GatedChange*> governed;
  for (const auto& [id, a] : f.agencies) {
    if (o.binds == "every_agency" && (!s.agency_id || id != *s.agency_id)) continue;
    for (const auto& g : a.gated_changes) {
      if (g.gate_obligation_id != o.id) continue;
      if (o.binds == "each_host" &&
          std::find(g.host_ids.begin(), g.host_ids.end(), std::stoll(s.id)) == g.host_ids.end())
        continue;
      governed.push_back(&g);
    }
  }
  const auto& approver = o.rule.value("approver");
  Check out;
  int unapproved = 0;
  for (const auto* g : governed) {
    bool approved = g->decision == "approved" && g->approver == approver;
    unapproved += approved ? 0 : 1;
    out.evidence.push_back({"change_request", std::to_string(g->record.id),
                            {(approved ? "Disetujui: " : "Tanpa persetujuan yang diwajibkan: ") + g->record.label,
                             (approved ? "Approved: " : "Without the required approval: ") + g->record.label},
                            "/perubahan/" + std::to_string(g->record.id), g->record.date});
  }
  out.status = unapproved > 0 ? Status::not_met : Status::met;
  if (unapproved > 0)
    out.reason = {n(unapproved) + " permintaan perubahan berjalan tanpa persetujuan " + approver + ".",
                  n(unapproved) + " change requests went ahead without the approval of " + approver + "."};
  else if (governed.empty())
    out.reason = {"Belum ada permintaan perubahan yang memerlukan persetujuan ini; tidak ada yang berjalan tanpanya.",
                  "No change request has needed this approval yet; none went ahead without it."};
  else
    out.reason = {n(static_cast<int>(governed.size())) + " permintaan perubahan berjalan setelah disetujui " + approver + ".",
                  n(static_cast<int>(governed.size())) + " change requests went ahead after approval by " + approver + "."};
  return out;
}

}  // namespace

Check management_check(const profiles::Obligation& o, const Subject& s, const ManagementFacts& f) {
  const auto& r = o.rule;
  if (r.kind == "required_role") return role_of(o, s, f);
  if (r.kind == "approval_gate") return gate_of(o, s, f);
  if (r.kind == "required_link") {
    const auto& to = r.value("to");
    if (to == "tier2_escalation") {
      auto at = f.tier1_tickets_by_service.find(std::stoll(s.id));
      static const std::vector<DatedDuty> none;
      Check out = dated_duties_check(at == f.tier1_tickets_by_service.end() ? none : at->second, f.now,
                                     {"tiket Tier 1 belum selesai dan belum dieskalasi ke Tier 2",
                                      "Tier 1 tickets unresolved and not escalated to Tier 2"},
                                     "ticket", "/tiket/");
      if (out.status == Status::due_soon) out.status = Status::met;  // within its time Tier 1 may still resolve it
      return out;
    }
    if (to == "tier2_resolution")
      return dated_duties_check(f.tier2_tickets, f.now, {"tiket eskalasi di Tier 2", "escalated tickets at Tier 2"}, "ticket", "/tiket/");
    const auto* a = agency_of(s, f);
    static const std::vector<DatedDuty> none;
    if (to == "incident_report_to_ict_office")
      return dated_duties_check(a ? a->incident_reports : none, f.now,
                                {"laporan insiden serius kepada Dinas", "serious incident reports to the ICT office"},
                                "security_incident", "/keamanan/insiden/");
    return dated_duties_check(a ? a->data_owner_notices : none, f.now,
                              {"pemberitahuan tertulis kepada pemilik data", "written notices to the data owner"},
                              "security_incident", "/keamanan/insiden/");
  }
  const auto& record = r.value("record");
  if (record == "service_desk_ticket" || record == "service_ticket") {
    auto at = f.tier1_tickets_by_service.find(std::stoll(s.id));
    static const std::vector<DatedDuty> none;
    Check out = dated_duties_check(at == f.tier1_tickets_by_service.end() ? none : at->second, f.now,
                                   {"tiket layanan di Tier 1 belum diselesaikan", "service tickets at Tier 1 unresolved"},
                                   "ticket", "/tiket/");
    if (out.status == Status::due_soon) out.status = Status::met;  // still within the resolution time
    return out;
  }
  if (record == "tier2_escalation") {
    Check out = dated_duties_check(f.tier2_tickets, f.now, {"tiket eskalasi di Tier 2", "escalated tickets at Tier 2"}, "ticket", "/tiket/");
    bool unhandled = std::any_of(f.tier2_tickets.begin(), f.tier2_tickets.end(), [](const DatedDuty& d) { return !d.has_handler; });
    if (unhandled && out.status != Status::overdue) {
      out.status = Status::not_met;
      out.reason = {"Ada tiket di Tier 2 yang belum memiliki petugas penanganan.", "A ticket at Tier 2 has no handler yet."};
    }
    if (out.status == Status::due_soon) out.status = Status::met;
    return out;
  }
  if (record == "service_desk_supervision") return supervision_of(o, s, f);
  if (record == "spbe_asset_inventory_report") return inventory_report_of(f);
  if (record == "device_procurement") return device_of(s, f);

  const auto* a = agency_of(s, f);
  static const AgencyManagementFacts nothing;
  std::vector<FieldFact> fields;
  if (r.list("fields").empty())  // any published policy
    fields.push_back({!f.published_policies.empty(), {"kebijakan keamanan informasi yang diterbitkan", "a published security policy"}});
  for (const auto& field : r.list("fields")) fields.push_back(field_of(o, field, a ? *a : nothing, f));
  return fields_check(fields, record_name(record), record, record_href(record, s));
}

}  // namespace simpul::modules::compliance
