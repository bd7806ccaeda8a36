// Requests for change: the list with its filters, a new request (numbered per region and year),
// one request with its approval and steps, editing it (before approval everything; after
// approval its window, rollback plan and implementer, a changed window or rollback plan needing
// approval again) and the exports (Madiun Pasal 38, Batam Pasal 39, Kendari Pasal 32, OKI
// Pasal 38, Probolinggo Pasal 35).
#include "modules/changes/routes.h"

#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/record_reads.h"
#include "app/region_profile.h"
#include "auth/policy.h"
#include "core/clock.h"
#include "core/dates.h"
#include "core/text.h"
#include "export/download.h"
#include "http/conditional.h"
#include "http/pagination.h"
#include "http/params.h"
#include "http/query_params.h"
#include "modules/agencies/store.h"
#include "modules/changes/routes_support.h"
#include "modules/changes/rules.h"
#include "modules/changes/store.h"
#include "modules/changes/view.h"
#include "modules/changes/workbook.h"

namespace simpul::modules::changes {

namespace {

const Text kOtherAgency{"Anda hanya dapat mengelola permintaan perubahan perangkat daerah Anda sendiri.",
                        "You can only manage the requests for change of your own agency."};

ListFilter list_filter(const http::Request& req) {
  ListFilter f;
  f.stage = http::word_param(req, "stage", kStages);
  f.target_kind = http::word_param(req, "target_kind", kTargetKinds);
  f.risk_level = http::word_param(req, "risk_level", kRiskLevels);
  f.change_type = http::word_param(req, "change_type", kChangeTypes);
  f.agency_id = http::number_param(req, "agency_id");
  f.query = trimmed(req.query_param("q").value_or(""));
  auto link = req.query_param("link").value_or("");
  if (!link.empty()) {
    auto colon = link.find(':');
    bool ok = colon != std::string::npos && kLinkKinds.count(link.substr(0, colon)) && colon + 1 < link.size() &&
              link.find_first_not_of("0123456789", colon + 1) == std::string::npos && link.size() - colon <= 19;
    if (!ok)
      throw ProblemError(Problem::bad_request({"link: jenis dan nomor, mis. application:12 (application, host, ticket, risk, asset).",
                                               "link: a kind and an id, e.g. application:12 (application, host, ticket, risk, asset)."}));
    f.link = link;
  }
  return f;
}

// The linked records, each checked to be one of the region's (its label kept); 422 per link otherwise.
std::vector<Link> resolve_links(db::Connection& c, const std::string& region_id, const std::vector<LinkInput>& input) {
  std::vector<Link> out;
  std::vector<FieldError> errors;
  for (size_t i = 0; i < input.size(); ++i) {
    auto label = link_label(c, region_id, input[i].kind, input[i].id);
    if (!label) {
      errors.push_back({"links[" + std::to_string(i) + "].id",
                        {"Tidak ada " + input[i].kind + " dengan nomor ini di daerah Anda.",
                         "Your region has no " + input[i].kind + " with this id."}});
      continue;
    }
    out.push_back({input[i].kind, input[i].id, *label});
  }
  fail_on_field_errors(errors);
  return out;
}

// The requesting agency: operators their own (403 for another), the ICT office any of the region's.
int64_t requesting_agency(db::Connection& c, const auth::Principal& me, std::optional<int64_t> given) {
  if (me.role == auth::Role::agency_operator) {
    if (given && !auth::may_access_agency(me, *given)) throw ProblemError(Problem::forbidden(kOtherAgency));
    if (!me.agency_id) throw ProblemError(Problem::forbidden(kOtherAgency));
    return given.value_or(*me.agency_id);
  }
  if (!given)
    fail_on_field_errors({{"agency_id", {"Pilih perangkat daerah pengusul.", "Choose the requesting agency."}}});
  if (!agencies::find(c, me.region_id, *given))
    fail_on_field_errors({{"agency_id", {"Perangkat daerah ini tidak ada di daerah Anda.", "Your region has no such agency."}}});
  return *given;
}

std::string workbook_for(db::Connection& c, const std::string& region_id, const std::vector<Change>& changes) {
  std::vector<std::vector<Step>> all_steps;
  for (const auto& ch : changes) all_steps.push_back(steps(c, region_id, ch.id));
  return workbook_of(changes, all_steps, region_zone(c, region_id).offset_minutes);
}

nlohmann::json export_json(db::Connection& c, const Change& ch) {
  auto j = record_json(ch);
  auto step_list = nlohmann::json::array();
  for (const auto& s : steps(c, ch.region_id, ch.id)) step_list.push_back(step_json(s));
  j["steps"] = step_list;
  return j;
}

}  // namespace

Change load(db::Connection& c, const std::string& region_id, int64_t id) {
  auto ch = find(c, region_id, id);
  if (!ch) throw ProblemError(Problem::not_found(kNotFound));
  return *ch;
}

void require_requester(const auth::Principal& me, const Change& change) {
  if (!may_request(me, change)) throw ProblemError(Problem::forbidden(kOtherAgency));
}

http::Response change_response(db::Connection& c, const auth::Principal& me, int status, int64_t id, const Text* notice) {
  auto ch = load(c, me.region_id, id);
  auto j = change_json(c, me, region_profile(c, me.region_id), ch, steps(c, me.region_id, id), region_zone(c, me.region_id));
  if (notice) j["notice"] = {{"id", notice->id}, {"en", notice->en}};
  auto res = http::Response::json(status, j);
  res.header("etag", http::etag(ch.version));
  return res;
}

void add_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;

  router.add("GET", kBase, Permission::change_read, [&ctx](http::Request& req) {
    auto filter = list_filter(req);
    auto page = http::parse_page_request(req);
    filter.before_id = http::after_number(page);
    filter.limit = page.limit + 1;
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto zone = region_zone(c, region);
      auto now = now_rfc3339();
      return http::Response::json(200, http::page_body(list(c, region, filter), page.limit,
                                                       [](const Change& ch) { return std::to_string(ch.id); },
                                                       [&](const Change& ch) { return summary_json(ch, zone, now); }));
    });
  });

  router.add("POST", kBase, Permission::change_request, [&ctx](http::Request& req) {
    const auto& me = *req.principal;
    return ctx.db->write([&](db::Connection& c) {
      auto zone = region_zone(c, me.region_id);
      auto input = parse_change(req.json, true, zone.offset_minutes);
      Change ch;
      ch.region_id = me.region_id;
      ch.agency_id = requesting_agency(c, me, input.agency_id);
      input.agency_id.reset();
      apply(input, ch);
      if (input.links) ch.links = resolve_links(c, me.region_id, *input.links);
      check_change(ch);
      ch.approver = approval_rule(region_profile(c, me.region_id), gate_facts(c, me.region_id, ch)).approver;
      ch.number = next_number(c, me.region_id, std::stoi(today_in_zone(zone.name).substr(0, 4)));
      ch.created_at = ch.updated_at = now_rfc3339();
      insert(c, ch);
      audit_creation(c, audit_context(req), "change.create", "change", ch, record_json);
      auto res = change_response(c, me, 201, ch.id);
      res.header("location", kBase + "/" + std::to_string(ch.id));
      return res;
    });
  }, http::Body::json);

  router.add("GET", kBase + "/export.xlsx", Permission::change_read, [&ctx](http::Request& req) {
    auto filter = list_filter(req);
    filter.limit = 100000;
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      return xlsx_download(workbook_for(c, region, list(c, region, filter)), "permintaan-perubahan");
    });
  });

  router.add("GET", kBase + "/{change_id}", Permission::change_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "change_id", kNotFound);
    return ctx.db->read([&](db::Connection& c) { return change_response(c, *req.principal, 200, id); });
  });

  router.add("PATCH", kBase + "/{change_id}", Permission::change_request, [&ctx](http::Request& req) {
    const auto& me = *req.principal;
    auto version = http::required_version(req);
    auto id = http::id_param(req, "change_id", kNotFound);
    return ctx.db->write([&](db::Connection& c) {
      auto before = load(c, me.region_id, id);
      require_requester(me, before);
      auto input = parse_change(req.json, false, region_zone(c, me.region_id).offset_minutes);
      refuse_if(edit_refusal(input, before));
      if (input.agency_id) input.agency_id = requesting_agency(c, me, input.agency_id);
      check_version(version, before.version);
      Change after = before;
      bool approval_again = apply(input, after);
      if (input.links) after.links = resolve_links(c, me.region_id, *input.links);
      check_change(after);
      after.approver = approval_rule(region_profile(c, me.region_id), gate_facts(c, me.region_id, after)).approver;
      commit_change(c, audit_context(req), "change.update", "change", before, after, record_json, update);
      if (!approval_again) return change_response(c, me, 200, id);
      Step step{0, me.region_id, id, "approval_reset", before.stage, after.stage,
                "Jadwal atau rencana pengembalian berubah setelah disetujui.", me.user_id, me.display_name, now_rfc3339()};
      insert_step(c, step);
      const Text notice{"Jadwal atau rencana pengembalian berubah setelah perubahan disetujui, sehingga perubahan ini "
                        "perlu disetujui lagi sebelum dikembangkan atau diimplementasikan.",
                        "The window or rollback plan changed after the change was approved, so it needs approval "
                        "again before it is developed or implemented."};
      return change_response(c, me, 200, id, &notice);
    });
  }, http::Body::json);

  add_record_reads<Change>(router, ctx, Permission::change_read,
                           {kBase + "/{change_id}", "change_id", "change", "permintaan-perubahan", kNotFound,
                            [](db::Connection& c, const auth::Principal& me, int64_t id) { return load(c, me.region_id, id); },
                            export_json,
                            [](db::Connection& c, const Change& ch) { return workbook_for(c, ch.region_id, {ch}); }});

  add_step_routes(router, ctx);
  add_calendar_routes(router, ctx);
}

}  // namespace simpul::modules::changes
