#pragma once
// The two languages Simpul speaks to people: Bahasa Indonesia first, English second.
#include <string>
#include <string_view>

namespace simpul {

enum class Lang { id, en };

// A sentence in both languages. Code, API field names and logs stay English;
// anything a person reads (problem titles, details, field messages) is a Text.
struct Text {
  std::string id;
  std::string en;
  const std::string& in(Lang lang) const { return lang == Lang::en ? en : id; }
};

// Picks the language from an Accept-Language header: English only when the
// client prefers it over Indonesian; Indonesian otherwise.
Lang preferred_language(std::string_view accept_language);

}  // namespace simpul
