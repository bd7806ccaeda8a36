// The plans: master plan, architecture, roadmap and budget plans (Rencana Induk, Arsitektur,
// Peta Rencana, Rencana dan Anggaran SPBE).
#include <algorithm>

#include "modules/architectures/rules.h"
#include "modules/compliance/rules.h"
#include "modules/compliance/sources/governance_rules.h"
#include "modules/roadmaps/rules.h"
#include "modules/planning/period.h"

namespace simpul::modules::compliance::governance {

namespace {

const std::string kMasterPlanPage = "/tata-kelola/rencana-induk";
const std::string kArchitecturePage = "/tata-kelola/arsitektur";
const std::string kRoadmapPage = "/tata-kelola/peta-rencana";
const std::string kBudgetPage = "/tata-kelola/anggaran";

Evidence of(const master_plans::MasterPlan& p) {
  return plan_evidence("master_plan", p.id, p.title, kMasterPlanPage, p.decree_date);
}
Evidence of(const architectures::Architecture& a) {
  return plan_evidence("architecture", a.id, a.title, kArchitecturePage, a.decree_date);
}
Evidence of(const RoadmapFacts& r) {
  return plan_evidence("roadmap", r.roadmap.id, r.roadmap.title, kRoadmapPage, r.roadmap.decree_date);
}

// What is missing when no plan is in force: the plan itself (to be made on its page), and
// the drafts on their way.
struct Absent {
  std::string kind;
  Text what;
  std::string page;
};
const Absent kNoMasterPlan{"master_plan", {"Rencana Induk SPBE yang berlaku", "an SPBE master plan in force"}, kMasterPlanPage};
const Absent kNoArchitecture{"architecture", {"Arsitektur SPBE yang berlaku", "an SPBE architecture in force"}, kArchitecturePage};
const Absent kNoRoadmap{"roadmap", {"Peta Rencana SPBE yang berlaku", "an SPBE roadmap in force"}, kRoadmapPage};

Check absent(const Absent& a, std::vector<Evidence> waiting) {
  std::vector<Evidence> evidence{{a.kind, "", {"Belum ada: " + a.what.id, "Missing: " + a.what.en}, a.page, ""}};
  evidence.insert(evidence.end(), waiting.begin(), waiting.end());
  return missing({"Belum ada " + a.what.id + " (ditetapkan dengan keputusan, berlaku tahun ini).",
                              "There is no " + a.what.en + " (enacted by decree, in force this year)."},
                             std::move(evidence));
}

// The drafts waiting, named so people see what is on its way.
template <class Plan>
std::vector<Evidence> drafts(const std::vector<Plan>& plans) {
  std::vector<Evidence> out;
  for (const auto& p : plans)
    if (p.status != "enacted") out.push_back(of(p));
  return out;
}
std::vector<Evidence> roadmap_drafts(const Facts& f) {
  std::vector<Evidence> out;
  for (const auto& r : f.roadmaps)
    if (r.roadmap.status != "enacted") out.push_back(of(r));
  return out;
}

// A review every period, counted from the last review or, before the first, from the decree.
Check review_since(const std::string& last_review, const std::string& decree_date, const profiles::Obligation& o,
                   const std::string& today, const Text& what) {
  const std::string& since = std::max(last_review, decree_date);
  Check c = periodic_check(since, *o.rule.period("period"), o.rule.period("lead"), today, what);
  if (!decree_date.empty() && since == decree_date && last_review != decree_date)
    c.reason = {"Belum ada " + what.id + " sejak penetapan " + decree_date + "; paling lambat " + c.due_on + ".",
                "No " + what.en + " since the decree of " + decree_date + "; due by " + c.due_on + "."};
  return c;
}

// --- periodic events

Check master_plan_review(const Facts& f, const profiles::Obligation& o) {
  const auto* p = master_plan_in_force(f);
  if (!p) return absent(kNoMasterPlan, drafts(f.master_plans));
  std::string last = p->reviews.empty() ? "" : p->reviews.front().review_date;
  for (const auto& r : p->reviews) last = std::max(last, r.review_date);
  Check c = review_since(last, p->decree_date, o, f.today, {"tinjauan Rencana Induk SPBE", "master plan review"});
  c.evidence.push_back(of(*p));
  return c;
}

Check roadmap_review(const Facts& f, const profiles::Obligation& o) {
  const auto* r = roadmap_in_force(f);
  if (!r) return absent(kNoRoadmap, roadmap_drafts(f));
  Check c = review_since(r->last_monitoring, r->roadmap.decree_date, o, f.today,
                         {"pemantauan dan evaluasi Peta Rencana SPBE", "roadmap monitoring and evaluation"});
  c.evidence.push_back(of(*r));
  return c;
}

// The schedule the architecture module keeps (mid-term and final year, or yearly), read
// from the same profile: the first review not done decides.
Check architecture_review(const Facts& f) {
  const auto* a = architecture_in_force(f);
  if (!a) return absent(kNoArchitecture, drafts(f.architectures));
  auto due = architectures::due_reviews(*a, architectures::regulation_of(f.profile), f.today);
  Check c;
  c.evidence.push_back(of(*a));
  const architectures::DueReview* next = nullptr;
  for (const auto& d : due) {
    if (d.review_id)
      c.evidence.push_back({"architecture_review", std::to_string(*d.review_id),
                            {"Reviu " + d.kind + " " + std::to_string(d.year), d.kind + " review " + std::to_string(d.year)},
                            kArchitecturePage + "/" + std::to_string(a->id), ""});
    else if (!next)
      next = &d;
  }
  if (!next) return met({"Semua reviu Arsitektur SPBE yang dijadwalkan sudah dilakukan.", "Every scheduled architecture review is done."},
                        c.evidence);
  c.due_on = next->due_date;
  Text when{"Reviu Arsitektur SPBE (" + next->kind + " " + std::to_string(next->year) + ") paling lambat " + next->due_date + ".",
            "The architecture review (" + next->kind + " " + std::to_string(next->year) + ") is due by " + next->due_date + "."};
  c.status = next->state == "overdue" ? Status::overdue : next->state == "due_soon" ? Status::due_soon : Status::met;
  c.reason = when;
  return c;
}

// The planning office coordinates the year's plans; the ICT office verifies them.
Check plan_and_budget_coordination(const Facts& f, const profiles::Obligation& o, const Subject& s) {
  bool planning = o.binds == "planning_office";
  const auto& last = planning ? f.last_coordinated : f.last_verified;
  Text what = planning ? Text{"koordinasi rencana dan anggaran SPBE", "coordination of the SPBE budget plans"}
                       : Text{"verifikasi rencana dan anggaran SPBE", "verification of the SPBE budget plans"};
  Check c = periodic_check(last ? last->date : "", *o.rule.period("period"), o.rule.period("lead"), f.today, what);
  if (last)
    c.evidence.push_back(plan_evidence("budget_plan", last->budget_plan_id,
                                       "Rencana dan anggaran SPBE " + std::to_string(last->year), kBudgetPage, last->date));
  (void)s;
  return c;
}

Check plan_and_budget_submission(const Facts& f, const profiles::Obligation& o, const Subject& s) {
  auto it = s.agency_id ? f.last_submission.find(*s.agency_id) : f.last_submission.end();
  bool found = it != f.last_submission.end();
  Check c = periodic_check(found ? it->second.date : "", *o.rule.period("period"), o.rule.period("lead"), f.today,
                           {"rencana dan anggaran SPBE yang diajukan", "SPBE budget plan handed in"});
  if (found)
    c.evidence.push_back(plan_evidence("budget_plan", it->second.budget_plan_id,
                                       "Rencana dan anggaran SPBE " + std::to_string(it->second.year), kBudgetPage,
                                       it->second.date));
  return c;
}

// --- required records

// The fields of `o` the record lacks, judged by `has`.
template <class Has>
std::vector<std::string> lacking(const profiles::Obligation& o, Has has) {
  std::vector<std::string> out;
  for (const auto& w : o.rule.list("fields"))
    if (!has(w)) out.push_back(w);
  return out;
}

Check fields_check(const std::vector<std::string>& gaps, const Text& name, Evidence record) {
  if (gaps.empty()) return met({name.id + " memuat semua yang diwajibkan.", name.en + " holds everything required."}, {record});
  std::vector<Evidence> evidence{record};
  for (const auto& g : gaps)
    evidence.push_back({record.kind, "", {"Belum ada: " + words({g}), "Missing: " + words({g})}, record.href, ""});
  return missing({name.id + " belum memuat: " + words(gaps) + ".", name.en + " lacks: " + words(gaps) + "."}, std::move(evidence));
}

bool five_years(int from, int to) { return planning::YearPeriod{from, to}.years() == planning::kPlanYears; }

bool domain_described(const architectures::Architecture& a, const std::string& domain) {
  for (const auto& d : a.domains)
    if (d.domain == domain) return !d.description.empty();
  return false;
}

Check architecture_record(const Facts& f, const profiles::Obligation& o) {
  const auto* a = architecture_in_force(f);
  if (!a) return absent(kNoArchitecture, drafts(f.architectures));
  auto all_domains = [&] {
    return std::all_of(architectures::domain_names().begin(), architectures::domain_names().end(),
                       [&](const std::string& d) { return domain_described(*a, d); });
  };
  auto gaps = lacking(o, [&](const std::string& w) {
    if (w == "valid_from" || w == "valid_until") return five_years(a->start_year, a->end_year);
    if (w == "reference_architecture" || w == "architecture_reference") return !a->reference_summary.empty();
    if (w == "domain_architecture" || w == "architecture_domains") return all_domains();
    return domain_described(*a, w == "data_and_information" ? "data_information" : w);
  });
  return fields_check(gaps, {"Arsitektur SPBE", "The SPBE architecture"}, of(*a));
}

// The domains the subject agency coordinates in the architecture (in force, or for a draft
// the newest version not superseded).
Check architecture_domain(const Facts& f, const profiles::Obligation& o, const Subject& s, bool draft) {
  const architectures::Architecture* a = draft ? (f.architectures.empty() ? nullptr : &f.architectures.front())
                                               : architecture_in_force(f);
  if (!a) return absent(kNoArchitecture, drafts(f.architectures));
  auto gaps = lacking(o, [&](const std::string& w) {
    for (const auto& d : a->domains)
      if (d.domain == w) return !d.description.empty() && d.agency_id && s.agency_id && *d.agency_id == *s.agency_id;
    return false;
  });
  return fields_check(gaps, {"Domain arsitektur yang dikoordinasikan " + s.name, "The architecture domains " + s.name + " coordinates"},
                      of(*a));
}

Check roadmap_record(const Facts& f, const profiles::Obligation& o) {
  const auto* r = roadmap_in_force(f);
  if (!r) return absent(kNoRoadmap, roadmap_drafts(f));
  std::vector<roadmaps::Activity> groups;
  for (const auto& area : r->areas) {
    groups.emplace_back();
    groups.back().area = area;
  }
  auto empty_areas = roadmaps::areas_without_activities(groups);
  auto gaps = lacking(o, [&](const std::string& w) {
    if (w == "valid_from" || w == "valid_until") return five_years(r->roadmap.start_year, r->roadmap.end_year);
    if (w == "programs") return r->programs > 0;
    if (w == "activities") return r->activities > 0;
    std::string area = w == "ict_audit" ? "audit" : w;
    return std::find(empty_areas.begin(), empty_areas.end(), area) == empty_areas.end();
  });
  return fields_check(gaps, {"Peta Rencana SPBE", "The SPBE roadmap"}, of(*r));
}

Check master_plan_record(const Facts& f, const profiles::Obligation& o) {
  const auto* p = master_plan_in_force(f);
  if (!p) return absent(kNoMasterPlan, drafts(f.master_plans));
  std::string record = o.rule.value("record");
  if (record == "spbe_vision")
    return p->vision.empty() ? missing({"Rencana Induk SPBE belum memuat visi.", "The master plan has no vision."}, {of(*p)})
                             : met({"Visi SPBE tertulis dalam Rencana Induk SPBE.", "The SPBE vision is written in the master plan."}, {of(*p)});
  if (record == "spbe_mission")
    return p->missions.empty() ? missing({"Rencana Induk SPBE belum memuat misi.", "The master plan has no mission."}, {of(*p)})
                               : met({"Misi SPBE tertulis dalam Rencana Induk SPBE.", "The SPBE missions are written in the master plan."}, {of(*p)});
  auto gaps = lacking(o, [&](const std::string& w) {
    if (w == "vision") return !p->vision.empty();
    if (w == "mission") return !p->missions.empty();
    if (w == "mayor_vision_and_mission") return !p->vision.empty() && !p->missions.empty();
    if (w == "goals") return !p->goals.empty();
    if (w == "targets") return !p->targets.empty();
    if (w == "policy_direction") return !p->policy_directions.empty();
    if (w == "strategy" || w == "strategies") return !p->strategies.empty();
    if (w == "rpjmd") return !p->rpjmd_reference.empty();
    if (w == "spbe_architecture") return architecture_in_force(f) != nullptr;
    if (w == "spbe_roadmap" || w == "strategic_roadmap") return roadmap_in_force(f) != nullptr;
    return five_years(p->start_year, p->end_year);  // valid_from, valid_until
  });
  return fields_check(gaps, {"Rencana Induk SPBE", "The SPBE master plan"}, of(*p));
}

// Batam, Kendari: the mid-term and final-year reviews, as the architecture module schedules them.
Check architecture_review_record(const Facts& f) { return architecture_review(f); }

// --- links

Check roadmap_follows_architecture(const Facts& f) {
  const auto* r = roadmap_in_force(f);
  const auto* a = architecture_in_force(f);
  if (!r) return absent(kNoRoadmap, roadmap_drafts(f));
  if (!a) {
    Check c = absent(kNoArchitecture, drafts(f.architectures));
    c.reason = {"Peta Rencana SPBE berlaku, tetapi belum ada Arsitektur SPBE berlaku yang menjadi acuannya.",
                "A roadmap is in force, but no architecture is in force for it to follow."};
    c.evidence.insert(c.evidence.begin(), of(*r));
    return c;
  }
  return met({"Peta Rencana SPBE dan Arsitektur SPBE yang menjadi acuannya sama-sama berlaku.",
              "The roadmap and the architecture it follows are both in force."},
             {of(*r), of(*a)});
}

// Every budget line of this year's and later plans names its roadmap activity: the agency's
// own, or (the ICT office drawing up the SPBE budget) the region's.
Check budget_lines_linked(const Facts& f, const profiles::Obligation& o, const Subject& s) {
  bool own = o.binds == "every_agency";
  int64_t lines = 0;
  for (const auto& [agency, n] : f.lines_by_agency)
    if (!own || (s.agency_id && agency == *s.agency_id)) lines += n;
  std::vector<Evidence> unlinked;
  for (const auto& l : f.unlinked_lines)
    if (!own || (s.agency_id && l.agency_id == *s.agency_id))
      unlinked.push_back({"budget_line", std::to_string(l.id), {"Tanpa kegiatan peta rencana: " + l.label, "No roadmap activity: " + l.label},
                          kBudgetPage + "/" + std::to_string(l.parent_id), ""});
  if (lines == 0) {
    Check c;
    c.status = Status::not_applicable;
    c.reason = {"Belum ada baris anggaran SPBE tahun " + std::to_string(f.this_year) + " atau sesudahnya.",
                "No SPBE budget lines for " + std::to_string(f.this_year) + " or later yet."};
    return c;
  }
  if (!unlinked.empty())
    return missing({std::to_string(unlinked.size()) + " dari " + std::to_string(lines) + " baris anggaran SPBE belum dikaitkan dengan kegiatan Peta Rencana SPBE.",
                    std::to_string(unlinked.size()) + " of " + std::to_string(lines) + " SPBE budget lines are not linked to a roadmap activity."},
                   std::move(unlinked));
  return met({"Semua " + std::to_string(lines) + " baris anggaran SPBE dikaitkan dengan kegiatan Peta Rencana SPBE.",
              "All " + std::to_string(lines) + " SPBE budget lines are linked to roadmap activities."},
             {});
}

Check master_plan_follows_rpjmd(const Facts& f) {
  const auto* p = master_plan_in_force(f);
  if (!p) return absent(kNoMasterPlan, drafts(f.master_plans));
  if (p->rpjmd_reference.empty())
    return missing({"Rencana Induk SPBE belum menyebut RPJMD yang menjadi acuannya.", "The master plan names no RPJMD it follows."}, {of(*p)});
  return met({"Rencana Induk SPBE mengacu pada " + p->rpjmd_reference + ".", "The master plan follows " + p->rpjmd_reference + "."}, {of(*p)});
}

// Probolinggo: the SPBE budget weighs the proposals of every unit: each agency has handed
// in its plan for this year.
Check unit_proposals(const Facts& f) {
  std::vector<Evidence> without;
  for (const auto& [agency, name] : f.agency_names) {
    auto it = f.last_submission.find(agency);
    if (it == f.last_submission.end() || it->second.year < f.this_year)
      without.push_back({"agency", std::to_string(agency), {"Belum mengajukan usulan: " + name, "No proposal yet: " + name},
                         "/organisasi/pd/" + std::to_string(agency), ""});
  }
  if (!without.empty())
    return missing({std::to_string(without.size()) + " PD belum mengajukan rencana dan anggaran SPBE tahun " + std::to_string(f.this_year) + ".",
                    std::to_string(without.size()) + " agencies have not handed in their SPBE budget plan for " + std::to_string(f.this_year) + "."},
                   std::move(without));
  return met({"Semua PD sudah mengajukan rencana dan anggaran SPBE tahun " + std::to_string(f.this_year) + ".",
              "Every agency has handed in its SPBE budget plan for " + std::to_string(f.this_year) + "."},
             {});
}

// --- approvals

template <class Plan>
Check adopted(const Plan* p, const std::vector<Evidence>& waiting, const Absent& none, const Text& name) {
  if (!p) return absent(none, waiting);
  return met({name.id + " ditetapkan dengan keputusan " + p->decree_number + " tanggal " + p->decree_date + ".",
              name.en + " was adopted by decree " + p->decree_number + " of " + p->decree_date + "."},
             {of(*p)});
}

Check roadmap_adopted(const Facts& f) {
  const auto* r = roadmap_in_force(f);
  if (!r) return absent(kNoRoadmap, roadmap_drafts(f));
  if (r->roadmap.decree_number.empty())
    return missing({"Peta Rencana SPBE berlaku tanpa nomor keputusan.", "The roadmap in force has no decree number."}, {of(*r)});
  return met({"Peta Rencana SPBE ditetapkan dengan keputusan " + r->roadmap.decree_number + " tanggal " + r->roadmap.decree_date + ".",
              "The roadmap was adopted by decree " + r->roadmap.decree_number + " of " + r->roadmap.decree_date + "."},
             {of(*r)});
}

Check roadmap_changes_decreed(const Facts& f) {
  std::vector<Evidence> undecreed;
  for (const auto& r : f.roadmaps)
    for (const auto& ch : r.changes_without_decree)
      undecreed.push_back({"roadmap_change", std::to_string(ch.id),
                           {"Perubahan tanpa keputusan: " + ch.action + " (" + ch.reason + ")", "Change without a decree: " + ch.action + " (" + ch.reason + ")"},
                           kRoadmapPage + "/" + std::to_string(r.roadmap.id), ch.changed_at.substr(0, 10)});
  if (!undecreed.empty())
    return missing({std::to_string(undecreed.size()) + " perubahan Peta Rencana SPBE belum ditetapkan dengan keputusan.",
                    std::to_string(undecreed.size()) + " roadmap changes carry no decree."},
                   std::move(undecreed));
  const auto* r = roadmap_in_force(f);
  if (!r) return absent(kNoRoadmap, roadmap_drafts(f));
  return met({"Setiap perubahan Peta Rencana SPBE ditetapkan dengan keputusan.", "Every change of the roadmap carries its decree."}, {of(*r)});
}

Check architecture_reviews_decreed(const Facts& f) {
  std::vector<Evidence> undecreed, decreed;
  for (const auto& a : f.architectures)
    for (const auto& r : a.reviews) {
      Evidence e{"architecture_review", std::to_string(r.id), {"Reviu " + a.title + " " + r.review_date, "Review of " + a.title + " " + r.review_date},
                 kArchitecturePage + "/" + std::to_string(a.id), r.review_date};
      (r.decree_number.empty() ? undecreed : decreed).push_back(e);
    }
  if (!undecreed.empty())
    return missing({std::to_string(undecreed.size()) + " hasil reviu Arsitektur SPBE belum ditetapkan dengan keputusan.",
                    std::to_string(undecreed.size()) + " architecture reviews carry no decree."},
                   std::move(undecreed));
  if (decreed.empty()) {
    Check c;
    c.status = Status::not_applicable;
    c.reason = {"Belum ada reviu Arsitektur SPBE yang perlu ditetapkan.", "No architecture review to adopt yet."};
    return c;
  }
  return met({"Setiap hasil reviu Arsitektur SPBE ditetapkan dengan keputusan.", "Every architecture review carries its decree."},
             std::move(decreed));
}

// Madiun Pasal 6 ayat (8): the draft goes through the committee chair; in Simpul the draft
// is handed on for review (in_review) before it is enacted.
Check architecture_draft_submitted(const Facts& f) {
  if (f.architectures.empty())
    return missing({"Belum ada rancangan Arsitektur SPBE.", "No draft SPBE architecture yet."},
                               {{"architecture", "", {"Belum ada: rancangan Arsitektur SPBE", "Missing: a draft SPBE architecture"}, kArchitecturePage, ""}});
  const auto& a = f.architectures.front();
  if (a.status == "draft")
    return missing({"Rancangan Arsitektur SPBE belum diajukan untuk dibahas.", "The draft architecture has not been handed on for review."}, {of(a)});
  return met({"Rancangan Arsitektur SPBE sudah diajukan dan dibahas (status " + a.status + ").",
              "The draft architecture was handed on for review (status " + a.status + ")."},
             {of(a)});
}

}  // namespace

Check plans_check(const Facts& f, const profiles::Obligation& o, const Subject& s) {
  const auto& r = o.rule;
  if (r.kind == "periodic_event") {
    const auto& e = r.value("event");
    if (e == "master_plan_review") return master_plan_review(f, o);
    if (e == "roadmap_review") return roadmap_review(f, o);
    if (e == "architecture_review") return architecture_review(f);
    return plan_and_budget_coordination(f, o, s);
  }
  if (r.kind == "periodic_submission") return plan_and_budget_submission(f, o, s);
  if (r.kind == "required_record") {
    const auto& rec = r.value("record");
    if (rec == "spbe_architecture" || rec == "spbe_architecture_domains" || rec == "architecture_domains")
      return architecture_record(f, o);
    if (rec == "architecture_domain") return architecture_domain(f, o, s, false);
    if (rec == "architecture_domain_draft") return architecture_domain(f, o, s, true);
    if (rec == "architecture_review") return architecture_review_record(f);
    if (rec == "spbe_roadmap") return roadmap_record(f, o);
    return master_plan_record(f, o);  // spbe_master_plan, spbe_vision, spbe_mission
  }
  if (r.kind == "required_link") {
    const auto& from = r.value("from");
    if (from == "spbe_roadmap") return roadmap_follows_architecture(f);
    if (from == "spbe_budget_line") return budget_lines_linked(f, o, s);
    if (from == "spbe_master_plan") return master_plan_follows_rpjmd(f);
    return unit_proposals(f);
  }
  const auto& action = r.value("action");
  if (action == "adopt_spbe_architecture" || action == "change_spbe_architecture")
    return adopted(architecture_in_force(f), drafts(f.architectures), kNoArchitecture, {"Arsitektur SPBE", "The SPBE architecture"});
  if (action == "adopt_spbe_master_plan")
    return adopted(master_plan_in_force(f), drafts(f.master_plans), kNoMasterPlan, {"Rencana Induk SPBE", "The SPBE master plan"});
  if (action == "adopt_spbe_roadmap") return roadmap_adopted(f);
  if (action == "change_spbe_roadmap") return roadmap_changes_decreed(f);
  if (action == "adopt_architecture_review") return architecture_reviews_decreed(f);
  return architecture_draft_submitted(f);  // submit_spbe_architecture_draft
}

}  // namespace simpul::modules::compliance::governance
