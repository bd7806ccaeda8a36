#include "config/config.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <functional>

namespace simpul::config {

namespace {

using Apply = std::function<std::optional<std::string>(Config&, const std::string&)>;

struct Setting {
  SettingInfo info;
  Apply apply;  // returns an error message when the value is not acceptable
};

std::optional<uint64_t> parse_unsigned(const std::string& text) {
  uint64_t v = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || ptr != text.data() + text.size() || text.empty()) return std::nullopt;
  return v;
}

Apply unsigned_setting(uint64_t min, uint64_t max, std::function<void(Config&, uint64_t)> set) {
  return [=](Config& c, const std::string& v) -> std::optional<std::string> {
    auto n = parse_unsigned(v);
    if (!n || *n < min || *n > max)
      return "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max) + ", got '" + v + "'";
    set(c, *n);
    return std::nullopt;
  };
}

std::optional<std::string> apply_listen(Config& c, const std::string& v) {
  auto colon = v.rfind(':');
  if (colon == std::string::npos || colon == 0)
    return "must be HOST:PORT, e.g. 127.0.0.1:8080, got '" + v + "'";
  std::string host = v.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  auto port = parse_unsigned(v.substr(colon + 1));
  if (!port || *port > 65535) return "has a port that is not a number from 0 to 65535: '" + v + "'";
  c.listen_host = host;
  c.listen_port = static_cast<uint16_t>(*port);
  return std::nullopt;
}

std::optional<std::string> apply_database(Config& c, const std::string& v) {
  bool sqlite = v.rfind("sqlite:", 0) == 0 && v.size() > 7;
  bool postgres = v.rfind("postgresql://", 0) == 0 || v.rfind("postgres://", 0) == 0;
  if (!sqlite && !postgres) return "must be sqlite:PATH or postgresql://USER@HOST:PORT/NAME, got '" + v + "'";
  c.database_url = v;
  return std::nullopt;
}

const std::vector<Setting>& table() {
  using std::chrono::milliseconds;
  static const std::vector<Setting> all = {
      {{"database", "database URL: sqlite:PATH or postgresql://USER@HOST:PORT/NAME"}, apply_database},
      {{"listen", "address to listen on, HOST:PORT"}, apply_listen},
      {{"log_level", "debug, info, warn or error"},
       [](Config& c, const std::string& v) -> std::optional<std::string> {
         auto level = log::parse_level(v);
         if (!level) return "must be one of debug, info, warn, error; got '" + v + "'";
         c.log_level = *level;
         return std::nullopt;
       }},
      {{"web_root", "folder with the built web UI"},
       [](Config& c, const std::string& v) -> std::optional<std::string> {
         if (v.empty()) return "must not be empty";
         c.web_root = v;
         return std::nullopt;
       }},
      {{"tls_cert", "PEM certificate chain file; enables HTTPS together with tls_key"},
       [](Config& c, const std::string& v) -> std::optional<std::string> { c.tls_cert = v; return std::nullopt; }},
      {{"tls_key", "PEM private key file"},
       [](Config& c, const std::string& v) -> std::optional<std::string> { c.tls_key = v; return std::nullopt; }},
      {{"threads", "worker threads (0: one per CPU core)"},
       unsigned_setting(0, 256, [](Config& c, uint64_t n) { c.threads = static_cast<unsigned>(n); })},
      {{"write_threads", "threads that run changes (POST, PATCH, DELETE); more let commits group"},
       unsigned_setting(1, 1024, [](Config& c, uint64_t n) { c.write_threads = static_cast<unsigned>(n); })},
      {{"max_connections", "open connections before new ones get 503"},
       unsigned_setting(1, 1'000'000, [](Config& c, uint64_t n) { c.max_connections = n; })},
      {{"max_body_bytes", "largest request body accepted (413 above)"},
       unsigned_setting(1024, 1ull << 30, [](Config& c, uint64_t n) { c.max_body_bytes = n; })},
      {{"max_upload_bytes", "largest uploaded file or spreadsheet import accepted (413 above)"},
       unsigned_setting(1024, 1ull << 31, [](Config& c, uint64_t n) { c.max_upload_bytes = n; })},
      {{"files_dir", "folder for uploaded files, stored by content hash (default: files/ beside the SQLite database)"},
       [](Config& c, const std::string& v) -> std::optional<std::string> { c.files_dir = v; return std::nullopt; }},
      {{"max_header_bytes", "largest request header block accepted (431 above)"},
       unsigned_setting(1024, 1 << 20, [](Config& c, uint64_t n) { c.max_header_bytes = n; })},
      {{"request_timeout_ms", "time a client has to send a whole request (408 after)"},
       unsigned_setting(100, 3'600'000, [](Config& c, uint64_t n) { c.request_timeout = milliseconds(n); })},
      {{"shutdown_grace_ms", "time in-flight requests get to finish on SIGTERM"},
       unsigned_setting(0, 600'000, [](Config& c, uint64_t n) { c.shutdown_grace = milliseconds(n); })},
      {{"session_idle_seconds", "a browser session ends after this long without a request"},
       unsigned_setting(5, 86'400, [](Config& c, uint64_t n) { c.session_idle = std::chrono::seconds(n); })},
      {{"session_absolute_hours", "a browser session ends this long after sign-in"},
       unsigned_setting(1, 168, [](Config& c, uint64_t n) { c.session_absolute = std::chrono::hours(n); })},
      {{"login_attempts_per_client", "failed sign-ins per minute from one client address (429 above)"},
       unsigned_setting(1, 100'000, [](Config& c, uint64_t n) { c.login_attempts_per_client = static_cast<unsigned>(n); })},
      {{"login_attempts_per_username", "failed sign-ins per minute for one username (429 above)"},
       unsigned_setting(1, 100'000, [](Config& c, uint64_t n) { c.login_attempts_per_username = static_cast<unsigned>(n); })},
      {{"complaints_per_client_per_hour", "public complaints filed per hour from one client address (429 above)"},
       unsigned_setting(1, 1'000'000, [](Config& c, uint64_t n) { c.complaints_per_client_per_hour = static_cast<unsigned>(n); })},
      {{"complaint_lookups_per_client", "public complaint lookups and replies per 10 minutes from one client address (429 above)"},
       unsigned_setting(1, 1'000'000, [](Config& c, uint64_t n) { c.complaint_lookups_per_client = static_cast<unsigned>(n); })},
      {{"notification_spool_dir", "folder where queued e-mails are written as .eml files (default: notifications/ beside the files folder)"},
       [](Config& c, const std::string& v) -> std::optional<std::string> { c.notification_spool_dir = v; return std::nullopt; }},
      {{"notification_from", "From address of notification e-mails"},
       [](Config& c, const std::string& v) -> std::optional<std::string> {
         if (v.empty() || v.find_first_of("\r\n") != std::string::npos) return "must be one line, e.g. Simpul <no-reply@example.go.id>";
         c.notification_from = v;
         return std::nullopt;
       }},
      {{"notification_interval_ms", "how often serve sends queued notifications (0: not at all)"},
       unsigned_setting(0, 86'400'000, [](Config& c, uint64_t n) { c.notification_interval = milliseconds(n); })},
      {{"notification_backoff_seconds", "wait before retrying a failed notification; doubles on each failure"},
       unsigned_setting(0, 86'400, [](Config& c, uint64_t n) { c.notification_backoff = std::chrono::seconds(n); })},
      {{"instance_key", "Ed25519 key file (PEM) that signs the audit chain; created when missing"},
       [](Config& c, const std::string& v) -> std::optional<std::string> {
         if (v.empty()) return "must not be empty";
         c.instance_key = v;
         return std::nullopt;
       }},
  };
  return all;
}

const Setting* find_setting(const std::string& key) {
  for (const auto& s : table())
    if (s.info.key == key) return &s;
  return nullptr;
}

void apply_layer(Config& c, const std::map<std::string, std::string>& values, const std::string& origin,
                 std::vector<std::string>& errors) {
  for (const auto& [key, value] : values) {
    const Setting* s = find_setting(key);
    if (!s) {
      errors.push_back(origin + ": unknown setting '" + key + "'");
      continue;
    }
    if (auto err = s->apply(c, value)) errors.push_back(origin + ": " + key + " " + *err);
  }
}

std::map<std::string, std::string> read_yaml(const std::string& text, const std::string& name,
                                             std::vector<std::string>& errors) {
  std::map<std::string, std::string> out;
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    errors.push_back(name + ": not valid YAML (line " + std::to_string(e.mark.line + 1) + "): " + e.msg);
    return out;
  }
  if (root.IsNull()) return out;
  if (!root.IsMap()) {
    errors.push_back(name + ": must be a mapping of setting: value");
    return out;
  }
  for (const auto& kv : root) {
    auto key = kv.first.as<std::string>();
    if (!kv.second.IsScalar()) {
      errors.push_back(name + ": setting '" + key + "' must be a single value");
      continue;
    }
    out[key] = kv.second.as<std::string>();
  }
  return out;
}

}  // namespace

const std::vector<SettingInfo>& settings() {
  static const std::vector<SettingInfo> infos = [] {
    std::vector<SettingInfo> v;
    for (const auto& s : table()) v.push_back(s.info);
    return v;
  }();
  return infos;
}

std::string env_name(const std::string& key) {
  std::string out = "SIMPUL_";
  for (char ch : key) out += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return out;
}

std::string flag_name(const std::string& key) {
  std::string out = "--" + key;
  std::replace(out.begin(), out.end(), '_', '-');
  return out;
}

Resolved resolve(const Sources& sources) {
  Config c;
  std::vector<std::string> errors;
  if (sources.file_text)
    apply_layer(c, read_yaml(*sources.file_text, sources.file_name, errors), sources.file_name, errors);

  std::map<std::string, std::string> from_env;
  for (const auto& s : table()) {
    auto it = sources.env.find(env_name(s.info.key));
    if (it != sources.env.end()) from_env[s.info.key] = it->second;
  }
  apply_layer(c, from_env, "environment", errors);
  apply_layer(c, sources.flags, "command line", errors);

  if (errors.empty()) errors = validate(c);
  if (!errors.empty()) return errors;
  return c;
}

std::vector<std::string> validate(const Config& c) {
  std::vector<std::string> errors;
  if (c.tls_cert.empty() != c.tls_key.empty())
    errors.push_back("tls_cert and tls_key must be given together (HTTPS needs both)");
  for (const auto* file : {&c.tls_cert, &c.tls_key})
    if (!file->empty() && !std::filesystem::is_regular_file(*file))
      errors.push_back("TLS file '" + *file + "' does not exist or is not a file");
  return errors;
}

}  // namespace simpul::config
