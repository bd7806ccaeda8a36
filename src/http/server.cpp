#include "http/server.h"

#include <algorithm>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <atomic>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>

#include "core/digest.h"
#include "core/log.h"
#include "http/middleware.h"

namespace simpul::http {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;
namespace ssl = boost::asio::ssl;
using tcp = boost::asio::ip::tcp;

namespace {

constexpr auto kLingerTime = std::chrono::seconds(2);

class SessionBase {
 public:
  virtual ~SessionBase() = default;
  virtual void drain() = 0;  // called once when the server begins to stop
};

// State every connection shares with the server.
struct Shared {
  ServerOptions options;
  const Pipeline& pipeline;
  Metrics& metrics;
  net::thread_pool* writers = nullptr;  // where mutations are handled
  std::atomic<bool> draining{false};
  std::atomic<size_t> active{0};
  std::mutex mu;
  std::unordered_map<SessionBase*, std::weak_ptr<SessionBase>> sessions;

  Shared(ServerOptions o, const Pipeline& p, Metrics& m) : options(std::move(o)), pipeline(p), metrics(m) {}
};

// What we know of a request that failed before it reached the pipeline.
struct PartialRequest {
  Lang lang = Lang::id;
  std::string instance;    // the path, once the request line was read
  std::string request_id;  // the client's when sane, otherwise a new one
};

// Builds a problem answer for failures found before a request reaches the pipeline.
bhttp::response<bhttp::string_body> transport_problem(const Problem& p, const PartialRequest& req) {
  bhttp::response<bhttp::string_body> res{static_cast<bhttp::status>(p.status), 11};
  res.set(bhttp::field::content_type, "application/problem+json");
  res.set(bhttp::field::connection, "close");
  res.set("x-request-id", req.request_id);
  res.body() = problem_to_json(p, req.lang, req.instance, req.request_id).dump();
  res.keep_alive(false);
  res.prepare_payload();
  return res;
}

template <bool Tls>
class Session : public SessionBase, public std::enable_shared_from_this<Session<Tls>> {
  using Stream = std::conditional_t<Tls, beast::ssl_stream<beast::tcp_stream>, beast::tcp_stream>;

 public:
  template <class... Args>
  Session(Shared& shared, bool reject, tcp::socket&& socket, Args&&... tls_context)
      : shared_(shared),
        reject_(reject),
        stream_(std::move(socket), std::forward<Args>(tls_context)...),
        read_deadline_(stream_.get_executor()) {
    beast::error_code ec;
    auto ep = lowest().socket().remote_endpoint(ec);
    if (!ec) remote_ = ep.address().to_string() + ":" + std::to_string(ep.port());
    ++shared_.active;
    shared_.metrics.connection_opened();
  }

  ~Session() override {
    {
      std::lock_guard lock(shared_.mu);
      shared_.sessions.erase(this);
    }
    --shared_.active;
    shared_.metrics.connection_closed();
  }

  void start() {
    {
      std::lock_guard lock(shared_.mu);
      shared_.sessions[this] = this->shared_from_this();
    }
    net::dispatch(stream_.get_executor(), [self = this->shared_from_this()] { self->begin(); });
  }

  void drain() override {
    net::post(stream_.get_executor(), [self = this->shared_from_this()] {
      // An idle keep-alive connection is closed now; one mid-request finishes first.
      if (self->reading_ && !(self->parser_ && self->parser_->got_some())) {
        beast::error_code ec;
        self->lowest().socket().cancel(ec);
      }
    });
  }

 private:
  beast::tcp_stream& lowest() { return beast::get_lowest_layer(stream_); }

  void begin() {
    if constexpr (Tls) {
      lowest().expires_after(shared_.options.request_timeout);
      stream_.async_handshake(ssl::stream_base::server, [self = this->shared_from_this()](beast::error_code ec) {
        if (ec) return self->close_now();
        self->after_handshake();
      });
    } else {
      after_handshake();
    }
  }

  void after_handshake() {
    if (reject_) {
      shared_.metrics.connection_rejected();
      log::warn("connection refused", {{"remote", remote_}, {"reason", "max_connections"}});
      return write_and_close(transport_problem(
          Problem::unavailable({"Server sedang menerima terlalu banyak koneksi. Coba lagi sebentar lagi.",
                                "The server has too many open connections. Try again shortly."}),
          {Lang::id, "", request_id()}));
    }
    read_next();
  }

  void read_next() {
    if (shared_.draining) return close_now();
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(shared_.options.max_header_bytes));
    // Until the header says which route it is, allow the larger of the two limits: the
    // parser checks Content-Length against the limit while it reads the header.
    body_limit_ = shared_.options.accepts_upload
                      ? std::max(shared_.options.max_body_bytes, shared_.options.max_upload_bytes)
                      : shared_.options.max_body_bytes;
    parser_->body_limit(body_limit_);
    reading_ = true;
    // Our own deadline rather than the stream's: on expiry the stream would
    // close the socket, and a client that stalled mid-request deserves a 408.
    lowest().expires_never();
    timed_out_ = false;
    read_deadline_.expires_after(shared_.options.request_timeout);
    read_deadline_.async_wait([self = this->shared_from_this()](beast::error_code ec) {
      if (ec || !self->reading_) return;
      self->timed_out_ = true;
      beast::error_code ignored;
      self->lowest().socket().cancel(ignored);
    });
    // The header first: an upload route (files, imports) may take a larger body than the rest.
    bhttp::async_read_header(stream_, buffer_, *parser_,
                             [self = this->shared_from_this()](beast::error_code ec, size_t) { self->on_header(ec); });
  }

  void on_header(beast::error_code ec) {
    if (ec) return on_read(ec);
    const auto& msg = parser_->get();
    if (shared_.options.accepts_upload) {
      auto split = split_target(std::string_view(msg.target().data(), msg.target().size()));
      bool upload = split && shared_.options.accepts_upload(std::string(msg.method_string()), split->first);
      body_limit_ = upload ? shared_.options.max_upload_bytes : shared_.options.max_body_bytes;
      // A declared length is checked here; a chunked body against the limit as it arrives.
      auto length = parser_->content_length();
      if (length && *length > body_limit_) return on_read(bhttp::error::body_limit);
      parser_->body_limit(body_limit_);
    }
    bhttp::async_read(stream_, buffer_, *parser_,
                      [self = this->shared_from_this()](beast::error_code ec, size_t) { self->on_read(ec); });
  }

  void on_read(beast::error_code ec) {
    reading_ = false;
    read_deadline_.cancel();
    if (ec) return on_read_error(timed_out_ ? beast::error::timeout : ec);
    auto& msg = parser_->get();
    Request req;
    req.method = std::string(msg.method_string());
    req.target = std::string(msg.target());
    req.remote = remote_;
    for (const auto& field : msg) {
      std::string name(field.name_string());
      for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      req.headers.emplace_back(std::move(name), std::string(field.value()));
    }
    req.body = std::move(msg.body());
    bool keep_alive = msg.keep_alive();
    unsigned version = msg.version();

    auto split = split_target(req.target);
    if (!split) {
      auto out = Response::problem(Problem::bad_request({"Alamat permintaan tidak sah.", "The request target is not valid."}), req);
      return write_response(std::move(out), false, keep_alive && !shared_.draining, version);
    }
    req.path = std::move(split->first);
    req.query = std::move(split->second);
    bool head = req.method == "HEAD";
    if (!is_read(req.method) && shared_.writers) {
      // Off the event loop: the handler may wait for a durable commit.
      net::post(*shared_.writers, [self = this->shared_from_this(), req = std::move(req), head, keep_alive, version]() mutable {
        auto out = std::make_shared<Response>(self->shared_.pipeline.handle(req));
        net::post(self->stream_.get_executor(), [self, out, head, keep_alive, version] {
          self->write_response(std::move(*out), head, keep_alive && !self->shared_.draining, version);
        });
      });
      return;
    }
    Response out = shared_.pipeline.handle(req);  // before reading `draining`: a stop may arrive meanwhile
    write_response(std::move(out), head, keep_alive && !shared_.draining, version);
  }

  static bool is_read(const std::string& method) { return method == "GET" || method == "HEAD" || method == "OPTIONS"; }

  void on_read_error(beast::error_code ec) {
    if (ec == beast::error::timeout) {
      if (parser_ && parser_->got_some()) return reject_request(Problem::request_timeout(), "timeout");
      return close_now();  // an idle keep-alive connection simply ends
    }
    if (ec == bhttp::error::header_limit)
      return reject_request(Problem::headers_too_large(shared_.options.max_header_bytes), "header_limit");
    if (ec == bhttp::error::body_limit)
      return reject_request(Problem::payload_too_large(body_limit_), "body_limit");
    if (ec.category() == bhttp::make_error_code(bhttp::error::bad_method).category() &&
        ec != bhttp::error::end_of_stream && ec != bhttp::error::partial_message)
      return reject_request(Problem::bad_request({"Permintaan HTTP tidak dapat dibaca.", "The HTTP request could not be parsed."}),
                            ec.message());
    close_now();  // the client went away (eof, reset, cancelled on drain)
  }

  // What the parser saw of the failed request: language, path and request id when the headers got that far.
  PartialRequest partial_request() {
    PartialRequest req;
    if (parser_ && parser_->got_some()) {  // fields parsed so far, even when the header failed a limit
      const auto& msg = parser_->get();
      req.lang = preferred_language(msg[bhttp::field::accept_language]);
      if (auto target = split_target(msg.target())) req.instance = target->first;
      auto id = msg["x-request-id"];
      if (acceptable_request_id(id)) req.request_id = std::string(id);
    }
    if (req.request_id.empty()) req.request_id = request_id();
    return req;
  }

  void reject_request(const Problem& p, const std::string& reason) {
    auto req = partial_request();
    shared_.metrics.record(shared_.metrics.unmatched_slot(), p.status, 0);
    log::info("request rejected", {{"status", p.status}, {"reason", reason}, {"path", req.instance},
                                   {"request_id", req.request_id}, {"remote", remote_}});
    write_and_close(transport_problem(p, req));
  }

  void write_response(Response out, bool head, bool keep_alive, unsigned version) {
    auto res = std::make_shared<bhttp::response<bhttp::string_body>>(static_cast<bhttp::status>(out.status), version);
    res->set(bhttp::field::server, "Simpul");
    res->set(bhttp::field::content_type, out.content_type);
    for (auto& [name, value] : out.headers) res->insert(name, value);
    res->keep_alive(keep_alive);
    if (head) {
      res->content_length(out.body.size());
    } else {
      res->body() = std::move(out.body);
      res->prepare_payload();
    }
    lowest().expires_after(shared_.options.request_timeout);
    bhttp::async_write(stream_, *res, [self = this->shared_from_this(), res, keep_alive](beast::error_code ec, size_t) {
      if (ec) return self->close_now();
      if (keep_alive && !self->shared_.draining) return self->read_next();
      self->close_gracefully(false);
    });
  }

  void write_and_close(bhttp::response<bhttp::string_body> response) {
    auto res = std::make_shared<bhttp::response<bhttp::string_body>>(std::move(response));
    res->set(bhttp::field::server, "Simpul");
    lowest().expires_after(shared_.options.request_timeout);
    bhttp::async_write(stream_, *res, [self = this->shared_from_this(), res](beast::error_code ec, size_t) {
      if (ec) return self->close_now();
      self->close_gracefully(true);
    });
  }

  // Ends the connection after an answer. With `linger`, unread request bytes
  // are drained for a moment first: closing a socket with unread data sends a
  // TCP reset, and the client could lose the error answer we just sent.
  void close_gracefully(bool linger) {
    if constexpr (Tls) {
      lowest().expires_after(std::chrono::seconds(2));
      stream_.async_shutdown([self = this->shared_from_this()](beast::error_code) { self->close_now(); });
    } else {
      beast::error_code ec;
      lowest().socket().shutdown(tcp::socket::shutdown_send, ec);
      if (!linger || ec) return close_now();
      lowest().expires_after(kLingerTime);
      discard_until_closed();
    }
  }

  void discard_until_closed() {
    lowest().async_read_some(net::buffer(discard_),
                             [self = this->shared_from_this()](beast::error_code ec, size_t) {
                               if (ec) return self->close_now();
                               self->discard_until_closed();
                             });
  }

  void close_now() {
    beast::error_code ec;
    lowest().socket().shutdown(tcp::socket::shutdown_both, ec);
    lowest().socket().close(ec);
  }

  Shared& shared_;
  bool reject_;
  Stream stream_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  size_t body_limit_ = 0;  // of the request being read
  net::steady_timer read_deadline_;
  bool reading_ = false;
  bool timed_out_ = false;
  std::string remote_;
  std::array<char, 4096> discard_{};
};

}  // namespace

// One io_context per worker thread, each run by exactly one thread: a
// connection lives on one of them for its whole life, so its handlers never
// race (no strands needed) and no thread hands work to another. A separate
// control loop accepts connections (dealt round-robin to the workers) and
// handles signals and shutdown, so a busy worker never delays a stop.
struct Server::Impl {
  Shared shared;
  net::thread_pool writers;
  net::io_context control{1};
  std::vector<std::unique_ptr<net::io_context>> loops;
  size_t next_loop = 0;
  tcp::acceptor acceptor;
  std::optional<ssl::context> tls;
  net::steady_timer retry_timer;
  net::steady_timer stop_timer;
  net::signal_set signals;
  std::chrono::steady_clock::time_point stop_deadline;
  bool stopping = false;

  Impl(ServerOptions o, const Pipeline& p, Metrics& m)
      : shared(std::move(o), p, m),
        writers(std::max(1u, shared.options.write_threads)),
        loops(make_loops(std::max(1u, shared.options.threads))),
        acceptor(control),
        retry_timer(control),
        stop_timer(control),
        signals(control, SIGINT, SIGTERM) {
    shared.writers = &writers;
  }

  static std::vector<std::unique_ptr<net::io_context>> make_loops(unsigned n) {
    std::vector<std::unique_ptr<net::io_context>> out;
    for (unsigned i = 0; i < n; ++i) out.push_back(std::make_unique<net::io_context>(1));
    return out;
  }

  net::io_context& loop_for_next_connection() { return *loops[next_loop++ % loops.size()]; }

  void load_tls() {
    if (shared.options.tls_cert.empty()) return;
    tls.emplace(ssl::context::tls_server);
    tls->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                     ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::single_dh_use);
    try {
      tls->use_certificate_chain_file(shared.options.tls_cert);
      tls->use_private_key_file(shared.options.tls_key, ssl::context::pem);
    } catch (const std::exception& e) {
      throw std::runtime_error("cannot load the TLS certificate or key (" + shared.options.tls_cert + ", " +
                               shared.options.tls_key + "): " + e.what());
    }
  }

  void accept() {
    acceptor.async_accept(loop_for_next_connection(), [this](beast::error_code ec, tcp::socket socket) {
      if (ec == net::error::operation_aborted || stopping) return;
      if (ec) {
        // e.g. out of file descriptors: wait a moment instead of spinning.
        log::warn("accept failed", {{"error", ec.message()}});
        retry_timer.expires_after(std::chrono::milliseconds(100));
        retry_timer.async_wait([this](beast::error_code e) { if (!e) accept(); });
        return;
      }
      bool reject = shared.active.load() >= shared.options.max_connections;
      if (tls) std::make_shared<Session<true>>(shared, reject, std::move(socket), *tls)->start();
      else std::make_shared<Session<false>>(shared, reject, std::move(socket))->start();
      accept();
    });
  }

  void begin_stop() {
    if (stopping) return;
    stopping = true;
    shared.draining = true;
    log::info("shutting down", {{"open_connections", shared.active.load()}});
    beast::error_code ec;
    acceptor.close(ec);
    signals.cancel(ec);
    retry_timer.cancel();
    std::vector<std::shared_ptr<SessionBase>> open;
    {
      std::lock_guard lock(shared.mu);
      for (auto& [_, weak] : shared.sessions)
        if (auto s = weak.lock()) open.push_back(std::move(s));
    }
    for (auto& s : open) s->drain();
    stop_deadline = std::chrono::steady_clock::now() + shared.options.shutdown_grace;
    wait_for_sessions();
  }

  void wait_for_sessions() {
    if (shared.active.load() == 0 || std::chrono::steady_clock::now() >= stop_deadline) {
      if (shared.active.load() > 0) log::warn("shutdown grace over", {{"open_connections", shared.active.load()}});
      control.stop();
      return;
    }
    stop_timer.expires_after(std::chrono::milliseconds(20));
    stop_timer.async_wait([this](beast::error_code) { wait_for_sessions(); });
  }
};

Server::Server(ServerOptions options, const Pipeline& pipeline, Metrics& metrics)
    : impl_(std::make_unique<Impl>(std::move(options), pipeline, metrics)) {}

Server::~Server() = default;

uint16_t Server::listen() {
  auto& o = impl_->shared.options;
  impl_->load_tls();
  beast::error_code ec;
  auto address = net::ip::make_address(o.host, ec);
  if (ec) throw std::runtime_error("listen address '" + o.host + "' is not an IP address");
  tcp::endpoint endpoint(address, o.port);
  auto& a = impl_->acceptor;
  a.open(endpoint.protocol(), ec);
  if (!ec) a.set_option(net::socket_base::reuse_address(true), ec);
  if (!ec) a.bind(endpoint, ec);
  if (!ec) a.listen(net::socket_base::max_listen_connections, ec);
  if (ec) throw std::runtime_error("cannot listen on " + o.host + ":" + std::to_string(o.port) + ": " + ec.message());
  return a.local_endpoint().port();
}

void Server::run() {
  impl_->signals.async_wait([this](beast::error_code ec, int) {
    if (!ec) impl_->begin_stop();
  });
  net::post(impl_->control, [this] { impl_->accept(); });
  // Worker loops without connections must not return early: keep them running until stop.
  std::vector<net::executor_work_guard<net::io_context::executor_type>> keep_running;
  for (auto& loop : impl_->loops) keep_running.push_back(net::make_work_guard(*loop));
  std::vector<std::thread> workers;
  for (auto& loop : impl_->loops) workers.emplace_back([&loop] { loop->run(); });
  impl_->control.run();  // returns once every connection is done (or the grace is over)
  impl_->writers.join();  // handlers still running finish before the loops stop
  for (auto& loop : impl_->loops) loop->stop();
  for (auto& t : workers) t.join();
}

void Server::stop() {
  impl_->shared.draining = true;  // at once: a request finishing right now answers "Connection: close"
  net::post(impl_->control, [this] { impl_->begin_stop(); });
}

}  // namespace simpul::http
