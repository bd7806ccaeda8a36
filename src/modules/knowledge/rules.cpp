#include "modules/knowledge/rules.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "auth/policy.h"
#include "core/body_reader.h"
#include "core/dates.h"
#include "core/problem.h"
#include "core/text.h"
#include "db/full_text.h"
#include "files/file_rules.h"
#include "modules/planning/period.h"

namespace simpul::modules::knowledge {

namespace {

const Text kDate{"Tanggal dengan format YYYY-MM-DD, misalnya 2027-03-31.", "A date as YYYY-MM-DD, e.g. 2027-03-31."};
const Text kKeywords{"Kata kunci: daftar paling banyak 20 kata atau frasa, masing-masing 1-50 karakter.",
                     "Keywords: a list of at most 20 words or phrases of 1-50 characters each."};
const Text kKnownErrorText{"Paling banyak 5000 karakter.", "At most 5000 characters."};
constexpr size_t kMaxKeywords = 20;

std::optional<std::vector<std::string>> keywords_field(BodyReader& r) {
  if (!r.has("keywords")) return std::nullopt;
  const auto& v = r.body()["keywords"];
  if (v.is_null()) return std::vector<std::string>{};
  if (!v.is_array() || v.size() > kMaxKeywords) return r.add("keywords", kKeywords), std::nullopt;
  std::vector<std::string> out;
  for (const auto& k : v) {
    if (!k.is_string()) return r.add("keywords", kKeywords), std::nullopt;
    auto word = trimmed(k.get<std::string>());
    if (word.empty() || utf8_length(word) > 50) return r.add("keywords", kKeywords), std::nullopt;
    bool seen = false;
    for (const auto& o : out) seen = seen || o == word;
    if (!seen) out.push_back(word);
  }
  return out;
}

const char* status_id(const std::string& s) {
  if (s == "collected") return "masih draf (pengumpulan)";
  if (s == "processed") return "sedang diolah (pengolahan)";
  if (s == "published") return "sudah terbit di basis pengetahuan (penyimpanan)";
  return "diarsipkan";
}

const char* status_en(const std::string& s) {
  if (s == "collected") return "still a draft (collection)";
  if (s == "processed") return "being processed";
  if (s == "published") return "published in the knowledge base (storage)";
  return "archived";
}

// What can be done next from a status, in words.
Text next_from(const std::string& s) {
  if (s == "collected") return {"ajukan untuk diolah dulu (submit_for_review)", "submit it for processing first (submit_for_review)"};
  if (s == "processed") return {"terbitkan (publish) atau kembalikan ke draf (return_to_draft)",
                                "publish it (publish) or return it to draft (return_to_draft)"};
  if (s == "published") return {"tinjau (review), kembalikan ke draf untuk diubah (return_to_draft) atau arsipkan (archive)",
                                "review it (review), return it to draft to change it (return_to_draft) or archive it (archive)"};
  return {"pulihkan dulu (restore)", "restore it first (restore)"};
}

Text out_of_order(const Article& a) {
  auto next = next_from(a.status);
  return {std::string("Langkah ini tidak dapat dilakukan: artikel ") + status_id(a.status) + "; " + next.id + ".",
          std::string("This step cannot be taken: the article is ") + status_en(a.status) + "; " + next.en + "."};
}

bool allowed_from(const std::string& action, const std::string& status) {
  if (action == "submit_for_review") return status == "collected";
  if (action == "return_to_draft") return status == "processed" || status == "published";
  if (action == "publish") return status == "processed";
  if (action == "review") return status == "published";
  if (action == "archive") return status != "archived";
  if (action == "restore") return status == "archived";
  return false;
}

// Common words that say nothing about an article's subject.
const std::set<std::string> kStopWords{
    "ada", "adalah", "agar", "akan", "aku", "anda", "apa", "atau", "bagaimana", "bahwa", "baru", "beberapa", "belum",
    "bisa", "boleh", "dalam", "dan", "dapat", "dari", "dengan", "di", "dia", "hanya", "harus", "hari", "ini", "itu",
    "jadi", "jika", "juga", "kalau", "kami", "kamu", "karena", "kata", "ke", "kepada", "kita", "lagi", "lain",
    "lalu", "mau", "masih", "mereka", "mohon", "namun", "nya", "oleh", "pada", "para", "perlu", "pun", "saat",
    "saja", "sama", "sangat", "saya", "sedang", "sejak", "selalu", "semua", "sering", "setelah", "sudah", "tapi",
    "telah", "tentang", "terjadi", "tetapi", "tidak", "tolong", "untuk", "waktu", "yang", "and", "are", "can",
    "cannot", "does", "for", "from", "has", "have", "not", "that", "the", "this", "was", "when", "with", "after"};

// Three letters or more, or a short word mixing letters and digits ("4g", "5g"); a lone short
// number says nothing.
bool enough_letters(const std::string& w) {
  if (w.size() >= 3) return true;
  bool digit = false, letter = false;
  for (unsigned char ch : w) (std::isdigit(ch) ? digit : letter) = true;
  return digit && letter;
}

}  // namespace

ArticleInput parse_article(const nlohmann::json& body, bool creating) {
  BodyReader r(body, {"kind", "title", "summary", "body", "symptom", "cause", "workaround", "keywords", "agency_id",
                      "owner_user_id", "review_due_on"});
  ArticleInput in;
  in.kind = r.word("kind", kKinds, creating,
                   {"Pilih jenis artikel: how_to, known_error, faq, lesson_learned atau technology_transfer.",
                    "Choose the kind: how_to, known_error, faq, lesson_learned or technology_transfer."});
  in.title = r.text("title", creating, 200, {"Isi judul artikel (3-200 karakter).", "Enter the title (3-200 characters)."});
  if (in.title && utf8_length(*in.title) < 3)
    r.add("title", {"Isi judul artikel (3-200 karakter).", "Enter the title (3-200 characters)."}), in.title.reset();
  in.summary = r.text("summary", creating, 500,
                      {"Isi ringkasan artikel (1-500 karakter).", "Enter the summary (1-500 characters)."});
  in.body = r.text("body", creating, 50000,
                   {"Isi naskah artikel (1-50000 karakter; paragraf dipisah baris kosong).",
                    "Enter the article's text (1-50000 characters; paragraphs separated by an empty line)."});
  in.symptom = r.nullable_text("symptom", 5000, kKnownErrorText);
  in.cause = r.nullable_text("cause", 5000, kKnownErrorText);
  in.workaround = r.nullable_text("workaround", 5000, kKnownErrorText);
  in.keywords = keywords_field(r);
  in.agency_id = r.id("agency_id", false, {"Pilih perangkat daerah pemilik artikel.", "Choose the agency that owns the article."});
  in.owner_user_id = r.nullable_id("owner_user_id", {"Pilih pengguna penanggung jawab artikel.", "Choose the user who owns the article."});
  in.review_due_on = r.nullable_date("review_due_on", kDate);
  r.check();
  return in;
}

void apply(const ArticleInput& in, Article& a) {
  if (in.kind) a.kind = *in.kind;
  if (in.title) a.title = *in.title;
  if (in.summary) a.summary = *in.summary;
  if (in.body) a.body = *in.body;
  if (in.symptom) a.symptom = in.symptom->value_or("");
  if (in.cause) a.cause = in.cause->value_or("");
  if (in.workaround) a.workaround = in.workaround->value_or("");
  if (in.keywords) a.keywords = *in.keywords;
  if (in.agency_id) a.agency_id = *in.agency_id;
  if (in.owner_user_id) a.owner_user_id = *in.owner_user_id;
  if (in.review_due_on) a.review_due_on = in.review_due_on->value_or("");
}

void check_article(const Article& a) {
  std::vector<FieldError> errors;
  if (a.kind == "known_error") {
    if (a.symptom.empty())
      errors.push_back({"symptom", {"Known error harus menjelaskan gejalanya (symptom).", "A known error must describe its symptom."}});
    if (a.workaround.empty())
      errors.push_back({"workaround", {"Known error harus memberi cara mengatasinya sementara (workaround).",
                                       "A known error must give its workaround."}});
  } else {
    for (const auto& [field, value] : {std::pair<const char*, const std::string*>{"symptom", &a.symptom},
                                       {"cause", &a.cause}, {"workaround", &a.workaround}})
      if (!value->empty())
        errors.push_back({field, {"Gejala, penyebab dan workaround hanya untuk artikel jenis known_error.",
                                  "Symptom, cause and workaround are for known_error articles only."}});
  }
  fail_on_field_errors(errors);
}

StepInput parse_step(const nlohmann::json& body) {
  BodyReader r(body, {"action", "note"});
  StepInput in;
  in.action = r.word("action", kActions, true,
                     {"action: submit_for_review, return_to_draft, publish, review, archive atau restore.",
                      "action: submit_for_review, return_to_draft, publish, review, archive or restore."})
                  .value_or("");
  bool note_required = in.action == "return_to_draft" || in.action == "review";
  in.note = r.text("note", note_required, 2000,
                   note_required ? Text{"Tulis catatannya (1-2000 karakter): apa yang diperiksa atau perlu diubah.",
                                        "Write the note (1-2000 characters): what was checked or needs changing."}
                                 : Text{"Catatan paling banyak 2000 karakter.", "A note of at most 2000 characters."})
                .value_or("");
  r.check();
  return in;
}

RatingInput parse_rating(const nlohmann::json& body) {
  BodyReader r(body, {"stars", "comment"});
  RatingInput in;
  const Text kStars{"Beri nilai 1 sampai 5 bintang.", "Give 1 to 5 stars."};
  if (!r.has("stars") || !r.body()["stars"].is_number_integer()) r.add("stars", kStars);
  else {
    auto stars = r.body()["stars"].get<int64_t>();
    if (stars < 1 || stars > 5) r.add("stars", kStars);
    else in.stars = static_cast<int>(stars);
  }
  if (auto comment = r.nullable_text("comment", 1000, {"Komentar paling banyak 1000 karakter.", "A comment of at most 1000 characters."}))
    in.comment = comment->value_or("");
  r.check();
  return in;
}

LinkInput parse_link(const nlohmann::json& body) {
  BodyReader r(body, {"kind", "target_id", "used"});
  LinkInput in;
  in.kind = r.word("kind", kLinkKinds, true, {"kind: ticket atau application.", "kind: ticket or application."}).value_or("");
  in.target_id = r.id("target_id", true, {"Sebutkan nomor (id) tiket atau aplikasi.", "Give the id of the ticket or application."})
                     .value_or(0);
  in.used = r.flag("used", false, {"used: true atau false.", "used: true or false."}).value_or(false);
  if (in.used && in.kind == "application")
    r.add("used", {"Hanya tautan ke tiket yang dapat ditandai dipakai.", "Only a link to a ticket can be marked used."});
  r.check();
  return in;
}

TransferInput parse_transfer(const nlohmann::json& body, const std::string& today) {
  BodyReader r(body, {"kind", "held_on", "title", "audience", "agency_ids", "participants", "sha256", "notes"});
  TransferInput in;
  in.kind = r.word("kind", kTransferKinds, true,
                   {"kind: session (sesi berbagi pengetahuan) atau handover (serah terima).",
                    "kind: session (a knowledge sharing session) or handover."})
                .value_or("");
  if (!r.has("held_on") || r.body()["held_on"].is_null()) r.add("held_on", kDate);
  else if (auto d = r.nullable_date("held_on", kDate); d && *d) {
    if (**d > today)
      r.add("held_on", {"Alih pengetahuan dicatat setelah dilaksanakan; tanggalnya tidak boleh di masa depan.",
                        "A transfer is recorded once it was held; its date cannot be in the future."});
    else in.held_on = **d;
  }
  auto title = r.text("title", true, 200, {"Isi judul kegiatan (3-200 karakter).", "Enter the title (3-200 characters)."});
  if (title && utf8_length(*title) < 3) r.add("title", {"Isi judul kegiatan (3-200 karakter).", "Enter the title (3-200 characters)."});
  in.title = title.value_or("");
  in.audience = r.text("audience", true, 500, {"Sebutkan peserta atau sasarannya (1-500 karakter).",
                                               "Name the audience (1-500 characters)."})
                    .value_or("");
  const Text kParticipants{"Jumlah peserta: bilangan bulat 0-100000.", "Participants: a whole number from 0 to 100000."};
  if (!r.has("participants") || !r.body()["participants"].is_number_integer()) r.add("participants", kParticipants);
  else {
    in.participants = r.body()["participants"].get<int64_t>();
    if (in.participants < 0 || in.participants > 100000) r.add("participants", kParticipants);
  }
  const Text kAgencies{"agency_ids: daftar id perangkat daerah.", "agency_ids: a list of agency ids."};
  if (r.has("agency_ids") && !r.body()["agency_ids"].is_null()) {
    const auto& v = r.body()["agency_ids"];
    if (!v.is_array() || v.size() > 200) r.add("agency_ids", kAgencies);
    else
      for (const auto& id : v) {
        if (!id.is_number_integer() || id.get<int64_t>() < 1) {
          r.add("agency_ids", kAgencies);
          break;
        }
        if (std::find(in.agency_ids.begin(), in.agency_ids.end(), id.get<int64_t>()) == in.agency_ids.end())
          in.agency_ids.push_back(id.get<int64_t>());
      }
  }
  if (r.has("sha256") && !r.body()["sha256"].is_null()) {
    const auto& v = r.body()["sha256"];
    if (!v.is_string() || !files::is_sha256_hex(v.get<std::string>()))
      r.add("sha256", {"sha256 berkas yang sudah diunggah ke /api/v1/files (64 digit heksadesimal huruf kecil).",
                       "The sha256 of a file uploaded to /api/v1/files (64 lower-case hex digits)."});
    else in.sha256 = v.get<std::string>();
  }
  if (auto notes = r.nullable_text("notes", 5000, {"Catatan paling banyak 5000 karakter.", "Notes of at most 5000 characters."}))
    in.notes = notes->value_or("");
  r.check();
  return in;
}

int parse_review_months(const nlohmann::json& body) {
  BodyReader r(body, {"review_months"});
  const Text kMonths{"Jangka waktu peninjauan: 1 sampai 60 bulan.", "The review period: 1 to 60 months."};
  int months = 0;
  if (!r.has("review_months") || !r.body()["review_months"].is_number_integer()) r.add("review_months", kMonths);
  else {
    auto m = r.body()["review_months"].get<int64_t>();
    if (m < 1 || m > 60) r.add("review_months", kMonths);
    else months = static_cast<int>(m);
  }
  r.check();
  return months;
}

std::optional<Text> step_refusal(const std::string& action, const Article& a, const std::optional<CitedObligation>& order) {
  if (allowed_from(action, a.status)) return std::nullopt;
  if (action == "publish" && a.status == "collected") {
    std::string where = order ? " (" + order->citation + ")" : "";
    return Text{"Artikel ini belum diolah. Pengetahuan dikumpulkan, diolah, lalu disimpan berurutan" + where +
                    ": ajukan dulu untuk diolah (submit_for_review), lalu terbitkan.",
                "This article has not been processed. Knowledge is collected, processed and then stored, in that order" +
                    where + ": submit it for processing first (submit_for_review), then publish it."};
  }
  return out_of_order(a);
}

std::vector<std::string> possible_actions(const Article& a) {
  std::vector<std::string> out;
  for (const char* action : {"submit_for_review", "publish", "review", "return_to_draft", "archive", "restore"})
    if (allowed_from(action, a.status)) out.push_back(action);
  return out;
}

void take_step(const StepInput& step, Article& a, const std::string& now, const std::string& today, int review_months) {
  const auto& action = step.action;
  if (action == "submit_for_review") a.status = "processed";
  else if (action == "return_to_draft" || action == "restore") a.status = "collected";
  else if (action == "archive") a.status = "archived";
  else if (action == "publish") {
    a.status = "published";
    a.revision += 1;
    a.published_at = now;
    a.review_due_on = review_due_after_publish(a.review_due_on, today, review_months);
  } else if (action == "review") {
    a.last_reviewed_at = now;
    a.review_due_on = planning::add_months(today, review_months);
  }
}

std::optional<Text> edit_refusal(const Article& a) {
  if (a.status == "collected" || a.status == "processed") return std::nullopt;
  if (a.status == "published")
    return Text{"Artikel yang sudah terbit tidak diubah langsung: kembalikan dulu ke draf (return_to_draft), ubah, lalu "
                "terbitkan lagi sebagai revisi baru.",
                "A published article is not changed in place: return it to draft (return_to_draft), change it, then "
                "publish it again as a new revision."};
  return Text{"Artikel yang diarsipkan tidak dapat diubah; pulihkan dulu (restore).",
              "An archived article cannot be changed; restore it first (restore)."};
}

std::optional<Text> rating_refusal(const Article& a) {
  if (a.status == "published") return std::nullopt;
  return Text{"Hanya artikel yang sudah terbit di basis pengetahuan yang dapat dinilai.",
              "Only articles published in the knowledge base can be rated."};
}

std::string review_due_after_publish(const std::string& set_on_article, const std::string& today, int review_months) {
  if (!set_on_article.empty() && set_on_article > today) return set_on_article;
  return planning::add_months(today, review_months);
}

bool review_due(const Article& a, const std::string& today) {
  return a.status == "published" && !a.review_due_on.empty() && a.review_due_on < today;
}

std::optional<double> rating_average(int64_t sum, int64_t count) {
  if (count <= 0) return std::nullopt;
  return std::round(static_cast<double>(sum) * 10.0 / static_cast<double>(count)) / 10.0;
}

bool may_see(const auth::Principal& me, const Article& a) {
  if (me.role == auth::Role::citizen) return false;
  if (a.status == "published") return true;
  if (me.role == auth::Role::agency_operator) return me.agency_id && *me.agency_id == a.agency_id;
  return true;  // the ICT office, leadership and auditors
}

bool may_edit(const auth::Principal& me, const Article& a) {
  if (me.role == auth::Role::superadmin) return true;
  return me.role == auth::Role::agency_operator && auth::may_access_agency(me, a.agency_id);
}

std::vector<std::string> suggestion_words(const std::string& text) {
  std::vector<std::string> out;
  for (auto& w : db::full_text::words(text, 200)) {
    if (out.size() >= 12) break;
    if (!enough_letters(w) || kStopWords.count(w)) continue;
    if (std::find(out.begin(), out.end(), w) == out.end()) out.push_back(w);
  }
  return out;
}

Text why_suggested(const std::vector<std::string>& matched, const std::string& application_name) {
  std::string words;
  for (const auto& w : matched) words += (words.empty() ? "" : ", ") + w;
  Text out{"Cocok dengan: " + words, "Matches: " + words};
  if (!application_name.empty()) {
    out.id += "; terkait aplikasi " + application_name;
    out.en += "; linked to the application " + application_name;
  }
  return out;
}

}  // namespace simpul::modules::knowledge
