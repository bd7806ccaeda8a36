#include "modules/knowledge/view.h"

#include "core/problem.h"
#include "files/store.h"
#include "http/conditional.h"
#include "modules/knowledge/rules.h"
#include "modules/knowledge/store.h"
#include "modules/regions/store.h"

namespace simpul::modules::knowledge {

namespace {

const Text kNotFound{"Artikel pengetahuan tidak ditemukan.", "Knowledge article not found."};
const Text kNotVisible{"Artikel ini belum terbit; hanya perangkat daerah pemiliknya dan Dinas Kominfo yang dapat membukanya.",
                       "This article is not published; only its owner agency and the ICT office can open it."};

nlohmann::json or_null(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }

nlohmann::json average_json(const Article& a) {
  auto avg = rating_average(a.rating_sum, a.rating_count);
  return avg ? nlohmann::json(*avg) : nlohmann::json(nullptr);
}

}  // namespace

std::optional<CitedObligation> knowledge_obligation(db::Connection& c, const std::string& region_id) {
  return cited_obligation(region_profile(c, region_id),
                          [](const profiles::Obligation& o) {
                            return o.rule.kind == "required_record" && o.rule.value("record") == "knowledge_base";
                          });
}

nlohmann::json summary_json(const Article& a, const std::string& today) {
  return {{"id", a.id},
          {"title", a.title},
          {"summary", a.summary},
          {"kind", a.kind},
          {"status", a.status},
          {"agency", {{"id", a.agency_id}, {"name", a.agency_name}, {"short_name", a.agency_short_name}}},
          {"owner", person_json(a.owner_user_id, a.owner_name)},
          {"keywords", a.keywords},
          {"revision", a.revision},
          {"published_at", or_null(a.published_at)},
          {"review_due_on", or_null(a.review_due_on)},
          {"review_due", review_due(a, today)},
          {"usage", {{"views", a.view_count}, {"uses", a.use_count}, {"rating_average", average_json(a)},
                     {"rating_count", a.rating_count}}},
          {"updated_at", a.updated_at},
          {"version", a.version}};
}

nlohmann::json transfer_json(db::Connection& c, const Transfer& t) {
  nlohmann::json agencies = nlohmann::json::array();
  for (auto id : t.agency_ids) {
    auto rows = c.query("SELECT short_name FROM agencies WHERE region_id = ? AND agency_id = ?", {t.region_id, id});
    agencies.push_back({{"id", id}, {"short_name", rows.empty() ? "" : rows[0].text(0)}});
  }
  nlohmann::json file = nullptr;
  if (!t.file_sha256.empty())
    if (auto f = files::find(c, t.region_id, t.file_sha256))
      file = {{"sha256", f->sha256}, {"name", f->name}, {"media_type", f->media_type}, {"size_bytes", f->size_bytes}};
  return {{"id", t.id},
          {"kind", t.kind},
          {"held_on", t.held_on},
          {"title", t.title},
          {"audience", t.audience},
          {"agency_ids", t.agency_ids},
          {"agencies", agencies},
          {"participants", t.participants},
          {"sha256", or_null(t.file_sha256)},
          {"file", file},
          {"notes", or_null(t.notes)},
          {"created_at", t.created_at}};
}

nlohmann::json article_json(db::Connection& c, const auth::Principal& me, const Article& a) {
  auto today = regions::region_today(c, a.region_id);
  auto j = summary_json(a, today);
  j["body"] = a.body;
  j["symptom"] = or_null(a.symptom);
  j["cause"] = or_null(a.cause);
  j["workaround"] = or_null(a.workaround);
  j["last_reviewed_at"] = or_null(a.last_reviewed_at);
  j["created_at"] = a.created_at;
  auto mine = rating_of(c, a.id, me.user_id);
  j["my_rating"] = mine ? nlohmann::json{{"stars", mine->stars}, {"comment", or_null(mine->comment)}} : nlohmann::json(nullptr);
  j["links"] = nlohmann::json::array();
  for (const auto& l : links(c, a.id)) j["links"].push_back(to_json(l));
  j["transfers"] = nlohmann::json::array();
  for (const auto& t : transfers(c, a.id)) j["transfers"].push_back(transfer_json(c, t));
  j["revisions"] = nlohmann::json::array();
  for (const auto& r : revisions(c, a.id))
    j["revisions"].push_back({{"revision", r.revision},
                              {"published_at", r.published_at},
                              {"published_by", person_json(r.published_by, r.published_by_name)},
                              {"title", r.title}});
  j["events"] = nlohmann::json::array();
  for (const auto& e : events(c, a.id)) j["events"].push_back(to_json(e));
  j["allowed_actions"] = may_edit(me, a) ? nlohmann::json(possible_actions(a)) : nlohmann::json::array();
  auto o = knowledge_obligation(c, a.region_id);
  j["obligation"] = o ? nlohmann::json{{"article", o->article}, {"text", o->text}, {"citation", o->citation}}
                      : nlohmann::json(nullptr);
  return j;
}

Article load_visible(db::Connection& c, const auth::Principal& me, int64_t id) {
  auto a = find(c, me.region_id, id);
  if (!a) throw ProblemError(Problem::not_found(kNotFound));
  if (!may_see(me, *a)) throw ProblemError(Problem::forbidden(kNotVisible));
  return *a;
}

http::Response article_response(db::Connection& c, const auth::Principal& me, int status, int64_t id) {
  auto a = load_visible(c, me, id);
  auto res = http::Response::json(status, article_json(c, me, a));
  res.header("etag", http::etag(a.version));
  return res;
}

}  // namespace simpul::modules::knowledge
