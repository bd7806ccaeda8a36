#pragma once
// A sender that writes each message as an RFC 5322 .eml file into a folder (the spool),
// named by its outbox id, so an operator or a mail relay can pick them up. It is the
// sender in use until SMTP is configured. Writing is atomic (temporary file, flush,
// rename): a spooled message is whole or absent, and spooling it again replaces it.
#include <filesystem>
#include <string>

#include "config/config.h"
#include "notifications/sender.h"

namespace simpul::notifications {

class SpoolSender : public Sender {
 public:
  SpoolSender(std::filesystem::path dir, std::string from) : dir_(std::move(dir)), from_(std::move(from)) {}
  SendResult send(const Message& m) override;

 private:
  std::filesystem::path dir_;
  std::string from_;
};

// The message as an .eml text: headers (the subject as a UTF-8 encoded word, so no
// header can be injected through a title), a blank line, the body with CRLF line ends.
// Empty when the recipient is not a plausible single address.
std::string render_eml(const Message& m, const std::string& from, std::chrono::system_clock::time_point date);

// The configured spool folder, or its default: notifications/ beside the files folder.
std::filesystem::path spool_dir(const config::Config& config);

}  // namespace simpul::notifications
