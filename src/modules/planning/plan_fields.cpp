#include "modules/planning/plan_fields.h"

#include "core/dates.h"
#include "core/text.h"
#include "modules/regions/store.h"

namespace simpul::modules::plan_fields {

std::optional<int> year(BodyReader& r, const std::string& name, bool required) {
  const Text message{"Isi tahun dengan angka, misalnya 2021.", "Enter the year as a number, e.g. 2021."};
  if (!r.has(name) || r.body()[name].is_null()) {
    if (required) r.add(name, message);
    return std::nullopt;
  }
  const auto& v = r.body()[name];
  if (!v.is_number_integer() || v.get<int64_t>() < -100000 || v.get<int64_t>() > 100000) return r.add(name, message), std::nullopt;
  return static_cast<int>(v.get<int64_t>());
}

std::optional<std::vector<std::string>> text_list(BodyReader& r, const std::string& name, size_t max_items,
                                                  size_t max_chars) {
  if (!r.has(name)) return std::nullopt;
  const auto& v = r.body()[name];
  auto n = std::to_string(max_items), m = std::to_string(max_chars);
  if (!v.is_array() || v.size() > max_items) {
    r.add(name, {"Isi berupa daftar sampai " + n + " butir teks.", "A list of up to " + n + " text items."});
    return std::nullopt;
  }
  std::vector<std::string> out;
  bool ok = true;
  for (size_t i = 0; i < v.size(); ++i) {
    const auto& item = v[i];
    std::string text = item.is_string() ? trimmed(item.get<std::string>()) : "";
    if (text.empty() || utf8_length(text) > max_chars) {
      r.add(name + "." + std::to_string(i), {"Setiap butir berisi 1-" + m + " karakter.", "Each item has 1-" + m + " characters."});
      ok = false;
      continue;
    }
    out.push_back(text);
  }
  if (!ok) return std::nullopt;
  return out;
}

std::optional<std::vector<std::string>> codes(BodyReader& r, const std::string& name,
                                              const std::set<std::string>& known, size_t min_items) {
  std::string choices;
  for (const auto& k : known) choices += (choices.empty() ? "" : ", ") + k;
  const Text message{"Pilih alasan dari daftar: " + choices + ".", "Choose the reasons from the list: " + choices + "."};
  if (!r.has(name) || r.body()[name].is_null()) {
    if (min_items > 0) r.add(name, message);
    return min_items > 0 ? std::nullopt : std::optional<std::vector<std::string>>{std::vector<std::string>{}};
  }
  auto words = r.words(name, known, message);
  if (!words) return std::nullopt;
  if (words->size() < min_items) return r.add(name, message), std::nullopt;
  return words;
}

Decree decree(BodyReader& r, Decree current, const std::string& today) {
  auto number = r.nullable_text("decree_number", 200, {"Nomor keputusan 1-200 karakter.", "The decree number has 1-200 characters."});
  auto date = r.nullable_date("decree_date", {"Tanggal keputusan berformat TTTT-BB-HH, misalnya 2024-03-15.",
                                              "The decree date is YYYY-MM-DD, e.g. 2024-03-15."});
  bool number_bad = r.has("decree_number") && !number, date_bad = r.has("decree_date") && !date;
  if (number) current.number = number->value_or("");
  if (date) current.date = date->value_or("");
  if (number_bad || date_bad) return current;
  if (!current.number.empty() && current.date.empty())
    r.add("decree_date", {"Isi juga tanggal keputusan: nomor dan tanggal diisi bersama.",
                          "Enter the decree date too: the number and the date go together."});
  else if (current.number.empty() && !current.date.empty())
    r.add("decree_number", {"Isi juga nomor keputusan: nomor dan tanggal diisi bersama.",
                            "Enter the decree number too: the number and the date go together."});
  else if (!current.date.empty() && current.date > today)
    r.add("decree_date", {"Tanggal keputusan tidak boleh di masa depan.", "The decree date cannot be in the future."});
  return current;
}

void lock_region_plans(db::Connection& c, const std::string& region_id) {
  // A write that changes nothing but takes the row lock; READ COMMITTED then shows the
  // waiting writer everything the first one committed.
  c.execute("UPDATE regions SET version = version WHERE region_id = ?", {region_id});
}

nlohmann::json or_null(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }

std::string list_text(const std::vector<std::string>& items) { return nlohmann::json(items).dump(); }

std::vector<std::string> list_of(const std::string& json_text) {
  auto j = nlohmann::json::parse(json_text, nullptr, false);
  std::vector<std::string> out;
  if (j.is_array())
    for (const auto& item : j)
      if (item.is_string()) out.push_back(item.get<std::string>());
  return out;
}

}  // namespace simpul::modules::plan_fields
