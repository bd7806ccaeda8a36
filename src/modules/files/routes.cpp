#include "modules/files/routes.h"

#include "app/audit_context.h"
#include "audit/diff.h"
#include "audit/log.h"
#include "core/clock.h"
#include "core/digest.h"
#include "core/log.h"
#include "files/blob_store.h"
#include "files/file_rules.h"
#include "files/store.h"

namespace simpul::modules::files {

namespace {

using namespace simpul::files;

const Text kNotFound{"Berkas tidak ditemukan.", "File not found."};

// The name the user gave: ?name=, else the filename of a Content-Disposition header.
std::string given_name(const http::Request& req) {
  if (auto name = req.query_param("name")) return *name;
  std::string_view disposition = req.header("content-disposition");
  auto at = disposition.find("filename=\"");
  if (at == std::string_view::npos) return "";
  auto rest = disposition.substr(at + 10);
  return std::string(rest.substr(0, rest.find('"')));
}

http::Response answer(int status, const StoredFile& f) {
  auto res = http::Response::json(status, to_json(f));
  res.header("location", "/api/v1/files/" + f.sha256);
  return res;
}

http::Response upload(AppContext& ctx, http::Request& req) {
  const auto& me = *req.principal;
  std::string media_type = bare_media_type(req.header("content-type"));
  if (!is_accepted_type(media_type)) {
    auto why = content_problem(media_type, req.body);
    throw ProblemError(Problem::of("unsupported-file-type", 415, *why));
  }
  if (auto why = content_problem(media_type, req.body)) throw ProblemError(Problem::of("unacceptable-file", 422, *why));

  StoredFile file;
  file.region_id = me.region_id;
  file.sha256 = sha256_hex(req.body);
  file.name = safe_file_name(given_name(req));
  file.media_type = media_type;
  file.size_bytes = static_cast<int64_t>(req.body.size());
  file.uploaded_by = me.username;
  file.uploaded_at = now_rfc3339();
  // The bytes first, outside the transaction: they are named by their hash, so a copy
  // left by a transaction that then fails is harmless and the next upload reuses it.
  BlobStore(files_dir(ctx.config)).put(file.sha256, req.body);
  return ctx.db->write([&](db::Connection& c) {
    if (auto existing = find(c, me.region_id, file.sha256)) return answer(200, *existing);
    insert(c, file);
    nlohmann::json recorded = {{"name", file.name}, {"media_type", file.media_type}, {"size_bytes", file.size_bytes}};
    audit::append(c, audit_context(req), "file.upload", "file", file.sha256, audit::changes_between(nullptr, recorded));
    return answer(201, file);
  });
}

http::Response download(AppContext& ctx, http::Request& req) {
  const std::string& sha256 = req.param("sha256");
  if (!is_sha256_hex(sha256)) throw ProblemError(Problem::not_found(kNotFound));
  auto file = ctx.db->read([&](db::Connection& c) { return find(c, req.principal->region_id, sha256); });
  if (!file) throw ProblemError(Problem::not_found(kNotFound));
  auto bytes = BlobStore(files_dir(ctx.config)).get(sha256);
  if (!bytes) {
    log::error("uploaded file missing from the files folder", {{"sha256", sha256}});
    throw ProblemError(Problem::of("file-missing", 410,
                                   {"Berkas tercatat tetapi isinya tidak ada lagi di penyimpanan. Hubungi Dinas Kominfo.",
                                    "The file is recorded but its content is no longer in storage. Contact the ICT office."}));
  }
  auto res = http::Response::text(200, std::move(*bytes), file->media_type);
  res.header("content-disposition", attachment_header(file->name));
  res.header("etag", "\"" + sha256 + "\"");
  res.header("cache-control", "private, max-age=31536000, immutable");  // the content of a hash never changes
  return res;
}

}  // namespace

void add_routes(http::Router& router, AppContext& ctx) {
  router.add("POST", "/api/v1/files", auth::Permission::file_upload,
             [&ctx](http::Request& req) { return upload(ctx, req); }, http::Body::upload);
  router.add("GET", "/api/v1/files/{sha256}", auth::Permission::registry_read,
             [&ctx](http::Request& req) { return download(ctx, req); });
}

}  // namespace simpul::modules::files
