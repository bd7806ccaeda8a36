#pragma once
// The NIP (Nomor Induk Pegawai), the key of staff data: "Basis data Kepegawaian harus
// berbasis Nomor Induk Pegawai" (Perbup OKI 32/2022 Pasal 11 ayat (4)). Its 18 digits
// are the birth date YYYYMMDD, the appointment year and month YYYYMM, the sex
// (1 male, 2 female) and a serial 001-999.
#include <optional>
#include <string>

#include "core/lang.h"

namespace simpul::modules::people {

// What is wrong with `nip`, in plain words; nothing when it is valid. `today` is
// YYYY-MM-DD, so an appointment in the future is caught.
std::optional<Text> nip_problem(const std::string& nip, const std::string& today);

}  // namespace simpul::modules::people
