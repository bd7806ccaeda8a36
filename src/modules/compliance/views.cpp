#include "modules/compliance/views.h"

#include <algorithm>
#include <map>

namespace simpul::modules::compliance {

bool is_open(const Finding& f) {
  return f.check.status == Status::overdue || f.check.status == Status::not_met || f.check.status == Status::due_soon;
}

Tally tally_of(const std::vector<Finding>& findings) {
  Tally t;
  for (const auto& f : findings) t.add(f.check.status);
  return t;
}

std::vector<AgencySummary> by_agency(const Evaluation& e) {
  std::map<int64_t, AgencySummary> rows;
  for (const auto& f : e.findings) {
    if (!f.subject.agency_id) continue;
    auto& row = rows[*f.subject.agency_id];
    row.agency_id = *f.subject.agency_id;
    if (f.subject.kind == "agency") row.name = f.subject.name;
    row.tally.add(f.check.status);
    if (is_open(f) && !f.check.due_on.empty() && (row.next_due.empty() || f.check.due_on < row.next_due))
      row.next_due = f.check.due_on;
  }
  std::vector<AgencySummary> out;
  for (auto& [_, row] : rows) out.push_back(std::move(row));
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return out;
}

std::vector<ObligationSummary> by_obligation(const Evaluation& e, const profiles::Profile& profile) {
  std::map<const profiles::Obligation*, size_t> index;
  std::vector<ObligationSummary> out;
  for (size_t i = 0; i < profile.obligations.size(); ++i) {
    const auto& o = profile.obligations[i];
    index[&o] = out.size();
    out.push_back({&o, {}, i < e.basis.size() ? e.basis[i] : "statement"});
  }
  for (const auto& f : e.findings) {
    auto it = index.find(f.obligation);
    if (it == index.end()) continue;
    auto& row = out[it->second];
    row.tally.add(f.check.status);
  }
  return out;
}

std::vector<const Finding*> calendar(const Evaluation& e, const std::string& from, const std::string& to) {
  std::vector<const Finding*> out;
  for (const auto& f : e.findings)
    if (!f.check.due_on.empty() && f.check.due_on >= from && f.check.due_on <= to &&
        (is_open(f) || f.check.status == Status::met))
      out.push_back(&f);
  std::stable_sort(out.begin(), out.end(),
                   [](const Finding* a, const Finding* b) { return a->check.due_on < b->check.due_on; });
  return out;
}

}  // namespace simpul::modules::compliance
