#include "http/middleware.h"

#include <chrono>
#include <cstdio>

#include "core/clock.h"
#include "core/json_text.h"

#include "core/digest.h"
#include "core/log.h"
#include "db/database.h"

namespace simpul::http {

bool acceptable_request_id(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-')) return false;
  return true;
}

namespace {
// One access-log line, formatted by hand: this runs for every request.
std::string access_log_line(const Request& req, const Response& res, double seconds) {
  std::string line;
  line.reserve(320);
  line += "{\"ts\":\"" + now_rfc3339() + "\",\"level\":\"info\",\"msg\":\"request\",\"method\":";
  append_json_string(line, req.method);
  line += ",\"path\":";
  append_json_string(line, req.path);
  line += ",\"route\":";
  append_json_string(line, req.route ? req.route->pattern : "");
  char numbers[96];
  std::snprintf(numbers, sizeof numbers, ",\"status\":%d,\"duration_ms\":%.3f,\"bytes\":%zu,\"request_id\":", res.status,
                seconds * 1000.0, res.body.size());
  line += numbers;
  append_json_string(line, req.request_id);
  line += ",\"remote\":";
  append_json_string(line, req.remote);
  line += '}';
  return line;
}
}  // namespace

Middleware observe(Metrics& metrics) {
  return [&metrics](Request& req, const Handler& next) {
    auto start = std::chrono::steady_clock::now();
    auto incoming = req.header("x-request-id");
    req.request_id = acceptable_request_id(incoming) ? std::string(incoming) : request_id();
    req.lang = preferred_language(req.header("accept-language"));

    Response res = next(req);
    res.header("x-request-id", req.request_id);

    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    size_t slot = req.route ? metrics.route_slot(req.route->index)
                  : (res.status < 400 && req.method == "GET") ? metrics.static_slot()
                                                              : metrics.unmatched_slot();
    metrics.record(slot, res.status, seconds);
    if (log::enabled(log::Level::info)) log::write_line(access_log_line(req, res, seconds));
    return res;
  };
}

Middleware recover() {
  return [](Request& req, const Handler& next) {
    try {
      return next(req);
    } catch (const ProblemError& e) {
      return Response::problem(e.problem(), req);
    } catch (const db::Error& e) {
      log::error("database failure", {{"request_id", req.request_id}, {"error", e.what()}});
      if (e.kind() == db::Error::Kind::unavailable)
        return Response::problem(Problem::unavailable({"Basis data sedang tidak dapat dihubungi. Coba lagi sebentar lagi.",
                                                       "The database cannot be reached right now. Try again shortly."}),
                                 req);
      return Response::problem(Problem::internal(), req);
    } catch (const std::exception& e) {
      log::error("unhandled failure", {{"request_id", req.request_id}, {"error", e.what()}});
      return Response::problem(Problem::internal(), req);
    }
  };
}

Middleware security_headers(bool tls) {
  return [tls](Request& req, const Handler& next) {
    Response res = next(req);
    res.header("x-content-type-options", "nosniff");
    res.header("referrer-policy", "same-origin");
    res.header("x-frame-options", "DENY");
    if (res.content_type.rfind("text/html", 0) == 0)
      res.header("content-security-policy",
                 "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'; base-uri 'none'");
    if (tls) res.header("strict-transport-security", "max-age=31536000; includeSubDomains");
    return res;
  };
}

namespace {
bool is_json_media_type(std::string_view content_type) {
  auto semi = content_type.find(';');
  auto media = content_type.substr(0, semi);
  while (!media.empty() && media.back() == ' ') media.remove_suffix(1);
  std::string lower;
  for (char c : media) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower == "application/json";
}
}  // namespace

Middleware json_body() {
  return [](Request& req, const Handler& next) {
    if (!req.route || req.route->body != Body::json) return next(req);
    if (!is_json_media_type(req.header("content-type"))) throw ProblemError(Problem::unsupported_media_type());
    req.json = nlohmann::json::parse(req.body, nullptr, false);
    if (req.json.is_discarded())
      throw ProblemError(Problem::malformed_json({"Isi permintaan bukan JSON yang sah. Periksa tanda kutip, koma dan kurung.",
                                                  "The request body is not valid JSON. Check quotes, commas and brackets."}));
    if (!req.json.is_object())
      throw ProblemError(Problem::malformed_json({"Isi permintaan harus berupa objek JSON ({ … }).",
                                                  "The request body must be a JSON object ({ … })."}));
    return next(req);
  };
}

}  // namespace simpul::http
