#include "http/metrics.h"

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "core/version.h"

namespace simpul::http {

namespace {
long resident_bytes() {
  std::ifstream statm("/proc/self/statm");
  long pages_total = 0, pages_resident = 0;
  statm >> pages_total >> pages_resident;
  return pages_resident * sysconf(_SC_PAGESIZE);
}

std::string label_escape(const std::string& v) {
  std::string out;
  for (char c : v) {
    if (c == '\\' || c == '"') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}
}  // namespace

Metrics::Metrics(const std::vector<std::pair<std::string, std::string>>& routes) : routes_(routes.size()) {
  auto add = [&](std::string method, std::string route) {
    auto s = std::make_unique<Slot>();
    s->method = std::move(method);
    s->route = std::move(route);
    slots_.push_back(std::move(s));
  };
  for (const auto& [method, pattern] : routes) add(method, pattern);
  add("*", "unmatched");
  add("GET", "web");
}

void Metrics::record(size_t slot, int status, double seconds) {
  Slot& s = *slots_.at(slot);
  if (status >= 100 && status < 600) s.codes[status].fetch_add(1, std::memory_order_relaxed);
  size_t b = 0;
  while (b < kBuckets.size() && seconds > kBuckets[b]) ++b;
  if (b < kBuckets.size()) s.buckets[b].fetch_add(1, std::memory_order_relaxed);
  s.count.fetch_add(1, std::memory_order_relaxed);
  s.sum_nanos.fetch_add(static_cast<uint64_t>(seconds * 1e9), std::memory_order_relaxed);
}

std::string Metrics::render() const {
  std::ostringstream out;
  out << "# HELP simpul_http_requests_total HTTP requests answered, by route, method and status code.\n"
      << "# TYPE simpul_http_requests_total counter\n";
  for (const auto& s : slots_)
    for (int code = 100; code < 600; ++code)
      if (auto n = s->codes[code].load(std::memory_order_relaxed))
        out << "simpul_http_requests_total{route=\"" << label_escape(s->route) << "\",method=\"" << s->method
            << "\",code=\"" << code << "\"} " << n << "\n";

  out << "# HELP simpul_http_request_duration_seconds Time from a complete request to its response.\n"
      << "# TYPE simpul_http_request_duration_seconds histogram\n";
  for (const auto& s : slots_) {
    uint64_t count = s->count.load(std::memory_order_relaxed);
    if (count == 0) continue;
    std::string labels = "route=\"" + label_escape(s->route) + "\",method=\"" + s->method + "\"";
    uint64_t cumulative = 0;
    for (size_t b = 0; b < kBuckets.size(); ++b) {
      cumulative += s->buckets[b].load(std::memory_order_relaxed);
      char le[32];
      std::snprintf(le, sizeof le, "%g", kBuckets[b]);
      out << "simpul_http_request_duration_seconds_bucket{" << labels << ",le=\"" << le << "\"} " << cumulative << "\n";
    }
    out << "simpul_http_request_duration_seconds_bucket{" << labels << ",le=\"+Inf\"} " << count << "\n";
    out << "simpul_http_request_duration_seconds_sum{" << labels << "} "
        << static_cast<double>(s->sum_nanos.load(std::memory_order_relaxed)) / 1e9 << "\n";
    out << "simpul_http_request_duration_seconds_count{" << labels << "} " << count << "\n";
  }

  out << "# HELP simpul_http_connections_active Open client connections.\n"
      << "# TYPE simpul_http_connections_active gauge\n"
      << "simpul_http_connections_active " << connections_active_.load() << "\n"
      << "# HELP simpul_http_connections_rejected_total Connections refused with 503 because max_connections was reached.\n"
      << "# TYPE simpul_http_connections_rejected_total counter\n"
      << "simpul_http_connections_rejected_total " << connections_rejected_.load() << "\n"
      << "# HELP simpul_process_resident_memory_bytes Resident memory of the process.\n"
      << "# TYPE simpul_process_resident_memory_bytes gauge\n"
      << "simpul_process_resident_memory_bytes " << resident_bytes() << "\n"
      << "# HELP simpul_build_info Version of the running binary.\n"
      << "# TYPE simpul_build_info gauge\n"
      << "simpul_build_info{version=\"" << kVersion << "\"} 1\n";
  return out.str();
}

}  // namespace simpul::http
