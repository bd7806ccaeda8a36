#include "modules/roadmaps/routes.h"

#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/record_reads.h"
#include "app/region_profile.h"
#include "core/body_reader.h"
#include "core/dates.h"
#include "export/xlsx.h"
#include "http/conditional.h"
#include "http/params.h"
#include "modules/agencies/store.h"
#include "modules/regions/store.h"
#include "modules/roadmaps/areas.h"
#include "modules/roadmaps/export.h"
#include "modules/roadmaps/rules.h"
#include "modules/roadmaps/store.h"

namespace simpul::modules::roadmaps {

namespace {

const Text kNotFound{"Peta rencana tidak ditemukan.", "Roadmap not found."};
const Text kActivityNotFound{"Kegiatan peta rencana tidak ditemukan.", "Roadmap activity not found."};

nlohmann::json text_json(const Text& t) { return {{"id", t.id}, {"en", t.en}}; }

void fail_if(const std::vector<FieldError>& errors) {
  if (!errors.empty()) throw ProblemError(Problem::validation_failed(errors));
}

std::vector<ChangeReason> reasons_of(db::Connection& c, const std::string& region_id) {
  const auto* profile = region_profile(c, region_id);
  return change_reasons(profile ? profile->name : "");
}

nlohmann::json reasons_json(const std::vector<ChangeReason>& reasons) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : reasons)
    out.push_back({{"code", r.code}, {"label", text_json(r.label)}, {"article", r.article.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.article)}});
  return out;
}

nlohmann::json areas_json() {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& a : areas()) out.push_back({{"code", a.code}, {"label", text_json(a.label)}});
  return out;
}

// What the audit log compares: the activity's own fields, not the joined or derived ones.
nlohmann::json activity_record(const Activity& a) {
  auto j = to_json(a);
  j.erase("area_label");
  j.erase("owner_agency_name");
  return j;
}

// The whole roadmap: its activities, monitoring, change log and what is still missing.
nlohmann::json full_json(db::Connection& c, const Roadmap& r) {
  auto acts = activities(c, r.region_id, r.id);
  auto records = monitoring(c, r.region_id, r.id);
  auto j = to_json(r);
  j["activities"] = nlohmann::json::array();
  for (const auto& a : acts) j["activities"].push_back(to_json(a));
  j["monitoring"] = nlohmann::json::array();
  for (const auto& m : records) j["monitoring"].push_back(to_json(m));
  j["changes"] = nlohmann::json::array();
  for (const auto& ch : changes(c, r.region_id, r.id)) j["changes"].push_back(to_json(ch));
  j["areas_without_activities"] = areas_without_activities(acts);
  int this_year = std::stoi(regions::region_today(c, r.region_id).substr(0, 4));
  j["monitoring_missing_years"] = r.status == "draft" ? std::vector<int>{} : monitoring_missing_years(r.period(), records, this_year);
  j["change_reasons"] = reasons_json(reasons_of(c, r.region_id));
  return j;
}

http::Response roadmap_response(int status, db::Connection& c, const Roadmap& r) {
  auto res = http::Response::json(status, full_json(c, r));
  res.header("etag", http::etag(r.version));
  return res;
}

http::Response activity_response(int status, db::Connection& c, const Activity& a) {
  auto fresh = find_activity(c, a.region_id, a.id);
  auto res = http::Response::json(status, to_json(fresh ? *fresh : a));
  res.header("etag", http::etag(a.version));
  return res;
}

Roadmap load(db::Connection& c, const std::string& region_id, int64_t id) {
  auto r = find(c, region_id, id);
  if (!r) throw ProblemError(Problem::not_found(kNotFound));
  return *r;
}

// Writes the change-log entry when an enacted roadmap's plan changed (Kendari Pasal 8
// ayat (5)); 422 on change_reason when no reason was given.
void log_change(db::Connection& c, const http::Request& req, const Roadmap& roadmap, std::optional<int64_t> activity_id,
                const std::string& action, const std::vector<std::string>& changed, const ChangeInput& change) {
  if (auto missing = missing_reason(roadmap.status, changed, change)) fail_if({*missing});
  if (roadmap.status != "enacted" || changed.empty()) return;
  Change ch;
  ch.region_id = roadmap.region_id;
  ch.roadmap_id = roadmap.id;
  ch.activity_id = activity_id;
  ch.action = action;
  ch.fields = changed;
  ch.reason = change.reason;
  for (const auto& r : reasons_of(c, roadmap.region_id))
    if (r.code == change.reason) ch.article = r.article;
  ch.note = change.note;
  ch.decree_number = change.decree_number;
  ch.decree_date = change.decree_date;
  ch.changed_by = req.principal->username;
  ch.changed_at = now_rfc3339();
  insert_change(c, ch);
}

void check_owner(db::Connection& c, const Activity& a) {
  if (!agencies::exists(c, a.region_id, a.owner_agency_id))
    fail_if({{"owner_agency_id", {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency does not exist in your region."}}});
}

}  // namespace

void add_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  const std::string base = "/api/v1/roadmaps";
  const std::string one = base + "/{roadmap_id}";
  const std::string activity = "/api/v1/roadmap-activities/{activity_id}";

  router.add("GET", base, Permission::governance_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      nlohmann::json items = nlohmann::json::array();
      for (const auto& r : list(c, region)) {
        auto j = to_json(r);
        j["activity_count"] = activity_count(c, region, r.id);
        items.push_back(j);
      }
      return http::Response::json(200, {{"items", items}, {"areas", areas_json()}, {"change_reasons", reasons_json(reasons_of(c, region))}});
    });
  });

  router.add("POST", base, Permission::governance_manage, [&ctx](http::Request& req) {
    return ctx.db->write([&](db::Connection& c) {
      auto in = parse_roadmap(req.json, true, {});
      Roadmap r;
      r.region_id = req.principal->region_id;
      r.title = *in.title;
      r.start_year = *in.start_year;
      r.end_year = *in.end_year;
      r.decree_number = in.decree_number.value_or("");
      r.decree_date = in.decree_date.value_or("");
      fail_if(roadmap_errors(r));
      r.created_at = r.updated_at = now_rfc3339();
      insert(c, r);
      audit_creation(c, audit_context(req), "roadmap.create", "roadmap", r, [](const Roadmap& x) { return to_json(x); });
      auto res = roadmap_response(201, c, r);
      res.header("location", "/api/v1/roadmaps/" + std::to_string(r.id));
      return res;
    });
  }, http::Body::json);

  router.add("GET", one, Permission::governance_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "roadmap_id", kNotFound);
    return ctx.db->read([&](db::Connection& c) { return roadmap_response(200, c, load(c, req.principal->region_id, id)); });
  });

  router.add("PATCH", one, Permission::governance_manage, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "roadmap_id", kNotFound);
    return ctx.db->write([&](db::Connection& c) {
      auto in = parse_roadmap(req.json, false, reasons_of(c, req.principal->region_id));
      auto before = load(c, req.principal->region_id, id);
      check_version(version, before.version);
      refuse_if(cannot_change(before));
      Roadmap after = before;
      if (in.title) after.title = *in.title;
      if (in.start_year) after.start_year = *in.start_year;
      if (in.end_year) after.end_year = *in.end_year;
      if (in.decree_number) after.decree_number = *in.decree_number;
      if (in.decree_date) after.decree_date = *in.decree_date;
      fail_if(roadmap_errors(after));
      auto changed = roadmap_changes(before, after);
      log_change(c, req, before, std::nullopt, "roadmap.update", changed, in.change);
      // A new period re-lays every activity's years; a planned year may not fall out.
      if (after.start_year != before.start_year || after.end_year != before.end_year) {
        for (auto act : activities(c, after.region_id, after.id)) {
          Activity moved = act;
          fail_if(reshape_years(moved.years, after.period(), in.start_year ? "start_year" : "end_year"));
          commit_change(c, audit_context(req), "roadmap_activity.update", "roadmap_activity", act, moved, activity_record, update_activity);
        }
      }
      commit_change(c, audit_context(req), "roadmap.update", "roadmap", before, after, [](const Roadmap& x) { return to_json(x); }, update);
      return roadmap_response(200, c, after);
    });
  }, http::Body::json);

  // Enacting by decree (Kendari Pasal 8 ayat (3); Madiun Pasal 7 ayat (5)); an enacted
  // roadmap for an overlapping period is superseded in the same transaction.
  router.add("POST", one + "/enact", Permission::governance_manage, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "roadmap_id", kNotFound);
    RoadmapInput in;
    {
      BodyReader r(req.json, {"decree_number", "decree_date"});
      if (auto n = r.nullable_text("decree_number", 200, {"Nomor keputusan 1-200 karakter.", "The decree number has 1-200 characters."}))
        in.decree_number = n->value_or("");
      if (auto d = r.nullable_date("decree_date", {"Tanggal keputusan berformat TTTT-BB-HH.", "The decree date is YYYY-MM-DD."}))
        in.decree_date = d->value_or("");
      r.check();
    }
    return ctx.db->write([&](db::Connection& c) {
      auto before = load(c, req.principal->region_id, id);
      check_version(version, before.version);
      refuse_if(cannot_enact(before, activity_count(c, before.region_id, before.id)));
      Roadmap after = before;
      if (in.decree_number) after.decree_number = *in.decree_number;
      if (in.decree_date) after.decree_date = *in.decree_date;
      std::vector<FieldError> errors;
      if (after.decree_number.empty())
        errors.push_back({"decree_number", {"Isi nomor Keputusan yang menetapkan peta rencana (Kendari Pasal 8 ayat (3)).",
                                            "Enter the number of the decree that enacts the roadmap (Kendari Pasal 8 ayat (3))."}});
      if (after.decree_date.empty())
        errors.push_back({"decree_date", {"Isi tanggal Keputusan.", "Enter the date of the decree."}});
      else if (after.decree_date > regions::region_today(c, after.region_id))
        errors.push_back({"decree_date", {"Tanggal Keputusan tidak boleh di masa depan.", "The decree date cannot be in the future."}});
      fail_if(errors);
      for (const auto& other : list(c, after.region_id)) {
        if (other.id == after.id || other.status != "enacted" || !other.period().overlaps(after.period())) continue;
        Roadmap superseded = other;
        superseded.status = "superseded";
        commit_change(c, audit_context(req), "roadmap.supersede", "roadmap", other, superseded, [](const Roadmap& x) { return to_json(x); }, update);
      }
      after.status = "enacted";
      after.enacted_by = req.principal->username;
      after.enacted_at = now_rfc3339();
      commit_change(c, audit_context(req), "roadmap.enact", "roadmap", before, after, [](const Roadmap& x) { return to_json(x); }, update);
      return roadmap_response(200, c, after);
    });
  }, http::Body::json);

  router.add("POST", one + "/activities", Permission::governance_manage, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "roadmap_id", kNotFound);
    return ctx.db->write([&](db::Connection& c) {
      auto in = parse_activity(req.json, true, reasons_of(c, req.principal->region_id));
      auto roadmap = load(c, req.principal->region_id, id);
      refuse_if(cannot_change(roadmap));
      Activity a;
      a.region_id = roadmap.region_id;
      a.roadmap_id = roadmap.id;
      a.program = *in.program;
      a.name = *in.name;
      a.area = *in.area;
      a.owner_agency_id = *in.owner_agency_id;
      a.description = in.description.value_or("");
      a.years = default_years(roadmap.period());
      if (in.years) fail_if(merge_years(a.years, *in.years, roadmap.period()));
      check_owner(c, a);
      a.created_at = a.updated_at = now_rfc3339();
      insert_activity(c, a);
      log_change(c, req, roadmap, a.id, "roadmap_activity.create", {"activity"}, in.change);
      audit_creation(c, audit_context(req), "roadmap_activity.create", "roadmap_activity", a, activity_record);
      touch(c, roadmap.region_id, roadmap.id, a.updated_at);
      auto res = activity_response(201, c, a);
      res.header("location", "/api/v1/roadmap-activities/" + std::to_string(a.id));
      return res;
    });
  }, http::Body::json);

  router.add("GET", activity, Permission::governance_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "activity_id", kActivityNotFound);
    return ctx.db->read([&](db::Connection& c) {
      auto a = find_activity(c, req.principal->region_id, id);
      if (!a) throw ProblemError(Problem::not_found(kActivityNotFound));
      return activity_response(200, c, *a);
    });
  });

  router.add("PATCH", activity, Permission::governance_manage, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "activity_id", kActivityNotFound);
    return ctx.db->write([&](db::Connection& c) {
      auto in = parse_activity(req.json, false, reasons_of(c, req.principal->region_id));
      auto before = find_activity(c, req.principal->region_id, id);
      if (!before) throw ProblemError(Problem::not_found(kActivityNotFound));
      check_version(version, before->version);
      auto roadmap = load(c, before->region_id, before->roadmap_id);
      refuse_if(cannot_change(roadmap));
      Activity after = *before;
      if (in.program) after.program = *in.program;
      if (in.name) after.name = *in.name;
      if (in.area) after.area = *in.area;
      if (in.owner_agency_id) after.owner_agency_id = *in.owner_agency_id;
      if (in.description) after.description = *in.description;
      if (in.years) fail_if(merge_years(after.years, *in.years, roadmap.period()));
      check_owner(c, after);
      log_change(c, req, roadmap, after.id, "roadmap_activity.update", plan_changes(*before, after), in.change);
      if (commit_change(c, audit_context(req), "roadmap_activity.update", "roadmap_activity", *before, after, activity_record,
                        update_activity))
        touch(c, roadmap.region_id, roadmap.id, after.updated_at);
      return activity_response(200, c, after);
    });
  }, http::Body::json);

  // Only a draft's activities are removed; in an enacted roadmap an activity that is
  // dropped stays on record with its years marked cancelled.
  router.add("DELETE", activity, Permission::governance_manage, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "activity_id", kActivityNotFound);
    return ctx.db->write([&](db::Connection& c) {
      auto before = find_activity(c, req.principal->region_id, id);
      if (!before) throw ProblemError(Problem::not_found(kActivityNotFound));
      check_version(version, before->version);
      auto roadmap = load(c, before->region_id, before->roadmap_id);
      if (roadmap.status != "draft")
        refuse_if(Text{"Kegiatan peta rencana yang sudah ditetapkan tidak dihapus; tandai tahun-tahunnya dibatalkan (cancelled) "
                       "dengan alasan perubahan.",
                       "An activity of an enacted roadmap is not deleted; mark its years cancelled, with the reason for the change."});
      if (budget_links(c, before->id) > 0)
        refuse_if(Text{"Kegiatan ini dirujuk oleh baris rencana anggaran; lepaskan dulu rujukannya.",
                       "Budget lines refer to this activity; remove those links first."});
      if (!delete_activity(c, before->region_id, before->id, before->version)) check_version(before->version + 1, before->version);
      audit::append(c, audit_context(req), "roadmap_activity.delete", "roadmap_activity", std::to_string(before->id),
                    audit::changes_between(activity_record(*before), nullptr));
      touch(c, roadmap.region_id, roadmap.id, now_rfc3339());
      http::Response res;
      res.status = 204;
      return res;
    });
  });

  // Annual monitoring and evaluation (Kendari Pasal 8 ayat (4); Madiun Pasal 7 ayat (4)).
  router.add("POST", one + "/monitoring", Permission::governance_manage, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "roadmap_id", kNotFound);
    auto in = parse_monitoring(req.json);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      auto roadmap = load(c, req.principal->region_id, id);
      refuse_if(cannot_monitor(roadmap));
      fail_if(monitoring_errors(in, roadmap.period(), regions::region_today(c, roadmap.region_id)));
      if (has_monitoring(c, roadmap.id, in.year))
        throw ProblemError(Problem::conflict({"Pemantauan tahun " + std::to_string(in.year) + " sudah dicatat; satu catatan per tahun.",
                                              "The monitoring of " + std::to_string(in.year) + " is already recorded; one record per year."}));
      Monitoring m;
      m.region_id = roadmap.region_id;
      m.roadmap_id = roadmap.id;
      m.year = in.year;
      m.date = in.date;
      m.summary = in.summary;
      m.findings = in.findings;
      m.recorded_by = req.principal->username;
      m.created_at = now_rfc3339();
      insert_monitoring(c, m);
      // Logged on the roadmap, so its history shows every year's monitoring.
      auto record = to_json(m);
      record.erase("created_at");
      audit::append(c, audit_context(req), "roadmap.monitor", "roadmap", std::to_string(roadmap.id),
                    {{"monitoring." + std::to_string(m.year), {{"before", nullptr}, {"after", record}}}});
      touch(c, roadmap.region_id, roadmap.id, m.created_at);
      return http::Response::json(201, to_json(m));
    });
  }, http::Body::json);

  add_record_reads<Roadmap>(
      router, ctx, Permission::governance_read,
      {one, "roadmap_id", "roadmap", "peta-rencana", kNotFound,
       [](db::Connection& c, const auth::Principal& me, int64_t id) { return load(c, me.region_id, id); },
       full_json,
       [](db::Connection& c, const Roadmap& r) {
         return workbook(r, activities(c, r.region_id, r.id), monitoring(c, r.region_id, r.id), changes(c, r.region_id, r.id));
       }});
  add_record_reads<Activity>(router, ctx, Permission::governance_read,
                             {activity, "activity_id", "roadmap_activity", "kegiatan-peta-rencana", kActivityNotFound,
                              [](db::Connection& c, const auth::Principal& me, int64_t id) {
                                auto a = find_activity(c, me.region_id, id);
                                if (!a) throw ProblemError(Problem::not_found(kActivityNotFound));
                                return *a;
                              },
                              nullptr, nullptr});
}

}  // namespace simpul::modules::roadmaps
