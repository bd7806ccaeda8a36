// The organisation: business processes, the bodies of the regulation, the GCIO and the PD
// Mandiri TIK designations (Madiun Pasal 45).
#include <algorithm>

#include "modules/compliance/sources/governance_rules.h"

namespace simpul::modules::compliance::governance {

namespace {

const std::string kProcessPage = "/tata-kelola/proses-bisnis";

Check not_applicable(const Text& reason) {
  Check c;
  c.status = Status::not_applicable;
  c.reason = reason;
  return c;
}

Evidence process_evidence(const Ref& p, const std::string& prefix_id, const std::string& prefix_en) {
  return {"business_process", std::to_string(p.id), {prefix_id + p.label, prefix_en + p.label},
          kProcessPage + "/" + std::to_string(p.id), ""};
}

// --- business processes

Check agency_has_process(const Facts& f, const Subject& s) {
  auto it = s.agency_id ? f.processes_by_agency.find(*s.agency_id) : f.processes_by_agency.end();
  if (it == f.processes_by_agency.end())
    return missing({s.name + " belum memiliki proses bisnis.", s.name + " has no business process yet."},
                   {{"business_process", "", {"Belum ada: proses bisnis " + s.name, "Missing: a business process of " + s.name}, kProcessPage, ""}});
  Evidence e{"business_process", std::to_string(it->second.first_id), {"Proses bisnis " + s.name, "Business processes of " + s.name},
             kProcessPage + "/" + std::to_string(it->second.first_id), ""};
  if (it->second.submitted == 0)
    return missing({s.name + " memiliki " + std::to_string(it->second.total) + " proses bisnis, semuanya masih draf.",
                    s.name + " has " + std::to_string(it->second.total) + " business processes, all still drafts."},
                   {e});
  return met({s.name + " memiliki " + std::to_string(it->second.submitted) + " proses bisnis yang diajukan atau dikoordinasikan.",
              s.name + " has " + std::to_string(it->second.submitted) + " business processes handed in or coordinated."},
             {e});
}

// Each process names the architecture it is based on: the agency's own, or the region's
// when the organisation bureau answers for them all.
Check processes_follow_architecture(const Facts& f, const profiles::Obligation& o, const Subject& s) {
  bool own = o.binds == "every_agency";
  int64_t total = 0;
  for (const auto& [agency, n] : f.processes_by_agency)
    if (!own || (s.agency_id && agency == *s.agency_id)) total += n.total;
  if (total == 0) return not_applicable({"Belum ada proses bisnis.", "No business process yet."});
  std::vector<Evidence> without;
  for (const auto& p : f.processes_without_architecture)
    if (!own || (s.agency_id && p.agency_id == *s.agency_id))
      without.push_back(process_evidence(p, "Tanpa arsitektur: ", "No architecture: "));
  if (!without.empty())
    return missing({std::to_string(without.size()) + " dari " + std::to_string(total) + " proses bisnis belum mengacu pada Arsitektur SPBE.",
                    std::to_string(without.size()) + " of " + std::to_string(total) + " business processes name no SPBE architecture."},
                   std::move(without));
  return met({"Semua " + std::to_string(total) + " proses bisnis mengacu pada Arsitektur SPBE.",
              "All " + std::to_string(total) + " business processes follow the SPBE architecture."},
             {});
}

// Processes of different agencies linked, both coordinated by the organisation bureau.
Check integrated_processes(const Facts& f) {
  if (f.cross_agency_links.empty())
    return missing({"Belum ada proses bisnis antar-PD yang saling terkait.", "No business processes of different agencies are linked yet."},
                   {{"business_process_link", "", {"Belum ada: keterkaitan proses bisnis antar-PD", "Missing: a link between agencies' processes"},
                     kProcessPage, ""}});
  std::vector<Evidence> open, done;
  for (const auto& l : f.cross_agency_links) {
    Evidence e{"business_process_link", std::to_string(l.link_id), {l.from.label + " → " + l.to.label, l.from.label + " → " + l.to.label},
               kProcessPage + "/" + std::to_string(l.from.id), ""};
    (l.both_coordinated ? done : open).push_back(std::move(e));
  }
  if (!open.empty())
    return missing({std::to_string(open.size()) + " keterkaitan proses bisnis antar-PD belum dikoordinasikan Bagian Organisasi.",
                    std::to_string(open.size()) + " links between agencies' business processes are not yet coordinated by the organisation bureau."},
                   std::move(open));
  return met({std::to_string(done.size()) + " keterkaitan proses bisnis antar-PD sudah dikoordinasikan.",
              std::to_string(done.size()) + " links between agencies' business processes are coordinated."},
             std::move(done));
}

// --- bodies

const committees::Committee* body_of_kind(const Facts& f, const std::string& kind) {
  for (const auto& c : f.committees)
    if (!c.parent_committee_id && c.kind == kind) return &c;
  return nullptr;
}

Evidence body_evidence(const committees::Committee& c) {
  return {"committee", std::to_string(c.id), {c.name, c.name}, "/organisasi", c.decree_date};
}

// The body's name in plain words, by its kind.
Text body_name(const std::string& kind) {
  if (kind == "steering_committee") return {"Tim Pengarah SPBE", "the SPBE steering team"};
  if (kind == "coordinating_team") return {"Tim Koordinator SPBE", "the SPBE coordinating team"};
  return {"Tim Koordinasi SPBE", "the SPBE coordination team"};
}

Check no_body(const std::string& kind) {
  Text name = body_name(kind);
  return missing({"Daerah belum membentuk " + name.id + ".", "The region has not formed " + name.en + "."},
                 {{"committee", "", {"Belum ada: " + name.id, "Missing: " + name.en}, "/organisasi", ""}});
}

size_t with_role(const committees::Committee& c, const std::string& role) {
  return std::count_if(c.members.begin(), c.members.end(), [&](const auto& m) { return m.role == role; });
}

// The composition the obligation's fields name: roles held, two secretaries, working groups.
Check composition(const Facts& f, const profiles::Obligation& o, const std::string& kind) {
  const auto* c = body_of_kind(f, kind);
  if (!c) return no_body(kind);
  size_t groups = std::count_if(f.committees.begin(), f.committees.end(),
                                [&](const auto& g) { return g.parent_committee_id && *g.parent_committee_id == c->id; });
  size_t group_fields = 0;
  std::vector<std::string> gaps;
  for (const auto& w : o.rule.list("fields")) {
    bool has = false;
    if (w.size() > 6 && w.ends_with("_group")) has = groups > group_fields++;
    else if (w == "members") has = with_role(*c, "member") > 0;
    else if (w == "secretary_1") has = with_role(*c, "secretary") >= 1;
    else if (w == "secretary_2") has = with_role(*c, "secretary") >= 2;
    else has = with_role(*c, w) > 0;  // chair, vice_chair, secretary, coordinator
    if (!has) gaps.push_back(w);
  }
  if (!gaps.empty()) {
    std::vector<Evidence> evidence{body_evidence(*c)};
    for (const auto& g : gaps) evidence.push_back({"committee", "", {"Belum ada: " + words({g}), "Missing: " + words({g})}, "/organisasi", ""});
    return missing({c->name + " belum memiliki: " + words(gaps) + ".", c->name + " lacks: " + words(gaps) + "."}, std::move(evidence));
  }
  return met({c->name + " lengkap: " + words(o.rule.list("fields")) + ".", c->name + " is complete: " + words(o.rule.list("fields")) + "."},
             {body_evidence(*c)});
}

Check body_decreed(const Facts& f, const std::string& kind) {
  const auto* c = body_of_kind(f, kind);
  if (!c) return no_body(kind);
  if (c->decree_number.empty() || c->decree_date.empty())
    return missing({c->name + " belum ditetapkan dengan keputusan (nomor dan tanggal keputusan kosong).",
                    c->name + " has no decree yet (no decree number and date)."},
                   {body_evidence(*c)});
  return met({c->name + " ditetapkan dengan keputusan " + c->decree_number + " tanggal " + c->decree_date + ".",
              c->name + " was formed by decree " + c->decree_number + " of " + c->decree_date + "."},
             {body_evidence(*c)});
}

// Probolinggo Pasal 15: the steering team and the coordinating team, their membership by decree.
Check organisers(const Facts& f, bool decreed) {
  std::vector<Evidence> evidence;
  std::string gaps_id, gaps_en;
  for (const std::string kind : {"steering_committee", "coordinating_team"}) {
    const auto* c = body_of_kind(f, kind);
    if (c) evidence.push_back(body_evidence(*c));
    if (c && !(decreed && (c->decree_number.empty() || c->decree_date.empty()))) continue;
    Text name = body_name(kind);
    gaps_id += (gaps_id.empty() ? "" : ", ") + name.id;
    gaps_en += (gaps_en.empty() ? "" : ", ") + name.en;
    Text label = c ? Text{"Belum ada: keputusan " + name.id, "Missing: the decree of " + name.en}
                   : Text{"Belum ada: " + name.id, "Missing: " + name.en};
    evidence.push_back({"committee", "", label, "/organisasi", ""});
  }
  if (!gaps_id.empty())
    return decreed ? missing({"Belum ditetapkan dengan keputusan: " + gaps_id + ".", "Not yet set by decree: " + gaps_en + "."}, evidence)
                   : missing({"Belum dibentuk: " + gaps_id + ".", "Not yet formed: " + gaps_en + "."}, evidence);
  return met(decreed ? Text{"Keanggotaan Tim Pengarah dan Tim Koordinator ditetapkan dengan keputusan.",
                            "The membership of the steering and coordinating teams is set by decree."}
                     : Text{"Tim Pengarah dan Tim Koordinator sudah dibentuk.", "The steering and coordinating teams are formed."},
             evidence);
}

// --- GCIO

Check gcio(const Facts& f) {
  if (!f.gcio)
    return missing({"Belum ada jabatan yang ditetapkan sebagai GCIO.", "No position is designated GCIO."},
                   {{"position", "", {"Belum ada: GCIO", "Missing: the GCIO"}, "/organisasi", ""}});
  Evidence e{"position", std::to_string(f.gcio->position_id), {f.gcio->title, f.gcio->title}, "/organisasi", ""};
  if (f.gcio->holder_name.empty())
    return missing({"Jabatan GCIO (" + f.gcio->title + ") kosong.", "The GCIO position (" + f.gcio->title + ") is vacant."}, {e});
  return met({"GCIO: " + f.gcio->title + ", dijabat " + f.gcio->holder_name + ".", "GCIO: " + f.gcio->title + ", held by " + f.gcio->holder_name + "."},
             {e});
}

// --- PD Mandiri TIK

Evidence assessment_evidence(const Facts& f, const Assessment& a, const std::string& note_id, const std::string& note_en) {
  auto name = f.agency_names.count(a.agency_id) ? f.agency_names.at(a.agency_id) : std::to_string(a.agency_id);
  return {"self_sufficiency_assessment", std::to_string(a.id), {note_id + name, note_en + name}, "/pd-mandiri-tik", a.assessed_on};
}

// The ICT office assesses (assessor) against every criterion of the profile the obligation names.
Check feasibility_assessments(const Facts& f, const profiles::Obligation& o) {
  if (f.assessments.empty())
    return f.self_sufficient.empty()
               ? not_applicable({"Belum ada PD yang dinilai atau ditetapkan sebagai PD Mandiri TIK.",
                                 "No agency has been assessed for or designated PD Mandiri TIK."})
               : missing({"Ada PD Mandiri TIK tanpa penilaian kelayakan.", "There are PD Mandiri TIK without a feasibility assessment."});
  std::vector<Evidence> incomplete, complete;
  for (const auto& a : f.assessments) {
    bool all = std::all_of(o.rule.list("fields").begin(), o.rule.list("fields").end(),
                           [&](const std::string& w) { return w == "assessor" || a.judged.count(w); });
    (all ? complete : incomplete).push_back(assessment_evidence(f, a, all ? "" : "Kriteria belum dinilai: ", all ? "" : "Criteria not judged: "));
  }
  if (!incomplete.empty())
    return missing({std::to_string(incomplete.size()) + " penilaian kelayakan belum menilai: " + words(o.rule.list("fields")) + ".",
                    std::to_string(incomplete.size()) + " feasibility assessments do not judge: " + words(o.rule.list("fields")) + "."},
                   std::move(incomplete));
  return met({std::to_string(complete.size()) + " penilaian kelayakan dilakukan Dinas dengan kriteria yang diwajibkan.",
              std::to_string(complete.size()) + " feasibility assessments by the ICT office judge the required criteria."},
             std::move(complete));
}

// Assessments whose criteria are all met go on to the committee chair as a proposal.
Check assessments_proposed(const Facts& f) {
  std::vector<Evidence> waiting, onward;
  for (const auto& a : f.assessments) {
    if (!a.all_met || a.status == "withdrawn") continue;
    if (a.status == "assessed") waiting.push_back(assessment_evidence(f, a, "Belum diusulkan: ", "Not yet proposed: "));
    else onward.push_back(assessment_evidence(f, a, "", ""));
  }
  if (!waiting.empty())
    return missing({std::to_string(waiting.size()) + " hasil penilaian yang memenuhi kriteria belum diusulkan kepada Ketua Tim Koordinasi.",
                    std::to_string(waiting.size()) + " assessments meeting the criteria are not yet proposed to the committee chair."},
                   std::move(waiting));
  if (onward.empty()) return not_applicable({"Belum ada penilaian yang memenuhi kriteria.", "No assessment meets the criteria yet."});
  return met({"Setiap penilaian yang memenuhi kriteria sudah diusulkan.", "Every assessment meeting the criteria was proposed."}, std::move(onward));
}

const Assessment* granted(const Facts& f, int64_t agency_id) {
  const Assessment* out = nullptr;
  for (const auto& a : f.assessments)
    if (a.agency_id == agency_id && a.status == "granted") out = &a;
  return out;
}

// A PD Mandiri TIK rests on its assessment.
Check designation_assessed(const Facts& f, const Subject& s) {
  const Assessment* a = s.agency_id ? granted(f, *s.agency_id) : nullptr;
  if (!a)
    return missing({s.name + " berstatus PD Mandiri TIK tanpa penilaian kelayakan yang dikabulkan.",
                    s.name + " is PD Mandiri TIK without a granted feasibility assessment."});
  return met({s.name + " ditetapkan PD Mandiri TIK setelah penilaian kelayakan.", s.name + " was designated after a feasibility assessment."},
             {assessment_evidence(f, *a, "", "")});
}

// Every PD Mandiri TIK carries the decree of the committee chair's decision.
Check designations_decided(const Facts& f) {
  if (f.self_sufficient.empty()) return not_applicable({"Belum ada PD Mandiri TIK.", "No agency is PD Mandiri TIK."});
  std::vector<Evidence> without, with;
  for (const auto& [agency, decree] : f.self_sufficient) {
    const Assessment* a = granted(f, agency);
    std::string number = !decree.empty() ? decree : a ? a->decree_number : "";
    Evidence e{"agency", std::to_string(agency), {f.agency_names.at(agency), f.agency_names.at(agency)}, "/organisasi/pd/" + std::to_string(agency),
               a ? a->decree_date : ""};
    (number.empty() ? without : with).push_back(std::move(e));
  }
  if (!without.empty())
    return missing({std::to_string(without.size()) + " PD Mandiri TIK tanpa keputusan penetapan.",
                    std::to_string(without.size()) + " PD Mandiri TIK carry no designation decree."},
                   std::move(without));
  return met({"Setiap PD Mandiri TIK ditetapkan dengan keputusan.", "Every PD Mandiri TIK carries its decree."}, std::move(with));
}

}  // namespace

Check organisation_check(const Facts& f, const profiles::Obligation& o, const Subject& s) {
  const auto& r = o.rule;
  if (r.kind == "required_role") return gcio(f);
  if (r.kind == "required_record") {
    const auto& rec = r.value("record");
    if (rec == "business_process") return agency_has_process(f, s);
    if (rec == "integrated_business_process") return integrated_processes(f);
    if (rec == "spbe_coordination_team") return composition(f, o, "committee");
    if (rec == "spbe_coordination_team_decree") return body_decreed(f, "committee");
    if (rec == "steering_team") return composition(f, o, "steering_committee");
    if (rec == "coordinating_team") return composition(f, o, "coordinating_team");
    if (rec == "spbe_organisers") return organisers(f, false);
    return feasibility_assessments(f, o);
  }
  if (r.kind == "required_link") {
    const auto& from = r.value("from");
    if (from == "business_process") return processes_follow_architecture(f, o, s);
    if (from == "ict_self_sufficiency_designation") return designation_assessed(f, s);
    return assessments_proposed(f);
  }
  const auto& action = r.value("action");
  if (action == "form_spbe_coordination_team") return body_decreed(f, "committee");
  if (action == "set_spbe_organisers_membership") return organisers(f, true);
  if (action == "designate_ict_self_sufficient_agency") return designations_decided(f);
  return integrated_processes(f);  // integrate_business_processes
}

}  // namespace simpul::modules::compliance::governance
