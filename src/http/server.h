#pragma once
// The HTTP/1.1 server (Boost.Beast underneath, hidden in server.cpp): async
// keep-alive connections on a small thread pool, limits that answer with
// 408/413/431/503 problems instead of falling over, optional TLS, and a
// graceful stop on SIGTERM that lets in-flight requests finish.
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "http/metrics.h"
#include "http/pipeline.h"

namespace simpul::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  uint16_t port = 8080;
  unsigned threads = 1;
  // Changes (POST, PUT, PATCH, DELETE) run on a separate pool of this many
  // threads: they wait for durable commits, and many waiting at once let the
  // database group their commits. Reads run on the event loops directly.
  unsigned write_threads = 16;
  size_t max_connections = 1024;
  size_t max_body_bytes = 1024 * 1024;
  size_t max_header_bytes = 16 * 1024;
  std::chrono::milliseconds request_timeout{15000};
  std::chrono::milliseconds shutdown_grace{10000};
  std::string tls_cert;  // PEM files; both empty: plain HTTP
  std::string tls_key;
  // Routes that take uploads (files, spreadsheet imports) accept bodies up to
  // max_upload_bytes; `accepts_upload(method, path)` names them (empty: none).
  size_t max_upload_bytes = 20 * 1024 * 1024;
  std::function<bool(const std::string& method, const std::string& path)> accepts_upload;
};

class Server {
 public:
  Server(ServerOptions options, const Pipeline& pipeline, Metrics& metrics);
  ~Server();

  // Binds the socket (throws std::runtime_error with a clear message) and returns the bound port.
  uint16_t listen();

  // Serves until SIGTERM/SIGINT or stop(); returns once open requests are done
  // (or shutdown_grace has passed).
  void run();

  // Begins the same graceful stop as SIGTERM; safe from any thread.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace simpul::http
