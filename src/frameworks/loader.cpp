#include "frameworks/loader.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <stdexcept>

#include "frameworks/embedded.h"

namespace simpul::frameworks {

namespace {

const std::set<std::string>& statuses() {
  // in_force: the regulation in force; draft: not confirmed against the official text;
  // revoked: kept so that older campaigns still read, never the default for a new one.
  static const std::set<std::string> all = {"in_force", "draft", "revoked"};
  return all;
}

bool is_code(const std::string& s) {
  if (s.empty() || s.size() > 60 || !(s[0] >= 'a' && s[0] <= 'z')) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

bool is_key(const std::string& s) {
  if (s.empty() || !(s[0] >= 'a' && s[0] <= 'z')) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

bool is_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  int month = std::stoi(s.substr(5, 2)), day = std::stoi(s.substr(8, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// "1.30" → 130, "13" → 1300; nothing (with the reason) for anything else.
std::optional<Hundredths> parse_hundredths(const std::string& s, std::string& why) {
  auto dot = s.find('.');
  std::string whole = s.substr(0, dot), fraction = dot == std::string::npos ? "" : s.substr(dot + 1);
  auto digits = [](const std::string& t) { return std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; }); };
  if (whole.empty() || whole.size() > 6 || !digits(whole) || !digits(fraction) || (dot != std::string::npos && fraction.empty())) {
    why = "\"" + s + "\" must be a number with a dot for decimals, such as 1.30";
    return std::nullopt;
  }
  if (fraction.size() > 2) {
    why = "\"" + s + "\" has more than 2 decimals";
    return std::nullopt;
  }
  while (fraction.size() < 2) fraction += '0';
  return std::stoll(whole) * 100 + std::stoll(fraction);
}

// Where errors go: "file: path: message".
struct Errors {
  const std::string& file;
  std::vector<std::string>& list;
  void add(const std::string& path, const std::string& message) {
    list.push_back(file + ": " + (path.empty() ? "" : path + ": ") + message);
  }
};

// One YAML mapping of the file. Every field read is remembered, so finish() can name the
// fields nobody reads: a misspelt field is an error, never silently ignored.
class Mapping {
 public:
  Mapping(const YAML::Node& node, std::string path, Errors& errors) : node_(node), path_(std::move(path)), errors_(errors) {
    if (!node_.IsMap()) errors_.add(path_, "must be a mapping of fields");
  }

  std::string at(const std::string& key) const { return path_.empty() ? key : path_ + "." + key; }

  std::optional<YAML::Node> field(const std::string& key, bool required) {
    read_.insert(key);
    if (!node_.IsMap()) return std::nullopt;
    YAML::Node child = node_[key];
    if (!child.IsDefined() || child.IsNull()) {
      if (required) errors_.add(at(key), "is required");
      return std::nullopt;
    }
    return child;
  }

  std::string text(const std::string& key, bool required = true) {
    auto n = field(key, required);
    if (!n) return "";
    if (!n->IsScalar()) {
      errors_.add(at(key), "must be text");
      return "";
    }
    std::string s = n->Scalar();
    if (s.empty() && required) errors_.add(at(key), "must not be empty");
    return s;
  }

  // Text that must pass `ok`; `shape` says what it should look like.
  std::string checked(const std::string& key, const std::function<bool(const std::string&)>& ok, const std::string& shape) {
    std::string s = text(key);
    if (!s.empty() && !ok(s)) errors_.add(at(key), "\"" + s + "\" must be " + shape);
    return s;
  }

  int whole(const std::string& key, int min, int max) {
    std::string s = text(key);
    if (s.empty()) return 0;
    bool digits = s.size() <= 4 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digits && std::stoi(s) >= min && std::stoi(s) <= max) return std::stoi(s);
    errors_.add(at(key), "\"" + s + "\" must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
    return 0;
  }

  // Nothing when absent or unreadable (the error is recorded).
  std::optional<Hundredths> hundredths(const std::string& key) {
    std::string s = text(key);
    if (s.empty()) return std::nullopt;
    std::string why;
    auto v = parse_hundredths(s, why);
    if (!v) errors_.add(at(key), why);
    return v;
  }

  bool flag(const std::string& key) {
    auto n = field(key, false);
    if (!n) return false;
    if (n->IsScalar() && (n->Scalar() == "true" || n->Scalar() == "false")) return n->Scalar() == "true";
    errors_.add(at(key), "must be true or false");
    return false;
  }

  // Calls `each(item, path)` for every item of a list field.
  void list(const std::string& key, bool required, const std::function<void(const YAML::Node&, const std::string&)>& each) {
    auto n = field(key, required);
    if (!n) return;
    if (!n->IsSequence()) return errors_.add(at(key), "must be a list");
    if (required && n->size() == 0) errors_.add(at(key), "must not be empty");
    for (size_t i = 0; i < n->size(); ++i) each((*n)[i], at(key) + "[" + std::to_string(i) + "]");
  }

  // Names the fields nobody read, and those given twice (YAML readers keep one silently).
  void finish() {
    if (!node_.IsMap()) return;
    std::set<std::string> given;
    for (const auto& kv : node_) {
      std::string key = kv.first.Scalar();
      if (!given.insert(key).second) errors_.add(at(key), "is given twice");
      else if (!read_.count(key)) errors_.add(at(key), "unknown field");
    }
  }

 private:
  YAML::Node node_;
  std::string path_;
  Errors& errors_;
  std::set<std::string> read_;
};

class Reader {
 public:
  explicit Reader(Errors& errors) : errors_(errors) {}

  Framework read(const YAML::Node& root) {
    Framework f;
    Mapping m(root, "", errors_);
    f.code = m.checked("code", is_code, "at most 60 lowercase letters, digits and hyphens, such as permenpanrb-59-2020");
    f.title = m.text("title");
    f.citation = m.text("citation");
    f.index_name = m.text("index_name");
    f.effective_from = m.checked("effective_from", is_date, "a date written YYYY-MM-DD");
    f.status = m.checked("status", [](const std::string& s) { return statuses().count(s) > 0; }, "one of: draft, in_force, revoked");
    f.decimals = m.whole("decimals", 0, 4);
    f.default_target_level = m.whole("default_target_level", 1, 9);
    m.list("scales", true, [&](const YAML::Node& n, const std::string& at) { f.scales.push_back(read_scale(n, at)); });
    m.list("bands", true, [&](const YAML::Node& n, const std::string& at) { f.bands.push_back(read_band(n, at)); });
    m.list("domains", true, [&](const YAML::Node& n, const std::string& at) { f.domains.push_back(read_domain(n, at, f)); });
    m.finish();
    check_scales(f);
    if (weights_readable_) check_bands(f);
    check_weights_and_numbers(f);
    return f;
  }

 private:
  // A weight or band start; 0 when missing or unreadable. Sums over unreadable weights would
  // only add confusing errors, so the weight checks are skipped once one cannot be read.
  Hundredths weight(Mapping& m, const std::string& key) {
    auto v = m.hundredths(key);
    if (!v) weights_readable_ = false;
    return v.value_or(0);
  }

  Scale read_scale(const YAML::Node& n, const std::string& at) {
    Mapping m(n, at, errors_);
    Scale s;
    s.key = m.checked("key", is_key, "a lowercase snake_case word, such as process");
    s.name = m.text("name");
    m.list("levels", true, [&](const YAML::Node& ln, const std::string& lat) {
      Mapping lm(ln, lat, errors_);
      Level l;
      l.value = lm.whole("value", 1, 9);
      l.name = lm.text("name");
      l.criteria = lm.text("criteria");
      lm.finish();
      if (l.value && l.value != static_cast<int>(s.levels.size()) + 1)
        errors_.add(lat + ".value", "levels are numbered 1, 2, 3 … in order: expected " + std::to_string(s.levels.size() + 1) +
                                        ", found " + std::to_string(l.value));
      s.levels.push_back(l);
    });
    m.finish();
    return s;
  }

  Band read_band(const YAML::Node& n, const std::string& at) {
    Mapping m(n, at, errors_);
    Band b;
    b.from = weight(m, "from");
    b.name = m.text("name");
    m.finish();
    return b;
  }

  // A domain or an aspect: its number, name and weight, and the list of its parts.
  template <class Part, class Child, class ReadChild>
  Part read_part(const YAML::Node& n, const std::string& at, const std::string& children_key,
                 std::vector<Child> Part::*children, ReadChild read_child) {
    Mapping m(n, at, errors_);
    Part p;
    p.number = m.whole("number", 1, 999);
    p.name = m.text("name");
    p.weight = weight(m, "weight");
    m.list(children_key, true, [&](const YAML::Node& cn, const std::string& cat) { (p.*children).push_back(read_child(cn, cat)); });
    m.finish();
    return p;
  }

  Domain read_domain(const YAML::Node& n, const std::string& at, const Framework& f) {
    return read_part(n, at, "aspects", &Domain::aspects, [&](const YAML::Node& an, const std::string& aat) {
      return read_part(an, aat, "indicators", &Aspect::indicators,
                       [&](const YAML::Node& in, const std::string& iat) { return read_indicator(in, iat, f); });
    });
  }

  Indicator read_indicator(const YAML::Node& n, const std::string& at, const Framework& f) {
    Mapping m(n, at, errors_);
    Indicator i;
    i.number = m.whole("number", 1, 999);
    i.name = m.text("name");
    i.question = m.text("question", false);
    i.weight = weight(m, "weight");
    if (i.weight == 0 && weights_readable_) errors_.add(m.at("weight"), "must be more than 0");
    i.scale = m.text("scale");
    const Scale* scale = f.scale(i.scale);
    if (!i.scale.empty() && !scale) errors_.add(m.at("scale"), "no scale has the key \"" + i.scale + "\"");
    i.suggestion = m.text("suggestion", false);
    const auto& rules = known_suggestion_rules();
    if (!i.suggestion.empty() && std::find(rules.begin(), rules.end(), i.suggestion) == rules.end()) {
      std::string known;
      for (const auto& r : rules) known += (known.empty() ? "" : ", ") + r;
      errors_.add(m.at("suggestion"), "unknown suggestion rule \"" + i.suggestion + "\"; the rules are: " + known);
    }
    i.renamable = m.flag("renamable");
    m.list("criteria", false, [&](const YAML::Node& cn, const std::string& cat) {
      Mapping cm(cn, cat, errors_);
      Level l;
      l.value = cm.whole("level", 1, 9);
      l.criteria = cm.text("criteria");
      cm.finish();
      if (!l.value || !scale) return;
      const Level* on_scale = scale->level(l.value);
      if (!on_scale) return errors_.add(cat + ".level", "the scale " + scale->key + " has no level " + std::to_string(l.value));
      for (const auto& other : i.criteria)
        if (other.value == l.value) return errors_.add(cat + ".level", "level " + std::to_string(l.value) + " is given twice");
      l.name = on_scale->name;
      i.criteria.push_back(l);
    });
    m.finish();
    return i;
  }

  void check_scales(const Framework& f) {
    std::set<std::string> keys;
    for (size_t i = 0; i < f.scales.size(); ++i) {
      const auto& s = f.scales[i];
      if (!s.key.empty() && !keys.insert(s.key).second) errors_.add("scales[" + std::to_string(i) + "].key", "\"" + s.key + "\" is used twice");
      if (f.default_target_level && !s.levels.empty() && !s.level(f.default_target_level))
        errors_.add("default_target_level", std::to_string(f.default_target_level) + " is not a level of the scale " + s.key);
    }
  }

  // Descending, and the last band starts at the lowest index possible (every indicator at the
  // lowest level), so that every index has a predicate.
  void check_bands(const Framework& f) {
    for (size_t i = 1; i < f.bands.size(); ++i)
      if (f.bands[i].from >= f.bands[i - 1].from)
        errors_.add("bands[" + std::to_string(i) + "].from", hundredths_text(f.bands[i].from) + " is not below the band before it (" +
                                                                 hundredths_text(f.bands[i - 1].from) + "): bands go from the highest down");
    int lowest = 0;
    for (const auto& s : f.scales)
      if (!s.levels.empty()) lowest = lowest == 0 ? s.lowest() : std::min(lowest, s.lowest());
    if (!f.bands.empty() && lowest > 0 && f.bands.back().from != lowest * 100)
      errors_.add("bands[" + std::to_string(f.bands.size() - 1) + "].from",
                  "the last band must start at " + hundredths_text(lowest * 100) + ", the lowest index possible, not at " +
                      hundredths_text(f.bands.back().from));
  }

  void check_weights_and_numbers(const Framework& f) {
    std::map<int, std::string> domains, aspects, indicators;  // number → where first seen
    auto unique = [&](std::map<int, std::string>& seen, int number, const std::string& at, const std::string& what) {
      if (!number) return;
      auto [it, fresh] = seen.emplace(number, at);
      if (!fresh) errors_.add(at + ".number", what + " " + std::to_string(number) + " is numbered twice (also at " + it->second + ")");
    };
    Hundredths total = 0;
    for (size_t d = 0; d < f.domains.size(); ++d) {
      const auto& domain = f.domains[d];
      std::string dat = "domains[" + std::to_string(d) + "]";
      unique(domains, domain.number, dat, "domain");
      Hundredths domain_sum = 0;
      for (size_t a = 0; a < domain.aspects.size(); ++a) {
        const auto& aspect = domain.aspects[a];
        std::string aat = dat + ".aspects[" + std::to_string(a) + "]";
        unique(aspects, aspect.number, aat, "aspect");
        Hundredths aspect_sum = 0;
        for (size_t i = 0; i < aspect.indicators.size(); ++i) {
          unique(indicators, aspect.indicators[i].number, aat + ".indicators[" + std::to_string(i) + "]", "indicator");
          aspect_sum += aspect.indicators[i].weight;
        }
        if (weights_readable_ && aspect_sum != aspect.weight)
          errors_.add(aat + ".weight", hundredths_text(aspect.weight) + " but its indicators add up to " + hundredths_text(aspect_sum));
        domain_sum += aspect.weight;
      }
      if (weights_readable_ && domain_sum != domain.weight)
        errors_.add(dat + ".weight", hundredths_text(domain.weight) + " but its aspects add up to " + hundredths_text(domain_sum));
      total += domain.weight;
    }
    if (weights_readable_ && !f.domains.empty() && total != 10000)
      errors_.add("domains", "the domain weights add up to " + hundredths_text(total) + "; they must add up to 100.00");
  }

  Errors& errors_;
  bool weights_readable_ = true;
};

std::string base_name(const std::string& file_name) {
  auto slash = file_name.find_last_of('/');
  return slash == std::string::npos ? file_name : file_name.substr(slash + 1);
}

}  // namespace

LoadResult load_framework(std::string_view yaml_text, const std::string& file_name) {
  LoadResult result;
  std::string file = base_name(file_name);
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml_text));
  } catch (const YAML::Exception& e) {
    result.errors.push_back(file + ": line " + std::to_string(e.mark.line + 1) + ": not valid YAML: " + e.msg);
    return result;
  }
  Errors errors{file, result.errors};
  Framework f = Reader(errors).read(root);
  if (result.errors.empty()) result.framework = std::move(f);
  return result;
}

const std::vector<Framework>& builtin_frameworks() {
  static const std::vector<Framework> all = [] {
    std::vector<Framework> out;
    std::string problems;
    for (const auto& file : embedded_frameworks()) {
      std::string name(file.name);
      auto r = load_framework(file.text, name);
      for (const auto& e : r.errors) problems += e + "\n";
      if (!r.framework) continue;
      // The file is named after its code, so the code of a campaign leads to its file.
      if (r.framework->code + ".yaml" != name) problems += name + ": code: \"" + r.framework->code + "\" must equal the file name\n";
      out.push_back(std::move(*r.framework));
    }
    if (!problems.empty()) throw std::runtime_error("built-in evaluation frameworks do not load:\n" + problems);
    return out;
  }();
  return all;
}

const Framework* find_builtin_framework(std::string_view code) {
  for (const auto& f : builtin_frameworks())
    if (f.code == code) return &f;
  return nullptr;
}

const std::vector<std::string>& known_suggestion_rules() {
  static const std::vector<std::string> all = {
      "architecture",        "roadmap",           "application_registry", "data_centers",
      "intra_network",       "service_links",     "risk_registers",       "service_desk",
      "infrastructure_audits", "application_audits", "security_audits",   "complaint_channel"};
  return all;
}

}  // namespace simpul::frameworks
