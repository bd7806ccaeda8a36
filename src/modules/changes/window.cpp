#include "modules/changes/window.h"

#include <chrono>

#include "core/clock.h"

namespace simpul::modules::changes {

namespace {

using namespace std::chrono;

bool digits(const std::string& s, size_t from, size_t count) {
  if (s.size() < from + count) return false;
  for (size_t i = from; i < from + count; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

int number(const std::string& s, size_t from, size_t count) { return std::stoi(s.substr(from, count)); }

std::optional<sys_seconds> local_instant(int y, int mo, int d, int h, int mi, int sec, int offset_minutes) {
  year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
  if (!ymd.ok() || h > 23 || mi > 59 || sec > 59) return std::nullopt;
  return sys_days{ymd} + hours{h} + minutes{mi} + seconds{sec} - minutes{offset_minutes};
}

// A stored instant (UTC, as format_rfc3339 writes it) as a time point.
std::optional<sys_seconds> instant_of(const std::string& utc) {
  if (!digits(utc, 0, 4) || !digits(utc, 5, 2) || !digits(utc, 8, 2) || !digits(utc, 11, 2) || !digits(utc, 14, 2) ||
      !digits(utc, 17, 2))
    return std::nullopt;
  return local_instant(number(utc, 0, 4), number(utc, 5, 2), number(utc, 8, 2), number(utc, 11, 2), number(utc, 14, 2),
                       number(utc, 17, 2), 0);
}

}  // namespace

std::optional<std::string> parse_date_time(const std::string& text, int utc_offset_minutes) {
  // YYYY-MM-DDTHH:MM
  if (!digits(text, 0, 4) || text[4] != '-' || !digits(text, 5, 2) || text[7] != '-' || !digits(text, 8, 2) ||
      (text[10] != 'T' && text[10] != ' ') || !digits(text, 11, 2) || text[13] != ':' || !digits(text, 14, 2))
    return std::nullopt;
  size_t at = 16;
  int sec = 0;
  if (text.size() > at && text[at] == ':') {
    if (!digits(text, at + 1, 2)) return std::nullopt;
    sec = number(text, at + 1, 2);
    at += 3;
    if (text.size() > at && text[at] == '.') {  // fractions are dropped: a window is planned to the second
      ++at;
      if (!digits(text, at, 1)) return std::nullopt;
      while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
    }
  }
  int offset = utc_offset_minutes;
  if (at < text.size()) {
    if (text[at] == 'Z' && at + 1 == text.size()) {
      offset = 0;
    } else if ((text[at] == '+' || text[at] == '-') && text.size() == at + 6 && digits(text, at + 1, 2) &&
               text[at + 3] == ':' && digits(text, at + 4, 2)) {
      int h = number(text, at + 1, 2), m = number(text, at + 4, 2);
      if (h > 14 || m > 59) return std::nullopt;
      offset = (text[at] == '-' ? -1 : 1) * (h * 60 + m);
    } else {
      return std::nullopt;
    }
  }
  auto t = local_instant(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2), number(text, 11, 2),
                         number(text, 14, 2), sec, offset);
  if (!t) return std::nullopt;
  return format_rfc3339(*t);
}

std::string local_date_time(const std::string& utc, int utc_offset_minutes) {
  auto instant = instant_of(utc);
  if (!instant) return "";
  auto local = *instant + minutes{utc_offset_minutes};
  auto day_start = floor<days>(local);
  year_month_day ymd{day_start};
  auto in_day = duration_cast<minutes>(local - day_start).count();
  // Written digit by digit: the calendar formats thousands of these per answer.
  std::string out = "0000-00-00T00:00";
  auto put = [&out](size_t at, unsigned value, size_t width) {
    for (size_t i = width; i-- > 0; value /= 10) out[at + i] = static_cast<char>('0' + value % 10);
  };
  put(0, static_cast<unsigned>(static_cast<int>(ymd.year())), 4);
  put(5, static_cast<unsigned>(ymd.month()), 2);
  put(8, static_cast<unsigned>(ymd.day()), 2);
  put(11, static_cast<unsigned>(in_day / 60), 2);
  put(14, static_cast<unsigned>(in_day % 60), 2);
  return out;
}

std::optional<int64_t> seconds_between(const std::string& from, const std::string& to) {
  auto a = instant_of(from), b = instant_of(to);
  if (!a || !b) return std::nullopt;
  return (*b - *a).count();
}

Window calendar_window(const std::string& planned_start, const std::string& planned_end, const std::string& implemented_at) {
  if (implemented_at.empty()) return {planned_start, planned_end};
  auto start = instant_of(planned_start), end = instant_of(planned_end), done = instant_of(implemented_at);
  if (!start || !end || !done) return {planned_start, planned_end};
  return {format_rfc3339(*done - (*end - *start)), implemented_at};
}

Period calendar_period(int y, int m, int utc_offset_minutes) {
  auto first = m == 0 ? year_month_day{year{y}, month{1}, day{1}} : year_month_day{year{y}, month{static_cast<unsigned>(m)}, day{1}};
  auto next = m == 0 ? year_month_day{year{y + 1}, month{1}, day{1}} : year_month_day{first.year() / first.month() / day{1} + months{1}};
  auto start = sys_seconds{sys_days{first}} - minutes{utc_offset_minutes};
  auto end = sys_seconds{sys_days{next}} - minutes{utc_offset_minutes};
  return {format_rfc3339(start), format_rfc3339(end), format_rfc3339(start - days{kMaxWindowDays + 1})};
}

}  // namespace simpul::modules::changes
