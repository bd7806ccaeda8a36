#pragma once
// Where queued notifications go. The dispatcher hands each claimed message to a Sender
// outside any transaction; the deployment picks the sender (the spool folder until an
// SMTP relay is configured). A sender may be called again for a message whose earlier
// outcome was lost, so it should tolerate sending the same message id twice.
#include <cstdint>
#include <string>

namespace simpul::notifications {

struct Message {
  int64_t id = 0;
  std::string region_id;
  std::string dedupe_key;
  std::string recipient;
  std::string subject;
  std::string body;
  std::string created_at;
};

struct SendResult {
  bool ok = false;
  std::string error;  // why not, for the outbox's last_error
};

class Sender {
 public:
  virtual ~Sender() = default;
  virtual SendResult send(const Message& m) = 0;
};

}  // namespace simpul::notifications
