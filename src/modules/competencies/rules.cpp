#include "modules/competencies/rules.h"

#include <algorithm>

#include "modules/datasets/sharing_rules.h"

namespace simpul::modules::competencies {

namespace {

Requirement from_obligation(const profiles::Profile& p, const profiles::Obligation& o) {
  Requirement r;
  r.key = "profile:" + o.id;
  r.source = "profile";
  r.min_people = std::max(1, o.rule.min);
  r.article = o.article;
  r.citation = p.citation.short_name + " " + o.article;
  r.text = o.text;
  return r;
}

bool lists_basic_ict(const profiles::Obligation& o) {
  const auto& fields = o.rule.list("fields");
  return std::find(fields.begin(), fields.end(), "basic_ict_competence") != fields.end();
}

std::string people_word(int n) { return std::to_string(n) + " orang"; }

Text unmet_message(const Requirement& r, int have, int need, const std::string& agency) {
  std::string cite = " (" + r.citation + ")";
  if (r.applies_to == "each_employee") {
    int missing = need - have;
    return {std::to_string(missing) + " pegawai " + agency + " belum memiliki " + r.competency_name +
                "; setiap pegawai wajib memilikinya" + cite + ". Catat kompetensinya atau rencanakan pelatihan.",
            std::to_string(missing) + " employees of " + agency + " do not hold " + r.competency_name +
                "; every employee must" + cite + ". Record the competence or plan a training."};
  }
  return {agency + " membutuhkan paling sedikit " + people_word(need) + " dengan " + r.competency_name +
              "; saat ini " + std::to_string(have) + cite + ".",
          agency + " needs at least " + std::to_string(need) + " people with " + r.competency_name + "; it has " +
              std::to_string(have) + cite + "."};
}

}  // namespace

std::vector<Requirement> profile_requirements(const profiles::Profile* profile) {
  std::vector<Requirement> out;
  if (!profile) return out;
  for (const auto& o : profile->obligations) {
    if (o.binds == "each_employee" && o.rule.kind == "required_record" && o.rule.value("record") == "employee" &&
        lists_basic_ict(o)) {
      auto r = from_obligation(*profile, o);
      r.applies_to = "each_employee";
      r.competency_kind = "basic_ict";
      r.competency_name = "Kompetensi dasar TIK";
      out.push_back(r);
    } else if (o.rule.kind == "required_role" && o.rule.value("role") == "pranata_komputer") {
      auto r = from_obligation(*profile, o);
      r.applies_to = o.when == "runs_own_services" ? "agencies_running_own_services" : "every_agency";
      r.pranata_komputer = true;
      r.competency_name = "Pranata Komputer (jabatan fungsional)";
      out.push_back(r);
    } else if (o.rule.kind == "required_role" && o.rule.value("role") == "ict_staff") {
      // "Setiap Perangkat Daerah yang memiliki layanan" (Probolinggo Pasal 33 ayat (5)).
      auto r = from_obligation(*profile, o);
      r.applies_to = o.when == "runs_own_services" ? "agencies_running_own_services" : "agencies_with_services";
      r.competency_kind = "ict_operation";
      r.competency_name = "kompetensi pengoperasian TIK";
      out.push_back(r);
    }
  }
  return out;
}

Expiry certificate_expiry(const std::string& expires_on, const std::string& today, int window) {
  if (expires_on.empty()) return {"no_expiry", std::nullopt};
  int days = datasets::days_between(today, expires_on);
  if (days < 0) return {"expired", days};
  if (days <= window) return {"expiring", days};
  return {"valid", days};
}

nlohmann::json certificate_json(const Certificate& c, const std::string& today) {
  auto j = certificate_record_json(c);
  auto e = certificate_expiry(c.expires_on, today);
  j["expiry"] = e.status;
  j["days_to_expiry"] = e.days_to_expiry ? nlohmann::json(*e.days_to_expiry) : nlohmann::json(nullptr);
  return j;
}

bool has_basic_ict(const Employee& e) { return e.competency_kinds.count("basic_ict") > 0; }
bool holds_ict_operation(const Employee& e) { return e.competency_kinds.count("ict_operation") > 0; }

bool meets(const Employee& e, const Requirement& r) {
  if (r.pranata_komputer) return e.pranata_komputer;
  if (r.competency_id) return e.competency_ids.count(*r.competency_id) > 0;
  return e.competency_kinds.count(r.competency_kind) > 0;
}

bool applies_to_agency(const Requirement& r, const AgencyFacts& a) {
  if (r.applies_to == "agencies_with_services") return a.has_services;
  if (r.applies_to == "agencies_running_own_services") return a.runs_own_services;
  return true;
}

int AgencyGaps::unmet() const {
  return static_cast<int>(std::count_if(checks.begin(), checks.end(), [](const auto& c) { return !c.met; }));
}

AgencyGaps agency_gaps(const AgencyFacts& agency, const std::vector<Employee>& employees,
                       const std::vector<Requirement>& requirements, const std::vector<Certificate>& certificates,
                       const std::string& today) {
  AgencyGaps g;
  g.agency = agency;
  g.employees = static_cast<int>(employees.size());
  for (const auto& e : employees) {
    if (has_basic_ict(e)) ++g.with_basic_ict;
    else g.without_basic_ict.push_back(e);
    if (e.pranata_komputer) ++g.pranata_komputer;
    if (holds_ict_operation(e)) ++g.ict_operation_staff;
  }
  for (const auto& r : requirements) {
    RequirementCheck check{r};
    check.applies = applies_to_agency(r, agency);
    if (check.applies) {
      for (const auto& e : employees)
        if (meets(e, r)) ++check.have;
        else if (r.applies_to == "each_employee") check.missing_people.push_back(e);
      check.need = r.applies_to == "each_employee" ? g.employees : r.min_people;
      check.met = check.have >= check.need;
      if (!check.met) check.message = unmet_message(r, check.have, check.need, agency.name);
    }
    g.checks.push_back(check);
  }
  for (const auto& c : certificates) {
    auto status = certificate_expiry(c.expires_on, today).status;
    if (status == "expired") ++g.expired;
    if (status == "expiring") ++g.expiring;
    if (status == "expired" || status == "expiring") g.certificates.push_back(c);
  }
  std::stable_sort(g.certificates.begin(), g.certificates.end(),
                   [](const Certificate& a, const Certificate& b) { return a.expires_on < b.expires_on; });
  return g;
}

std::optional<double> RegionTotals::basic_ict_share() const {
  if (employees == 0) return std::nullopt;
  return static_cast<double>(with_basic_ict) / employees;
}

RegionTotals region_totals(const std::vector<AgencyGaps>& agencies) {
  RegionTotals t;
  for (const auto& g : agencies) {
    ++t.agencies;
    t.employees += g.employees;
    t.with_basic_ict += g.with_basic_ict;
    t.unmet_requirements += g.unmet();
    t.certificates_expired += g.expired;
    t.certificates_expiring += g.expiring;
    if (g.has_gaps()) ++t.agencies_with_gaps;
  }
  return t;
}

Coverage plan_coverage(const std::vector<Employee>& agency_employees, const std::vector<PlanItem>& items) {
  std::set<int64_t> targeted;
  for (const auto& i : items)
    if (i.status != "cancelled" && i.competency_kind == "basic_ict")
      targeted.insert(i.target_person_ids.begin(), i.target_person_ids.end());
  Coverage c;
  for (const auto& e : agency_employees) {
    if (has_basic_ict(e)) continue;
    ++c.without_basic_ict;
    (targeted.count(e.id) ? c.targeted : c.not_targeted).push_back(e);
  }
  return c;
}

std::optional<Text> item_status_refusal(const std::string& from, const std::string& to) {
  if (from == to || from == "planned") return std::nullopt;
  if (from == "done")
    return Text{"Butir rencana ini sudah terlaksana dan tidak dapat diubah statusnya; tambahkan butir baru bila perlu.",
                "This plan item is done and its status cannot change; add a new item if needed."};
  return Text{"Butir rencana ini sudah dibatalkan; tambahkan butir baru bila pelatihan tetap diperlukan.",
              "This plan item was cancelled; add a new item if the training is still needed."};
}

}  // namespace simpul::modules::competencies
