#pragma once
// Structured logging: one JSON object per line on stdout. Writing happens on a
// background thread so a request never waits for the terminal or a pipe.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace simpul::log {

enum class Level { debug = 0, info = 1, warn = 2, error = 3 };

std::optional<Level> parse_level(std::string_view name);
const char* level_name(Level level);

void set_level(Level level);
bool enabled(Level level);

// Adds "ts", "level" and "msg" to the fields and queues the line.
void write(Level level, std::string_view msg, nlohmann::json fields = nlohmann::json::object());

inline void debug(std::string_view m, nlohmann::json f = nlohmann::json::object()) { write(Level::debug, m, std::move(f)); }
inline void info(std::string_view m, nlohmann::json f = nlohmann::json::object()) { write(Level::info, m, std::move(f)); }
inline void warn(std::string_view m, nlohmann::json f = nlohmann::json::object()) { write(Level::warn, m, std::move(f)); }
inline void error(std::string_view m, nlohmann::json f = nlohmann::json::object()) { write(Level::error, m, std::move(f)); }

// Queues a line that is already a JSON object (hot paths format their own).
void write_line(std::string line);

// Writes out everything queued so far; called before the process exits.
void flush();

}  // namespace simpul::log
