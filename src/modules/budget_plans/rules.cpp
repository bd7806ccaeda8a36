#include "modules/budget_plans/rules.h"

#include <algorithm>
#include <map>
#include <numeric>

#include "core/body_reader.h"
#include "modules/roadmaps/areas.h"

namespace simpul::modules::budget_plans {

namespace {
const Text kAmount{"Jumlah dalam rupiah berupa bilangan bulat 0 sampai 1.000.000.000.000.000 (tanpa sen, bukan teks).",
                   "The amount is whole rupiah, an integer from 0 to 1,000,000,000,000,000 (no fractions, not text)."};

nlohmann::json text_json(const Text& t) { return {{"id", t.id}, {"en", t.en}}; }
}  // namespace

const char* step_name(Step s) {
  switch (s) {
    case Step::submit: return "submit";
    case Step::coordinate: return "coordinate";
    case Step::verify: return "verify";
    case Step::return_to_draft: return "return";
  }
  return "";
}

std::string status_after(Step s) {
  switch (s) {
    case Step::submit: return "submitted";
    case Step::coordinate: return "coordinated";
    case Step::verify: return "verified";
    case Step::return_to_draft: return "draft";
  }
  return "draft";
}

std::optional<Text> cannot(Step s, const BudgetPlan& p, size_t line_count) {
  switch (s) {
    case Step::submit:
      if (p.status != "draft") return Text{"Hanya rencana berstatus draf yang dapat diajukan.", "Only a draft plan can be submitted."};
      if (line_count == 0)
        return Text{"Rencana tanpa baris anggaran belum dapat diajukan.", "A plan without budget lines cannot be submitted yet."};
      return std::nullopt;
    case Step::coordinate:
      if (p.status != "submitted")
        return Text{"Bappeda mengoordinasikan rencana yang sudah diajukan (Madiun Pasal 8 ayat (3)); rencana ini berstatus " + p.status + ".",
                    "The planning office coordinates submitted plans (Madiun Pasal 8 ayat (3)); this plan is " + p.status + "."};
      return std::nullopt;
    case Step::verify:
      if (p.status != "coordinated")
        return Text{"Dinas Kominfo memverifikasi rencana yang sudah dikoordinasikan Bappeda (Kendari Pasal 10 ayat (5)-(6)); "
                    "rencana ini berstatus " + p.status + ".",
                    "The ICT office verifies plans the planning office has coordinated (Kendari Pasal 10 ayat (5)-(6)); "
                    "this plan is " + p.status + "."};
      return std::nullopt;
    case Step::return_to_draft:
      if (p.status != "submitted" && p.status != "coordinated")
        return Text{"Hanya rencana yang sedang ditelaah (diajukan atau dikoordinasikan) yang dapat dikembalikan.",
                    "Only a plan under review (submitted or coordinated) can be returned."};
      return std::nullopt;
  }
  return std::nullopt;
}

std::optional<Text> cannot_edit(const BudgetPlan& p) {
  if (p.status == "draft") return std::nullopt;
  return Text{"Rencana ini berstatus " + p.status + ": baris anggaran hanya diubah selama draf; minta penelaah mengembalikannya.",
              "This plan is " + p.status + ": budget lines change only while it is a draft; ask a reviewer to return it."};
}

PlanInput parse_plan(const nlohmann::json& body, bool creating) {
  BodyReader r(body, creating ? std::initializer_list<const char*>{"agency_id", "year", "note"}
                              : std::initializer_list<const char*>{"note"});
  PlanInput in;
  if (creating) {
    in.agency_id = r.id("agency_id", false, {"Pilih perangkat daerah yang sah.", "Choose a valid agency."});
    const Text year_message{"Tahun anggaran berupa bilangan bulat 2000-2100.", "The budget year is a whole number from 2000 to 2100."};
    if (!r.has("year") || !body["year"].is_number_integer() || body["year"].get<int64_t>() < 2000 || body["year"].get<int64_t>() > 2100)
      r.add("year", year_message);
    else
      in.year = static_cast<int>(body["year"].get<int64_t>());
  }
  if (auto note = r.nullable_text("note", 2000, {"Catatan sampai 2000 karakter.", "The note has up to 2000 characters."}))
    in.note = note->value_or("");
  r.check();
  return in;
}

std::optional<int64_t> amount_of(const nlohmann::json& v) {
  if (v.is_number_unsigned()) {
    auto n = v.get<uint64_t>();
    if (n > static_cast<uint64_t>(kMaxAmount)) return std::nullopt;
    return static_cast<int64_t>(n);
  }
  if (v.is_number_integer()) {
    auto n = v.get<int64_t>();
    if (n < 0 || n > kMaxAmount) return std::nullopt;
    return n;
  }
  return std::nullopt;
}

LineInput parse_line(const nlohmann::json& body, bool creating) {
  BodyReader r(body, {"description", "amount", "area", "roadmap_activity_id", "procurement"});
  LineInput in;
  in.description = r.text("description", creating, 500, {"Isi uraian baris anggaran (1-500 karakter).",
                                                        "Enter the budget line's description (1-500 characters)."});
  if (r.has("amount")) {
    in.amount = amount_of(body["amount"]);
    if (!in.amount) r.add("amount", kAmount);
  } else if (creating) {
    r.add("amount", kAmount);
  }
  in.area = r.word("area", roadmaps::area_codes(), false,
                   {"Pilih salah satu dari tujuh cakupan: governance, management, services, infrastructure, applications, security, audit.",
                    "Choose one of the seven areas: governance, management, services, infrastructure, applications, security, audit."});
  in.roadmap_activity_id = r.nullable_id("roadmap_activity_id", {"Pilih kegiatan peta rencana yang sah, atau kosongkan.",
                                                                  "Choose a valid roadmap activity, or leave it empty."});
  in.procurement = r.flag("procurement", false, {"Pengadaan barang/jasa: ya (true) atau tidak (false).", "Procurement: true or false."});
  // Without a link the area cannot be taken from the activity, so it must be given.
  bool linked = in.roadmap_activity_id && *in.roadmap_activity_id;
  if (creating && !in.area && !linked && (!r.has("area") || body["area"].is_null()))
    r.add("area", {"Pilih cakupan baris ini, atau rujuk kegiatan peta rencana (cakupannya diambil dari kegiatan).",
                   "Choose the line's area, or link a roadmap activity (its area is taken from the activity)."});
  r.check();
  return in;
}

std::string parse_return_reason(const nlohmann::json& body) {
  BodyReader r(body, {"reason"});
  auto reason = r.text("reason", true, 2000, {"Tuliskan alasan pengembalian (1-2000 karakter), agar PD tahu apa yang perlu dibenahi.",
                                              "Write why the plan is returned (1-2000 characters), so the agency knows what to fix."});
  r.check();
  return *reason;
}

std::optional<FieldError> link_error(const std::optional<LinkTarget>& target, int plan_year) {
  if (!target)
    return FieldError{"roadmap_activity_id", {"Kegiatan ini tidak ada dalam peta rencana daerah Anda.",
                                              "This activity is not in a roadmap of your region."}};
  if (target->roadmap_status == "superseded")
    return FieldError{"roadmap_activity_id", {"Peta rencana kegiatan ini sudah digantikan; rujuk kegiatan peta rencana yang berlaku.",
                                              "This activity's roadmap has been superseded; link an activity of the roadmap in force."}};
  if (plan_year < target->roadmap_start_year || plan_year > target->roadmap_end_year) {
    std::string period = std::to_string(target->roadmap_start_year) + "-" + std::to_string(target->roadmap_end_year);
    return FieldError{"roadmap_activity_id",
                      {"Peta rencana kegiatan ini berlaku " + period + ", tidak mencakup tahun anggaran " + std::to_string(plan_year) + ".",
                       "This activity's roadmap runs " + period + " and does not cover the budget year " + std::to_string(plan_year) + "."}};
  }
  return std::nullopt;
}

std::optional<FieldError> total_error(int64_t other_lines_total, int64_t amount) {
  if (other_lines_total <= kMaxAmount - amount) return std::nullopt;
  return FieldError{"amount", {"Jumlah seluruh baris satu rencana tidak boleh melebihi 1.000.000.000.000.000 rupiah.",
                               "The lines of one plan cannot add up to more than 1,000,000,000,000,000 rupiah."}};
}

std::vector<std::string> line_flags(const BudgetLine& l, const std::string& plan_status) {
  std::vector<std::string> out;
  if (!l.roadmap_activity_id) out.push_back("no_roadmap_link");
  if (l.procurement && plan_status != "verified") out.push_back("procurement_unverified");
  return out;
}

std::vector<int> shares_in_tenths(const std::vector<int64_t>& amounts) {
  std::vector<int> out(amounts.size(), 0);
  __int128 total = 0;
  for (auto a : amounts) total += a;
  if (total <= 0) return out;
  std::vector<__int128> remainders(amounts.size());
  int given = 0;
  for (size_t i = 0; i < amounts.size(); ++i) {
    __int128 scaled = static_cast<__int128>(amounts[i]) * 1000;
    out[i] = static_cast<int>(scaled / total);
    remainders[i] = scaled % total;
    given += out[i];
  }
  std::vector<size_t> order(amounts.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return remainders[a] > remainders[b]; });
  for (size_t k = 0; given < 1000 && k < order.size(); ++k, ++given) out[order[k]] += 1;
  return out;
}

double tenths_to_percent(int tenths) { return tenths / 10.0; }

Totals totals_of(const std::vector<BudgetLine>& lines) {
  Totals t;
  for (const auto& a : roadmaps::areas()) t.by_area.push_back({a.code});
  for (const auto& l : lines) {
    bool unlinked = !l.roadmap_activity_id;
    t.lines += 1;
    t.amount += l.amount;
    t.unlinked_lines += unlinked;
    t.unlinked_amount += unlinked ? l.amount : 0;
    t.procurement_lines += l.procurement;
    for (auto& a : t.by_area)
      if (a.area == l.area) a.lines += 1, a.amount += l.amount, a.unlinked_lines += unlinked, a.unlinked_amount += unlinked ? l.amount : 0;
  }
  return t;
}

nlohmann::json consolidate(int year, const std::vector<PlanAreaSum>& rows, const std::vector<AgencyRef>& without_plan) {
  struct PlanTotal {
    PlanAreaSum head;
    int64_t lines = 0, amount = 0, unlinked_lines = 0, unlinked_amount = 0, procurement_lines = 0;
  };
  std::vector<PlanTotal> plans;
  std::map<int64_t, size_t> plan_index;
  std::map<std::string, AreaTotal> areas;
  for (const auto& r : rows) {
    auto [it, added] = plan_index.emplace(r.budget_plan_id, plans.size());
    if (added) plans.push_back({r});
    auto& p = plans[it->second];
    p.lines += r.lines, p.amount += r.amount, p.unlinked_lines += r.unlinked_lines, p.unlinked_amount += r.unlinked_amount;
    p.procurement_lines += r.procurement_lines;
    if (r.area.empty()) continue;
    auto& a = areas[r.area];
    a.lines += r.lines, a.amount += r.amount, a.unlinked_lines += r.unlinked_lines, a.unlinked_amount += r.unlinked_amount;
  }

  int64_t total = 0, lines = 0, unlinked_lines = 0, unlinked_amount = 0, procurement_lines = 0;
  nlohmann::json by_status = nlohmann::json::object();
  for (const char* s : kStatuses) by_status[s] = {{"plans", 0}, {"amount", 0}};
  std::vector<int64_t> agency_amounts;
  for (const auto& p : plans) {
    total += p.amount, lines += p.lines, unlinked_lines += p.unlinked_lines, unlinked_amount += p.unlinked_amount;
    procurement_lines += p.procurement_lines;
    auto& s = by_status[p.head.status];
    s["plans"] = s["plans"].get<int64_t>() + 1;
    s["amount"] = s["amount"].get<int64_t>() + p.amount;
    agency_amounts.push_back(p.amount);
  }

  auto agency_shares = shares_in_tenths(agency_amounts);
  nlohmann::json by_agency = nlohmann::json::array();
  for (size_t i = 0; i < plans.size(); ++i) {
    const auto& p = plans[i];
    by_agency.push_back({{"agency_id", p.head.agency_id},
                         {"agency_name", p.head.agency_name},
                         {"agency_short_name", p.head.agency_short_name},
                         {"budget_plan_id", p.head.budget_plan_id},
                         {"status", p.head.status},
                         {"lines", p.lines},
                         {"amount", p.amount},
                         {"unlinked_lines", p.unlinked_lines},
                         {"unlinked_amount", p.unlinked_amount},
                         {"procurement_lines", p.procurement_lines},
                         {"share_percent", tenths_to_percent(agency_shares[i])}});
  }

  std::vector<int64_t> area_amounts;
  for (const auto& a : roadmaps::areas()) area_amounts.push_back(areas[a.code].amount);
  auto area_shares = shares_in_tenths(area_amounts);
  nlohmann::json by_area = nlohmann::json::array();
  for (size_t i = 0; i < roadmaps::areas().size(); ++i) {
    const auto& def = roadmaps::areas()[i];
    const auto& a = areas[def.code];
    by_area.push_back({{"area", def.code},
                       {"label", text_json(def.label)},
                       {"lines", a.lines},
                       {"amount", a.amount},
                       {"unlinked_lines", a.unlinked_lines},
                       {"unlinked_amount", a.unlinked_amount},
                       {"share_percent", tenths_to_percent(area_shares[i])}});
  }

  nlohmann::json missing = nlohmann::json::array();
  for (const auto& a : without_plan) missing.push_back({{"agency_id", a.id}, {"agency_name", a.name}});

  return {{"year", year},
          {"total", {{"plans", static_cast<int64_t>(plans.size())}, {"lines", lines}, {"amount", total}}},
          {"unlinked", {{"lines", unlinked_lines}, {"amount", unlinked_amount}}},
          {"procurement_lines", procurement_lines},
          {"by_status", by_status},
          {"by_area", by_area},
          {"by_agency", by_agency},
          {"agencies_without_plan", missing}};
}

}  // namespace simpul::modules::budget_plans
