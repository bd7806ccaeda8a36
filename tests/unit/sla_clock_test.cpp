// The SLA clock of the service desk: business minutes run only inside the region's business
// hours, in its local time (WIB/WITA/WIT), never on holidays; a pause moves the resolution due
// time by exactly the business time it lasted (docs/service-desk-contract.md, "SLA").
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <random>
#include <stdexcept>

#include "core/clock.h"
#include "modules/service_desk/sla_clock.h"

using namespace simpul;
using namespace simpul::service_desk;
using namespace std::chrono;

namespace {

constexpr int kWib = 420, kWita = 480, kWit = 540;

// A local wall-clock time in a zone given by its offset. 2026-11-30 is a Monday.
Instant local(int y, unsigned m, unsigned d, int h, int min, int offset = kWib) {
  return Instant(sys_days{year{y} / month{m} / day{d}}.time_since_epoch()) + hours(h) + minutes(min) - minutes(offset);
}

std::string text(Instant t) { return format_rfc3339(t); }

}  // namespace

TEST(SlaClock, DefaultCalendarIsTheCivilServiceWeek) {
  auto cal = default_calendar(kWib);
  EXPECT_EQ(cal.utc_offset_minutes, kWib);
  for (int d = 0; d < 4; ++d) EXPECT_EQ(cal.hours[d], (std::vector<std::pair<int, int>>{{450, 960}}));
  EXPECT_EQ(cal.hours[4], (std::vector<std::pair<int, int>>{{450, 990}}));
  EXPECT_TRUE(cal.hours[5].empty());
  EXPECT_TRUE(cal.hours[6].empty());
  EXPECT_TRUE(cal.holidays.empty());
}

TEST(SlaClock, ZonesHaveFixedOffsets) {
  EXPECT_EQ(utc_offset_minutes_of_zone("Asia/Jakarta"), 420);
  EXPECT_EQ(utc_offset_minutes_of_zone("Asia/Pontianak"), 420);
  EXPECT_EQ(utc_offset_minutes_of_zone("Asia/Makassar"), 480);
  EXPECT_EQ(utc_offset_minutes_of_zone("Asia/Jayapura"), 540);
  EXPECT_EQ(utc_offset_minutes_of_zone("Europe/Paris"), 420);
}

TEST(SlaClock, InsideHoursRunsLikeTheWallClock) {
  auto cal = default_calendar(kWib);
  EXPECT_EQ(add_business_minutes(cal, local(2026, 11, 30, 8, 0), 30), local(2026, 11, 30, 8, 30));
  EXPECT_EQ(text(add_business_minutes(cal, local(2026, 11, 30, 8, 0), 30)), "2026-11-30T01:30:00.000Z");
}

TEST(SlaClock, ZeroOrNegativeMinutesIsTheStart) {
  auto cal = default_calendar(kWib);
  auto sunday = local(2026, 11, 29, 12, 0);
  EXPECT_EQ(add_business_minutes(cal, sunday, 0), sunday);
  EXPECT_EQ(add_business_minutes(cal, sunday, -5), sunday);
}

TEST(SlaClock, StartBeforeOrAfterHoursWaitsForTheNextOpening) {
  auto cal = default_calendar(kWib);
  EXPECT_EQ(add_business_minutes(cal, local(2026, 11, 30, 6, 0), 30), local(2026, 11, 30, 8, 0));
  EXPECT_EQ(add_business_minutes(cal, local(2026, 11, 30, 17, 0), 30), local(2026, 12, 1, 8, 0));
  EXPECT_EQ(add_business_minutes(cal, local(2026, 11, 30, 23, 59), 1), local(2026, 12, 1, 7, 31));
}

TEST(SlaClock, MinutesExactlyAtTheBoundary) {
  auto cal = default_calendar(kWib);
  // 07:30-16:00 is 510 minutes: the 510th ends the day, the 511th is the first of the next one.
  EXPECT_EQ(add_business_minutes(cal, local(2026, 11, 30, 7, 30), 510), local(2026, 11, 30, 16, 0));
  EXPECT_EQ(add_business_minutes(cal, local(2026, 11, 30, 7, 30), 511), local(2026, 12, 1, 7, 31));
  // Starting exactly at closing time counts nothing that day.
  EXPECT_EQ(add_business_minutes(cal, local(2026, 11, 30, 16, 0), 1), local(2026, 12, 1, 7, 31));
  EXPECT_EQ(business_minutes_between(cal, local(2026, 11, 30, 16, 0), local(2026, 12, 1, 7, 30)), 0);
  EXPECT_EQ(business_minutes_between(cal, local(2026, 11, 30, 7, 30), local(2026, 11, 30, 16, 0)), 510);
}

TEST(SlaClock, FridayRunsLongerAndTheWeekendIsSkipped) {
  auto cal = default_calendar(kWib);
  EXPECT_EQ(add_business_minutes(cal, local(2026, 12, 4, 16, 0), 30), local(2026, 12, 4, 16, 30));
  EXPECT_EQ(add_business_minutes(cal, local(2026, 12, 4, 16, 0), 31), local(2026, 12, 7, 7, 31));
  EXPECT_EQ(add_business_minutes(cal, local(2026, 12, 5, 10, 0), 60), local(2026, 12, 7, 8, 30));
  EXPECT_EQ(business_minutes_between(cal, local(2026, 12, 4, 16, 0), local(2026, 12, 7, 8, 0)), 60);
}

TEST(SlaClock, HolidaysCountNoBusinessTime) {
  auto cal = default_calendar(kWib);
  cal.holidays = {"2026-12-25"};  // Friday, Hari Raya Natal
  EXPECT_EQ(add_business_minutes(cal, local(2026, 12, 24, 15, 0), 120), local(2026, 12, 28, 8, 30));
  EXPECT_EQ(business_minutes_between(cal, local(2026, 12, 24, 15, 0), local(2026, 12, 28, 8, 30)), 120);
  cal.holidays.clear();
  EXPECT_EQ(add_business_minutes(cal, local(2026, 12, 24, 15, 0), 120), local(2026, 12, 25, 8, 30));
}

TEST(SlaClock, TimeZonesUseTheLocalDay) {
  auto wib = default_calendar(kWib), wita = default_calendar(kWita), wit = default_calendar(kWit);
  // One instant, three local times: 00:00Z is 07:00 WIB, 08:00 WITA, 09:00 WIT on Monday.
  Instant t = local(2026, 11, 30, 0, 0, 0);
  EXPECT_EQ(add_business_minutes(wib, t, 30), local(2026, 11, 30, 8, 0, kWib));
  EXPECT_EQ(add_business_minutes(wita, t, 30), local(2026, 11, 30, 8, 30, kWita));
  EXPECT_EQ(add_business_minutes(wit, t, 30), local(2026, 11, 30, 9, 30, kWit));
  // Monday 07:00 WIT is still Sunday in UTC: the clock follows the local weekday.
  Instant sunday_utc = local(2026, 11, 29, 22, 0, 0);
  EXPECT_EQ(add_business_minutes(wit, sunday_utc, 30), local(2026, 11, 30, 8, 0, kWit));
  EXPECT_EQ(text(add_business_minutes(wit, sunday_utc, 30)), "2026-11-29T23:00:00.000Z");
  // A WIT holiday is a local date too.
  wit.holidays = {"2026-11-30"};
  EXPECT_EQ(add_business_minutes(wit, sunday_utc, 30), local(2026, 12, 1, 8, 0, kWit));
}

TEST(SlaClock, SpansManyDays) {
  auto cal = default_calendar(kWib);
  // Five business days of 2400 minutes from Monday opening: Mon-Thu 4 × 510 = 2040, then 360 on Friday.
  EXPECT_EQ(add_business_minutes(cal, local(2026, 11, 30, 7, 30), 2400), local(2026, 12, 4, 13, 30));
  // A full week is 4 × 510 + 540 = 2580; ten weeks later, the same time of day.
  EXPECT_EQ(add_business_minutes(cal, local(2026, 11, 30, 10, 0), 10 * 2580), local(2027, 2, 8, 10, 0));
  EXPECT_EQ(business_minutes_between(cal, local(2026, 11, 30, 10, 0), local(2027, 2, 8, 10, 0)), 10 * 2580);
}

TEST(SlaClock, BetweenIsTheInverseOfAdd) {
  auto cal = default_calendar(kWita);
  cal.holidays = {"2026-12-25", "2027-01-01"};
  cal.hours[0] = {{450, 720}, {780, 960}};  // a lunch break on Mondays
  for (int start_hour : {0, 7, 12, 15, 20})
    for (int64_t minutes : {1, 59, 270, 510, 511, 2400, 10000}) {
      Instant start = local(2026, 12, 21, start_hour, 17, kWita);
      Instant due = add_business_minutes(cal, start, minutes);
      EXPECT_EQ(business_minutes_between(cal, start, due), minutes) << start_hour << " " << minutes;
      EXPECT_EQ(business_minutes_between(cal, start, due - seconds(1)), minutes - 1);
    }
}

TEST(SlaClock, LunchBreakIsNotBusinessTime) {
  auto cal = default_calendar(kWib);
  cal.hours[0] = {{780, 960}, {450, 720}};  // written out of order
  EXPECT_EQ(add_business_minutes(cal, local(2026, 11, 30, 11, 30), 60), local(2026, 11, 30, 13, 30));
  EXPECT_EQ(business_minutes_between(cal, local(2026, 11, 30, 11, 0), local(2026, 11, 30, 14, 0)), 120);
}

TEST(SlaClock, APauseMovesTheResolutionDueTimeByItsBusinessTime) {
  auto cal = default_calendar(kWib);
  Instant opened = local(2026, 11, 30, 8, 0);
  EXPECT_EQ(add_business_minutes(cal, opened, 480), local(2026, 11, 30, 16, 0));
  // Waiting for the reporter from Monday 10:00 to Tuesday 09:00: 360 + 90 business minutes.
  int64_t paused = business_minutes_between(cal, local(2026, 11, 30, 10, 0), local(2026, 12, 1, 9, 0));
  EXPECT_EQ(paused, 450);
  // 120 minutes were worked before the pause; the other 360 from Tuesday 09:00 end at 15:00.
  EXPECT_EQ(add_business_minutes(cal, opened, 480 + paused), local(2026, 12, 1, 15, 0));
}

TEST(SlaClock, BetweenIsZeroWhenTheRangeIsEmptyOrOutsideHours) {
  auto cal = default_calendar(kWib);
  EXPECT_EQ(business_minutes_between(cal, local(2026, 11, 30, 9, 0), local(2026, 11, 30, 9, 0)), 0);
  EXPECT_EQ(business_minutes_between(cal, local(2026, 11, 30, 9, 0), local(2026, 11, 30, 8, 0)), 0);
  EXPECT_EQ(business_minutes_between(cal, local(2026, 12, 5, 0, 0), local(2026, 12, 7, 0, 0)), 0);
  EXPECT_EQ(business_minutes_between(cal, local(2026, 11, 30, 9, 0), local(2026, 11, 30, 9, 0) + seconds(59)), 0);
}

TEST(SlaClock, AWeekWithNoHoursIsRefused) {
  BusinessCalendar empty;
  EXPECT_THROW(add_business_minutes(empty, local(2026, 11, 30, 8, 0), 1), std::invalid_argument);
  EXPECT_EQ(business_minutes_between(empty, local(2026, 11, 30, 8, 0), local(2026, 12, 30, 8, 0)), 0);
  // Hours exist, but every day of more than 400 is a holiday.
  auto cal = default_calendar(kWib);
  for (sys_days d = sys_days{2026y / 11 / 30}; d < sys_days{2028y / 1 / 31}; d += days(1)) {
    year_month_day ymd(d);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
    cal.holidays.insert(buf);
  }
  EXPECT_THROW(add_business_minutes(cal, local(2026, 11, 30, 8, 0), 1), std::invalid_argument);
  EXPECT_THROW(add_business_minutes(default_calendar(kWib), local(2026, 11, 30, 8, 0), INT64_MAX),
               std::invalid_argument);
}

// The clock counts whole weeks at once; a plain walk, minute by minute, must agree with it on
// calendars with breaks, holidays and every zone, over spans from minutes to many weeks.
namespace {

bool business_minute(const BusinessCalendar& cal, Instant t) {
  auto local = t + minutes(cal.utc_offset_minutes);
  auto day = floor<days>(local);
  std::chrono::year_month_day ymd(day);
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
  if (cal.holidays.count(text)) return false;
  int minute = static_cast<int>(duration_cast<minutes>(local - day).count());
  for (auto [from, to] : cal.hours[weekday(day).iso_encoding() - 1])
    if (minute >= from && minute < to) return true;
  return false;
}

int64_t walked_between(const BusinessCalendar& cal, Instant from, Instant to) {
  int64_t n = 0;
  for (Instant t = from; t < to; t += minutes(1)) n += business_minute(cal, t);
  return n;
}

Instant walked_add(const BusinessCalendar& cal, Instant start, int64_t n) {
  Instant t = start;
  while (n > 0) {
    if (business_minute(cal, t)) --n;
    t += minutes(1);
  }
  return t;
}

}  // namespace

TEST(SlaClock, AgreesWithAMinuteByMinuteWalk) {
  std::mt19937 random(20261129);
  for (int round = 0; round < 60; ++round) {
    BusinessCalendar cal = default_calendar(std::array{420, 480, 540}[round % 3]);
    if (round % 4 == 1) cal.hours[2] = {{7 * 60 + 30, 12 * 60}, {13 * 60, 16 * 60}};  // a break on Wednesdays
    if (round % 5 == 2) cal.hours[5] = {{8 * 60, 12 * 60}};                          // Saturday mornings
    for (int h = 0; h < 12; ++h) {
      char day[16];
      std::snprintf(day, sizeof day, "2026-%02d-%02d", int(random() % 12) + 1, int(random() % 28) + 1);
      cal.holidays.insert(day);
    }
    cal.holidays.insert("not a date");  // ignored, as before
    Instant start = local(2026, 1 + random() % 10, 1 + random() % 28, static_cast<int>(random() % 24),
                          static_cast<int>(random() % 60));
    int64_t n = 1 + static_cast<int64_t>(random() % (round % 2 ? 600 : 40 * 510));  // minutes up to ~8 weeks
    Instant due = add_business_minutes(cal, start, n);
    ASSERT_EQ(text(due), text(walked_add(cal, start, n))) << "round " << round << ", " << n << " minutes";
    Instant later = start + minutes(random() % (60 * 24 * 70));
    ASSERT_EQ(business_minutes_between(cal, start, later), walked_between(cal, start, later)) << "round " << round;
  }
}
