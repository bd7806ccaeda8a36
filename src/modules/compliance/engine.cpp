#include "modules/compliance/engine.h"

#include <set>

#include "modules/compliance/rules.h"
#include "modules/compliance/sources/source.h"
#include "modules/compliance/statements.h"
#include "modules/compliance/subjects.h"
#include "modules/regions/store.h"

namespace simpul::modules::compliance {

namespace {

Source* answering(const std::vector<std::unique_ptr<Source>>& sources, const profiles::Obligation& o) {
  for (const auto& s : sources)
    if (s->answers(o)) return s.get();
  return nullptr;
}

// A body or office the obligation binds that the region has not set up: the duty falls on
// the region, and it is not met.
Finding missing_subject(const profiles::Obligation& o, const Subject& region) {
  Finding f{&o, region, {}, "data"};
  f.check = presence_check(false, {}, {"Daerah belum memiliki " + o.binds + " yang diwajibkan kewajiban ini.",
                                       "The region has no " + o.binds + " this duty binds."});
  return f;
}

bool singular(const std::string& binds) { return binds != "every_agency" && binds.rfind("each_", 0) != 0; }

}  // namespace

Evaluation evaluate(db::Connection& c, const std::string& region_id, const profiles::Profile& profile,
                    std::optional<int64_t> agency_id, const profiles::Obligation* only) {
  Evaluation out;
  out.today = regions::region_today(c, region_id);
  Subjects subjects = load_subjects(c, region_id, profile, agency_id);

  auto sources = make_sources();
  std::vector<Source*> needed_by(profile.obligations.size(), nullptr);
  std::set<Source*> loaded;
  Scope scope{c, region_id, agency_id, out.today, profile};
  auto judged = [&](size_t i) { return !only || &profile.obligations[i] == only; };
  for (size_t i = 0; i < profile.obligations.size(); ++i) {
    Source* s = answering(sources, profile.obligations[i]);
    out.basis.push_back(s ? "data" : "statement");
    if (!judged(i)) continue;
    needed_by[i] = s;
    if (s && loaded.insert(s).second) s->load(scope);  // each source loads once, only when needed
  }
  StatementBook statements;
  statements.load(c, region_id, agency_id);

  for (size_t i = 0; i < profile.obligations.size(); ++i) {
    if (!judged(i)) continue;
    const auto& o = profile.obligations[i];
    auto bound = bound_subjects(subjects, o.binds);
    if (bound.empty() && singular(o.binds) && subjects.region && o.binds != "region") {
      out.findings.push_back(missing_subject(o, *subjects.region));
      continue;
    }
    for (const Subject* s : bound) {
      Finding f{&o, *s, {}, needed_by[i] ? "data" : "statement"};
      if (!condition_holds(o.when, *s)) {
        f.check.status = Status::not_applicable;
        f.check.reason = {"Tidak berlaku: syarat \"" + o.when + "\" tidak terpenuhi.",
                          "Does not apply: the condition \"" + o.when + "\" does not hold."};
      } else if (needed_by[i]) {
        f.check = needed_by[i]->evaluate(o, *s);
      } else {
        f.check = statement_check(o, statements.of(o.id, *s), out.today);
      }
      out.findings.push_back(std::move(f));
    }
  }
  return out;
}

std::vector<std::string> unevaluable(const profiles::Profile& profile) {
  std::vector<std::string> errors;
  for (size_t i = 0; i < profile.obligations.size(); ++i) {
    const auto& o = profile.obligations[i];
    if (!evaluable_kind(o.rule.kind))
      errors.push_back(profile.name + ": obligations[" + std::to_string(i) + "] (" + o.id + ").rule.kind: \"" +
                       o.rule.kind + "\" is a rule kind the compliance engine cannot evaluate");
  }
  return errors;
}

std::vector<std::pair<const profiles::Obligation*, std::string>> answering_sources(const profiles::Profile& profile) {
  auto sources = make_sources();
  std::vector<std::pair<const profiles::Obligation*, std::string>> out;
  for (const auto& o : profile.obligations) {
    Source* s = answering(sources, o);
    out.emplace_back(&o, s ? s->name() : "statement");
  }
  return out;
}

}  // namespace simpul::modules::compliance
