#pragma once
// Prometheus metrics for the HTTP server: request counts per route, method and
// status code, and latency histograms per route. Recording is lock-free
// (atomics in slots fixed at start-up); rendering walks the slots.
#include <array>
#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace simpul::http {

class Metrics {
 public:
  // One slot per (method, route pattern), plus catch-all slots for requests
  // that matched no route and for web UI files.
  explicit Metrics(const std::vector<std::pair<std::string, std::string>>& routes);

  size_t route_slot(size_t route_index) const { return route_index; }
  size_t unmatched_slot() const { return routes_; }
  size_t static_slot() const { return routes_ + 1; }

  void record(size_t slot, int status, double seconds);
  void connection_opened() { ++connections_active_; }
  void connection_closed() { --connections_active_; }
  void connection_rejected() { ++connections_rejected_; }

  std::string render() const;

  static constexpr std::array<double, 14> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                       0.1,    0.25,  0.5,    1,     2.5,  5,    10};

 private:
  struct Slot {
    std::string method, route;
    std::array<std::atomic<uint64_t>, 600> codes{};
    std::array<std::atomic<uint64_t>, kBuckets.size()> buckets{};  // non-cumulative; summed on render
    std::atomic<uint64_t> count{0};
    std::atomic<uint64_t> sum_nanos{0};
  };
  size_t routes_;
  std::vector<std::unique_ptr<Slot>> slots_;
  std::atomic<int64_t> connections_active_{0};
  std::atomic<uint64_t> connections_rejected_{0};
};

}  // namespace simpul::http
