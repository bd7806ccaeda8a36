#include "modules/people/rules.h"

#include <regex>

#include "core/body_reader.h"
#include "modules/people/nip.h"

namespace simpul::modules::people {

PersonInput parse_person(const nlohmann::json& body, bool creating, const std::string& today) {
  BodyReader r(body, {"agency_id", "nip", "name", "email", "phone", "spbe_roles", "user_id"});
  PersonInput in;
  in.agency_id = r.nullable_id("agency_id", {"Pilih perangkat daerah yang sah.", "Choose a valid agency."});
  // Any length is read, so the NIP rule can say what exactly is wrong.
  in.nip = r.nullable_text("nip", 1000, {"NIP terdiri atas tepat 18 angka.", "A NIP has exactly 18 digits."});
  if (in.nip && *in.nip)
    if (auto problem = nip_problem(**in.nip, today)) r.add("nip", *problem), in.nip.reset();
  in.name = r.text("name", creating, 200, {"Isi nama lengkap (1-200 karakter).", "Enter the full name (1-200 characters)."});
  in.email = r.nullable_text("email", 254, {"Alamat surel tidak sah, misalnya nama@madiunkota.go.id.",
                                            "Not a valid e-mail address, e.g. name@madiunkota.go.id."});
  static const std::regex email_shape(R"([^@\s]+@[^@\s]+\.[^@\s]+)");
  if (in.email && *in.email && !std::regex_match(**in.email, email_shape)) {
    r.add("email", {"Alamat surel tidak sah, misalnya nama@madiunkota.go.id.", "Not a valid e-mail address, e.g. name@madiunkota.go.id."});
    in.email.reset();
  }
  in.phone = r.nullable_text("phone", 20, {"Nomor telepon 6-20 karakter: angka, spasi, + atau -.",
                                           "A phone number has 6-20 characters: digits, spaces, + or -."});
  static const std::regex phone_shape(R"(\+?[0-9][0-9 \-]{5,19})");
  if (in.phone && *in.phone && !std::regex_match(**in.phone, phone_shape)) {
    r.add("phone", {"Nomor telepon 6-20 karakter: angka, spasi, + atau -.", "A phone number has 6-20 characters: digits, spaces, + or -."});
    in.phone.reset();
  }
  in.spbe_roles = r.words("spbe_roles", spbe_role_words(),
                          {"Tugas SPBE hanya boleh: tier1, tier2, data_steward, ict_staff, pranata_komputer, csirt.",
                           "SPBE duties may only be: tier1, tier2, data_steward, ict_staff, pranata_komputer, csirt."});
  in.user_id = r.nullable_id("user_id", {"Akun harus berupa nomor pengguna yang sah.", "The account must be a valid user number."});
  r.check();
  return in;
}

void apply(const PersonInput& in, Person& p) {
  if (in.agency_id) p.agency_id = *in.agency_id;
  if (in.nip) p.nip = in.nip->value_or("");
  if (in.name) p.name = *in.name;
  if (in.email) p.email = in.email->value_or("");
  if (in.phone) p.phone = in.phone->value_or("");
  if (in.spbe_roles) p.spbe_roles = *in.spbe_roles;
  if (in.user_id) p.user_id = *in.user_id;
}

}  // namespace simpul::modules::people
