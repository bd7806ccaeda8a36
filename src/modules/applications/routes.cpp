#include "modules/applications/routes.h"

#include <map>

#include "app/audit_context.h"
#include "app/gcio.h"
#include "app/record_change.h"
#include "app/record_reads.h"
#include "app/region_profile.h"
#include "auth/policy.h"
#include "core/clock.h"
#include "export/xlsx.h"
#include "files/store.h"
#include "http/query_params.h"
#include "http/conditional.h"
#include "http/pagination.h"
#include "http/params.h"
#include "modules/agencies/store.h"
#include "modules/applications/registration.h"
#include "modules/applications/rules.h"
#include "modules/applications/store.h"
#include "modules/applications/workbook.h"
#include "modules/planning/plan_fields.h"
#include "modules/regions/store.h"

namespace simpul::modules::applications {

namespace {

// The uploaded file a record names (its name, type and size), or null when it is gone.
nlohmann::json attached_file_json(db::Connection& c, const std::string& region_id, const std::string& sha256) {
  auto f = files::find(c, region_id, sha256);
  return f ? files::to_json(*f) : nlohmann::json(nullptr);
}

bool attached_file_exists(db::Connection& c, const std::string& region_id, const std::string& sha256) {
  return files::find(c, region_id, sha256).has_value();
}

const std::string kBase = "/api/v1/applications";
const Text kNotFound{"Aplikasi tidak ditemukan.", "Application not found."};

Application load(db::Connection& c, const std::string& region_id, int64_t id) {
  auto a = find(c, region_id, id);
  if (!a) throw ProblemError(Problem::not_found(kNotFound));
  return *a;
}

Filter filter_of(const http::Request& req) {
  Filter f;
  f.agency_id = http::number_param(req, "agency_id");
  f.category = req.query_param("category").value_or("");
  if (!f.category.empty() && !kCategories.count(f.category))
    throw ProblemError(Problem::bad_request({"category: common, shared_special atau agency_special.",
                                             "category: common, shared_special or agency_special."}));
  f.lifecycle = req.query_param("lifecycle").value_or("");
  if (!f.lifecycle.empty() && !kLifecycles.count(f.lifecycle))
    throw ProblemError(Problem::bad_request({"lifecycle: planned, in_development, in_testing, in_production atau retired.",
                                             "lifecycle: planned, in_development, in_testing, in_production or retired."}));
  f.query = req.query_param("q").value_or("");
  if (f.query.size() > 200) throw ProblemError(Problem::bad_request({"q paling panjang 200 karakter.", "q has at most 200 characters."}));
  return f;
}

struct Related {
  std::vector<Document> documents;
  std::vector<TestRecord> tests;
  std::optional<GcioDecision> decision;  // the latest
};

Related related(db::Connection& c, const Application& a) {
  Related r{documents(c, a.region_id, a.id), tests(c, a.region_id, a.id), std::nullopt};
  auto decisions = gcio_decisions(c, a.region_id, a.id);
  if (!decisions.empty()) r.decision = decisions.back();
  return r;
}

std::vector<Gap> gaps_of(db::Connection& c, const Application& a) {
  auto r = related(c, a);
  return production_gaps(region_profile(c, a.region_id), a, r.documents, r.tests, r.decision);
}

nlohmann::json readiness_json(const std::vector<Gap>& gaps) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& g : gaps) items.push_back(to_json(g));
  return {{"ready", gaps.empty()}, {"gaps", items}};
}

nlohmann::json detail_json(const simpul::profiles::Profile* profile, const Application& a) {
  auto j = to_json(a);
  auto label = category_label(profile, a.category);
  j["category_label"] = {{"id", label.id}, {"en", label.en}};
  j["allowed_moves"] = allowed_moves(a.lifecycle);
  j["gcio_approval_required"] = gcio_gate(profile, a) != nullptr;
  return j;
}

http::Response response(db::Connection& c, int status, const std::string& region_id, int64_t id) {
  auto a = load(c, region_id, id);
  auto res = http::Response::json(status, detail_json(region_profile(c, region_id), a));
  res.header("etag", http::etag(a.version));
  return res;
}

nlohmann::json document_json(db::Connection& c, const Document& d, bool current) {
  auto label = document_label(d.kind);
  return {{"id", d.id},
          {"kind", d.kind},
          {"kind_label", {{"id", label.id}, {"en", label.en}}},
          {"file_sha256", d.file_sha256},
          {"file", attached_file_json(c, d.region_id, d.file_sha256)},
          {"current", current},
          {"uploaded_by", d.uploaded_by},
          {"uploaded_at", d.uploaded_at}};
}

// The kinds the regulation requires, each with its current upload, and every upload (newest first).
nlohmann::json documents_json(db::Connection& c, const Application& a) {
  const auto* profile = region_profile(c, a.region_id);
  auto all = documents(c, a.region_id, a.id);
  auto current = current_documents(all);
  std::map<std::string, const Document*> current_by_kind;
  for (const auto& d : current) current_by_kind[d.kind] = &d;
  nlohmann::json required = nlohmann::json::array();
  for (const auto& kind : required_document_kinds(profile, a)) {
    auto label = document_label(kind);
    nlohmann::json citations = nlohmann::json::array();
    for (const auto* o : document_obligations(profile, a)) {
      const auto& kinds = o->rule.list("documents");
      if (std::find(kinds.begin(), kinds.end(), kind) != kinds.end())
        citations.push_back({{"obligation_id", o->id}, {"article", o->article}, {"text", o->text},
                             {"regulation", profile->citation.short_name}});
    }
    auto it = current_by_kind.find(kind);
    required.push_back({{"kind", kind},
                        {"label", {{"id", label.id}, {"en", label.en}}},
                        {"citations", citations},
                        {"current", it == current_by_kind.end() ? nlohmann::json(nullptr) : document_json(c, *it->second, true)}});
  }
  nlohmann::json items = nlohmann::json::array();
  for (auto d = all.rbegin(); d != all.rend(); ++d) {
    bool is_current = current_by_kind.count(d->kind) && current_by_kind[d->kind]->id == d->id;
    items.push_back(document_json(c, *d, is_current));
  }
  return {{"required", required}, {"items", items}};
}

nlohmann::json tests_json(const std::vector<TestRecord>& all) {
  auto latest = latest_test(all);
  nlohmann::json items = nlohmann::json::array();
  for (auto t = all.rbegin(); t != all.rend(); ++t) items.push_back(to_json(*t));
  return {{"items", items}, {"latest", latest ? to_json(*latest) : nlohmann::json(nullptr)}};
}

// One application with its documents, tests and GCIO decisions, as its JSON export shows it.
nlohmann::json full_json(db::Connection& c, const Application& a) {
  auto j = detail_json(region_profile(c, a.region_id), a);
  j["documents"] = documents_json(c, a);
  j["tests"] = tests_json(tests(c, a.region_id, a.id));
  nlohmann::json decisions = nlohmann::json::array();
  for (const auto& d : gcio_decisions(c, a.region_id, a.id)) decisions.push_back(to_json(d));
  j["gcio_decisions"] = decisions;
  j["production_readiness"] = readiness_json(gaps_of(c, a));
  return j;
}

std::string workbook_of(db::Connection& c, const std::string& region_id, const std::vector<Application>& apps) {
  std::map<int64_t, std::vector<Document>> docs;
  for (const auto& a : apps) docs[a.id] = documents(c, region_id, a.id);
  std::map<int64_t, std::string> names;
  for (const auto& agency : agencies::list(c, region_id)) names[agency.id] = agency.short_name.empty() ? agency.name : agency.short_name;
  return xlsx::write_workbook(workbook_sheets(region_profile(c, region_id), apps, docs, names));
}

// A child (document, test, decision) was added: the application's version moves on and the
// audit entry sits on the application, so its history shows it.
void record_child(db::Connection& c, const http::Request& req, const std::string& action, const Application& a,
                  const std::string& child_name, const nlohmann::json& child) {
  commit_child_added(c, audit_context(req), action, "application", a, child_name, child, update);
}

http::Response child_created(db::Connection& c, const std::string& region_id, int64_t id, const std::string& where,
                             const nlohmann::json& body) {
  auto after = load(c, region_id, id);
  auto res = http::Response::json(201, body);
  res.header("etag", http::etag(after.version));
  res.header("location", kBase + "/" + std::to_string(id) + "/" + where);
  return res;
}

void add_reading_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase, Permission::registry_read, [&ctx](http::Request& req) {
    auto filter = filter_of(req);
    auto page = http::parse_page_request(req);
    filter.after_code = page.after;
    filter.limit = page.limit + 1;
    return ctx.db->read([&](db::Connection& c) {
      auto items = list(c, req.principal->region_id, filter);
      const auto* profile = region_profile(c, req.principal->region_id);
      return http::Response::json(200, http::page_body(std::move(items), page.limit,
                                                       [](const Application& a) { return a.code; },
                                                       [&](const Application& a) { return detail_json(profile, a); }));
    });
  });

  router.add("GET", kBase + "/export.json", Permission::registry_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      nlohmann::json items = nlohmann::json::array();
      for (const auto& a : list(c, region, {})) items.push_back(full_json(c, a));
      return json_download({{"region_id", region}, {"exported_at", now_rfc3339()}, {"items", items}}, "aplikasi");
    });
  });

  router.add("GET", kBase + "/export.xlsx", Permission::registry_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      return xlsx_download(workbook_of(c, region, list(c, region, {})), "aplikasi");
    });
  });

  router.add("GET", kBase + "/{application_id}", Permission::registry_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "application_id", kNotFound);
    return ctx.db->read([&](db::Connection& c) { return response(c, 200, req.principal->region_id, id); });
  });

  add_record_reads<Application>(router, ctx, Permission::registry_read,
                                {kBase + "/{application_id}", "application_id", "application", "aplikasi", kNotFound,
                                 [](db::Connection& c, const auth::Principal& me, int64_t id) { return load(c, me.region_id, id); },
                                 [](db::Connection& c, const Application& a) { return full_json(c, a); },
                                 [](db::Connection& c, const Application& a) { return workbook_of(c, a.region_id, {a}); }});

  router.add("GET", kBase + "/{application_id}/documents", Permission::registry_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "application_id", kNotFound);
    return ctx.db->read([&](db::Connection& c) {
      return http::Response::json(200, documents_json(c, load(c, req.principal->region_id, id)));
    });
  });

  router.add("GET", kBase + "/{application_id}/tests", Permission::registry_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "application_id", kNotFound);
    return ctx.db->read([&](db::Connection& c) {
      auto a = load(c, req.principal->region_id, id);
      return http::Response::json(200, tests_json(tests(c, a.region_id, a.id)));
    });
  });

  router.add("GET", kBase + "/{application_id}/production-readiness", Permission::registry_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "application_id", kNotFound);
    return ctx.db->read([&](db::Connection& c) {
      auto a = load(c, req.principal->region_id, id);
      auto body = readiness_json(gaps_of(c, a));
      body["lifecycle"] = a.lifecycle;
      return http::Response::json(200, body);
    });
  });
}

void add_editing_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("POST", kBase, Permission::registry_edit, [&ctx](http::Request& req) {
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& me = *req.principal;
      Application a = new_application(c, me, req.json);
      store_new(c, audit_context(req), a);
      auto res = response(c, 201, me.region_id, a.id);
      res.header("location", kBase + "/" + std::to_string(a.id));
      return res;
    });
  }, http::Body::json);
  add_import_routes(router, ctx);

  router.add("PATCH", kBase + "/{application_id}", Permission::registry_edit, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "application_id", kNotFound);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& me = *req.principal;
      auto before = load(c, me.region_id, id);
      require_owner(me, before.owner_agency_id);
      auto input = parse_application(req.json, false, copyright_citation(region_profile(c, me.region_id)));
      check_version(version, before.version);
      refuse_if(cannot_change(before));
      Application after = before;
      apply(input, after);
      require_owner(me, after.owner_agency_id);  // an operator cannot hand it to another agency
      check_application(c, after);
      commit_change(c, audit_context(req), "application.update", "application", before, after, record_json, update);
      return response(c, 200, me.region_id, id);
    });
  }, http::Body::json);

  router.add("POST", kBase + "/{application_id}/lifecycle", Permission::registry_edit, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "application_id", kNotFound);
    auto move = parse_lifecycle_move(req.json);
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      auto before = load(c, me.region_id, id);
      require_owner(me, before.owner_agency_id);
      check_version(version, before.version);
      refuse_if(cannot_move(before, move));
      const auto* profile = region_profile(c, me.region_id);
      if (move.to == "in_development") {
        auto agency = agencies::find(c, me.region_id, before.owner_agency_id);
        if (auto why = development_refusal(profile, before, me.role == auth::Role::agency_operator,
                                           agency && agency->ict_self_sufficient))
          throw ProblemError(Problem::forbidden(*why));
      }
      if (move.to == "in_production") {
        auto gaps = gaps_of(c, before);
        if (!gaps.empty()) {
          auto problem = Problem::of("invalid-transition", 409, gaps_detail(gaps));
          problem.extensions = {{"gaps", readiness_json(gaps)["gaps"]}};
          throw ProblemError(problem);
        }
      }
      Application after = before;
      apply_move(after, move, me.username, now_rfc3339());
      commit_change(c, audit_context(req), "application.lifecycle", "application", before, after, record_json, update);
      return response(c, 200, me.region_id, id);
    });
  }, http::Body::json);
}

void add_child_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("POST", kBase + "/{application_id}/documents", Permission::registry_edit, [&ctx](http::Request& req) {
    auto version = http::optional_version(req);
    auto id = http::id_param(req, "application_id", kNotFound);
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      auto a = load(c, me.region_id, id);
      require_owner(me, a.owner_agency_id);
      auto input = parse_document(req.json, required_document_kinds(region_profile(c, me.region_id), a));
      if (!attached_file_exists(c, me.region_id, input.file_sha256))
        fail_on_field_errors({{"file_sha256", {"Berkas dengan SHA-256 ini belum diunggah; unggah dulu ke /api/v1/files.",
                                               "No file with this SHA-256 has been uploaded; upload it to /api/v1/files first."}}});
      check_version(version, a.version);
      refuse_if(cannot_change(a));
      Document d{0, me.region_id, a.id, input.kind, input.file_sha256, me.username, now_rfc3339()};
      insert_document(c, d);
      record_child(c, req, "application.document", a, "documents",
                   {{"id", d.id}, {"kind", d.kind}, {"file_sha256", d.file_sha256}});
      return child_created(c, me.region_id, id, "documents", document_json(c, d, true));
    });
  }, http::Body::json);

  router.add("POST", kBase + "/{application_id}/tests", Permission::registry_edit, [&ctx](http::Request& req) {
    auto version = http::optional_version(req);
    auto id = http::id_param(req, "application_id", kNotFound);
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      auto a = load(c, me.region_id, id);
      require_owner(me, a.owner_agency_id);
      auto input = parse_test(req.json, regions::region_today(c, me.region_id));
      if (!input.report_sha256.empty() && !attached_file_exists(c, me.region_id, input.report_sha256))
        fail_on_field_errors({{"report_sha256", {"Laporan dengan SHA-256 ini belum diunggah; unggah dulu ke /api/v1/files.",
                                                 "No report with this SHA-256 has been uploaded; upload it to /api/v1/files first."}}});
      check_version(version, a.version);
      refuse_if(cannot_change(a));
      TestRecord t{0, me.region_id, a.id, input.tested_on, input.result, input.summary, input.report_sha256, me.username, now_rfc3339()};
      insert_test(c, t);
      auto j = to_json(t);
      record_child(c, req, "application.test", a, "tests", j);
      return child_created(c, me.region_id, id, "tests", j);
    });
  }, http::Body::json);

  router.add("POST", kBase + "/{application_id}/gcio-approval", Permission::gcio_approve, [&ctx](http::Request& req) {
    auto version = http::optional_version(req);
    auto id = http::id_param(req, "application_id", kNotFound);
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      const auto* profile = region_profile(c, me.region_id);
      auto a = load(c, me.region_id, id);
      const auto* gate = gcio_gate(profile, a);
      if (!gate)
        throw ProblemError(Problem::of("not-in-regulation", 409,
                                       {"Peraturan daerah Anda tidak mensyaratkan persetujuan GCIO untuk aplikasi.",
                                        "Your region's regulation does not require a GCIO approval for applications."}));
      require_gcio(c, me, *profile, *gate);
      auto input = parse_gcio_decision(req.json);
      check_version(version, a.version);
      refuse_if(cannot_decide(a));
      auto r = related(c, a);
      GcioDecision d{0, me.region_id, a.id, input.decision, input.note, approval_state(a, r.documents, r.tests),
                     me.username, now_rfc3339()};
      insert_gcio_decision(c, d);
      auto j = to_json(d);
      record_child(c, req, "application.gcio_decision", a, "gcio_decisions", j);
      return child_created(c, me.region_id, id, "production-readiness", j);
    });
  }, http::Body::json);
}

}  // namespace

void add_routes(http::Router& router, AppContext& ctx) {
  add_reading_routes(router, ctx);
  add_editing_routes(router, ctx);
  add_child_routes(router, ctx);
}

}  // namespace simpul::modules::applications
