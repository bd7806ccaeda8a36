// The evaluation frameworks a region can assess against: the built-in ones and those the
// region imported (a successor regulation), listed, shown whole, and imported from YAML.
#include "app/audit_context.h"
#include "app/record_change.h"
#include "audit/diff.h"
#include "core/body_reader.h"
#include "core/clock.h"
#include "core/digest.h"
#include "frameworks/loader.h"
#include "modules/evaluation/framework_store.h"
#include "modules/evaluation/routes_support.h"

namespace simpul::modules::evaluation {

namespace {

using frameworks::hundredths_text;

// A framework file is small (PermenPANRB 59/2020 is about 25 KB); this leaves room for a
// successor with questions written out, and stays under the request body limit.
constexpr size_t kMaxYamlChars = 500'000;

nlohmann::json summary_json(const AvailableFramework& a) {
  const auto& f = *a.framework;
  size_t aspects = 0, indicators = 0;
  for (const auto& d : f.domains) {
    aspects += d.aspects.size();
    for (const auto& as : d.aspects) indicators += as.indicators.size();
  }
  nlohmann::json j = {{"code", f.code},
                      {"title", f.title},
                      {"citation", f.citation},
                      {"index_name", f.index_name},
                      {"effective_from", f.effective_from},
                      {"status", f.status},
                      {"builtin", a.builtin},
                      {"domains", f.domains.size()},
                      {"aspects", aspects},
                      {"indicators", indicators}};
  if (!a.builtin) j["imported_by"] = a.imported_by, j["imported_at"] = a.imported_at;
  return j;
}

nlohmann::json levels_json(const std::vector<frameworks::Level>& levels) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& l : levels) out.push_back({{"value", l.value}, {"name", l.name}, {"criteria", l.criteria}});
  return out;
}

// The whole framework: scales, bands, and domains → aspects → indicators, weights as "1.30".
// The summary's counts give way to the lists they count.
nlohmann::json detail_json(const AvailableFramework& a) {
  const auto& f = *a.framework;
  auto j = summary_json(a);
  j.erase("aspects");
  j.erase("indicators");
  j["decimals"] = f.decimals;
  j["default_target_level"] = f.default_target_level;
  nlohmann::json scales = nlohmann::json::array(), bands = nlohmann::json::array(), domains = nlohmann::json::array();
  for (const auto& s : f.scales) scales.push_back({{"key", s.key}, {"name", s.name}, {"levels", levels_json(s.levels)}});
  for (const auto& b : f.bands) bands.push_back({{"from", hundredths_text(b.from)}, {"name", b.name}});
  for (const auto& d : f.domains) {
    nlohmann::json aspects = nlohmann::json::array();
    for (const auto& as : d.aspects) {
      nlohmann::json indicators = nlohmann::json::array();
      for (const auto& i : as.indicators)
        indicators.push_back({{"number", i.number},
                              {"name", i.name},
                              {"question", i.question},
                              {"weight", hundredths_text(i.weight)},
                              {"scale", i.scale},
                              {"criteria", levels_json(i.criteria)},
                              {"suggestion", i.suggestion.empty() ? nlohmann::json(nullptr) : nlohmann::json(i.suggestion)},
                              {"renamable", i.renamable}});
      aspects.push_back({{"number", as.number}, {"name", as.name}, {"weight", hundredths_text(as.weight)}, {"indicators", indicators}});
    }
    domains.push_back({{"number", d.number}, {"name", d.name}, {"weight", hundredths_text(d.weight)}, {"aspects", aspects}});
  }
  j["scales"] = scales;
  j["bands"] = bands;
  j["domains"] = domains;
  return j;
}

std::optional<AvailableFramework> find_available(db::Connection& c, const std::string& region_id, const std::string& code) {
  for (auto& a : available_frameworks(c, region_id))
    if (a.framework->code == code) return a;
  return std::nullopt;
}

// 422 with every loader error, each as it would print in `simpul framework check`.
[[noreturn]] void refuse_unloadable(const std::vector<std::string>& errors) {
  std::vector<FieldError> items;
  for (const auto& e : errors) items.push_back({"yaml", {e, e}});
  auto n = std::to_string(errors.size());
  auto p = Problem::of("framework-invalid", 422,
                       {"Berkas kerangka penilaian tidak dapat dimuat (" + n + " kesalahan). Perbaiki berkasnya, lalu impor lagi.",
                        "The framework file does not load (" + n + " errors). Correct the file, then import it again."});
  p.errors = std::move(items);
  throw ProblemError(std::move(p));
}

}  // namespace

void add_framework_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;

  router.add("GET", kBase + "/frameworks", Permission::evaluation_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      nlohmann::json items = nlohmann::json::array();
      for (const auto& a : available_frameworks(c, req.principal->region_id)) items.push_back(summary_json(a));
      return http::Response::json(200, {{"items", items}, {"default_code", default_framework_code()}});
    });
  });

  router.add("GET", kBase + "/frameworks/{code}", Permission::evaluation_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      auto a = find_available(c, req.principal->region_id, req.param("code"));
      if (!a) throw ProblemError(Problem::not_found({"Kerangka penilaian tidak ditemukan.", "Framework not found."}));
      return http::Response::json(200, detail_json(*a));
    });
  });

  router.add("POST", kBase + "/frameworks", Permission::evaluation_manage, [&ctx](http::Request& req) {
    BodyReader r(req.json, {"yaml"});
    auto yaml = r.text("yaml", true, kMaxYamlChars,
                       {"Tempelkan isi berkas YAML kerangka penilaian (paling banyak 500.000 karakter).",
                        "Paste the framework's YAML file (at most 500,000 characters)."});
    r.check();
    auto loaded = frameworks::load_framework(*yaml, "import.yaml");
    if (!loaded.framework) refuse_unloadable(loaded.errors);
    const auto& code = loaded.framework->code;
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& me = *req.principal;
      // A framework never changes once a campaign may use it: a new version takes a new code.
      if (frameworks::find_builtin_framework(code) ||
          !c.query("SELECT 1 FROM evaluation_frameworks WHERE region_id = ? AND code = ?", {me.region_id, code}).empty())
        throw ProblemError(Problem::conflict(
            {"Kerangka penilaian dengan kode \"" + code + "\" sudah ada. Versi baru memakai kode baru.",
             "A framework with the code \"" + code + "\" already exists. A new version takes a new code."}));
      auto sha = sha256_hex(*yaml);
      auto at = now_rfc3339();
      c.execute("INSERT INTO evaluation_frameworks (region_id, code, yaml_text, sha256, imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?)",
                {me.region_id, code, *yaml, sha, me.username, at});
      const auto& f = *loaded.framework;
      auto changes = audit::changes_between(
          nullptr, {{"code", code}, {"title", f.title}, {"citation", f.citation}, {"status", f.status}, {"sha256", sha}});
      audit::append(c, audit_context(req), "evaluation_framework.import", "evaluation_framework", code, changes);
      auto a = find_available(c, me.region_id, code);
      auto res = http::Response::json(201, detail_json(*a));
      res.header("location", kBase + "/frameworks/" + code);
      return res;
    });
  }, http::Body::json);
}

}  // namespace simpul::modules::evaluation
