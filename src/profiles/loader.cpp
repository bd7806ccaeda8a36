#include "profiles/loader.h"

#include <yaml-cpp/yaml.h>

#include <functional>
#include <set>
#include <stdexcept>

#include "profiles/embedded.h"
#include "profiles/vocabulary.h"

namespace simpul::profiles {

namespace vocab = vocabulary;

namespace {

std::string list_words(const std::set<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : ", ") + w;
  return out;
}

// One YAML mapping being read: every field taken is remembered, so that finish()
// can name the fields nobody asked for.
class Fields {
 public:
  Fields(const YAML::Node& node, std::string path, std::vector<std::string>& errors, const std::string& file)
      : node_(node), path_(std::move(path)), errors_(errors), file_(file) {
    if (!node_.IsMap()) error(path_, "must be a mapping of fields");
  }

  void error(const std::string& where, const std::string& message) {
    errors_.push_back(file_ + ": " + (where.empty() ? "" : where + ": ") + message);
  }
  std::string at(const std::string& key) const { return path_.empty() ? key : path_ + "." + key; }
  const std::string& path() const { return path_; }

  // The field's node, or nothing when it is absent or null.
  std::optional<YAML::Node> take(const std::string& key, bool required) {
    seen_.insert(key);
    if (!node_.IsMap()) return std::nullopt;
    YAML::Node child = node_[key];
    if (!child.IsDefined() || child.IsNull()) {
      if (required) error(at(key), "is required");
      return std::nullopt;
    }
    return child;
  }

  std::string text(const std::string& key, bool required = true) {
    auto n = take(key, required);
    if (!n) return "";
    if (!n->IsScalar()) {
      error(at(key), "must be text");
      return "";
    }
    auto s = n->as<std::string>();
    if (s.empty() && required) error(at(key), "must not be empty");
    return s;
  }

  std::string word(const std::string& key, const std::set<std::string>& words, bool required = true) {
    auto s = text(key, required);
    if (!s.empty() && !words.count(s)) error(at(key), "\"" + s + "\" is not one of: " + list_words(words));
    return s;
  }

  std::string identifier(const std::string& key, bool required = true) {
    auto s = text(key, required);
    if (!s.empty() && !vocab::is_identifier(s)) error(at(key), "\"" + s + "\" must be a lowercase snake_case word");
    return s;
  }

  std::string key_field(const std::string& key) {
    auto s = text(key);
    if (!s.empty() && !vocab::is_key(s)) error(at(key), "\"" + s + "\" must be lowercase letters and digits joined by - or _");
    return s;
  }

  std::string article(const std::string& key, bool required = true) {
    auto s = text(key, required);
    if (!s.empty() && !vocab::is_article(s))
      error(at(key), "\"" + s + "\" is not an article such as \"Pasal 24 ayat (4) huruf b\"");
    return s;
  }

  std::optional<Period> period(const std::string& key, bool required = true) {
    auto s = text(key, required);
    if (s.empty()) return std::nullopt;
    auto p = parse_period(s);
    if (!p) error(at(key), "\"" + s + "\" is not an ISO 8601 period such as P1Y, P6M or P2W");
    return p;
  }

  int integer(const std::string& key, int min, int max) {
    auto s = text(key);
    if (s.empty()) return 0;
    try {
      size_t used = 0;
      int v = std::stoi(s, &used);
      if (used == s.size() && v >= min && v <= max) return v;
    } catch (...) {
    }
    error(at(key), "\"" + s + "\" must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
    return 0;
  }

  bool flag(const std::string& key) {
    auto n = take(key, false);
    if (!n) return false;
    if (n->IsScalar() && (n->Scalar() == "true" || n->Scalar() == "false")) return n->Scalar() == "true";
    error(at(key), "must be true or false");
    return false;
  }

  // Calls `each(node, path)` for every item of a list field.
  void items(const std::string& key, bool required, const std::function<void(const YAML::Node&, const std::string&)>& each) {
    auto n = take(key, required);
    if (!n) return;
    if (!n->IsSequence()) {
      error(at(key), "must be a list");
      return;
    }
    if (required && n->size() == 0) error(at(key), "must not be empty");
    for (size_t i = 0; i < n->size(); ++i) each((*n)[i], at(key) + "[" + std::to_string(i) + "]");
  }

  std::vector<std::string> words(const std::string& key, bool required, const std::set<std::string>* vocabulary) {
    std::vector<std::string> out;
    std::set<std::string> unique;
    items(key, required, [&](const YAML::Node& n, const std::string& where) {
      if (!n.IsScalar() || n.Scalar().empty()) return error(where, "must be a word");
      auto s = n.Scalar();
      if (vocabulary && !vocabulary->count(s)) return error(where, "\"" + s + "\" is not one of: " + list_words(*vocabulary));
      if (!vocabulary && !vocab::is_identifier(s)) return error(where, "\"" + s + "\" must be a lowercase snake_case word");
      if (!unique.insert(s).second) return error(where, "\"" + s + "\" is listed twice");
      out.push_back(s);
    });
    return out;
  }

  void finish() {
    if (!node_.IsMap()) return;
    for (const auto& kv : node_) {
      auto key = kv.first.as<std::string>();
      if (!seen_.count(key)) error(at(key), "unknown field");
    }
  }

 private:
  YAML::Node node_;
  std::string path_;
  std::vector<std::string>& errors_;
  const std::string& file_;
  std::set<std::string> seen_;
};

class Loader {
 public:
  Loader(std::vector<std::string>& errors, const std::string& file) : errors_(errors), file_(file) {}

  Profile read(const YAML::Node& root) {
    Profile p;
    Fields f(root, "", errors_, file_);
    p.name = f.key_field("name");
    read_citation(f.take("citation", true), p.citation);
    read_region(f.take("region", true), p.region);
    read_terms(f.take("terms", true), p.terms);
    f.items("agencies", true, [&](const YAML::Node& n, const std::string& at) { p.agencies.push_back(read_agency(n, at)); });
    f.items("positions", true, [&](const YAML::Node& n, const std::string& at) { p.positions.push_back(read_position(n, at)); });
    f.items("bodies", true, [&](const YAML::Node& n, const std::string& at) { p.bodies.push_back(read_body(n, at, false)); });
    if (auto n = f.take("gcio", false)) {
      Fields g(*n, "gcio", errors_, file_);
      p.gcio = Gcio{g.key_field("position"), g.article("article")};
      g.finish();
    }
    f.items("architecture_domains", false, [&](const YAML::Node& n, const std::string& at) {
      Fields d(n, at, errors_, file_);
      p.architecture_domains.push_back(
          {d.word("domain", vocab::architecture_domains()), d.key_field("coordinator"), d.article("article")});
      d.finish();
    });
    if (auto n = f.take("ict_self_sufficiency", false)) p.self_sufficiency = read_self_sufficiency(*n);
    f.items("obligations", true, [&](const YAML::Node& n, const std::string& at) { p.obligations.push_back(read_obligation(n, at)); });
    f.finish();
    check_references(p);
    return p;
  }

 private:
  void error(const std::string& where, const std::string& message) {
    errors_.push_back(file_ + ": " + (where.empty() ? "" : where + ": ") + message);
  }

  void read_citation(const std::optional<YAML::Node>& n, Citation& c) {
    if (!n) return;
    Fields f(*n, "citation", errors_, file_);
    c.title = f.text("title");
    c.short_name = f.text("short");
    c.instrument = f.word("instrument", {"perwali", "perbup"});
    c.number = f.integer("number", 1, 9999);
    c.year = f.integer("year", 1945, 2100);
    c.source = f.text("source");
    f.finish();
  }

  void read_region(const std::optional<YAML::Node>& n, RegionTemplate& r) {
    if (!n) return;
    Fields f(*n, "region", errors_, file_);
    r.kind = f.word("kind", {"kota", "kabupaten"});
    r.name = f.text("name");
    r.time_zone = f.word("time_zone", vocab::time_zones());
    r.domain = f.text("domain");
    f.finish();
  }

  void read_terms(const std::optional<YAML::Node>& n, std::map<std::string, Text>& terms) {
    if (!n) return;
    if (!n->IsMap()) return error("terms", "must be a mapping of term: {id, en}");
    for (const auto& kv : *n) {
      auto key = kv.first.as<std::string>();
      std::string at = "terms." + key;
      if (!vocab::term_keys().count(key)) {
        error(at, "unknown term; the terms are: " + list_words(vocab::term_keys()));
        continue;
      }
      Fields t(kv.second, at, errors_, file_);
      terms[key] = Text{t.text("id"), t.text("en")};
      t.finish();
    }
    for (const auto& required : vocab::required_terms())
      if (!terms.count(required)) error("terms." + required, "is required");
  }

  AgencyTemplate read_agency(const YAML::Node& n, const std::string& at) {
    Fields f(n, at, errors_, file_);
    AgencyTemplate a;
    a.key = f.key_field("key");
    a.name = f.text("name");
    a.short_name = f.text("short_name");
    a.kind = f.word("kind", vocab::agency_kinds());
    a.roles = f.words("roles", false, &vocab::agency_roles());
    a.parent = f.text("parent", false);
    f.finish();
    return a;
  }

  PositionTemplate read_position(const YAML::Node& n, const std::string& at) {
    Fields f(n, at, errors_, file_);
    PositionTemplate p;
    p.key = f.key_field("key");
    p.title = f.text("title");
    p.agency = f.text("agency", false);
    p.head = f.flag("head");
    f.finish();
    if (p.head && p.agency.empty()) error(at + ".head", "a head must name the agency it heads");
    return p;
  }

  Body read_body(const YAML::Node& n, const std::string& at, bool working_group) {
    Fields f(n, at, errors_, file_);
    Body b;
    b.key = f.key_field("key");
    b.kind = working_group ? "working_group" : f.word("kind", vocab::body_kinds());
    b.name = f.text("name");
    b.article = f.article("article");
    b.formed_by = f.text("formed_by", false);
    f.items("members", true, [&](const YAML::Node& m, const std::string& where) {
      Fields mf(m, where, errors_, file_);
      Member member;
      member.role = mf.word("role", vocab::member_roles());
      member.position = mf.text("position", false);
      member.selector = mf.word("selector", vocab::member_selectors(), false);
      mf.finish();
      if (member.position.empty() == member.selector.empty())
        error(where, "a member names exactly one of position or selector");
      b.members.push_back(member);
    });
    if (!working_group)
      f.items("working_groups", false, [&](const YAML::Node& w, const std::string& where) {
        b.working_groups.push_back(read_body(w, where, true));
      });
    f.finish();
    return b;
  }

  SelfSufficiency read_self_sufficiency(const YAML::Node& n) {
    Fields f(n, "ict_self_sufficiency", errors_, file_);
    SelfSufficiency s;
    s.article = f.article("article");
    s.assessed_by = f.word("assessed_by", vocab::agency_roles());
    if (auto d = f.take("decided_by", true)) {
      Fields df(*d, "ict_self_sufficiency.decided_by", errors_, file_);
      s.decided_by_body = df.key_field("body");
      s.decided_by_role = df.word("role", vocab::member_roles());
      df.finish();
    }
    s.decree = f.text("decree");
    f.items("criteria", true, [&](const YAML::Node& c, const std::string& where) {
      Fields cf(c, where, errors_, file_);
      s.criteria.push_back({cf.identifier("key"), cf.article("article"), cf.text("text")});
      cf.finish();
    });
    s.grants = f.words("grants", true, &vocab::grants());
    f.finish();
    return s;
  }

  Obligation read_obligation(const YAML::Node& n, const std::string& at) {
    Obligation o;
    // The id goes into the path so an error in a long list can be found by name.
    std::string where = at;
    if (n.IsMap() && n["id"] && n["id"].IsScalar()) where += " (" + n["id"].Scalar() + ")";
    Fields f(n, where, errors_, file_);
    o.id = f.key_field("id");
    o.article = f.article("article");
    o.text = f.text("text");
    o.binds = f.word("binds", vocab::subjects());
    o.when = f.word("when", vocab::conditions(), false);
    if (auto r = f.take("rule", true)) o.rule = read_rule(*r, f.at("rule"));
    f.finish();
    return o;
  }

  Rule read_rule(const YAML::Node& n, const std::string& at) {
    Fields f(n, at, errors_, file_);
    Rule r;
    r.kind = f.text("kind");
    auto shape = vocab::rule_shapes().find(r.kind);
    if (shape == vocab::rule_shapes().end()) {
      if (!r.kind.empty()) {
        std::set<std::string> kinds;
        for (const auto& [k, _] : vocab::rule_shapes()) kinds.insert(k);
        f.error(f.at("kind"), "unknown rule kind \"" + r.kind + "\"; the kinds are: " + list_words(kinds));
      }
      return r;  // its fields cannot be judged without a kind
    }
    const auto& s = shape->second;
    for (const auto& k : s.identifiers) r.values[k] = f.identifier(k);
    for (const auto& k : s.optional_identifiers)
      if (auto v = f.identifier(k, false); !v.empty()) r.values[k] = v;
    for (const auto& k : s.texts) r.values[k] = f.text(k);
    for (const auto& k : s.periods)
      if (auto p = f.period(k)) r.periods[k] = *p;
    for (const auto& k : s.optional_periods)
      if (auto p = f.period(k, false)) r.periods[k] = *p;
    for (const auto& k : s.lists) r.lists[k] = f.words(k, true, nullptr);
    for (const auto& k : s.optional_lists)
      if (auto w = f.words(k, false, nullptr); !w.empty()) r.lists[k] = w;
    if (s.min) r.min = f.integer("min", 1, 1000);
    f.finish();
    return r;
  }

  // Keys unique, references resolved, roles held once.
  void check_references(const Profile& p) {
    std::set<std::string> agencies, short_names, positions, bodies, obligations;
    std::map<std::string, std::string> role_holder;
    for (size_t i = 0; i < p.agencies.size(); ++i) {
      const auto& a = p.agencies[i];
      std::string at = "agencies[" + std::to_string(i) + "]";
      if (!a.key.empty() && !agencies.insert(a.key).second) error(at + ".key", "\"" + a.key + "\" is used twice");
      if (!a.short_name.empty() && !short_names.insert(a.short_name).second)
        error(at + ".short_name", "\"" + a.short_name + "\" is used twice");
      for (const auto& role : a.roles)
        if (auto [it, fresh] = role_holder.emplace(role, a.key); !fresh)
          error(at + ".roles", role + " is already held by " + it->second);
    }
    for (size_t i = 0; i < p.agencies.size(); ++i)
      if (!p.agencies[i].parent.empty() && !agencies.count(p.agencies[i].parent))
        error("agencies[" + std::to_string(i) + "].parent", "no agency has the key \"" + p.agencies[i].parent + "\"");
    if (!role_holder.count("ict_office")) error("agencies", "one agency must have the role ict_office");
    for (size_t i = 0; i < p.positions.size(); ++i) {
      const auto& pos = p.positions[i];
      std::string at = "positions[" + std::to_string(i) + "]";
      if (!pos.key.empty() && !positions.insert(pos.key).second) error(at + ".key", "\"" + pos.key + "\" is used twice");
      if (!pos.agency.empty() && !agencies.count(pos.agency)) error(at + ".agency", "no agency has the key \"" + pos.agency + "\"");
    }
    std::function<void(const Body&, const std::string&)> check_body = [&](const Body& b, const std::string& at) {
      if (!b.key.empty() && !bodies.insert(b.key).second) error(at + ".key", "\"" + b.key + "\" is used twice");
      for (size_t m = 0; m < b.members.size(); ++m)
        if (!b.members[m].position.empty() && !positions.count(b.members[m].position))
          error(at + ".members[" + std::to_string(m) + "].position", "no position has the key \"" + b.members[m].position + "\"");
      for (size_t w = 0; w < b.working_groups.size(); ++w)
        check_body(b.working_groups[w], at + ".working_groups[" + std::to_string(w) + "]");
    };
    for (size_t i = 0; i < p.bodies.size(); ++i) check_body(p.bodies[i], "bodies[" + std::to_string(i) + "]");
    if (p.gcio && !p.gcio->position.empty() && !positions.count(p.gcio->position))
      error("gcio.position", "no position has the key \"" + p.gcio->position + "\"");
    std::set<std::string> domains;
    for (size_t i = 0; i < p.architecture_domains.size(); ++i) {
      const auto& d = p.architecture_domains[i];
      std::string at = "architecture_domains[" + std::to_string(i) + "]";
      if (!d.domain.empty() && !domains.insert(d.domain).second) error(at + ".domain", d.domain + " is listed twice");
      if (!d.coordinator.empty() && !agencies.count(d.coordinator))
        error(at + ".coordinator", "no agency has the key \"" + d.coordinator + "\"");
    }
    if (p.self_sufficiency) {
      const auto& s = *p.self_sufficiency;
      const Body* b = p.body(s.decided_by_body);
      if (!s.decided_by_body.empty() && !b)
        error("ict_self_sufficiency.decided_by.body", "no body has the key \"" + s.decided_by_body + "\"");
      else if (b) {
        bool has_role = false;
        for (const auto& m : b->members) has_role |= m.role == s.decided_by_role && !m.position.empty();
        if (!has_role)
          error("ict_self_sufficiency.decided_by.role", "body " + b->key + " has no member by position with the role " + s.decided_by_role);
      }
      if (!s.assessed_by.empty() && !role_holder.count(s.assessed_by))
        error("ict_self_sufficiency.assessed_by", "no agency has the role " + s.assessed_by);
    }
    for (size_t i = 0; i < p.obligations.size(); ++i)
      if (!p.obligations[i].id.empty() && !obligations.insert(p.obligations[i].id).second)
        error("obligations[" + std::to_string(i) + "].id", "\"" + p.obligations[i].id + "\" is used twice");
  }

  std::vector<std::string>& errors_;
  const std::string& file_;
};

std::string stem(const std::string& file_name) {
  auto slash = file_name.find_last_of('/');
  std::string base = slash == std::string::npos ? file_name : file_name.substr(slash + 1);
  auto dot = base.rfind(".yaml");
  return dot == std::string::npos ? base : base.substr(0, dot);
}

}  // namespace

LoadResult load_profile(std::string_view yaml_text, const std::string& file_name) {
  LoadResult result;
  std::string file = file_name.substr(file_name.find_last_of('/') == std::string::npos ? 0 : file_name.find_last_of('/') + 1);
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml_text));
  } catch (const YAML::Exception& e) {
    result.errors.push_back(file + ": line " + std::to_string(e.mark.line + 1) + ": not valid YAML: " + e.msg);
    return result;
  }
  Loader loader(result.errors, file);
  Profile p = loader.read(root);
  if (!p.name.empty() && p.name != stem(file_name))
    result.errors.push_back(file + ": name: \"" + p.name + "\" must equal the file name \"" + stem(file_name) + "\"");
  if (result.errors.empty()) result.profile = std::move(p);
  return result;
}

const std::vector<Profile>& builtin_profiles() {
  static const std::vector<Profile> all = [] {
    std::vector<Profile> out;
    std::string problems;
    for (const auto& f : embedded_profiles()) {
      auto r = load_profile(f.text, std::string(f.name));
      for (const auto& e : r.errors) problems += e + "\n";
      if (r.profile) out.push_back(std::move(*r.profile));
    }
    if (!problems.empty()) throw std::runtime_error("built-in regulation profiles do not load:\n" + problems);
    return out;
  }();
  return all;
}

const Profile* find_builtin(std::string_view name) {
  for (const auto& p : builtin_profiles())
    if (p.name == name) return &p;
  return nullptr;
}

std::string_view builtin_source(std::string_view source_path) {
  for (const auto& f : embedded_sources())
    if (f.name == source_path) return f.text;
  return {};
}

}  // namespace simpul::profiles
