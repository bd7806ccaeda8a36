#include "modules/people/nip.h"

#include "core/dates.h"

namespace simpul::modules::people {

std::optional<Text> nip_problem(const std::string& nip, const std::string& today) {
  if (nip.size() != 18 || nip.find_first_not_of("0123456789") != std::string::npos)
    return Text{"NIP terdiri atas tepat 18 angka, tanpa spasi atau tanda baca.",
                "A NIP has exactly 18 digits, without spaces or punctuation."};
  std::string birth = nip.substr(0, 4) + "-" + nip.substr(4, 2) + "-" + nip.substr(6, 2);
  if (!is_calendar_date(birth))
    return Text{"8 angka pertama NIP adalah tanggal lahir (TTTTBBHH); " + nip.substr(0, 8) + " bukan tanggal yang ada.",
                "The first 8 digits of a NIP are the birth date (YYYYMMDD); " + nip.substr(0, 8) + " is not a real date."};
  int appointed_year = std::stoi(nip.substr(8, 4)), appointed_month = std::stoi(nip.substr(12, 2));
  if (appointed_month < 1 || appointed_month > 12)
    return Text{"Angka ke-9 sampai ke-14 NIP adalah tahun dan bulan pengangkatan (TTTTBB); bulan " +
                    nip.substr(12, 2) + " tidak ada.",
                "Digits 9 to 14 of a NIP are the year and month of appointment (YYYYMM); month " + nip.substr(12, 2) +
                    " does not exist."};
  int appointed = appointed_year * 12 + appointed_month;
  int adult = (std::stoi(nip.substr(0, 4)) + 18) * 12 + std::stoi(nip.substr(4, 2));
  if (appointed < adult)
    return Text{"Menurut NIP ini pegawai diangkat sebelum berusia 18 tahun; periksa tanggal lahir dan tahun pengangkatan.",
                "By this NIP the employee was appointed before the age of 18; check the birth date and the year of appointment."};
  int now = std::stoi(today.substr(0, 4)) * 12 + std::stoi(today.substr(5, 2));
  if (appointed > now)
    return Text{"Tahun dan bulan pengangkatan dalam NIP ini (" + nip.substr(8, 6) + ") belum tiba.",
                "The year and month of appointment in this NIP (" + nip.substr(8, 6) + ") are in the future."};
  if (nip[14] != '1' && nip[14] != '2')
    return Text{"Angka ke-15 NIP adalah jenis kelamin: 1 (laki-laki) atau 2 (perempuan).",
                "Digit 15 of a NIP is the sex: 1 (male) or 2 (female)."};
  if (nip.substr(15) == "000")
    return Text{"3 angka terakhir NIP adalah nomor urut, 001 sampai 999.", "The last 3 digits of a NIP are a serial, 001 to 999."};
  return std::nullopt;
}

}  // namespace simpul::modules::people
