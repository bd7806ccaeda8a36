#pragma once
// Simpul's configuration, resolved from four layers: built-in defaults, a YAML
// file, SIMPUL_* environment variables and command-line flags (later wins).
// Resolution is pure: it takes the texts and maps and returns a Config or the
// list of everything wrong, so start-up can stop with one clear message.
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/log.h"

namespace simpul::config {

struct Config {
  std::string database_url = "sqlite:var/simpul.db";
  std::string listen_host = "127.0.0.1";
  uint16_t listen_port = 8080;
  log::Level log_level = log::Level::info;
  std::string web_root = "web/dist";
  std::string tls_cert;  // both set: HTTPS only, with HSTS
  std::string tls_key;
  unsigned threads = 0;  // 0: one per CPU core
  unsigned write_threads = 16;  // run changes, so durable commits can be grouped
  size_t max_connections = 1024;
  size_t max_body_bytes = 1024 * 1024;
  size_t max_header_bytes = 16 * 1024;
  size_t max_upload_bytes = 20 * 1024 * 1024;  // files and spreadsheet imports
  // Where uploaded files live, by content hash. Empty: `files/` beside the SQLite
  // database, or var/files with PostgreSQL (share it between app servers).
  std::string files_dir;
  std::chrono::milliseconds request_timeout{15000};
  std::chrono::milliseconds shutdown_grace{10000};
  std::chrono::seconds session_idle{1800};
  std::chrono::hours session_absolute{12};
  std::string instance_key = "var/instance-key.pem";
  unsigned login_attempts_per_client = 20;    // per minute, from one client address
  unsigned login_attempts_per_username = 10;  // per minute, for one username  // Ed25519 key that signs the audit chain head
  // Public complaints, per client address (429 above): complaints filed per hour; lookups and replies per 10 minutes.
  unsigned complaints_per_client_per_hour = 5;
  unsigned complaint_lookups_per_client = 60;
  // The notification outbox: where the spool sender writes .eml files (empty: notifications/
  // beside the files folder), the From address, how often `serve` dispatches (0: never), and
  // the back-off base of a failed send (1, 2, 4 … times it).
  std::string notification_spool_dir;
  std::string notification_from = "Simpul Service Desk <no-reply@simpul.invalid>";
  std::chrono::milliseconds notification_interval{5000};
  std::chrono::seconds notification_backoff{60};

  bool tls_enabled() const { return !tls_cert.empty(); }
};

// One setting: its key in the file, SIMPUL_<KEY> in the environment, --<key-with-dashes> as a flag.
struct SettingInfo {
  std::string key;
  std::string help;
};
const std::vector<SettingInfo>& settings();

std::string env_name(const std::string& key);   // "max_body_bytes" -> "SIMPUL_MAX_BODY_BYTES"
std::string flag_name(const std::string& key);  // "max_body_bytes" -> "--max-body-bytes"

struct Sources {
  std::optional<std::string> file_text;  // YAML, when a config file was given
  std::string file_name;                 // for messages
  std::map<std::string, std::string> env;    // the process environment (only SIMPUL_* is read)
  std::map<std::string, std::string> flags;  // key -> value, keys as in the file
};

using Resolved = std::variant<Config, std::vector<std::string>>;
Resolved resolve(const Sources& sources);

// Checks that must hold whatever the source (e.g. TLS needs both files).
std::vector<std::string> validate(const Config& config);

}  // namespace simpul::config
