// The ICT audit part of the infrastructure source: the periodic audits of each scope, the
// audit records (auditor, accreditation, aspects), the audit programme, the report to the
// region head and the internal evaluation before an audit. Which audit objects an obligation
// binds, and the report and pre-evaluation due dates, are the ICT audit schedule's
// (modules/ict_audits/schedule.h).
#include <algorithm>
#include <set>

#include "core/dates.h"
#include "modules/compliance/rules.h"
#include "modules/compliance/sources/infrastructure_rules.h"
#include "modules/ict_audits/schedule.h"

namespace simpul::modules::compliance::infrastructure_source {

namespace {

const char* const kAudits = "/audit-tik";

const std::set<std::string> kRecordFields{"auditor", "auditor_accreditation", "auditor_accreditation_or_certification",
                                          "governance_and_management", "functionality", "performance", "other_aspects",
                                          "audit_date", "scope"};

// The object kinds an audit of this scope ("infrastructure_audit" …) examines.
std::set<std::string> kinds_of(const std::string& scope) {
  if (scope == "infrastructure") return {"infrastructure"};
  if (scope == "application") return {"application"};
  return {"infrastructure_security", "application_security"};
}

std::string scope_of_link(const std::string& from) {
  if (from == "infrastructure_audit") return "infrastructure";
  if (from == "application_audit") return "application";
  if (from == "security_audit") return "security";
  return "";
}

Text what_of(const std::string& scope) {
  if (scope == "infrastructure") return {"audit infrastruktur", "infrastructure audit"};
  if (scope == "application") return {"audit aplikasi", "application audit"};
  return {"audit keamanan", "security audit"};
}

Evidence audit_evidence(const AuditFact& a, const Facts& f) {
  const auto* o = f.audit_object(a.object_id);
  std::string name = o ? o->name : "Audit TIK";
  std::string date = a.completed_on.empty() ? a.planned_on : a.completed_on;
  return {"ict_audit", std::to_string(a.id), {"Audit " + name + " (" + date + ")", "Audit of " + name + " (" + date + ")"},
          std::string(kAudits) + "/" + std::to_string(a.id), date};
}

Evidence never_audited(const std::string& name) {
  return {"ict_audit_object", "", {name + ": belum pernah diaudit", name + ": never audited"}, kAudits, ""};
}

Check with_missing(Check c) {
  c.evidence.push_back({"ict_audit", "", {"Belum ada audit TIK", "No ICT audit"}, kAudits, ""});
  return c;
}

// One object's periodic audit: the reason names the object when several are judged together.
Check object_check(const profiles::Obligation& o, const std::string& name, const AuditFact* latest, const Facts& f,
                   const Text& what, bool name_it) {
  auto c = periodic_check(latest ? latest->completed_on : "", *o.rule.period("period"), o.rule.period("lead"), f.today, what);
  if (name_it) c.reason = {name + ": " + c.reason.id, name + ": " + c.reason.en};
  c.evidence.push_back(latest ? audit_evidence(*latest, f) : never_audited(name));
  return c;
}

const AuditFact* latest_of(const Facts& f, int64_t object_id) {
  auto it = f.latest_completed.find(object_id);
  return it == f.latest_completed.end() ? nullptr : it->second;
}

Check application_audit(const profiles::Obligation& o, const Subject& s, const Facts& f) {
  int64_t id = 0;
  try {
    id = std::stoll(s.id);
  } catch (...) {
  }
  const auto* app = f.application(id);
  if (!app || !app->in_production)
    return not_applicable({"Aplikasi belum atau tidak lagi beroperasi (produksi).", "The application is not in production."});
  const AuditFact* latest = nullptr;
  for (const auto& x : f.audit_objects)
    if (x.kind == "application" && x.application_id == id)
      if (const auto* a = latest_of(f, x.id); a && (!latest || latest->completed_on < a->completed_on)) latest = a;
  return object_check(o, s.name, latest, f, what_of("application"), false);
}

// The region's audit of a scope: its own object (infrastructure, infrastructure security) and,
// for security, each application's security the schedule binds to this same obligation.
Check region_audit(const profiles::Obligation& o, const Facts& f) {
  const auto& scope = o.rule.value("scope");
  auto kinds = kinds_of(scope);
  std::string region_kind = scope == "infrastructure" ? "infrastructure" : "infrastructure_security";
  std::vector<const AuditObjectFact*> bound;
  bool region_object = false;
  for (const auto& x : f.audit_objects) {
    if (!x.active || !kinds.count(x.kind)) continue;
    if (x.kind == region_kind) {
      region_object = true;
    } else {
      auto by = ict_audits::audit_obligation(f.profile, x.kind, x.application_category, f.default_audit_period);
      if (!by || by->id != o.id) continue;
    }
    bound.push_back(&x);
  }
  std::vector<Check> checks;
  bool several = bound.size() + (region_object ? 0 : 1) > 1;
  for (const auto* x : bound) checks.push_back(object_check(o, x->name, latest_of(f, x->id), f, what_of(scope), several));
  if (!region_object) {
    std::string name = scope == "infrastructure" ? "Infrastruktur SPBE" : "Keamanan infrastruktur SPBE";
    checks.push_back(object_check(o, name, nullptr, f, what_of(scope), several));
  }
  return worst_of(checks);
}

// Probolinggo Pasal 38 ayat (1): audits "secara berkala", with no period: the region's default.
Check audits_periodically(const Facts& f) {
  const AuditFact* latest = nullptr;
  for (const auto& [_, a] : f.latest_completed)
    if (!latest || latest->completed_on < a->completed_on) latest = a;
  auto c = periodic_check(latest ? latest->completed_on : "", f.default_audit_period, nullptr, f.today, {"audit TIK", "ICT audit"});
  c.evidence.push_back(latest ? audit_evidence(*latest, f) : never_audited("Audit TIK"));
  return c;
}

std::string aspect_of(const std::string& field) { return field == "other_aspects" ? "other" : field; }

Check audit_records(const profiles::Obligation& o, const Facts& f) {
  const auto& fields = o.rule.list("fields");
  if (std::find(fields.begin(), fields.end(), "audit_date") != fields.end()) return audits_periodically(f);
  if (f.audits.empty())
    return with_missing(presence_check(false, {}, {"Belum ada audit TIK yang tercatat.", "No ICT audit on record yet."}));
  std::vector<Evidence> bad;
  Text problem;
  std::set<std::string> examined;
  for (const auto& a : f.audits) {
    examined.insert(a.aspects.begin(), a.aspects.end());
    for (const auto& field : fields) {
      bool accredited_only = field == "auditor_accreditation";
      bool credential_field = accredited_only || field == "auditor_accreditation_or_certification";
      Text why;
      if (field == "auditor" && a.auditor_name.empty()) why = {"pelaksana audit tidak dicatat", "no auditor recorded"};
      if (credential_field && accredited_only && a.auditor_kind == "certified")
        why = {"dilaksanakan auditor tersertifikasi, bukan lembaga pemerintah atau terakreditasi",
               "done by a certified auditor, not a government or accredited institution"};
      if (credential_field && a.auditor_kind != "government" && a.auditor_credential.empty())
        why = {"nomor akreditasi atau sertifikat pelaksana tidak dicatat", "no accreditation or certificate number recorded"};
      if (!why.id.empty()) {
        if (bad.empty()) problem = why;
        bad.push_back(audit_evidence(a, f));
        break;
      }
    }
  }
  if (!bad.empty()) {
    if (bad.size() > kMaxEvidence) bad.resize(kMaxEvidence);
    Check c = presence_check(false, {}, {bad.front().label.id + ": " + problem.id + ".", bad.front().label.en + ": " + problem.en + "."});
    c.evidence = bad;
    return c;
  }
  std::vector<std::string> missing_aspects;
  for (const auto& field : fields)
    if (field != "auditor" && field.rfind("auditor_", 0) != 0 && !examined.count(aspect_of(field))) missing_aspects.push_back(field);
  if (!missing_aspects.empty()) {
    std::string list;
    for (const auto& m : missing_aspects) list += (list.empty() ? "" : ", ") + m;
    return with_missing(presence_check(false, {}, {"Belum ada audit TIK yang memeriksa aspek: " + list + ".",
                                                   "No ICT audit has examined: " + list + "."}));
  }
  Check c = presence_check(true, {std::to_string(f.audits.size()) + " audit TIK tercatat memenuhi ketentuan.",
                                  std::to_string(f.audits.size()) + " ICT audits on record meet the rule."},
                           {});
  for (auto it = f.audits.rbegin(); it != f.audits.rend() && c.evidence.size() < kMaxEvidence; ++it)
    c.evidence.push_back(audit_evidence(*it, f));
  return c;
}

Check audit_programme(const profiles::Obligation& o, const Facts& f) {
  std::vector<std::string> absent;
  std::vector<Evidence> objects;
  for (const auto& scope : o.rule.list("fields")) {
    auto kinds = kinds_of(scope);
    bool found = false;
    for (const auto& x : f.audit_objects)
      if (x.active && kinds.count(x.kind)) {
        if (!found && objects.size() < kMaxEvidence) objects.push_back({"ict_audit_object", std::to_string(x.id), {x.name, x.name}, kAudits, ""});
        found = true;
      }
    if (!found) absent.push_back(scope);
  }
  if (!absent.empty()) {
    std::string list;
    for (const auto& a : absent) list += (list.empty() ? "" : ", ") + a;
    Check c = presence_check(false, {}, {"Program audit TIK belum mencakup: " + list + ".", "The ICT audit programme does not yet cover: " + list + "."});
    c.evidence = objects;
    c.evidence.push_back({"ict_audit_object", "", {"Objek audit TIK", "ICT audit objects"}, kAudits, ""});
    return c;
  }
  Check c = presence_check(true, {"Program audit TIK mencakup infrastruktur, aplikasi dan keamanan.",
                                  "The ICT audit programme covers infrastructure, applications and security."},
                           {});
  c.evidence = objects;
  return c;
}

// Each completed audit of the scope is reported to the region head within the schedule's time.
Check reported_to_head(const profiles::Obligation& o, const Facts& f) {
  auto scope = scope_of_link(o.rule.value("from"));
  auto kinds = kinds_of(scope);
  std::vector<Check> checks;
  for (const auto& a : f.audits) {
    const auto* x = f.audit_object(a.object_id);
    if (!x || !kinds.count(x->kind) || a.completed_on.empty()) continue;
    Check c;
    c.evidence.push_back(audit_evidence(a, f));
    c.due_on = a.report_due_on.empty() ? ict_audits::report_due_on(a.completed_on) : a.report_due_on;
    if (!a.reported_on.empty()) {
      c.status = Status::met;
      c.reason = {"Hasil audit dilaporkan " + a.reported_on + ".", "The audit's result was reported on " + a.reported_on + "."};
      c.due_on.clear();
    } else if (f.today > c.due_on) {
      c.status = Status::overdue;
      c.reason = {x->name + ": hasil audit " + a.completed_on + " belum dilaporkan; batas " + c.due_on + ".",
                  x->name + ": the audit of " + a.completed_on + " is not reported; it was due by " + c.due_on + "."};
    } else {
      c.status = Status::due_soon;
      c.reason = {x->name + ": hasil audit " + a.completed_on + " dilaporkan paling lambat " + c.due_on + ".",
                  x->name + ": the audit of " + a.completed_on + " is to be reported by " + c.due_on + "."};
    }
    checks.push_back(c);
  }
  if (checks.empty())
    return not_applicable({"Belum ada " + what_of(scope).id + " yang selesai untuk dilaporkan.", "No completed " + what_of(scope).en + " to report yet."});
  auto out = worst_of(checks);
  if (out.status == Status::met)
    out.reason = {"Setiap " + what_of(scope).id + " yang selesai telah dilaporkan.", "Every completed " + what_of(scope).en + " was reported."};
  return out;
}

// Probolinggo Pasal 38 ayat (5): the internal evaluation at the latest one month before each audit.
Check evaluated_before(const Facts& f) {
  std::vector<Check> checks;
  for (const auto& a : f.audits) {
    Check c;
    c.evidence.push_back(audit_evidence(a, f));
    c.due_on = a.pre_evaluation_due_on.empty() ? ict_audits::pre_evaluation_due_on(a.planned_on) : a.pre_evaluation_due_on;
    if (!a.pre_evaluated_on.empty()) {
      c.status = Status::met;
      c.due_on.clear();
      c.reason = {"Evaluasi internal " + a.pre_evaluated_on + ".", "Internal evaluation on " + a.pre_evaluated_on + "."};
    } else if (a.state != "planned") {
      c.status = Status::not_met;
      c.due_on.clear();
      c.reason = {"Audit " + a.planned_on + " dimulai tanpa evaluasi internal.", "The audit of " + a.planned_on + " started without an internal evaluation."};
    } else if (f.today > c.due_on) {
      c.status = Status::overdue;
      c.reason = {"Evaluasi internal untuk audit " + a.planned_on + " seharusnya paling lambat " + c.due_on + ".",
                  "The internal evaluation for the audit of " + a.planned_on + " was due by " + c.due_on + "."};
    } else if (f.today >= add_days(c.due_on, -kDueSoonDays)) {
      c.status = Status::due_soon;
      c.reason = {"Evaluasi internal untuk audit " + a.planned_on + " paling lambat " + c.due_on + ".",
                  "The internal evaluation for the audit of " + a.planned_on + " is due by " + c.due_on + "."};
    } else {
      c.status = Status::met;
      c.reason = {"Evaluasi internal untuk audit " + a.planned_on + " jatuh tempo " + c.due_on + ".",
                  "The internal evaluation for the audit of " + a.planned_on + " is due by " + c.due_on + "."};
    }
    checks.push_back(c);
  }
  if (checks.empty()) return not_applicable({"Belum ada audit TIK yang direncanakan.", "No ICT audit planned yet."});
  return worst_of(checks);
}

}  // namespace

bool answers_audit(const profiles::Obligation& o) {
  const auto& r = o.rule;
  const auto& b = o.binds;
  if (r.kind == "periodic_event") {
    if (r.value("event") != "ict_audit" || !r.period("period")) return false;
    const auto& scope = r.value("scope");
    if (scope == "application") return b == "each_application";
    return (scope == "infrastructure" || scope == "security") && (b == "region" || b == "ict_office");
  }
  if (r.kind == "required_record") {
    if (r.value("record") == "ict_audit") return b == "region" && fields_within(r.list("fields"), kRecordFields);
    if (r.value("record") == "ict_audit_programme") return b == "region" && fields_within(r.list("fields"), {"infrastructure", "application", "security"});
    return false;
  }
  if (r.kind == "required_link") {
    if (r.value("to") == "report_to_region_head") return !scope_of_link(r.value("from")).empty() && b == "ict_office";
    return r.value("from") == "ict_audit" && r.value("to") == "internal_evaluation_one_month_before" && b == "ict_office";
  }
  return false;
}

Check evaluate_audit(const profiles::Obligation& o, const Subject& s, const Facts& f) {
  const auto& r = o.rule;
  if (r.kind == "periodic_event") return o.binds == "each_application" ? application_audit(o, s, f) : region_audit(o, f);
  if (r.kind == "required_record") return r.value("record") == "ict_audit" ? audit_records(o, f) : audit_programme(o, f);
  if (r.value("to") == "report_to_region_head") return reported_to_head(o, f);
  return evaluated_before(f);
}

}  // namespace simpul::modules::compliance::infrastructure_source
