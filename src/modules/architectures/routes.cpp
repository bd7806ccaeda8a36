#include "modules/architectures/routes.h"
#include "modules/regions/store.h"

#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/record_reads.h"
#include "app/region_profile.h"
#include "core/body_reader.h"
#include "export/xlsx.h"
#include "http/conditional.h"
#include "http/params.h"
#include "modules/agencies/store.h"
#include "modules/architectures/export.h"
#include "modules/architectures/rules.h"
#include "modules/architectures/store.h"
#include "modules/committees/store.h"
#include "modules/planning/plan_fields.h"
#include "modules/planning/period.h"

namespace simpul::modules::architectures {

namespace {

const Text kNotFound{"Arsitektur SPBE tidak ditemukan.", "SPBE architecture not found."};
const Text kNoDomain{"Domain arsitektur tidak dikenal: business_process, data_information, infrastructure, application, security atau service.",
                     "Unknown architecture domain: business_process, data_information, infrastructure, application, security or service."};
const std::string kBase = "/api/v1/architectures";

struct Setting {
  Regulation regulation;
  std::string today;
};

Setting setting_of(db::Connection& c, const std::string& region_id) {
  return {regulation_of(region_profile(c, region_id)), regions::region_today(c, region_id)};
}

nlohmann::json text_json(const Text& t) { return {{"id", t.id}, {"en", t.en}}; }

// The version as the API shows it: the record, its domains with their names, reviews,
// the reviews it is due and what the regulation lets the UI offer.
nlohmann::json present(const Architecture& a, const Setting& s) {
  nlohmann::json j = {{"id", a.id},
                      {"title", a.title},
                      {"start_year", a.start_year},
                      {"end_year", a.end_year},
                      {"mid_term_year", planning::YearPeriod{a.start_year, a.end_year}.mid_term_year()},
                      {"reference_summary", a.reference_summary},
                      {"decree_number", plan_fields::or_null(a.decree_number)},
                      {"decree_date", plan_fields::or_null(a.decree_date)},
                      {"decree_article", plan_fields::or_null(s.regulation.decree_article)},
                      {"status", a.status},
                      {"next_statuses", next_statuses(a.status)},
                      {"version", a.version},
                      {"created_at", a.created_at},
                      {"updated_at", a.updated_at}};
  j["domains"] = nlohmann::json::array();
  for (const auto& d : a.domains) {
    auto dj = to_json(d);
    dj["label"] = text_json(domain_label(d.domain));
    j["domains"].push_back(dj);
  }
  j["reviews"] = nlohmann::json::array();
  for (const auto& r : a.reviews) j["reviews"].push_back(to_json(r));
  j["review_schedule"] = {{"kind", s.regulation.schedule}, {"article", plan_fields::or_null(s.regulation.schedule_article)}};
  j["review_kinds"] = review_kinds(s.regulation);
  j["review_reason_options"] = nlohmann::json::array();
  for (const auto& o : s.regulation.reasons)
    j["review_reason_options"].push_back({{"code", o.code}, {"label", text_json(o.label)}, {"article", plan_fields::or_null(o.article)}});
  j["due_reviews"] = nlohmann::json::array();
  for (const auto& d : due_reviews(a, s.regulation, s.today))
    j["due_reviews"].push_back({{"kind", d.kind},
                                {"year", d.year},
                                {"due_date", d.due_date},
                                {"state", d.state},
                                {"review_id", d.review_id ? nlohmann::json(*d.review_id) : nlohmann::json(nullptr)}});
  return j;
}

http::Response response(int status, const Architecture& a, const Setting& s) {
  auto res = http::Response::json(status, present(a, s));
  res.header("etag", http::etag(a.version));
  return res;
}

Architecture load(db::Connection& c, const std::string& region_id, int64_t id) {
  auto a = find(c, region_id, id);
  if (!a) throw ProblemError(Problem::not_found(kNotFound));
  return *a;
}

// Versions that are not superseded never overlap: 409 naming the other version.
void refuse_overlap(db::Connection& c, const Architecture& a) {
  plan_fields::lock_region_plans(c, a.region_id);
  auto other = overlapping_version(a, list(c, a.region_id, ""));
  if (!other) return;
  std::string name = "\"" + other->title + "\" (" + std::to_string(other->start_year) + "-" + std::to_string(other->end_year) +
                     ", " + other->status + ")";
  auto p = Problem::conflict({"Periode ini tumpang tindih dengan versi arsitektur " + name +
                                  ". Versi yang belum digantikan tidak boleh tumpang tindih; gantikan versi itu dulu atau pilih periode lain.",
                              "This period overlaps the architecture version " + name +
                                  ". Versions that are not superseded may not overlap; supersede that version first or choose another period."});
  p.extensions = {{"conflicts_with", {{"id", other->id}, {"title", other->title}, {"start_year", other->start_year},
                                      {"end_year", other->end_year}, {"status", other->status}}}};
  throw ProblemError(p);
}

const std::initializer_list<const char*> kVersionFields{"title", "start_year", "end_year", "reference_summary",
                                                        "decree_number", "decree_date"};

// Reads the version's own fields onto `a`; says whether the period changed.
bool read_fields(BodyReader& r, Architecture& a, bool creating, const std::string& today) {
  auto title = r.text("title", creating, 200, {"Isi judul arsitektur (1-200 karakter).", "Enter the architecture's title (1-200 characters)."});
  auto start = plan_fields::year(r, "start_year", creating);
  auto end = plan_fields::year(r, "end_year", creating);
  auto reference = r.nullable_text("reference_summary", 20000, {"Referensi arsitektur berupa teks sampai 20000 karakter.",
                                                                "The reference architecture is text of up to 20000 characters."});
  auto decree = plan_fields::decree(r, {a.decree_number, a.decree_date}, today);
  r.check();
  bool period_changed = (start && *start != a.start_year) || (end && *end != a.end_year);
  if (title) a.title = *title;
  if (start) a.start_year = *start;
  if (end) a.end_year = *end;
  if (reference) a.reference_summary = reference->value_or("");
  a.decree_number = decree.number;
  a.decree_date = decree.date;
  return period_changed;
}

// The six domains of a new version, each with the agency the region names as its
// coordinator (GET /api/v1/organisation → architecture_coordinators, from the profile).
std::vector<Domain> initial_domains(db::Connection& c, const std::string& region_id) {
  auto coordinators = committees::coordinators(c, region_id);
  std::vector<Domain> out;
  for (const auto& name : domain_names()) {
    Domain d{name, "", std::nullopt, "", ""};
    for (const auto& k : coordinators)
      if (k.domain == name) d.agency_id = k.agency_id, d.article = k.article;
    out.push_back(d);
  }
  return out;
}

// Loads, checks the version the caller saw, applies `step`, saves with the audit entry.
template <class Step>
http::Response change(AppContext& ctx, http::Request& req, const std::string& action, Step step) {
  auto version = http::required_version(req);
  auto id = http::id_param(req, "architecture_id", kNotFound);
  return ctx.db->write([&](db::Connection& c) {
    const auto& region_id = req.principal->region_id;
    auto setting = setting_of(c, region_id);
    change_record(c, audit_context(req), action, "architecture", load(c, region_id, id), version,
                  [&](Architecture& after) { step(c, setting, after); }, record_json, update);
    return response(200, load(c, region_id, id), setting);
  });
}

}  // namespace

void add_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;

  router.add("GET", kBase, Permission::governance_read, [&ctx](http::Request& req) {
    std::string status = req.query_param("status").value_or("");
    if (!status.empty() && status != "draft" && status != "in_review" && status != "enacted" && status != "superseded")
      throw ProblemError(Problem::bad_request({"status adalah draft, in_review, enacted atau superseded.",
                                               "status is draft, in_review, enacted or superseded."}));
    return ctx.db->read([&](db::Connection& c) {
      auto setting = setting_of(c, req.principal->region_id);
      nlohmann::json items = nlohmann::json::array();
      for (const auto& a : list(c, req.principal->region_id, status)) items.push_back(present(a, setting));
      return http::Response::json(200, {{"items", items}});
    });
  });

  router.add("POST", kBase, Permission::governance_manage, [&ctx](http::Request& req) {
    return ctx.db->write([&](db::Connection& c) {
      const auto& region_id = req.principal->region_id;
      auto setting = setting_of(c, region_id);
      Architecture a;
      a.region_id = region_id;
      BodyReader r(req.json, kVersionFields);
      read_fields(r, a, true, setting.today);
      fail_on_field_errors(version_errors(a));
      refuse_overlap(c, a);
      a.domains = initial_domains(c, region_id);
      a.created_at = a.updated_at = now_rfc3339();
      insert(c, a);
      audit_creation(c, audit_context(req), "architecture.create", "architecture", a, record_json);
      auto res = response(201, load(c, region_id, a.id), setting);
      res.header("location", kBase + "/" + std::to_string(a.id));
      return res;
    });
  }, http::Body::json);

  router.add("GET", kBase + "/{architecture_id}", Permission::governance_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "architecture_id", kNotFound);
    return ctx.db->read([&](db::Connection& c) {
      return response(200, load(c, req.principal->region_id, id), setting_of(c, req.principal->region_id));
    });
  });

  router.add("PATCH", kBase + "/{architecture_id}", Permission::governance_manage, [&ctx](http::Request& req) {
    return change(ctx, req, "architecture.update", [&](db::Connection& c, const Setting& s, Architecture& a) {
      BodyReader r(req.json, kVersionFields);
      bool period_changed = read_fields(r, a, false, s.today);
      refuse_if(cannot_edit_content(a));
      fail_on_field_errors(version_errors(a));
      if (period_changed) refuse_overlap(c, a);
    });
  }, http::Body::json);

  // {"to": "in_review" | "draft" | "enacted" | "superseded"}; enacting takes the decree
  // here or from the record (Madiun Pasal 6 ayat (3)).
  router.add("POST", kBase + "/{architecture_id}/transition", Permission::governance_manage, [&ctx](http::Request& req) {
    return change(ctx, req, "architecture.transition", [&](db::Connection&, const Setting& s, Architecture& a) {
      BodyReader r(req.json, {"to", "decree_number", "decree_date"});
      auto to = r.word("to", {"draft", "in_review", "enacted", "superseded"}, true,
                       {"Pilih status tujuan: draft, in_review, enacted atau superseded.",
                        "Choose the status to move to: draft, in_review, enacted or superseded."});
      auto decree = plan_fields::decree(r, {a.decree_number, a.decree_date}, s.today);
      r.check();
      refuse_if(cannot_transition(a, *to));
      if (r.has("decree_number") || r.has("decree_date")) {
        refuse_if(cannot_edit_content(a));
        a.decree_number = decree.number;
        a.decree_date = decree.date;
      }
      if (*to == "enacted") fail_on_field_errors(enact_errors(a, s.regulation));
      a.status = *to;
    });
  }, http::Body::json);

  router.add("PATCH", kBase + "/{architecture_id}/domains/{domain}", Permission::governance_manage, [&ctx](http::Request& req) {
    std::string domain = req.path_params.count("domain") ? req.path_params.at("domain") : "";
    bool known = false;
    for (const auto& name : domain_names()) known |= name == domain;
    if (!known) throw ProblemError(Problem::not_found(kNoDomain));
    return change(ctx, req, "architecture.domain_update", [&](db::Connection& c, const Setting&, Architecture& a) {
      BodyReader r(req.json, {"description", "agency_id"});
      auto description = r.nullable_text("description", 20000, {"Uraian domain berupa teks sampai 20000 karakter.",
                                                                "The domain's description is text of up to 20000 characters."});
      auto agency_id = r.nullable_id("agency_id", {"Pilih perangkat daerah yang sah.", "Choose a valid agency."});
      r.check();
      for (auto& d : a.domains) {
        if (d.domain != domain) continue;
        if (description && description->value_or("") != d.description) {
          refuse_if(cannot_edit_content(a));
          d.description = description->value_or("");
        }
        if (agency_id && *agency_id != d.agency_id) {
          refuse_if(cannot_change_coordinator(a));
          if (*agency_id && !agencies::exists(c, a.region_id, **agency_id))
            fail_on_field_errors({{"agency_id", {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency does not exist in your region."}}});
          d.agency_id = *agency_id;
          // The article applies only while the agency is the one the regulation names.
          d.article.clear();
          for (const auto& k : committees::coordinators(c, a.region_id))
            if (k.domain == domain && d.agency_id && k.agency_id == *d.agency_id) d.article = k.article;
        }
      }
    });
  }, http::Body::json);

  // A review is a child record; it bumps the version's ETag too, so If-Match is checked when given.
  router.add("POST", kBase + "/{architecture_id}/reviews", Permission::governance_manage, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "architecture_id", kNotFound);
    std::optional<int64_t> version;
    if (!req.header("if-match").empty()) version = http::required_version(req);
    return ctx.db->write([&](db::Connection& c) {
      const auto& region_id = req.principal->region_id;
      auto setting = setting_of(c, region_id);
      auto before = load(c, region_id, id);
      check_version(version, before.version);
      refuse_if(cannot_review(before));
      BodyReader r(req.json, {"kind", "review_date", "reasons", "note", "decree_number", "decree_date"});
      auto kind = r.word("kind", {"mid_term", "final_year", "annual", "on_demand"}, true,
                         {"Pilih jenis reviu: mid_term, final_year, annual atau on_demand.",
                          "Choose the kind of review: mid_term, final_year, annual or on_demand."});
      auto date = r.nullable_date("review_date", {"Tanggal reviu berformat TTTT-BB-HH, misalnya 2024-03-15.",
                                                  "The review date is YYYY-MM-DD, e.g. 2024-03-15."});
      if (!r.has("review_date") || (date && !*date)) r.add("review_date", {"Isi tanggal reviu.", "Enter the date of the review."});
      auto reasons = plan_fields::codes(r, "reasons", reason_codes(setting.regulation), 0);
      auto note = r.nullable_text("note", 2000, {"Catatan berupa teks sampai 2000 karakter.", "The note is text of up to 2000 characters."});
      auto decree = plan_fields::decree(r, {}, setting.today);
      r.check();
      Review review;
      review.region_id = region_id;
      review.architecture_id = id;
      review.kind = *kind;
      review.review_date = **date;
      review.reasons = *reasons;
      review.note = note ? note->value_or("") : "";
      review.decree_number = decree.number;
      review.decree_date = decree.date;
      fail_on_field_errors(review_errors(before, setting.regulation, review, setting.today));
      review.recorded_by = req.principal->username;
      review.created_at = now_rfc3339();
      insert_review(c, review);
      commit_child_added(c, audit_context(req), "architecture.review", "architecture", before, "review", to_json(review), update);
      return response(201, load(c, region_id, id), setting);
    });
  }, http::Body::json);

  add_record_reads<Architecture>(
      router, ctx, Permission::governance_read,
      {kBase + "/{architecture_id}", "architecture_id", "architecture", "arsitektur-spbe", kNotFound,
       [](db::Connection& c, const auth::Principal& me, int64_t id) { return load(c, me.region_id, id); },
       [](db::Connection& c, const Architecture& a) { return present(a, setting_of(c, a.region_id)); },
       [](db::Connection& c, const Architecture& a) { return workbook(present(a, setting_of(c, a.region_id))); }});
}

}  // namespace simpul::modules::architectures
