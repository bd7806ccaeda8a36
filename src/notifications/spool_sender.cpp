#include "notifications/spool_sender.h"

#include <fcntl.h>
#include <openssl/evp.h>
#include <unistd.h>

#include <ctime>
#include <fstream>

#include "files/blob_store.h"

namespace simpul::notifications {

namespace fs = std::filesystem;

namespace {

std::string base64(const std::string& bytes) {
  std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
  int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                          reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<int>(bytes.size()));
  out.resize(static_cast<size_t>(n));
  return out;
}

// RFC 2047 encoded word; keeps any byte of the subject out of the header syntax.
std::string encoded_word(const std::string& text) { return "=?UTF-8?B?" + base64(text) + "?="; }

bool plausible_address(const std::string& a) {
  auto at = a.find('@');
  if (at == std::string::npos || at == 0 || at + 1 >= a.size() || a.find('@', at + 1) != std::string::npos) return false;
  for (unsigned char ch : a)
    if (ch <= ' ' || ch >= 0x7f || ch == '<' || ch == '>' || ch == ',' || ch == ';' || ch == '"') return false;
  return true;
}

std::string rfc5322_date(std::chrono::system_clock::time_point t) {
  std::time_t tt = std::chrono::system_clock::to_time_t(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S +0000", &tm);
  return buf;
}

std::string with_crlf(const std::string& text) {
  std::string out;
  out.reserve(text.size() + text.size() / 40);
  for (size_t i = 0; i < text.size(); ++i) {
    char ch = text[i];
    if (ch == '\r') continue;
    if (ch == '\n') out += "\r\n";
    else out += ch;
  }
  return out;
}

}  // namespace

std::string render_eml(const Message& m, const std::string& from, std::chrono::system_clock::time_point date) {
  if (!plausible_address(m.recipient)) return {};
  std::string out;
  out += "From: " + from + "\r\n";
  out += "To: " + m.recipient + "\r\n";
  out += "Subject: " + encoded_word(m.subject) + "\r\n";
  out += "Date: " + rfc5322_date(date) + "\r\n";
  out += "Message-ID: <notification-" + std::to_string(m.id) + "." + m.region_id + "@simpul>\r\n";
  out += "MIME-Version: 1.0\r\n";
  out += "Content-Type: text/plain; charset=UTF-8\r\n";
  out += "Content-Transfer-Encoding: 8bit\r\n";
  out += "\r\n";
  out += with_crlf(m.body);
  if (out.size() < 2 || out.substr(out.size() - 2) != "\r\n") out += "\r\n";
  return out;
}

SendResult SpoolSender::send(const Message& m) {
  std::string eml = render_eml(m, from_, std::chrono::system_clock::now());
  if (eml.empty()) return {false, "the recipient '" + m.recipient + "' is not a valid e-mail address"};
  std::error_code ec;
  fs::create_directories(dir_, ec);
  if (ec) return {false, "cannot create the spool folder " + dir_.string() + ": " + ec.message()};
  fs::path final_path = dir_ / ("notification-" + std::to_string(m.id) + ".eml");
  fs::path temp_path = dir_ / (".notification-" + std::to_string(m.id) + ".eml.tmp");
  {
    std::ofstream out(temp_path, std::ios::binary | std::ios::trunc);
    out << eml;
    out.flush();
    if (!out) return {false, "cannot write " + temp_path.string()};
  }
  // On disk before it counts as sent: the outbox marks it sent right after.
  if (int fd = ::open(temp_path.c_str(), O_RDONLY | O_CLOEXEC); fd >= 0) {
    bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced) return {false, "cannot flush " + temp_path.string() + " to disk"};
  }
  fs::rename(temp_path, final_path, ec);
  if (ec) {
    fs::remove(temp_path, ec);
    return {false, "cannot move the message into " + final_path.string()};
  }
  return {true, {}};
}

fs::path spool_dir(const config::Config& config) {
  if (!config.notification_spool_dir.empty()) return config.notification_spool_dir;
  return files::files_dir(config).parent_path() / "notifications";
}

}  // namespace simpul::notifications
