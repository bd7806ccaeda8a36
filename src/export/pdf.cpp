#include "export/pdf.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <numeric>
#include <stdexcept>

#include <hpdf.h>

#include "export/pdf_page.h"

namespace simpul::pdf {

namespace {

// CP1252's letters and signs in 0x80..0x9F, by their Unicode code points.
constexpr std::pair<char32_t, unsigned char> kWinAnsiExtras[] = {
    {0x20AC, 0x80}, {0x201A, 0x82}, {0x0192, 0x83}, {0x201E, 0x84}, {0x2026, 0x85}, {0x2020, 0x86}, {0x2021, 0x87},
    {0x02C6, 0x88}, {0x2030, 0x89}, {0x0160, 0x8A}, {0x2039, 0x8B}, {0x0152, 0x8C}, {0x017D, 0x8E}, {0x2018, 0x91},
    {0x2019, 0x92}, {0x201C, 0x93}, {0x201D, 0x94}, {0x2022, 0x95}, {0x2013, 0x96}, {0x2014, 0x97}, {0x02DC, 0x98},
    {0x2122, 0x99}, {0x0161, 0x9A}, {0x203A, 0x9B}, {0x0153, 0x9C}, {0x017E, 0x9E}, {0x0178, 0x9F},
};

char winansi(char32_t cp) {
  if (cp == '\t' || cp == '\n' || cp == '\r') return ' ';
  if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) return ' ';
  if (cp < 0x100) return static_cast<char>(cp);
  if (cp == 0x2010 || cp == 0x2011 || cp == 0x2212) return '-';
  for (const auto& [code, byte] : kWinAnsiExtras)
    if (code == cp) return static_cast<char>(byte);
  return '?';
}

// The continuation bytes a UTF-8 lead byte announces, and the bits it carries; -1 when
// it is no lead byte.
int utf8_tail(unsigned char lead, char32_t& bits) {
  if (lead < 0x80) return bits = lead, 0;
  if ((lead & 0xE0) == 0xC0) return bits = lead & 0x1F, 1;
  if ((lead & 0xF0) == 0xE0) return bits = lead & 0x0F, 2;
  if ((lead & 0xF8) == 0xF0) return bits = lead & 0x07, 3;
  return -1;
}

void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* user) {
  auto* f = static_cast<Failure*>(user);
  if (f->error == HPDF_OK) f->error = error, f->detail = detail;
}

}  // namespace

Colour colour(const std::string& hex) {
  if (hex.size() != 7 || hex[0] != '#' || hex.find_first_not_of("0123456789abcdefABCDEF", 1) != std::string::npos)
    return kBlack;
  auto rgb = std::stoul(hex.substr(1), nullptr, 16);
  return {((rgb >> 16) & 0xFF) / 255.0f, ((rgb >> 8) & 0xFF) / 255.0f, (rgb & 0xFF) / 255.0f};
}

std::string to_cp1252(const std::string& utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) {
    char32_t cp = 0;
    int tail = utf8_tail(static_cast<unsigned char>(utf8[i]), cp);
    bool ok = tail >= 0;
    for (int k = 1; ok && k <= tail; ++k) {
      if (i + k >= utf8.size()) ok = false;
      else if ((static_cast<unsigned char>(utf8[i + k]) & 0xC0) != 0x80) ok = false;
      else cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    }
    if (!ok) {
      out += '?';
      ++i;
      continue;
    }
    out += winansi(cp);
    i += tail + 1;
  }
  return out;
}

// -------------------------------------------------------------------------------------------

Document::Document(const std::string& title, const std::string& footer) : s_(std::make_unique<State>()) {
  s_->doc = HPDF_New(on_error, &s_->failure);
  if (!s_->doc) throw std::runtime_error("PDF: cannot start a document");
  // Compression keeps a long region report small; a libhpdf built without zlib writes it plain.
  if (HPDF_SetCompressionMode(s_->doc, HPDF_COMP_ALL) != HPDF_OK) {
    HPDF_ResetError(s_->doc);
    s_->failure = {};
  }
  s_->regular = HPDF_GetFont(s_->doc, "Helvetica", "WinAnsiEncoding");
  s_->bold = HPDF_GetFont(s_->doc, "Helvetica-Bold", "WinAnsiEncoding");
  HPDF_SetInfoAttr(s_->doc, HPDF_INFO_TITLE, to_cp1252(title).c_str());
  HPDF_SetInfoAttr(s_->doc, HPDF_INFO_CREATOR, "Simpul");
  s_->footer = to_cp1252(footer);
  s_->check("load the fonts");
}

Document::~Document() = default;

void Document::title(const std::string& text) {
  s_->flow(s_->bold, 16, 21, text);
  s_->y -= 6;
  s_->check("write the title");
}

void Document::heading(const std::string& text) {
  s_->ensure(14 + 60);  // never alone at the foot of a page
  s_->y -= 8;
  s_->flow(s_->bold, 12, 16, text);
  s_->y -= 2;
  s_->check("write a heading");
}

void Document::paragraph(const std::string& text, bool bold) {
  s_->flow(bold ? s_->bold : s_->regular, 10, 13, text);
  s_->y -= 5;
  s_->check("write a paragraph");
}

void Document::facts(const std::vector<std::pair<std::string, std::string>>& rows) {
  constexpr float kLabel = 130, kSize = 10, kLeading = 13;
  for (const auto& [label, value] : rows) {
    auto values = s_->wrap(s_->bold, kSize, to_cp1252(value), kWidth - kLabel);
    auto labels = s_->wrap(s_->regular, kSize, to_cp1252(label), kLabel - 8);
    size_t n = std::max(values.size(), labels.size());
    s_->ensure(kLeading * static_cast<float>(n));
    for (size_t i = 0; i < n; ++i) {
      float base = s_->y - kSize - kLeading * static_cast<float>(i);
      if (i < labels.size()) s_->text(s_->regular, kSize, kLeft, base, labels[i], kGrey);
      if (i < values.size()) s_->text(s_->bold, kSize, kLeft + kLabel, base, values[i]);
    }
    s_->y -= kLeading * static_cast<float>(n) + 2;
  }
  s_->y -= 4;
  s_->check("write the facts");
}

void Document::table(const std::vector<Column>& columns, const std::vector<std::vector<std::string>>& rows,
                     const std::vector<Colour>& fills, size_t fill_column) {
  constexpr float kSize = 8, kLeading = 10, kPad = 3;
  float total = std::accumulate(columns.begin(), columns.end(), 0.0f, [](float a, const Column& c) { return a + c.share; });
  if (columns.empty() || total <= 0) return;
  std::vector<float> widths;
  for (const auto& c : columns) widths.push_back(kWidth * c.share / total);

  // A row's cells as wrapped lines, cut to what one page holds.
  auto layout = [&](const std::vector<std::string>& cells, HPDF_Font font, size_t max_lines) {
    std::vector<std::vector<std::string>> out;
    for (size_t i = 0; i < widths.size(); ++i) {
      auto lines = s_->wrap(font, kSize, to_cp1252(i < cells.size() ? cells[i] : ""), widths[i] - 2 * kPad);
      if (lines.size() > max_lines) lines.resize(max_lines), lines.back() += " ...";
      out.push_back(std::move(lines));
    }
    return out;
  };
  auto height_of = [&](const std::vector<std::vector<std::string>>& cells) {
    size_t n = 1;
    for (const auto& c : cells) n = std::max(n, c.size());
    return static_cast<float>(n) * kLeading + 2 * kPad;
  };
  auto draw = [&](const std::vector<std::vector<std::string>>& cells, HPDF_Font font, float h, const Colour* shade,
                  const Colour* cell_fill) {
    float x = kLeft;
    if (shade) s_->box(kLeft, s_->y - h, kWidth, h, *shade);
    for (size_t i = 0; i < cells.size(); ++i) {
      if (cell_fill && i == fill_column) s_->box(x, s_->y - h, widths[i], h, *cell_fill);
      s_->frame(x, s_->y - h, widths[i], h);
      for (size_t l = 0; l < cells[i].size(); ++l)
        s_->text(font, kSize, x + kPad, s_->y - kPad - kSize + 1 - kLeading * static_cast<float>(l), cells[i][l]);
      x += widths[i];
    }
    s_->y -= h;
  };

  std::vector<std::string> titles;
  for (const auto& c : columns) titles.push_back(c.title);
  auto header = layout(titles, s_->bold, 4);
  float header_h = height_of(header);
  auto max_lines = static_cast<size_t>((kTop - kBottom - header_h - 2 * kPad) / kLeading);

  s_->ensure(header_h + kLeading * 2 + 2 * kPad);
  draw(header, s_->bold, header_h, &kShade, nullptr);
  for (size_t r = 0; r < rows.size(); ++r) {
    auto cells = layout(rows[r], s_->regular, max_lines);
    float h = height_of(cells);
    if (s_->y - h < kBottom) {
      s_->new_page();
      draw(header, s_->bold, header_h, &kShade, nullptr);
    }
    draw(cells, s_->regular, h, nullptr, r < fills.size() ? &fills[r] : nullptr);
  }
  s_->y -= 8;
  s_->check("write a table");
}

void Document::bar_chart(const std::string& caption, const std::vector<Bar>& bars, double max, Colour bar_colour) {
  constexpr float kSize = 8, kRow = 14, kBar = 9, kValue = 45;
  const float label_w = kWidth * 0.38f, track_w = kWidth - label_w - kValue;
  s_->ensure(16 + kRow * static_cast<float>(std::min<size_t>(bars.size(), 3)));
  s_->flow(s_->bold, 9, 13, caption);
  s_->y -= 3;
  for (const auto& b : bars) {
    s_->ensure(kRow);
    float base = s_->y - kSize - 1;
    s_->text(s_->regular, kSize, kLeft, base, s_->fit(s_->regular, kSize, to_cp1252(b.label), label_w - 6));
    float x = kLeft + label_w, bottom = s_->y - (kRow + kBar) / 2;
    s_->box(x, bottom, track_w, kBar, kTrack);
    double share = max > 0 ? std::clamp(b.value / max, 0.0, 1.0) : 0.0;
    if (share > 0) s_->box(x, bottom, track_w * static_cast<float>(share), kBar, bar_colour);
    s_->text(s_->regular, kSize, x + track_w + 4, base, to_cp1252(b.value_label));
    s_->y -= kRow;
  }
  s_->y -= 8;
  s_->check("draw a bar chart");
}

void Document::stacked_bar(const std::string& caption, const std::vector<Segment>& segments) {
  constexpr float kBar = 18, kLegendRow = 13;
  s_->ensure(16 + kBar + 6 + kLegendRow * 2);
  s_->flow(s_->bold, 9, 13, caption);
  s_->y -= 3;
  double total = 0;
  for (const auto& s : segments) total += std::max(0.0, s.value);
  float x = kLeft;
  s_->box(kLeft, s_->y - kBar, kWidth, kBar, kTrack);
  if (total > 0)
    for (const auto& seg : segments) {
      float w = kWidth * static_cast<float>(std::max(0.0, seg.value) / total);
      if (w > 0) s_->box(x, s_->y - kBar, w, kBar, seg.colour);
      x += w;
    }
  s_->y -= kBar + 6;
  std::vector<std::pair<std::string, Colour>> keys;  // "label (count)" in each colour
  for (const auto& seg : segments) keys.emplace_back(seg.label, seg.colour);
  s_->legend(keys);
  s_->y -= 8;
  s_->check("draw a stacked bar");
}

void Document::signature(const Signature& sig) {
  constexpr float kSize = 10, kLeading = 13, kSpace = 52;
  const float x = kLeft + kWidth * 0.55f, max = kRight - x;
  float height = kLeading * static_cast<float>(sig.above.size() + 1 + sig.below.size()) + kSpace + 10;
  s_->ensure(height);  // the block stays on one page
  s_->y -= 10;
  for (const auto& line : sig.above) s_->flow(s_->regular, kSize, kLeading, line, x, max);
  s_->y -= kSpace;
  std::string name = s_->fit(s_->bold, kSize, to_cp1252(sig.name), max);
  s_->text(s_->bold, kSize, x, s_->y - kSize, name);
  s_->stroke(kBlack);
  HPDF_Page_SetLineWidth(s_->page, 0.6f);
  HPDF_Page_MoveTo(s_->page, x, s_->y - kSize - 2);
  HPDF_Page_LineTo(s_->page, x + s_->width(s_->bold, kSize, name), s_->y - kSize - 2);
  HPDF_Page_Stroke(s_->page);
  s_->y -= kLeading;
  for (const auto& line : sig.below) s_->flow(s_->regular, kSize, kLeading, line, x, max);
  s_->check("write the signature block");
}

void Document::space(float points) {
  s_->y -= points;
  if (s_->y < kBottom) s_->new_page();
}

std::string Document::finish() {
  if (s_->finished) throw std::logic_error("PDF: finish() called twice");
  s_->finished = true;
  if (s_->pages.empty()) s_->new_page();
  const auto n = s_->pages.size();
  for (size_t i = 0; i < n; ++i) {
    s_->page = s_->pages[i];
    std::string number = "Halaman " + std::to_string(i + 1) + " dari " + std::to_string(n);
    s_->text(s_->regular, 8, kLeft, kFooterY, s_->fit(s_->regular, 8, s_->footer, kWidth * 0.7f), kGrey);
    s_->text(s_->regular, 8, kRight - s_->width(s_->regular, 8, number), kFooterY, number, kGrey);
  }
  s_->check("number the pages");
  HPDF_SaveToStream(s_->doc);
  s_->check("write the file");
  std::string bytes(HPDF_GetStreamSize(s_->doc), '\0');
  HPDF_UINT32 size = static_cast<HPDF_UINT32>(bytes.size());
  HPDF_STATUS read = HPDF_ReadFromStream(s_->doc, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size);
  // The whole stream in one read may end exactly at its end: libhpdf says so as "end of stream".
  if (read == HPDF_STREAM_EOF || s_->failure.error == HPDF_STREAM_EOF) s_->failure = {};
  s_->check("read the file back");
  bytes.resize(size);
  return bytes;
}

}  // namespace simpul::pdf
