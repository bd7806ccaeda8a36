#include "modules/element_links/rules.h"

#include "core/body_reader.h"
#include "core/problem.h"
#include "core/text.h"

namespace simpul::modules::element_links {

namespace {

const Text kKindMessage{"Jenis elemen: service, application, dataset, host, network atau facility.",
                        "The element kind: service, application, dataset, host, network or facility."};
const Text kIdMessage{"Nomor elemen berupa bilangan bulat positif.", "The element's id is a positive whole number."};

// One end {kind, id}; errors under "<end>.kind" / "<end>.id".
std::optional<NodeKey> read_end(BodyReader& r, const std::string& end) {
  if (!r.has(end) || !r.body()[end].is_object()) {
    r.add(end, {"Isi {\"kind\": jenis elemen, \"id\": nomornya}.", "Give {\"kind\": the element kind, \"id\": its id}."});
    return std::nullopt;
  }
  const auto& v = r.body()[end];
  bool ok = true;
  for (const auto& [key, _] : v.items())
    if (key != "kind" && key != "id") r.add(end + "." + key, {"Isian ini tidak dikenal.", "Unknown field."}), ok = false;
  NodeKey key;
  if (v.contains("kind") && v["kind"].is_string() && is_kind(v["kind"].get<std::string>())) key.kind = v["kind"].get<std::string>();
  else r.add(end + ".kind", kKindMessage), ok = false;
  if (v.contains("id") && v["id"].is_number_integer() && v["id"].get<int64_t>() > 0) key.id = v["id"].get<int64_t>();
  else r.add(end + ".id", kIdMessage), ok = false;
  if (!ok) return std::nullopt;
  return key;
}

}  // namespace

bool is_kind(const std::string& kind) { return kKinds.count(kind) > 0; }

bool is_allowed_pair(const std::string& from_kind, const std::string& to_kind) {
  return kAllowedPairs.count({from_kind, to_kind}) > 0;
}

std::string allowed_targets(const std::string& from_kind) {
  std::string out;
  for (const char* kind : {"service", "application", "dataset", "host", "network", "facility"})
    if (is_allowed_pair(from_kind, kind)) out += (out.empty() ? "" : ", ") + std::string(kind);
  return out;
}

LinkInput parse_link(const nlohmann::json& body) {
  BodyReader r(body, {"from", "to", "note"});
  auto from = read_end(r, "from");
  auto to = read_end(r, "to");
  auto note = r.nullable_text("note", 2000, {"Catatan berupa teks sampai 2000 karakter.", "The note is text of up to 2000 characters."});
  if (from && to) {
    if (*from == *to) {
      r.add("to", {"Elemen tidak dapat dihubungkan dengan dirinya sendiri.", "An element cannot be linked to itself."});
    } else if (!is_allowed_pair(from->kind, to->kind)) {
      auto targets = allowed_targets(from->kind);
      if (targets.empty())
        r.add("from.kind", {"Elemen jenis " + from->kind + " tidak menggunakan elemen lain; hubungkan dari elemen yang menggunakannya.",
                            "An element of kind " + from->kind + " uses no other element; link from the element that uses it."});
      else
        r.add("to.kind", {"Elemen jenis " + from->kind + " hanya dapat menggunakan: " + targets + ".",
                          "An element of kind " + from->kind + " can only use: " + targets + "."});
    }
  }
  r.check();
  return {*from, *to, note && *note ? **note : ""};
}

bool may_keep_link(const auth::Principal& me, std::optional<int64_t> from_owner_agency_id) {
  if (me.role == auth::Role::superadmin) return true;
  return me.role == auth::Role::agency_operator && from_owner_agency_id && me.agency_id &&
         *me.agency_id == *from_owner_agency_id;
}

NodeKey parse_element_query(const std::optional<std::string>& kind, const std::optional<std::string>& id) {
  if (!kind || !is_kind(*kind))
    throw ProblemError(Problem::bad_request({"kind: service, application, dataset, host, network atau facility.",
                                             "kind: service, application, dataset, host, network or facility."}));
  try {
    size_t used = 0;
    auto n = id ? std::stoll(*id, &used) : 0;
    if (id && used == id->size() && n > 0) return {*kind, n};
  } catch (...) {
  }
  throw ProblemError(Problem::bad_request({"id harus berupa nomor elemen (bilangan bulat positif).",
                                           "id must be the element's id (a positive whole number)."}));
}

std::optional<std::string> parse_only(const std::optional<std::string>& only) {
  if (!only || only->empty()) return std::nullopt;
  if (!is_kind(*only))
    throw ProblemError(Problem::bad_request({"only: service, application, dataset, host, network atau facility.",
                                             "only: service, application, dataset, host, network or facility."}));
  return *only;
}

}  // namespace simpul::modules::element_links
