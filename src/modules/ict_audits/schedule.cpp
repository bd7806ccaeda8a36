#include "modules/ict_audits/schedule.h"

#include "modules/planning/period.h"

namespace simpul::modules::ict_audits {

namespace {

// The periodic_event scope an object kind is audited under.
std::string scope_of(const std::string& kind) {
  if (kind == "infrastructure") return "infrastructure";
  if (kind == "application") return "application";
  return "security";
}

bool is_audit_event(const profiles::Obligation& o) {
  return o.rule.kind == "periodic_event" && o.rule.value("event") == "ict_audit";
}

// `when` on an application obligation: application_common, application_shared_special, …
bool binds_category(const profiles::Obligation& o, const std::string& category) {
  return o.when.empty() || o.when == "application_" + category;
}

AuditObligation from(const profiles::Profile& profile, const profiles::Obligation& o, const profiles::Period& default_period) {
  AuditObligation a{o.id, o.article, o.text, profile.citation.short_name + " " + o.article, default_period, false, {}};
  if (const auto* p = o.rule.period("period")) {
    a.period = *p;
    a.period_from_profile = true;
    a.period_note = {"Paling sedikit sekali dalam " + p->text + " (" + a.citation + ").",
                     "At least once every " + p->text + " (" + a.citation + ")."};
  } else {
    a.period_note = {a.citation + " menyebut \"secara berkala\" tanpa jangka waktu; dipakai jangka waktu bawaan daerah " +
                         default_period.text + ".",
                     a.citation + " says \"periodically\" without a period; the region's default period " +
                         default_period.text + " is used."};
  }
  return a;
}

const profiles::Obligation* event_for(const profiles::Profile& profile, const std::string& scope, const std::string& category) {
  for (const auto& o : profile.obligations)
    if (is_audit_event(o) && o.rule.value("scope") == scope && (scope != "application" || binds_category(o, category)))
      return &o;
  return nullptr;
}

bool has_audit_events(const profiles::Profile& profile) {
  for (const auto& o : profile.obligations)
    if (is_audit_event(o)) return true;
  return false;
}

// A profile without any periodic audit event ("secara berkala"): the record obligation of the
// audits themselves, which binds every scope.
const profiles::Obligation* periodic_without_period(const profiles::Profile& profile) {
  for (const auto& o : profile.obligations)
    if (o.rule.kind == "required_record" && o.rule.value("record") == "ict_audit")
      for (const auto& f : o.rule.list("fields"))
        if (f == "audit_date") return &o;
  return nullptr;
}

}  // namespace

std::optional<AuditObligation> audit_obligation(const profiles::Profile* profile, const std::string& kind,
                                                const std::string& category, const profiles::Period& default_period) {
  if (!profile) return std::nullopt;
  if (!has_audit_events(*profile)) {
    const auto* o = periodic_without_period(*profile);
    return o ? std::optional(from(*profile, *o, default_period)) : std::nullopt;
  }
  // The security of an application is audited where the application itself is (Kendari Pasal
  // 37 ayat (3): "audit keamanan Aplikasi Khusus").
  if (kind == "application_security" && !event_for(*profile, "application", category)) return std::nullopt;
  const auto* o = event_for(*profile, scope_of(kind), category);
  return o ? std::optional(from(*profile, *o, default_period)) : std::nullopt;
}

std::string next_due_on(const std::optional<AuditObligation>& obligation, bool active, const std::string& registered_on,
                        const std::string& last_audit_on) {
  if (!obligation || !active) return "";
  return profiles::add_period(last_audit_on.empty() ? registered_on : last_audit_on, obligation->period);
}

std::string due_status(const std::string& today, const std::string& next_due_on) {
  if (next_due_on.empty()) return "not_required";
  auto state = planning::due_state(today, next_due_on, kDueSoonDays);
  return state == "on_track" ? "due" : state;
}

std::optional<AuditObligation> pre_evaluation_obligation(const profiles::Profile* profile) {
  if (!profile) return std::nullopt;
  for (const auto& o : profile->obligations)
    if (o.rule.kind == "required_link" && o.rule.value("to") == "internal_evaluation_one_month_before") {
      AuditObligation a{o.id, o.article, o.text, profile->citation.short_name + " " + o.article, {}, true, {}};
      a.period.months = 1;
      a.period.text = "P1M";
      return a;
    }
  return std::nullopt;
}

std::string pre_evaluation_due_on(const std::string& planned_on) { return planning::add_months(planned_on, -1); }

std::string report_due_on(const std::string& completed_on) {
  profiles::Period within;
  within.days = kReportWithinDays;
  return profiles::add_period(completed_on, within);
}

std::optional<AuditObligation> report_obligation(const profiles::Profile* profile, const std::string& kind) {
  if (!profile) return std::nullopt;
  std::string from_record = kind == "infrastructure" ? "infrastructure_audit"
                            : kind == "application"  ? "application_audit"
                                                     : "security_audit";
  const profiles::Obligation* any = nullptr;
  for (const auto& o : profile->obligations) {
    if (o.rule.kind != "required_link" || o.rule.value("to") != "report_to_region_head") continue;
    if (o.rule.value("from") == from_record)
      return AuditObligation{o.id, o.article, o.text, profile->citation.short_name + " " + o.article, {}, true, {}};
    if (o.rule.value("from").find("audit") != std::string::npos && !any) any = &o;
  }
  if (any) return AuditObligation{any->id, any->article, any->text, profile->citation.short_name + " " + any->article, {}, true, {}};
  return std::nullopt;
}

std::string committee_chair(const profiles::Profile* profile) {
  if (!profile) return "";
  for (const char* kind : {"committee", "steering_committee"})
    for (const auto& body : profile->bodies) {
      if (body.kind != kind) continue;
      for (const auto& m : body.members) {
        if (m.role != "chair") continue;
        const auto* position = profile->position(m.position);
        return "Ketua " + body.name + (position ? " (" + position->title + ")" : "");
      }
      return "Ketua " + body.name;
    }
  return "";
}

Text region_head(const profiles::Profile* profile) {
  if (!profile) return {"kepala daerah", "the region head"};
  return profile->term("region_head");
}

}  // namespace simpul::modules::ict_audits
