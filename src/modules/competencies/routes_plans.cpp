// Training plans per agency per year: items with their competency, targeted people,
// quarter, budget and status, done items linked to the trainings recorded, and which
// employees without basic ICT competence the plan reaches.
#include <algorithm>
#include <set>

#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/record_reads.h"
#include "export/xlsx.h"
#include "http/conditional.h"
#include "http/params.h"
#include "http/query_params.h"
#include "modules/competencies/input.h"
#include "modules/competencies/routes_support.h"
#include "modules/competencies/rules.h"
#include "modules/competencies/store.h"

namespace simpul::modules::competencies {

namespace {

const Text kItemNotFound{"Butir rencana pelatihan tidak ditemukan.", "Training plan item not found."};

int64_t budget_total(const Plan& p) {
  int64_t total = 0;
  for (const auto& i : p.items)
    if (i.status != "cancelled") total += i.budget_rupiah;
  return total;
}

nlohmann::json plan_json(db::Connection& c, const Plan& p) {
  auto j = plan_record_json(p);
  j["agency_name"] = p.agency_name;
  j["items"] = nlohmann::json::array();
  for (const auto& i : p.items) j["items"].push_back(to_json(i));
  j["budget_rupiah_total"] = budget_total(p);
  auto coverage = plan_coverage(employees(c, p.region_id, p.agency_id), p.items);
  nlohmann::json targeted = nlohmann::json::array(), not_targeted = nlohmann::json::array();
  for (const auto& e : coverage.targeted) targeted.push_back(person_ref(e));
  for (const auto& e : coverage.not_targeted) not_targeted.push_back(person_ref(e));
  j["coverage"] = {{"without_basic_ict", coverage.without_basic_ict}, {"targeted", targeted}, {"not_targeted", not_targeted}};
  return j;
}

Plan load_plan(db::Connection& c, const std::string& region_id, int64_t id) {
  auto p = find_plan(c, region_id, id);
  if (!p) throw ProblemError(Problem::not_found(kPlanNotFound));
  return *p;
}

http::Response plan_response(db::Connection& c, const std::string& region_id, int64_t id, int status) {
  auto p = load_plan(c, region_id, id);
  auto res = http::Response::json(status, plan_json(c, p));
  res.header("etag", http::etag(p.version));
  return res;
}

// Targeted people must be employees of the plan's agency; done items need the trainings
// recorded for people of the agency (the realisation of the plan).
void check_item(db::Connection& c, const Plan& p, const PlanItem& item, BodyReader& r) {
  std::set<int64_t> staff;
  for (const auto& e : employees(c, p.region_id, p.agency_id)) staff.insert(e.id);
  for (auto id : item.target_person_ids)
    if (!staff.count(id)) {
      r.add("target_person_ids", {"Pegawai sasaran harus pegawai " + p.agency_name + " (orang nomor " + std::to_string(id) + " bukan).",
                                  "Targeted people must be employees of " + p.agency_name + " (person " + std::to_string(id) + " is not)."});
      break;
    }
  for (auto id : item.training_ids) {
    auto t = find_training_in_region(c, p.region_id, id);
    if (!t || !staff.count(t->person_id)) {
      r.add("training_ids", {"Pelatihan nomor " + std::to_string(id) + " tidak tercatat untuk pegawai " + p.agency_name + ".",
                             "Training " + std::to_string(id) + " is not recorded for an employee of " + p.agency_name + "."});
      break;
    }
  }
  if (item.status == "done" && item.training_ids.empty())
    r.add("training_ids", {"Butir yang terlaksana dikaitkan dengan pelatihan yang dicatat; catat pelatihannya dulu lalu pilih di sini.",
                           "A done item is linked to the trainings recorded; record the training first, then choose it here."});
}

std::string plan_workbook(const Plan& p) {
  xlsx::Sheet sheet{"Rencana pelatihan",
                    {"Triwulan", "Kompetensi", "Pelatihan", "Jumlah peserta", "Anggaran (Rp)", "Status"},
                    {},
                    {4}};
  sheet.preamble = {{std::string("Perangkat Daerah"), p.agency_name}, {std::string("Tahun"), int64_t{p.year}}};
  for (const auto& i : p.items)
    sheet.rows.push_back({int64_t{i.quarter}, i.competency_name, i.title, i.target_count, i.budget_rupiah, i.status});
  return xlsx::write_workbook({sheet});
}

void add_reading_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase + "/plans", Permission::competency_read, [&ctx](http::Request& req) {
    PlanFilter f;
    f.agency_id = http::number_param(req, "agency_id");
    if (auto y = http::number_param(req, "year")) f.year = static_cast<int>(*y);
    return ctx.db->read([&](db::Connection& c) {
      nlohmann::json items = nlohmann::json::array();
      for (const auto& p : plans(c, req.principal->region_id, f)) {
        int done = 0;
        for (const auto& i : p.items) done += i.status == "done";
        items.push_back({{"id", p.id}, {"agency_id", p.agency_id}, {"agency_name", p.agency_name}, {"year", p.year},
                         {"title", p.title}, {"items", p.items.size()}, {"done", done},
                         {"budget_rupiah_total", budget_total(p)}, {"version", p.version}});
      }
      return http::Response::json(200, {{"items", items}});
    });
  });

  router.add("GET", kBase + "/plans/{plan_id}", Permission::competency_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "plan_id", kPlanNotFound);
    return ctx.db->read([&](db::Connection& c) { return plan_response(c, req.principal->region_id, id, 200); });
  });

  add_record_reads<Plan>(router, ctx, Permission::competency_read,
                         {kBase + "/plans/{plan_id}", "plan_id", "training_plan", "rencana-pelatihan", kPlanNotFound,
                          [](db::Connection& c, const auth::Principal& me, int64_t id) { return load_plan(c, me.region_id, id); },
                          [](db::Connection& c, const Plan& p) { return plan_json(c, p); },
                          [](db::Connection&, const Plan& p) { return plan_workbook(p); }});
}

void add_editing_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("POST", kBase + "/plans", Permission::competency_edit, [&ctx](http::Request& req) {
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      BodyReader r(req.json, {"agency_id", "year", "title"});
      Plan p;
      p.region_id = region;
      read_plan(r, true, p);
      r.check();
      bool known = false;
      for (const auto& a : agency_facts(c, region)) known |= a.id == p.agency_id;
      if (!known) fail_on_field_errors({{"agency_id", {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency does not exist in your region."}}});
      require_agency_access(*req.principal, p.agency_id);
      if (plan_exists(c, p.agency_id, p.year))
        fail_on_field_errors({{"year", {"Perangkat daerah ini sudah memiliki rencana pelatihan tahun " + std::to_string(p.year) + "; ubah rencana itu.",
                                        "This agency already has a training plan for " + std::to_string(p.year) + "; edit that plan."}}});
      if (p.title.empty()) p.title = "Rencana pelatihan TIK " + std::to_string(p.year);
      p.created_at = p.updated_at = now_rfc3339();
      insert_plan(c, p);
      audit_creation(c, audit_context(req), "training_plan.create", "training_plan", p, plan_record_json);
      auto res = plan_response(c, region, p.id, 201);
      res.header("location", kBase + "/plans/" + std::to_string(p.id));
      return res;
    });
  }, http::Body::json);

  // The plan after the caller's right to its agency and the version they saw are checked.
  auto load_for_edit = [](db::Connection& c, const http::Request& req, int64_t version) {
    auto id = http::id_param(req, "plan_id", kPlanNotFound);
    auto p = load_plan(c, req.principal->region_id, id);
    require_agency_access(*req.principal, p.agency_id);
    check_version(version, p.version);
    return p;
  };

  router.add("PATCH", kBase + "/plans/{plan_id}", Permission::competency_edit, [&ctx, load_for_edit](http::Request& req) {
    auto version = http::required_version(req);
    return ctx.db->write([&](db::Connection& c) {
      auto before = load_for_edit(c, req, version);
      BodyReader r(req.json, {"agency_id", "year", "title"});
      auto after = before;
      read_plan(r, false, after);
      r.check();
      commit_change(c, audit_context(req), "training_plan.update", "training_plan", before, after, plan_record_json, save_plan);
      return plan_response(c, before.region_id, before.id, 200);
    });
  }, http::Body::json);

  router.add("POST", kBase + "/plans/{plan_id}/items", Permission::competency_edit, [&ctx, load_for_edit](http::Request& req) {
    auto version = http::required_version(req);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      auto plan = load_for_edit(c, req, version);
      ensure_catalogue(c, req);
      BodyReader r(req.json, {"competency_id", "title", "target_person_ids", "target_count", "quarter", "budget_rupiah",
                              "status", "training_ids"});
      PlanItem item;
      read_item(r, true, item);
      check_competency(c, plan.region_id, item.competency_id ? std::optional(item.competency_id) : std::nullopt,
                       "competency_id", r);
      check_item(c, plan, item, r);
      r.check();
      item.created_at = item.updated_at = now_rfc3339();
      insert_item(c, plan, item);
      commit_child_added(c, audit_context(req), "training_plan.item_added", "training_plan", plan, "items",
                         to_json(item), save_plan);
      auto res = plan_response(c, plan.region_id, plan.id, 201);
      res.header("location", kBase + "/plans/" + std::to_string(plan.id));
      return res;
    });
  }, http::Body::json);

  router.add("PATCH", kBase + "/plans/{plan_id}/items/{item_id}", Permission::competency_edit,
             [&ctx, load_for_edit](http::Request& req) {
    auto version = http::required_version(req);
    auto item_id = http::id_param(req, "item_id", kItemNotFound);
    return ctx.db->write([&](db::Connection& c) {
      auto before = load_for_edit(c, req, version);
      auto after = before;
      auto item = std::find_if(after.items.begin(), after.items.end(), [&](const PlanItem& i) { return i.id == item_id; });
      if (item == after.items.end()) throw ProblemError(Problem::not_found(kItemNotFound));
      auto status_before = item->status;
      BodyReader r(req.json, {"competency_id", "title", "target_person_ids", "target_count", "quarter", "budget_rupiah",
                              "status", "training_ids"});
      read_item(r, false, *item);
      r.check();
      refuse_if(item_status_refusal(status_before, item->status));
      check_item(c, after, *item, r);
      r.check();
      item->updated_at = now_rfc3339();
      commit_change(c, audit_context(req), "training_plan.item_update", "training_plan", before, after, plan_record_json, save_plan);
      return plan_response(c, before.region_id, before.id, 200);
    });
  }, http::Body::json);
}

}  // namespace

void add_plan_routes(http::Router& router, AppContext& ctx) {
  add_reading_routes(router, ctx);
  add_editing_routes(router, ctx);
}

}  // namespace simpul::modules::competencies
