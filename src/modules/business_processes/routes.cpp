#include "modules/business_processes/routes.h"

#include <map>

#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/record_reads.h"
#include "app/region_profile.h"
#include "auth/policy.h"
#include "core/clock.h"
#include "export/xlsx.h"
#include "http/query_params.h"
#include "http/conditional.h"
#include "http/params.h"
#include "modules/agencies/store.h"
#include "modules/business_processes/rules.h"
#include "modules/business_processes/store.h"
#include "modules/business_processes/workbook.h"

namespace simpul::modules::business_processes {

namespace {

const std::string kBase = "/api/v1/business-processes";
const Text kNotFound{"Proses bisnis tidak ditemukan.", "Business process not found."};
const Text kLinkNotFound{"Keterkaitan proses bisnis tidak ditemukan.", "Business process link not found."};
const Text kOtherAgency{"Anda hanya dapat mengelola proses bisnis perangkat daerah Anda sendiri.",
                        "You can only manage the business processes of your own agency."};

// Each agency drafts its own processes (Kendari Pasal 9 ayat (2)); operators reach only theirs.
void require_owner(const auth::Principal& me, int64_t agency_id) {
  if (!auth::may_access_agency(me, agency_id)) throw ProblemError(Problem::forbidden(kOtherAgency));
}

// The organisation bureau coordinates related processes (Kendari Pasal 9 ayat (3)): the
// superadmin, or an operator of the agency that holds the organization_bureau role.
bool is_bureau(db::Connection& c, const auth::Principal& me) {
  if (me.role == auth::Role::superadmin) return true;
  if (me.role != auth::Role::agency_operator || !me.agency_id) return false;
  auto agency = agencies::find(c, me.region_id, *me.agency_id);
  return agency && agency->organization_bureau;
}

void require_bureau(db::Connection& c, const auth::Principal& me) {
  if (is_bureau(c, me)) return;
  auto citation = coordination_citation(region_profile(c, me.region_id));
  std::string where = citation.empty() ? "" : " (" + citation + ")";
  throw ProblemError(Problem::forbidden({"Proses bisnis dikoordinasikan oleh Bagian Organisasi" + where +
                                             "; hanya operator Bagian Organisasi atau superadmin yang dapat melakukannya.",
                                         "Business processes are coordinated by the organisation bureau" + where +
                                             "; only its operators or a superadmin can do this."}));
}

Filter filter_of(const http::Request& req) {
  Filter f;
  f.agency_id = http::number_param(req, "agency_id");
  f.status = req.query_param("status").value_or("");
  if (!f.status.empty() && !kStatuses.count(f.status))
    throw ProblemError(Problem::bad_request({"status: draft, submitted atau coordinated.", "status: draft, submitted or coordinated."}));
  f.query = req.query_param("q").value_or("");
  if (f.query.size() > 200) throw ProblemError(Problem::bad_request({"q paling panjang 200 karakter.", "q has at most 200 characters."}));
  return f;
}

// Rules that need the database: the agency, the code's uniqueness, the architecture version
// (checked when it is chosen: a version superseded later does not block other edits).
void check(db::Connection& c, const BusinessProcess& p, std::optional<int64_t> architecture_before = std::nullopt) {
  std::vector<FieldError> errors;
  if (!agencies::exists(c, p.region_id, p.agency_id))
    errors.push_back({"agency_id", {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency does not exist in your region."}});
  if (code_taken(c, p.region_id, p.code, p.id))
    errors.push_back({"code", {"Kode " + p.code + " sudah dipakai proses bisnis lain di daerah ini.",
                               "The code " + p.code + " is already used by another process of this region."}});
  if (p.architecture_id && p.architecture_id != architecture_before) {
    auto a = find_architecture(c, p.region_id, *p.architecture_id);
    if (!a)
      errors.push_back({"architecture_id", {"Versi Arsitektur SPBE ini tidak ada di daerah Anda.",
                                            "This SPBE architecture version does not exist in your region."}});
    else if (a->status == "superseded")
      errors.push_back({"architecture_id", {"Arsitektur SPBE " + a->title + " sudah digantikan; pilih versi yang berlaku.",
                                            "The SPBE architecture " + a->title + " has been superseded; choose the current version."}});
  }
  if (!errors.empty()) throw ProblemError(Problem::validation_failed(errors));
}

// A link as seen from `p`: which way it points and the process at the other end.
nlohmann::json link_seen_from(const Link& l, int64_t process_id, const std::map<int64_t, BusinessProcess>& others) {
  auto j = to_json(l);
  bool outgoing = l.from_process_id == process_id;
  j["direction"] = outgoing ? "out" : "in";
  auto other = others.find(outgoing ? l.to_process_id : l.from_process_id);
  j["other"] = nullptr;
  if (other != others.end())
    j["other"] = {{"id", other->second.id},
                  {"code", other->second.code},
                  {"name", other->second.name},
                  {"agency_id", other->second.agency_id},
                  {"agency_short_name", other->second.agency_short_name},
                  {"status", other->second.status}};
  return j;
}

nlohmann::json summary_json(const BusinessProcess& p) {
  auto j = to_json(p);
  j["missing_for_submission"] = missing_for_submission(p);
  return j;
}

// The process with its links both ways, as GET …/{id} shows it.
nlohmann::json detail_json(db::Connection& c, const BusinessProcess& p) {
  auto j = summary_json(p);
  auto touching = links(c, p.region_id, p.id);
  std::map<int64_t, BusinessProcess> others;
  for (const auto& l : touching) {
    int64_t other = l.from_process_id == p.id ? l.to_process_id : l.from_process_id;
    if (!others.count(other))
      if (auto o = find(c, p.region_id, other)) others.emplace(other, *o);
  }
  j["links"] = nlohmann::json::array();
  for (const auto& l : touching) j["links"].push_back(link_seen_from(l, p.id, others));
  return j;
}

http::Response response(db::Connection& c, int status, const std::string& region_id, int64_t id) {
  auto p = find(c, region_id, id);
  if (!p) throw ProblemError(Problem::not_found(kNotFound));
  auto res = http::Response::json(status, detail_json(c, *p));
  res.header("etag", http::etag(p->version));
  return res;
}

// A link changes both processes it joins: each one's history shows it.
void audit_link(db::Connection& c, const http::Request& req, const std::string& action, const Link& l, bool added) {
  auto j = to_json(l);
  nlohmann::json before = added ? nlohmann::json(nullptr) : j;
  nlohmann::json after = added ? j : nlohmann::json(nullptr);
  auto ctx = audit_context(req);
  audit::append(c, ctx, action, "business_process", std::to_string(l.from_process_id),
                {{"links_out", {{"before", before}, {"after", after}}}});
  audit::append(c, ctx, action, "business_process", std::to_string(l.to_process_id),
                {{"links_in", {{"before", before}, {"after", after}}}});
}

// Checks who may act in two steps: `guard` before anything is loaded (so a stranger
// learns nothing about which processes exist), `owner` on the loaded record; then the
// version the caller saw; applies `step` and saves it with its audit entry.
template <class Guard, class Owner, class Step>
http::Response transition(AppContext& ctx, http::Request& req, const std::string& action, Guard guard, Owner owner,
                          Step step) {
  auto id = http::id_param(req, "process_id", kNotFound);
  return ctx.db->write([&](db::Connection& c) {
    const auto& me = *req.principal;
    guard(c, me);
    auto version = http::required_version(req);
    auto before = find(c, me.region_id, id);
    if (!before) throw ProblemError(Problem::not_found(kNotFound));
    owner(me, *before);
    check_version(version, before->version);
    BusinessProcess after = *before;
    step(c, after);
    commit_change(c, audit_context(req), action, "business_process", *before, after, record_json, update);
    return response(c, 200, me.region_id, id);
  });
}

void anyone(db::Connection&, const auth::Principal&) {}
void any_owner(const auth::Principal&, const BusinessProcess&) {}
void own_agency(const auth::Principal& me, const BusinessProcess& p) { require_owner(me, p.agency_id); }

void add_reading_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase, Permission::governance_read, [&ctx](http::Request& req) {
    auto filter = filter_of(req);
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto items = list(c, region, filter);
      std::map<int64_t, int64_t> link_counts;
      for (const auto& l : links(c, region, std::nullopt)) ++link_counts[l.from_process_id], ++link_counts[l.to_process_id];
      nlohmann::json body = {{"items", nlohmann::json::array()}};
      nlohmann::json by_status = {{"draft", 0}, {"submitted", 0}, {"coordinated", 0}};
      nlohmann::json by_agency = nlohmann::json::array();  // in the items' order: by agency name
      for (const auto& p : items) {
        auto j = summary_json(p);
        j["link_count"] = link_counts[p.id];
        body["items"].push_back(j);
        by_status[p.status] = by_status[p.status].get<int64_t>() + 1;
        if (by_agency.empty() || by_agency.back()["agency_id"] != p.agency_id)
          by_agency.push_back({{"agency_id", p.agency_id},
                               {"agency_name", p.agency_name},
                               {"agency_short_name", p.agency_short_name},
                               {"count", 0},
                               {"by_status", {{"draft", 0}, {"submitted", 0}, {"coordinated", 0}}}});
        auto& group = by_agency.back();
        group["count"] = group["count"].get<int64_t>() + 1;
        group["by_status"][p.status] = group["by_status"][p.status].get<int64_t>() + 1;
      }
      body["summary"] = {{"total", items.size()}, {"by_status", by_status}, {"by_agency", by_agency}};
      return http::Response::json(200, body);
    });
  });

  router.add("GET", kBase + "/{process_id}", Permission::governance_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "process_id", kNotFound);
    return ctx.db->read([&](db::Connection& c) { return response(c, 200, req.principal->region_id, id); });
  });

  add_record_reads<BusinessProcess>(router, ctx, Permission::governance_read,
                                    {kBase + "/{process_id}", "process_id", "business_process", "proses-bisnis", kNotFound,
                                     [](db::Connection& c, const auth::Principal& me, int64_t id) {
                                       auto p = find(c, me.region_id, id);
                                       if (!p) throw ProblemError(Problem::not_found(kNotFound));
                                       return *p;
                                     },
                                     nullptr, nullptr});

  // Every process of the region as a node (with its agency) and every link as an edge,
  // for the UI to draw how the agencies' processes connect (Kendari Pasal 9 ayat (3)).
  router.add("GET", kBase + "/map", Permission::governance_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      nlohmann::json nodes = nlohmann::json::array(), edges = nlohmann::json::array(), groups = nlohmann::json::array();
      for (const auto& p : list(c, region, {})) {
        nodes.push_back({{"id", p.id}, {"code", p.code}, {"name", p.name}, {"kind", p.kind}, {"status", p.status},
                         {"agency_id", p.agency_id}, {"agency_short_name", p.agency_short_name}});
        if (groups.empty() || groups.back()["agency_id"] != p.agency_id)
          groups.push_back({{"agency_id", p.agency_id}, {"agency_name", p.agency_name},
                            {"agency_short_name", p.agency_short_name}, {"process_ids", nlohmann::json::array()}});
        groups.back()["process_ids"].push_back(p.id);
      }
      for (const auto& l : links(c, region, std::nullopt))
        edges.push_back({{"id", l.id}, {"from", l.from_process_id}, {"to", l.to_process_id}, {"kind", l.kind}, {"note", l.note}});
      return http::Response::json(200, {{"nodes", nodes}, {"edges", edges}, {"agencies", groups}});
    });
  });

  router.add("GET", kBase + "/export.json", Permission::governance_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      nlohmann::json items = nlohmann::json::array(), all_links = nlohmann::json::array();
      for (const auto& p : list(c, region, {})) items.push_back(summary_json(p));
      for (const auto& l : links(c, region, std::nullopt)) all_links.push_back(to_json(l));
      return json_download({{"region_id", region}, {"exported_at", now_rfc3339()}, {"items", items}, {"links", all_links}},
                           "proses-bisnis");
    });
  });

  router.add("GET", kBase + "/export.xlsx", Permission::governance_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      return xlsx_download(xlsx::write_workbook(workbook_sheets(list(c, region, {}), links(c, region, std::nullopt))),
                           "proses-bisnis");
    });
  });
}

void add_editing_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("POST", kBase, Permission::business_process_edit, [&ctx](http::Request& req) {
    auto input = parse_process(req.json, true);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& me = *req.principal;
      BusinessProcess p;
      p.region_id = me.region_id;
      apply(input, p);
      require_owner(me, p.agency_id);
      check(c, p);
      p.created_at = p.updated_at = now_rfc3339();
      insert(c, p);
      audit_creation(c, audit_context(req), "business_process.create", "business_process", p, record_json);
      auto res = response(c, 201, me.region_id, p.id);
      res.header("location", kBase + "/" + std::to_string(p.id));
      return res;
    });
  }, http::Body::json);

  router.add("PATCH", kBase + "/{process_id}", Permission::business_process_edit, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "process_id", kNotFound);
    auto input = parse_process(req.json, false);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& me = *req.principal;
      auto before = find(c, me.region_id, id);
      if (!before) throw ProblemError(Problem::not_found(kNotFound));
      require_owner(me, before->agency_id);
      check_version(version, before->version);
      refuse_if(cannot_edit(*before));
      BusinessProcess after = *before;
      apply(input, after);
      // A real change to a coordinated process needs coordinating again.
      if (!audit::changes_between(record_json(*before), record_json(after)).empty()) reopen_after_edit(after);
      check(c, after, before->architecture_id);
      commit_change(c, audit_context(req), "business_process.update", "business_process", *before, after, record_json, update);
      return response(c, 200, me.region_id, id);
    });
  }, http::Body::json);

  router.add("POST", kBase + "/{process_id}/submit", Permission::business_process_edit, [&ctx](http::Request& req) {
    return transition(ctx, req, "business_process.submit", anyone, own_agency, [&](db::Connection& c, BusinessProcess& p) {
      refuse_if(cannot_submit(p, architecture_citation(region_profile(c, p.region_id))));
      p.status = "submitted";
      p.submitted_by = req.principal->username;
      p.submitted_at = now_rfc3339();
      p.returned_by = p.returned_at = p.return_reason = "";
    });
  });

  router.add("POST", kBase + "/{process_id}/coordinate", Permission::business_process_edit, [&ctx](http::Request& req) {
    return transition(ctx, req, "business_process.coordinate", require_bureau, any_owner, [&](db::Connection&, BusinessProcess& p) {
      refuse_if(cannot_coordinate(p));
      auto note = parse_coordination_note(req.json);
      p.status = "coordinated";
      p.coordinated_by = req.principal->username;
      p.coordinated_at = now_rfc3339();
      p.coordination_note = note;
    });
  }, http::Body::json);

  router.add("POST", kBase + "/{process_id}/return", Permission::business_process_edit, [&ctx](http::Request& req) {
    return transition(ctx, req, "business_process.return", require_bureau, any_owner, [&](db::Connection&, BusinessProcess& p) {
      refuse_if(cannot_return(p));
      auto reason = parse_return_reason(req.json);
      p.status = "draft";
      p.returned_by = req.principal->username;
      p.returned_at = now_rfc3339();
      p.return_reason = reason;
      p.submitted_by = p.submitted_at = "";
    });
  }, http::Body::json);
}

// Links are kept by the owner of the "from" side (or the organisation bureau, which
// coordinates the integration); the other side need not accept - the bureau's
// coordination is the check - but may remove a link that names its process.
void add_link_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("POST", kBase + "/{process_id}/links", Permission::business_process_edit, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "process_id", kNotFound);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& me = *req.principal;
      auto from = find(c, me.region_id, id);
      if (!from) throw ProblemError(Problem::not_found(kNotFound));
      if (!auth::may_access_agency(me, from->agency_id) && !is_bureau(c, me))
        throw ProblemError(Problem::forbidden(kOtherAgency));
      auto input = parse_link(req.json);
      auto to = find(c, me.region_id, input.to_process_id);
      if (!to)
        throw ProblemError(Problem::validation_failed({{"to_process_id", {"Proses bisnis tujuan tidak ada di daerah Anda.",
                                                                          "The process to link to is not in your region."}}}));
      if (auto problem = link_problem(*from, *to, input.kind, links(c, me.region_id, from->id))) {
        if (problem->refusal == LinkRefusal::duplicate) throw ProblemError(Problem::conflict(problem->reason));
        throw ProblemError(Problem::validation_failed({{"to_process_id", problem->reason}}));
      }
      Link l{0, me.region_id, from->id, to->id, input.kind, input.note, me.username, now_rfc3339()};
      insert_link(c, l);
      audit_link(c, req, "business_process.link", l, true);
      std::map<int64_t, BusinessProcess> others{{to->id, *to}};
      auto res = http::Response::json(201, link_seen_from(l, from->id, others));
      res.header("location", kBase + "/" + std::to_string(from->id));
      return res;
    });
  }, http::Body::json);

  router.add("DELETE", "/api/v1/business-process-links/{link_id}", Permission::business_process_edit, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "link_id", kLinkNotFound);
    ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      auto l = find_link(c, me.region_id, id);
      if (!l) throw ProblemError(Problem::not_found(kLinkNotFound));
      auto from = find(c, me.region_id, l->from_process_id);
      auto to = find(c, me.region_id, l->to_process_id);
      bool may = (from && auth::may_access_agency(me, from->agency_id)) || (to && auth::may_access_agency(me, to->agency_id)) ||
                 is_bureau(c, me);
      if (!may) throw ProblemError(Problem::forbidden(kOtherAgency));
      delete_link(c, me.region_id, id);
      audit_link(c, req, "business_process.unlink", *l, false);
    });
    http::Response res;
    res.status = 204;
    return res;
  });
}

}  // namespace

void add_routes(http::Router& router, AppContext& ctx) {
  add_reading_routes(router, ctx);
  add_editing_routes(router, ctx);
  add_link_routes(router, ctx);
}

}  // namespace simpul::modules::business_processes
