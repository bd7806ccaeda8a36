// The external assessors' results (Penilaian Dokumen, Interviu, Visitasi) entered beside the
// signed-off self-assessment by the ICT office: one indicator at a time (corrections on the
// version seen) or a whole stage at once; the result is the latest stage, shown against the
// self-assessed level.
#include <map>

#include "app/audit_context.h"
#include "app/record_change.h"
#include "core/body_reader.h"
#include "core/clock.h"
#include "http/conditional.h"
#include "modules/evaluation/campaign_view.h"
#include "modules/evaluation/evidence_routes_support.h"
#include "modules/evaluation/external_store.h"
#include "modules/evaluation/json.h"
#include "modules/evaluation/routes_support.h"
#include "modules/evaluation/store.h"

namespace simpul::modules::evaluation {

namespace {

const Text kStageNotFound{"Tahap penilaian eksternal tidak dikenal: document, interview atau visit.",
                          "Unknown external stage: document, interview or visit."};
const Text kResultNotFound{"Hasil penilaian eksternal ini belum dimasukkan.", "This external result has not been entered."};
const char* kEntity = "evaluation_campaign";  // the results are the campaign's: its history shows them

ExternalStage stage_param(const http::Request& req) {
  auto stage = parse_stage(req.param("stage"));
  if (!stage) throw ProblemError(Problem::not_found(kStageNotFound));
  return *stage;
}

// The result a request names: campaign, indicator and stage from the path, the version seen.
struct OneResult {
  int64_t campaign_id;
  int indicator_no;
  ExternalStage stage;
  std::optional<int64_t> version;
};

OneResult one_result(const http::Request& req) {
  return {campaign_param(req), indicator_param(req), stage_param(req), http::optional_version(req)};
}

// External results follow the signed Berita Acara: 409 until the campaign was signed off once.
void require_signed_off_once(db::Connection& c, const Campaign& campaign) {
  for (const auto& e : list_events(c, campaign.campaign_id))
    if (e.kind == "signed_off") return;
  throw ProblemError(Problem::conflict(
      {"Hasil penilaian eksternal baru dapat dimasukkan setelah penilaian mandiri ditandatangani (Berita Acara Penilaian Mandiri).",
       "External results can be entered only after the self-assessment has been signed off."}));
}

// The level must be one of the indicator's scale; else why not (for the field `field`).
std::optional<FieldError> level_error(const frameworks::Framework& f, const frameworks::Indicator& i, const nlohmann::json& v,
                                      const std::string& field) {
  const auto* scale = f.scale(i.scale);
  int low = scale ? scale->lowest() : 1, high = scale ? scale->highest() : 5;
  if (v.is_number_integer() && v.get<int64_t>() >= low && v.get<int64_t>() <= high) return std::nullopt;
  return FieldError{field,
                    {"Tingkat indikator " + std::to_string(i.number) + " harus bilangan bulat " + std::to_string(low) +
                         " sampai " + std::to_string(high) + ".",
                     "The level of indicator " + std::to_string(i.number) + " must be a whole number from " +
                         std::to_string(low) + " to " + std::to_string(high) + "."}};
}

const Text kNoteMessage{"Catatan paling banyak 2000 karakter.", "The note has at most 2000 characters."};

struct SingleInput {
  int level = 0;
  std::string note;
};

SingleInput read_single(const nlohmann::json& body, const frameworks::Framework& f, const frameworks::Indicator& i) {
  BodyReader r(body, {"level", "note"});
  SingleInput in;
  if (!r.has("level")) r.add("level", {"Pilih tingkat hasil penilaian eksternal.", "Choose the external level."});
  else if (auto e = level_error(f, i, body["level"], "level")) r.add(e->field, e->message);
  else in.level = body["level"].get<int>();
  if (auto n = r.nullable_text("note", 2000, kNoteMessage)) in.note = n->value_or("");
  r.check();
  return in;
}

struct StageInput {
  std::map<int, int> levels;        // entered or corrected
  std::vector<int> remove;          // results taken off this stage
  std::map<int, int64_t> versions;  // the version seen of each result corrected or removed
  std::string note;
};

// The indicator a key of `levels` or `versions` (or an entry of `remove`) names, or a field error.
const frameworks::Indicator* indicator_of(BodyReader& r, const frameworks::Framework& f, const std::string& key,
                                          const std::string& field) {
  bool numeric = !key.empty() && key.size() < 7 && key.find_first_not_of("0123456789") == std::string::npos;
  const auto* indicator = numeric ? f.indicator(std::stoi(key)) : nullptr;
  if (!indicator)
    r.add(field, {"Indikator " + key + " tidak ada dalam kerangka penilaian ini.", "Indicator " + key + " is not in this framework."});
  return indicator;
}

StageInput read_stage(const nlohmann::json& body, const frameworks::Framework& f) {
  BodyReader r(body, {"levels", "remove", "versions", "note"});
  StageInput in;
  const Text shape{"Isi levels sebagai objek nomor indikator → tingkat, misalnya {\"1\": 3, \"2\": 2}.",
                   "Give levels as an object of indicator number → level, e.g. {\"1\": 3, \"2\": 2}."};
  bool has_levels = r.has("levels") && body["levels"].is_object() && !body["levels"].empty();
  bool has_remove = r.has("remove") && body["remove"].is_array() && !body["remove"].empty();
  if (r.has("levels") && !body["levels"].is_object()) r.add("levels", shape);
  else if (!has_levels && !has_remove) r.add("levels", shape);
  if (has_levels)
    for (const auto& [key, value] : body["levels"].items()) {
      const std::string field = "levels." + key;
      const auto* indicator = indicator_of(r, f, key, field);
      if (!indicator) continue;
      if (auto e = level_error(f, *indicator, value, field)) r.add(e->field, e->message);
      else in.levels[indicator->number] = value.get<int>();
    }
  if (r.has("remove") && !body["remove"].is_array())
    r.add("remove", {"Isi remove sebagai daftar nomor indikator.", "Give remove as a list of indicator numbers."});
  else if (has_remove)
    for (const auto& v : body["remove"]) {
      const auto* indicator = v.is_number_integer() ? indicator_of(r, f, std::to_string(v.get<int64_t>()), "remove") : nullptr;
      if (!v.is_number_integer()) r.add("remove", {"Isi remove sebagai daftar nomor indikator.", "Give remove as a list of indicator numbers."});
      else if (indicator && in.levels.count(indicator->number))
        r.add("remove", {"Indikator " + std::to_string(indicator->number) + " tidak dapat diisi dan dihapus sekaligus.",
                         "Indicator " + std::to_string(indicator->number) + " cannot be both entered and removed."});
      else if (indicator) in.remove.push_back(indicator->number);
    }
  if (r.has("versions")) {
    if (!body["versions"].is_object())
      r.add("versions", {"Isi versions sebagai objek nomor indikator → versi yang dilihat.",
                         "Give versions as an object of indicator number → the version seen."});
    else
      for (const auto& [key, value] : body["versions"].items()) {
        const auto* indicator = indicator_of(r, f, key, "versions." + key);
        if (!indicator) continue;
        if (!value.is_number_integer() || value.get<int64_t>() < 1)
          r.add("versions." + key, {"Versi adalah bilangan bulat positif.", "A version is a positive whole number."});
        else in.versions[indicator->number] = value.get<int64_t>();
      }
  }
  if (auto n = r.nullable_text("note", 2000, kNoteMessage)) in.note = n->value_or("");
  r.check();
  return in;
}

nlohmann::json stage_json(const ExternalResult* r) {
  if (!r) return nullptr;
  return {{"level", r->level}, {"note", r->note}, {"entered_by", r->entered_by}, {"entered_at", r->entered_at},
          {"version", r->version}};
}

nlohmann::json result_row_json(const ExternalResult& r) {
  return {{"indicator_no", r.indicator_no}, {"stage", stage_name(r.stage)}, {"level", r.level}, {"note", r.note},
          {"entered_by", r.entered_by},     {"entered_at", r.entered_at},   {"version", r.version}};
}

// Per indicator its stages, result and difference; the result index; whether entry is open.
nlohmann::json external_overview(db::Connection& c, const Campaign& campaign) {
  auto v = load_view(c, campaign);
  std::map<std::pair<int, ExternalStage>, ExternalResult> rows;
  for (auto& r : list_external_results(c, campaign.campaign_id)) rows[{r.indicator_no, r.stage}] = r;
  auto find = [&](int no, ExternalStage s) {
    auto it = rows.find({no, s});
    return it == rows.end() ? nullptr : &it->second;
  };
  bool signed_once = false;
  for (const auto& e : list_events(c, campaign.campaign_id)) signed_once |= e.kind == "signed_off";
  nlohmann::json items = nlohmann::json::array();
  for (const auto& p : v.framework->indicators()) {
    int no = p.indicator->number;
    const Answer* a = v.answer(no);
    std::optional<int> self = a ? a->level : std::nullopt;
    auto it = v.external.find(no);
    auto summary = external_json(it == v.external.end() ? nullptr : &it->second, self);
    items.push_back({{"number", no},
                     {"name", p.indicator->name},
                     {"self", self ? nlohmann::json(*self) : nlohmann::json(nullptr)},
                     {"document", stage_json(find(no, ExternalStage::document))},
                     {"interview", stage_json(find(no, ExternalStage::interview))},
                     {"visit", stage_json(find(no, ExternalStage::visit))},
                     {"result", summary["result"]},
                     {"difference", summary["difference"]}});
  }
  nlohmann::json diffs = nlohmann::json::array();
  for (const auto& d : differences(answered_levels(v.answers), result_levels(v.external)))
    diffs.push_back({{"indicator", d.indicator_no}, {"self", d.self}, {"result", d.result}, {"difference", d.difference()}});
  return {{"campaign_id", campaign.campaign_id},
          {"entry_open", signed_once},
          {"items", items},
          {"differences", diffs},
          {"result_index", v.result ? index_json(*v.result) : nlohmann::json(nullptr)}};
}

void audit_results(db::Connection& c, const http::Request& req, const std::string& action, const Campaign& campaign,
                   const nlohmann::json& changes) {
  audit::append(c, audit_context(req), action, kEntity, std::to_string(campaign.campaign_id), changes);
}

std::string result_key(int no, ExternalStage s) { return "external." + std::to_string(no) + "." + stage_name(s); }

nlohmann::json change_of(const ExternalResult* before, const ExternalResult* after) {
  auto side = [](const ExternalResult* r) {
    return r ? nlohmann::json{{"level", r->level}, {"note", r->note}} : nlohmann::json(nullptr);
  };
  return {{"before", side(before)}, {"after", side(after)}};
}

}  // namespace

void add_external_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  const auto external = kBase + "/campaigns/{campaign_id}/external";

  router.add("GET", external, Permission::evaluation_read, [&ctx](http::Request& req) {
    auto id = campaign_param(req);
    return ctx.db->read([&](db::Connection& c) {
      return http::Response::json(200, external_overview(c, require_campaign(c, req.principal->region_id, id)));
    });
  });

  // One indicator at one stage: entered, or corrected on the version seen (If-Match).
  router.add("PUT", external + "/{indicator_no}/{stage}", Permission::evaluation_manage, [&ctx](http::Request& req) {
    auto [id, no, stage, version] = one_result(req);
    return ctx.db->write([&](db::Connection& c) {
      auto campaign = require_campaign(c, req.principal->region_id, id);
      auto f = require_framework(c, campaign);
      const auto& indicator = require_indicator(*f, no);
      require_signed_off_once(c, campaign);
      auto in = read_single(req.json, *f, indicator);
      auto before = find_external_result(c, id, no, stage);
      if (before && !version) http::required_version(req);  // 428: a correction names the version it corrects
      if (before) check_version(version, before->version);
      ExternalResult after;
      after.indicator_no = no;
      after.stage = stage;
      after.level = in.level;
      after.note = in.note;
      after.entered_by = req.principal->username;
      after.entered_at = now_rfc3339();
      int status = 201;
      if (!before) {
        insert_external_result(c, campaign, after);
        audit_results(c, req, "evaluation_external_result.enter", campaign,
                      {{result_key(no, stage), change_of(nullptr, &after)}});
      } else if (before->level == after.level && before->note == after.note) {
        after = *before;  // nothing changed: no new version
        status = 200;
      } else {
        after.version = before->version + 1;
        if (!update_external_result(c, id, after, before->version)) check_version(after.version, before->version);
        audit_results(c, req, "evaluation_external_result.update", campaign,
                      {{result_key(no, stage), change_of(&*before, &after)}});
        status = 200;
      }
      auto res = http::Response::json(status, result_row_json(after));
      res.header("etag", http::etag(after.version));
      return res;
    });
  }, http::Body::json);

  // A whole stage at once, all or nothing: new results entered, results with another level
  // corrected and results named in `remove` taken off, each of the last two only on the version
  // seen (`versions`: 409 when missing, 412 when someone changed it since; nothing is saved then).
  // The same level again is kept as it is.
  router.add("PUT", external + "/{stage}", Permission::evaluation_manage, [&ctx](http::Request& req) {
    auto id = campaign_param(req);
    auto stage = stage_param(req);
    return ctx.db->write([&](db::Connection& c) {
      auto campaign = require_campaign(c, req.principal->region_id, id);
      auto f = require_framework(c, campaign);
      require_signed_off_once(c, campaign);
      auto in = read_stage(req.json, *f);
      // The version seen of a result that changes: required, and still the stored one.
      auto seen_version = [&](const ExternalResult& existing) {
        auto v = in.versions.find(existing.indicator_no);
        if (v == in.versions.end())
          throw ProblemError(Problem::conflict(
              {"Hasil indikator " + std::to_string(existing.indicator_no) +
                   " pada tahap ini sudah ada: sertakan versinya (versions) untuk mengoreksi atau menghapusnya.",
               "Indicator " + std::to_string(existing.indicator_no) +
                   " already has a result at this stage: give its version (versions) to correct or remove it."}));
        check_version(v->second, existing.version);
      };
      nlohmann::json changes = nlohmann::json::object();
      for (const auto& [no, level] : in.levels) {
        auto existing = find_external_result(c, id, no, stage);
        ExternalResult r;
        r.indicator_no = no;
        r.stage = stage;
        r.level = level;
        r.note = existing && in.note.empty() ? existing->note : in.note;
        r.entered_by = req.principal->username;
        r.entered_at = now_rfc3339();
        if (!existing) {
          insert_external_result(c, campaign, r);
          changes[result_key(no, stage)] = change_of(nullptr, &r);
        } else if (existing->level != level) {
          seen_version(*existing);
          r.version = existing->version + 1;
          if (!update_external_result(c, id, r, existing->version)) check_version(r.version, existing->version);
          changes[result_key(no, stage)] = change_of(&*existing, &r);
        }
      }
      for (int no : in.remove) {
        auto existing = find_external_result(c, id, no, stage);
        if (!existing) continue;  // already off this stage: the wish is met
        seen_version(*existing);
        delete_external_result(c, id, no, stage);
        changes[result_key(no, stage)] = change_of(&*existing, nullptr);
      }
      if (!changes.empty()) audit_results(c, req, "evaluation_external_result.enter_stage", campaign, changes);
      return http::Response::json(200, external_overview(c, campaign));
    });
  }, http::Body::json);

  router.add("DELETE", external + "/{indicator_no}/{stage}", Permission::evaluation_manage, [&ctx](http::Request& req) {
    auto [id, no, stage, version] = one_result(req);
    return ctx.db->write([&](db::Connection& c) {
      auto campaign = require_campaign(c, req.principal->region_id, id);
      require_indicator(*require_framework(c, campaign), no);
      auto before = find_external_result(c, id, no, stage);
      if (!before) throw ProblemError(Problem::not_found(kResultNotFound));
      check_version(version, before->version);
      delete_external_result(c, id, no, stage);
      audit_results(c, req, "evaluation_external_result.remove", campaign,
                    {{result_key(no, stage), change_of(&*before, nullptr)}});
      return no_content();
    });
  });
}

}  // namespace simpul::modules::evaluation
