#include "modules/compliance/rules.h"

#include <algorithm>

#include "core/dates.h"

namespace simpul::modules::compliance {

namespace {
// The date `lead` before `due`: the period taken backwards month by month, then by days.
std::string lead_start(const std::string& due, const profiles::Period* lead) {
  if (!lead) return add_days(due, -kDueSoonDays);
  using namespace std::chrono;
  year_month_day d{parse_date(due)};
  d = d - months(lead->total_months());
  if (!d.ok()) d = d.year() / d.month() / last;
  return add_days(format_date(sys_days(d)), -lead->total_days());
}
}  // namespace

Check periodic_check(const std::string& last_done, const profiles::Period& period, const profiles::Period* lead,
                     const std::string& today, const Text& what) {
  Check out;
  if (last_done.empty()) {
    out.status = Status::not_met;
    out.due_on = today;
    out.reason = {"Belum pernah ada " + what.id + ".", "No " + what.en + " yet."};
    return out;
  }
  out.due_on = profiles::add_period(last_done, period);
  if (today > out.due_on) {
    out.status = Status::overdue;
    out.reason = {what.id + " terakhir " + last_done + "; seharusnya diperbarui paling lambat " + out.due_on + ".",
                  "Last " + what.en + " on " + last_done + "; it was due again by " + out.due_on + "."};
  } else if (today >= lead_start(out.due_on, lead)) {
    out.status = Status::due_soon;
    out.reason = {what.id + " terakhir " + last_done + "; berikutnya jatuh tempo " + out.due_on + ".",
                  "Last " + what.en + " on " + last_done + "; the next is due by " + out.due_on + "."};
  } else {
    out.status = Status::met;
    out.reason = {what.id + " terakhir " + last_done + "; berikutnya paling lambat " + out.due_on + ".",
                  "Last " + what.en + " on " + last_done + "; the next is due by " + out.due_on + "."};
  }
  return out;
}

Check lapsing_check(const std::string& valid_until, const std::string& today, const Text& what) {
  Check out;
  out.due_on = valid_until;
  if (valid_until.empty()) {
    out.status = Status::met;
    out.reason = {what.id + " berlaku.", what.en + " in force."};
  } else if (today > valid_until) {
    out.status = Status::overdue;
    out.reason = {what.id + " berakhir " + valid_until + ".", what.en + " ended on " + valid_until + "."};
  } else if (today >= add_days(valid_until, -kDueSoonDays)) {
    out.status = Status::due_soon;
    out.reason = {what.id + " berakhir " + valid_until + ".", what.en + " ends on " + valid_until + "."};
  } else {
    out.status = Status::met;
    out.reason = {what.id + " berlaku sampai " + valid_until + ".", what.en + " in force until " + valid_until + "."};
  }
  return out;
}

Check presence_check(bool present, const Text& when_met, const Text& when_not_met) {
  Check out;
  out.status = present ? Status::met : Status::not_met;
  out.reason = present ? when_met : when_not_met;
  return out;
}

bool condition_holds(const std::string& when, const Subject& s) {
  if (when.empty()) return true;
  if (when == "application_common") return s.kind == "application" && s.category == "common";
  if (when == "application_shared_special") return s.kind == "application" && s.category == "shared_special";
  if (when == "application_agency_special") return s.kind == "application" && s.category == "agency_special";
  if (when == "public_service") return s.kind == "service" && s.category == "public";
  // An agency's standing, or for a record an agency owns (its LAN, its host …) its owner's.
  bool of_an_agency = s.kind == "agency" || s.agency_id.has_value();
  if (when == "ict_self_sufficient") return of_an_agency && s.ict_self_sufficient;
  if (when == "not_ict_self_sufficient") return of_an_agency && !s.ict_self_sufficient;
  if (when == "runs_own_services") return of_an_agency && s.runs_own_services;
  return false;  // the loader admits no other word
}

std::string subject_kind_of(const std::string& binds) {
  if (binds == "region") return "region";
  if (binds == "region_head" || binds == "gcio") return "position";
  if (binds == "committee") return "committee";
  if (binds == "every_agency" || binds == "ict_office" || binds == "planning_office" || binds == "organization_bureau")
    return "agency";
  if (binds.rfind("each_", 0) == 0) return binds.substr(5);  // each_application → application …
  return binds;
}

void sort_soonest_first(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.check.status != b.check.status) return a.check.status < b.check.status;
    // Dated duties before undated ones, then the soonest.
    if (a.check.due_on.empty() != b.check.due_on.empty()) return b.check.due_on.empty();
    return a.check.due_on < b.check.due_on;
  });
}

}  // namespace simpul::modules::compliance
