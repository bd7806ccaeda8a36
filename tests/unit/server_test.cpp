// The server in-process: a request that is running when the server is told to
// stop still gets its whole answer, and nothing new is accepted afterwards.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "http/server.h"

using namespace simpul::http;
using namespace std::chrono_literals;

constexpr auto kOpen = simpul::auth::Permission::public_access;

namespace {

int connect_to(uint16_t port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

// Sends a keep-alive GET and reads until the server closes the connection.
std::string get_until_closed(uint16_t port, const std::string& path) {
  int fd = connect_to(port);
  if (fd < 0) return "";
  std::string request = "GET " + path + " HTTP/1.1\r\nHost: test\r\n\r\n";
  ::send(fd, request.data(), request.size(), 0);
  std::string answer;
  char buf[4096];
  ssize_t n;
  while ((n = ::recv(fd, buf, sizeof buf, 0)) > 0) answer.append(buf, static_cast<size_t>(n));
  ::close(fd);
  return answer;
}

}  // namespace

TEST(Server, InFlightRequestFinishesWhenStopping) {
  std::atomic<bool> entered{false};
  Router router;
  router.add("GET", "/slow", kOpen, [&](Request&) {
    entered = true;
    std::this_thread::sleep_for(300ms);
    return Response::json(200, {{"done", true}});
  });
  Metrics metrics(std::vector<std::pair<std::string, std::string>>{{"GET", "/slow"}});
  Pipeline pipeline(std::move(router), nullptr);
  ServerOptions options;
  options.port = 0;
  options.threads = 2;
  Server server(options, pipeline, metrics);
  uint16_t port = server.listen();
  std::thread runner([&] { server.run(); });

  std::string answer;
  std::thread client([&] { answer = get_until_closed(port, "/slow"); });
  for (int i = 0; i < 200 && !entered; ++i) std::this_thread::sleep_for(5ms);
  ASSERT_TRUE(entered) << "the request never reached its handler";
  server.stop();
  client.join();
  runner.join();

  EXPECT_EQ(answer.rfind("HTTP/1.1 200 OK", 0), 0u) << answer;
  EXPECT_NE(answer.find("Connection: close"), std::string::npos) << "a stopping server must not keep the connection";
  EXPECT_NE(answer.find(R"({"done":true})"), std::string::npos) << answer;
  EXPECT_EQ(connect_to(port), -1) << "a stopped server must not accept connections";
}

TEST(Server, IdleKeepAliveConnectionIsClosedOnStop) {
  Router router;
  router.add("GET", "/ok", kOpen, [](Request&) { return Response::json(200, {{"ok", true}}); });
  Metrics metrics(std::vector<std::pair<std::string, std::string>>{{"GET", "/ok"}});
  Pipeline pipeline(std::move(router), nullptr);
  ServerOptions options;
  options.port = 0;
  options.shutdown_grace = 5000ms;
  Server server(options, pipeline, metrics);
  uint16_t port = server.listen();
  std::thread runner([&] { server.run(); });

  int idle = connect_to(port);
  ASSERT_GE(idle, 0);
  std::this_thread::sleep_for(50ms);
  auto started = std::chrono::steady_clock::now();
  server.stop();
  runner.join();
  auto took = std::chrono::steady_clock::now() - started;
  EXPECT_LT(took, 2s) << "an idle connection must not hold the shutdown for the whole grace period";
  char byte;
  EXPECT_EQ(::recv(idle, &byte, 1, 0), 0) << "the idle connection should have been closed";
  ::close(idle);
}
