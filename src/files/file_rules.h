#pragma once
// What Simpul accepts as an uploaded file (DESIGN.md, "Files": stored by content hash
// with size limits and type checks). Pure: no I/O. The declared type must be one of the
// document and diagram formats agencies actually use, and the bytes must look like it,
// so a script renamed to .pdf is refused rather than stored and later served.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/lang.h"

namespace simpul::files {

struct AcceptedType {
  std::string media_type;  // e.g. "application/pdf"
  std::string label;       // what users call it: "PDF", "gambar PNG", …
};
const std::vector<AcceptedType>& accepted_types();

// "application/pdf; charset=binary" -> "application/pdf" (lower case, no parameters).
std::string bare_media_type(std::string_view content_type);

bool is_accepted_type(const std::string& media_type);
// Why these bytes cannot be stored as this type; nullopt when they can.
std::optional<Text> content_problem(const std::string& media_type, std::string_view bytes);

// The name a user gave, made safe to keep and to offer back as a download name:
// no folders, no control characters, at most 200 characters; "berkas" when nothing is left.
std::string safe_file_name(std::string_view raw);

bool is_sha256_hex(std::string_view text);  // 64 lower-case hex digits

// A Content-Disposition that saves the file under its own name (RFC 6266: an ASCII
// fallback, and the UTF-8 name percent-encoded for browsers that read it).
std::string attachment_header(const std::string& name);

}  // namespace simpul::files
