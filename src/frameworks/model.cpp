#include "frameworks/model.h"

namespace simpul::frameworks {

const Level* Scale::level(int value) const {
  for (const auto& l : levels)
    if (l.value == value) return &l;
  return nullptr;
}

const Scale* Framework::scale(const std::string& key) const {
  for (const auto& s : scales)
    if (s.key == key) return &s;
  return nullptr;
}

const Indicator* Framework::indicator(int number) const {
  for (const auto& d : domains)
    for (const auto& a : d.aspects)
      for (const auto& i : a.indicators)
        if (i.number == number) return &i;
  return nullptr;
}

std::vector<Framework::Placed> Framework::indicators() const {
  std::vector<Placed> out;
  for (const auto& d : domains)
    for (const auto& a : d.aspects)
      for (const auto& i : a.indicators) out.push_back({&d, &a, &i});
  return out;
}

const Level* Framework::criteria(const Indicator& indicator, int level) const {
  for (const auto& l : indicator.criteria)
    if (l.value == level) return &l;
  const Scale* s = scale(indicator.scale);
  return s ? s->level(level) : nullptr;
}

std::string hundredths_text(Hundredths value) {
  std::string sign = value < 0 ? "-" : "";
  Hundredths v = value < 0 ? -value : value;
  std::string cents = std::to_string(v % 100);
  return sign + std::to_string(v / 100) + "." + (cents.size() == 1 ? "0" : "") + cents;
}

}  // namespace simpul::frameworks
