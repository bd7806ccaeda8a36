#include "modules/budget_plans/routes.h"

#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/record_reads.h"
#include "core/dates.h"
#include "export/xlsx.h"
#include "http/query_params.h"
#include "http/conditional.h"
#include "http/params.h"
#include "modules/agencies/store.h"
#include "modules/budget_plans/access.h"
#include "modules/budget_plans/export.h"
#include "modules/budget_plans/rules.h"
#include "modules/budget_plans/store.h"
#include "modules/regions/store.h"
#include "modules/roadmaps/areas.h"

namespace simpul::modules::budget_plans {

namespace {

const Text kNotFound{"Rencana anggaran SPBE tidak ditemukan.", "SPBE budget plan not found."};
const Text kLineNotFound{"Baris anggaran tidak ditemukan.", "Budget line not found."};
const Text kOtherAgency{"Rencana anggaran ini milik perangkat daerah lain; Anda hanya mengelola rencana perangkat daerah Anda sendiri.",
                        "This budget plan belongs to another agency; you manage only your own agency's plans."};
const Text kNotReader{"Rencana anggaran perangkat daerah lain tidak terbuka untuk Anda.",
                      "Another agency's budget plans are not open to you."};

void forbid_unless(bool allowed, const Text& why) {
  if (!allowed) throw ProblemError(Problem::forbidden(why));
}

void fail_if(const std::vector<FieldError>& errors) {
  if (!errors.empty()) throw ProblemError(Problem::validation_failed(errors));
}

Offices offices_of(db::Connection& c, const auth::Principal& p) {
  if (p.role == auth::Role::superadmin) return {true, true};
  if (p.role != auth::Role::agency_operator || !p.agency_id) return {};
  auto a = agencies::find(c, p.region_id, *p.agency_id);
  return a ? Offices{a->planning_office, a->ict_office} : Offices{};
}

int region_year(db::Connection& c, const std::string& region_id) {
  auto region = regions::find(c, region_id);
  return std::stoi(today_in_zone(region ? region->time_zone : "Asia/Jakarta").substr(0, 4));
}

nlohmann::json totals_json(const Totals& t) {
  nlohmann::json by_area = nlohmann::json::array();
  for (const auto& a : t.by_area) {
    auto label = roadmaps::area_label(a.area);
    by_area.push_back({{"area", a.area}, {"label", {{"id", label.id}, {"en", label.en}}}, {"lines", a.lines}, {"amount", a.amount},
                       {"unlinked_lines", a.unlinked_lines}, {"unlinked_amount", a.unlinked_amount}});
  }
  return {{"lines", t.lines},
          {"amount", t.amount},
          {"unlinked_lines", t.unlinked_lines},
          {"unlinked_amount", t.unlinked_amount},
          {"procurement_lines", t.procurement_lines},
          {"by_area", by_area}};
}

// The plan with its lines and totals: what the plan page shows and export.json holds.
nlohmann::json full_json(db::Connection& c, const BudgetPlan& p) {
  auto ls = lines(c, p.region_id, p.id);
  auto j = to_json(p);
  j["lines"] = nlohmann::json::array();
  for (const auto& l : ls) j["lines"].push_back(to_json(l, p.status));
  j["totals"] = totals_json(totals_of(ls));
  return j;
}

http::Response plan_response(int status, db::Connection& c, const BudgetPlan& p) {
  auto res = http::Response::json(status, full_json(c, p));
  res.header("etag", http::etag(p.version));
  return res;
}

http::Response line_response(int status, db::Connection& c, const BudgetLine& l, const std::string& plan_status) {
  auto fresh = find_line(c, l.region_id, l.id);  // with the linked activity
  auto res = http::Response::json(status, to_json(fresh ? *fresh : l, plan_status));
  res.header("etag", http::etag(l.version));
  return res;
}

BudgetPlan load(db::Connection& c, const std::string& region_id, int64_t id) {
  auto p = find(c, region_id, id);
  if (!p) throw ProblemError(Problem::not_found(kNotFound));
  return *p;
}

BudgetPlan load_readable(db::Connection& c, const auth::Principal& me, int64_t id) {
  auto p = load(c, me.region_id, id);
  forbid_unless(may_read(me, offices_of(c, me), p.agency_id), kNotReader);
  return p;
}

auto plan_record = [](const BudgetPlan& p) { return to_json(p); };

// The link of a line (Madiun Pasal 8 ayat (2)); the line takes the activity's area when it names none.
void check_link(db::Connection& c, BudgetLine& l, int plan_year, bool area_given) {
  if (!l.roadmap_activity_id) return;
  auto target = link_target(c, l.region_id, *l.roadmap_activity_id);
  if (auto e = link_error(target, plan_year)) fail_if({*e});
  if (!area_given) l.area = target->area;
}

// One step of the workflow, after the caller checked who may take it.
template <class Apply>
http::Response transition(AppContext& ctx, http::Request& req, Step step, Apply apply) {
  auto version = http::required_version(req);
  auto id = http::id_param(req, "budget_plan_id", kNotFound);
  return ctx.db->write([&](db::Connection& c) {
    auto before = load(c, req.principal->region_id, id);
    if (step == Step::submit) forbid_unless(may_edit(*req.principal, before.agency_id), kOtherAgency);
    check_version(version, before.version);
    refuse_if(cannot(step, before, line_count(c, before.id)));
    BudgetPlan after = before;
    after.status = status_after(step);
    apply(after, now_rfc3339());
    commit_change(c, audit_context(req), std::string("budget_plan.") + step_name(step), "budget_plan", before, after, plan_record, update);
    return plan_response(200, c, after);
  });
}

// Only the office a step belongs to may take it; checked before the plan is loaded,
// so a stranger learns nothing about which plans exist.
template <class Allowed>
void require_office(AppContext& ctx, const auth::Principal& me, Allowed allowed, const Text& refusal) {
  ctx.db->read([&](db::Connection& c) { forbid_unless(allowed(me, offices_of(c, me)), refusal); });
}

}  // namespace

void add_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  const std::string base = "/api/v1/budget-plans";
  const std::string one = base + "/{budget_plan_id}";
  const std::string line = "/api/v1/budget-lines/{line_id}";

  router.add("GET", base, Permission::governance_read, [&ctx](http::Request& req) {
    PlanFilter filter;
    if (auto y = http::number_param(req, "year")) filter.year = static_cast<int>(*y);
    filter.agency_id = http::number_param(req, "agency_id");
    filter.status = req.query_param("status").value_or("");
    if (!filter.status.empty() && filter.status != "draft" && filter.status != "submitted" && filter.status != "coordinated" &&
        filter.status != "verified")
      throw ProblemError(Problem::bad_request({"status: draft, submitted, coordinated atau verified.", "status: draft, submitted, coordinated or verified."}));
    return ctx.db->read([&](db::Connection& c) {
      const auto& me = *req.principal;
      if (!reads_every_plan(me, offices_of(c, me))) {
        // An operator sees their own agency's plans only.
        if (filter.agency_id) forbid_unless(may_read(me, {}, *filter.agency_id), kNotReader);
        filter.agency_id = me.agency_id.value_or(0);
      }
      nlohmann::json items = nlohmann::json::array();
      for (const auto& p : list(c, me.region_id, filter)) {
        auto j = to_json(p);
        auto s = summary(c, p.id);
        j["totals"] = {{"lines", s.lines}, {"amount", s.amount}, {"unlinked_lines", s.unlinked_lines}};
        items.push_back(j);
      }
      return http::Response::json(200, {{"items", items}});
    });
  });

  router.add("POST", base, Permission::budget_edit, [&ctx](http::Request& req) {
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& me = *req.principal;
      auto in = parse_plan(req.json, true);
      if (!in.agency_id && me.role == auth::Role::agency_operator) in.agency_id = me.agency_id;
      if (!in.agency_id) fail_if({{"agency_id", {"Pilih perangkat daerah pemilik rencana.", "Choose the agency the plan belongs to."}}});
      forbid_unless(may_edit(me, *in.agency_id), kOtherAgency);
      if (!agencies::exists(c, me.region_id, *in.agency_id))
        fail_if({{"agency_id", {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency does not exist in your region."}}});
      if (exists_for(c, me.region_id, *in.agency_id, *in.year))
        throw ProblemError(Problem::conflict({"Perangkat daerah ini sudah punya rencana anggaran SPBE tahun " + std::to_string(*in.year) +
                                                  " (satu rencana per tahun, Madiun Pasal 8 ayat (1)).",
                                              "This agency already has an SPBE budget plan for " + std::to_string(*in.year) +
                                                  " (one plan a year, Madiun Pasal 8 ayat (1))."}));
      BudgetPlan p;
      p.region_id = me.region_id;
      p.agency_id = *in.agency_id;
      p.year = *in.year;
      p.note = in.note.value_or("");
      p.created_at = p.updated_at = now_rfc3339();
      insert(c, p);
      audit_creation(c, audit_context(req), "budget_plan.create", "budget_plan", p, plan_record);
      auto stored = load(c, p.region_id, p.id);  // with the agency's name
      auto res = plan_response(201, c, stored);
      res.header("location", "/api/v1/budget-plans/" + std::to_string(p.id));
      return res;
    });
  }, http::Body::json);

  // The consolidated view of a year (Kendari Pasal 10 ayat (5)): for those who read every plan.
  auto consolidated = [&ctx](http::Request& req, auto respond) {
    auto year_param = http::number_param(req, "year");
    if (year_param && (*year_param < 2000 || *year_param > 2100))
      throw ProblemError(Problem::bad_request({"year: tahun 2000-2100.", "year: a year from 2000 to 2100."}));
    return ctx.db->read([&](db::Connection& c) {
      const auto& me = *req.principal;
      forbid_unless(reads_every_plan(me, offices_of(c, me)),
                    {"Gabungan rencana anggaran seluruh perangkat daerah terbuka bagi Bappeda, Dinas Kominfo, pimpinan dan auditor.",
                     "The consolidated budget of every agency is open to the planning office, the ICT office, leadership and auditors."});
      int year = year_param ? static_cast<int>(*year_param) : region_year(c, me.region_id);
      auto view = consolidate(year, plan_area_sums(c, me.region_id, year), agencies_without_plan(c, me.region_id, year));
      return respond(c, me, year, view);
    });
  };

  router.add("GET", base + "/consolidated", Permission::governance_read, [consolidated](http::Request& req) {
    return consolidated(req, [](db::Connection&, const auth::Principal&, int, const nlohmann::json& view) {
      return http::Response::json(200, view);
    });
  });

  router.add("GET", base + "/consolidated/export.json", Permission::governance_read, [consolidated](http::Request& req) {
    return consolidated(req, [](db::Connection& c, const auth::Principal& me, int year, nlohmann::json view) {
      view["lines"] = nlohmann::json::array();
      for (const auto& y : year_lines(c, me.region_id, year)) {
        auto j = to_json(y.line, y.plan_status);
        j["agency_name"] = y.agency_name;
        view["lines"].push_back(std::move(j));
      }
      return json_download(view, "rencana-anggaran-spbe-" + std::to_string(year));
    });
  });

  router.add("GET", base + "/consolidated/export.xlsx", Permission::governance_read, [consolidated](http::Request& req) {
    return consolidated(req, [](db::Connection& c, const auth::Principal& me, int year, const nlohmann::json& view) {
      return xlsx_download(year_workbook(view, year_lines(c, me.region_id, year)), "rencana-anggaran-spbe-" + std::to_string(year));
    });
  });

  router.add("GET", one, Permission::governance_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "budget_plan_id", kNotFound);
    return ctx.db->read([&](db::Connection& c) { return plan_response(200, c, load_readable(c, *req.principal, id)); });
  });

  router.add("PATCH", one, Permission::budget_edit, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "budget_plan_id", kNotFound);
    return ctx.db->write([&](db::Connection& c) {
      auto before = load(c, req.principal->region_id, id);
      forbid_unless(may_edit(*req.principal, before.agency_id), kOtherAgency);
      check_version(version, before.version);
      refuse_if(cannot_edit(before));
      auto in = parse_plan(req.json, false);
      BudgetPlan after = before;
      if (in.note) after.note = *in.note;
      commit_change(c, audit_context(req), "budget_plan.update", "budget_plan", before, after, plan_record, update);
      return plan_response(200, c, after);
    });
  }, http::Body::json);

  router.add("POST", one + "/lines", Permission::budget_edit, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "budget_plan_id", kNotFound);
    return ctx.db->write([&](db::Connection& c) {
      auto plan = load(c, req.principal->region_id, id);
      forbid_unless(may_edit(*req.principal, plan.agency_id), kOtherAgency);
      refuse_if(cannot_edit(plan));
      auto in = parse_line(req.json, true);
      BudgetLine l;
      l.region_id = plan.region_id;
      l.budget_plan_id = plan.id;
      l.description = *in.description;
      l.amount = *in.amount;
      l.area = in.area.value_or("");
      l.roadmap_activity_id = in.roadmap_activity_id.value_or(std::nullopt);
      l.procurement = in.procurement.value_or(false);
      check_link(c, l, plan.year, in.area.has_value());
      if (auto e = total_error(total_without(c, plan.id, 0), l.amount)) fail_if({*e});
      l.created_at = l.updated_at = now_rfc3339();
      insert_line(c, l);
      audit_creation(c, audit_context(req), "budget_line.create", "budget_line", l, record_json);
      touch(c, plan.region_id, plan.id, l.updated_at);
      auto res = line_response(201, c, l, plan.status);
      res.header("location", "/api/v1/budget-lines/" + std::to_string(l.id));
      return res;
    });
  }, http::Body::json);

  router.add("PATCH", line, Permission::budget_edit, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "line_id", kLineNotFound);
    return ctx.db->write([&](db::Connection& c) {
      auto before = find_line(c, req.principal->region_id, id);
      if (!before) throw ProblemError(Problem::not_found(kLineNotFound));
      auto plan = load(c, before->region_id, before->budget_plan_id);
      forbid_unless(may_edit(*req.principal, plan.agency_id), kOtherAgency);
      check_version(version, before->version);
      refuse_if(cannot_edit(plan));
      auto in = parse_line(req.json, false);
      BudgetLine after = *before;
      if (in.description) after.description = *in.description;
      if (in.amount) after.amount = *in.amount;
      if (in.area) after.area = *in.area;
      if (in.roadmap_activity_id) after.roadmap_activity_id = *in.roadmap_activity_id;
      if (in.procurement) after.procurement = *in.procurement;
      if (in.roadmap_activity_id) check_link(c, after, plan.year, in.area.has_value());
      if (auto e = total_error(total_without(c, plan.id, after.id), after.amount)) fail_if({*e});
      if (commit_change(c, audit_context(req), "budget_line.update", "budget_line", *before, after, record_json, update_line))
        touch(c, plan.region_id, plan.id, after.updated_at);
      return line_response(200, c, after, plan.status);
    });
  }, http::Body::json);

  router.add("DELETE", line, Permission::budget_edit, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "line_id", kLineNotFound);
    return ctx.db->write([&](db::Connection& c) {
      auto before = find_line(c, req.principal->region_id, id);
      if (!before) throw ProblemError(Problem::not_found(kLineNotFound));
      auto plan = load(c, before->region_id, before->budget_plan_id);
      forbid_unless(may_edit(*req.principal, plan.agency_id), kOtherAgency);
      check_version(version, before->version);
      refuse_if(cannot_edit(plan));
      if (!delete_line(c, before->region_id, before->id, before->version)) check_version(before->version + 1, before->version);
      audit::append(c, audit_context(req), "budget_line.delete", "budget_line", std::to_string(before->id),
                    audit::changes_between(record_json(*before), nullptr));
      touch(c, plan.region_id, plan.id, now_rfc3339());
      http::Response res;
      res.status = 204;
      return res;
    });
  });

  router.add("POST", one + "/submit", Permission::budget_edit, [&ctx](http::Request& req) {
    auto& me = *req.principal;
    return transition(ctx, req, Step::submit, [&](BudgetPlan& p, const std::string& at) {
      p.submitted_by = me.username;
      p.submitted_at = at;
    });
  });

  // The planning office coordinates (Madiun Pasal 8 ayat (3); OKI Pasal 8 ayat (3)).
  router.add("POST", one + "/coordinate", Permission::budget_edit, [&ctx](http::Request& req) {
    auto& me = *req.principal;
    require_office(ctx, me, may_coordinate,
                   {"Hanya Bappeda (perangkat daerah perencanaan) yang mengoordinasikan rencana anggaran SPBE (Madiun Pasal 8 ayat (3)).",
                    "Only the planning office coordinates SPBE budget plans (Madiun Pasal 8 ayat (3))."});
    return transition(ctx, req, Step::coordinate, [&](BudgetPlan& p, const std::string& at) {
      p.coordinated_by = me.username;
      p.coordinated_at = at;
    });
  });

  // The ICT office verifies (Kendari Pasal 10 ayat (5)-(6); Batam Pasal 9 ayat (2)).
  router.add("POST", one + "/verify", Permission::budget_edit, [&ctx](http::Request& req) {
    auto& me = *req.principal;
    require_office(ctx, me, may_verify,
                   {"Hanya Dinas Kominfo yang memverifikasi rencana anggaran SPBE (Kendari Pasal 10 ayat (5)-(6)).",
                    "Only the ICT office verifies SPBE budget plans (Kendari Pasal 10 ayat (5)-(6))."});
    return transition(ctx, req, Step::verify, [&](BudgetPlan& p, const std::string& at) {
      p.verified_by = me.username;
      p.verified_at = at;
    });
  });

  router.add("POST", one + "/return", Permission::budget_edit, [&ctx](http::Request& req) {
    auto& me = *req.principal;
    require_office(ctx, me, may_return,
                   {"Hanya Bappeda atau Dinas Kominfo yang mengembalikan rencana anggaran untuk diperbaiki.",
                    "Only the planning office or the ICT office returns a budget plan for correction."});
    http::required_version(req);  // 428 before the body is judged
    auto reason = parse_return_reason(req.json);
    return transition(ctx, req, Step::return_to_draft, [&](BudgetPlan& p, const std::string& at) {
      p.returned_by = me.username;
      p.returned_at = at;
      p.returned_reason = reason;
      p.submitted_by = p.submitted_at = p.coordinated_by = p.coordinated_at = "";
    });
  }, http::Body::json);

  add_record_reads<BudgetPlan>(
      router, ctx, Permission::governance_read,
      {one, "budget_plan_id", "budget_plan", "rencana-anggaran", kNotFound, load_readable, full_json,
       [](db::Connection& c, const BudgetPlan& p) { return plan_workbook(p, lines(c, p.region_id, p.id)); }});
  add_record_reads<BudgetLine>(router, ctx, Permission::governance_read,
                               {line, "line_id", "budget_line", "baris-anggaran", kLineNotFound,
                                [](db::Connection& c, const auth::Principal& me, int64_t id) {
                                  auto l = find_line(c, me.region_id, id);
                                  if (!l) throw ProblemError(Problem::not_found(kLineNotFound));
                                  load_readable(c, me, l->budget_plan_id);  // a line is as open as its plan
                                  return *l;
                                },
                                nullptr, nullptr});
}

}  // namespace simpul::modules::budget_plans
