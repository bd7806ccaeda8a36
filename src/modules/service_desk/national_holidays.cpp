#include "modules/service_desk/national_holidays.h"

#include "core/clock.h"
#include "modules/service_desk/calendar_store.h"

namespace simpul::service_desk {

const std::vector<std::pair<std::string, std::string>>& national_holidays() {
  static const std::vector<std::pair<std::string, std::string>> days{
      // 2026: Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1497
      // Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025 tentang Hari Libur Nasional dan Cuti
      // Bersama Tahun 2026: 17 libur nasional, 8 cuti bersama.
      {"2026-01-01", "Tahun Baru 2026 Masehi"},
      {"2026-01-16", "Isra Mikraj Nabi Muhammad SAW"},
      {"2026-02-16", "Cuti Bersama Tahun Baru Imlek"},
      {"2026-02-17", "Tahun Baru Imlek 2577 Kongzili"},
      {"2026-03-18", "Cuti Bersama Hari Suci Nyepi"},
      {"2026-03-19", "Hari Suci Nyepi Tahun Baru Saka 1948"},
      {"2026-03-20", "Cuti Bersama Idul Fitri 1447 H"},
      {"2026-03-21", "Idul Fitri 1447 H"},
      {"2026-03-22", "Idul Fitri 1447 H"},
      {"2026-03-23", "Cuti Bersama Idul Fitri 1447 H"},
      {"2026-03-24", "Cuti Bersama Idul Fitri 1447 H"},
      {"2026-04-03", "Wafat Yesus Kristus"},
      {"2026-04-05", "Kebangkitan Yesus Kristus (Paskah)"},
      {"2026-05-01", "Hari Buruh Internasional"},
      {"2026-05-14", "Kenaikan Yesus Kristus"},
      {"2026-05-15", "Cuti Bersama Kenaikan Yesus Kristus"},
      {"2026-05-27", "Idul Adha 1447 H"},
      {"2026-05-28", "Cuti Bersama Idul Adha 1447 H"},
      {"2026-05-31", "Hari Raya Waisak 2570 BE"},
      {"2026-06-01", "Hari Lahir Pancasila"},
      {"2026-06-16", "1 Muharam Tahun Baru Islam 1448 H"},
      {"2026-08-17", "Proklamasi Kemerdekaan Republik Indonesia"},
      {"2026-08-25", "Maulid Nabi Muhammad SAW"},
      {"2026-12-24", "Cuti Bersama Kelahiran Yesus Kristus"},
      {"2026-12-25", "Kelahiran Yesus Kristus (Natal)"},
      // 2027: the holidays whose dates do not depend on a moon sighting or a ministerial choice —
      // the fixed national days (Keppres 24/2016 for 1 Juni) and the Christian feasts that follow
      // Easter (28 March 2027). The Islamic, Chinese, Hindu and Buddhist holidays and the cuti
      // bersama of 2027 are set by the Keputusan Bersama for 2027; the ICT office adds them from it.
      {"2027-01-01", "Tahun Baru 2027 Masehi"},
      {"2027-03-26", "Wafat Yesus Kristus"},
      {"2027-03-28", "Kebangkitan Yesus Kristus (Paskah)"},
      {"2027-05-01", "Hari Buruh Internasional"},
      {"2027-05-06", "Kenaikan Yesus Kristus"},
      {"2027-06-01", "Hari Lahir Pancasila"},
      {"2027-08-17", "Proklamasi Kemerdekaan Republik Indonesia"},
      {"2027-12-25", "Kelahiran Yesus Kristus (Natal)"},
  };
  return days;
}

void add_national_holidays(db::Connection& c, const std::string& region_id) {
  const std::string now = now_rfc3339();
  for (const auto& [day, name] : national_holidays()) {
    if (holiday_on(c, region_id, day)) continue;
    Holiday h{0, region_id, day, name, now};
    insert_holiday(c, h);
  }
}

}  // namespace simpul::service_desk
