#pragma once
// Printable reports a head of office signs: A4 pages that flow top to bottom — a title,
// headings, wrapped paragraphs, tables that break across pages and repeat their header,
// bar charts drawn with rectangles, radar and line charts (pdf_charts.cpp), a signature
// block — and "Halaman n dari m" on every page. Written with libhpdf; the bytes come back
// for the HTTP answer.
//
// Text is UTF-8. The built-in Helvetica is used with WinAnsiEncoding (CP1252), which covers
// Indonesian and the usual punctuation (– — “ ” …); any other character prints as "?".
// A libhpdf failure becomes a std::runtime_error, never a crash.
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace simpul::pdf {

struct Colour {
  float r = 0, g = 0, b = 0;  // 0..1
};
// #rrggbb; black when unreadable.
Colour colour(const std::string& hex);

struct Column {
  std::string title;
  float share = 1;  // its part of the text width, relative to the other columns
};

// One bar of a bar chart: `value` of `max` (the chart's scale), labelled on its left and
// with `value_label` ("72,5%") on its right.
struct Bar {
  std::string label;
  double value = 0;
  std::string value_label;
};

// One part of a stacked bar, drawn in its colour and named in the legend with its count.
struct Segment {
  std::string label;
  double value = 0;
  Colour colour;
};

// One series of a radar chart: a value per spoke (empty: none, drawn at the centre), joined
// into a polygon in `colour` and named in the legend.
struct RadarSeries {
  std::string label;
  std::vector<std::optional<double>> values;
  Colour colour;
};

// One point of a line chart: `label` under it on the x axis ("2025"), `value_label` ("2,95")
// above it.
struct Point {
  std::string label;
  double value = 0;
  std::string value_label;
};

// A level line across a line chart ("Target 2,60"), dashed in its colour.
struct Guide {
  std::string label;
  double value = 0;
  Colour colour;
};

// Who signs, set on the right of the page: lines above the space for the signature
// ("Madiun, 29 November 2026", "Mengetahui,", "Kepala Dinas …"), the name under it, and
// lines below the name ("NIP …").
struct Signature {
  std::vector<std::string> above;
  std::string name;
  std::vector<std::string> below;
};

class Document {
 public:
  // `title` goes into the file's properties; `footer` on the left of every page's footer.
  Document(const std::string& title, const std::string& footer);
  ~Document();
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  void title(const std::string& text);    // large, bold
  void heading(const std::string& text);  // bold, kept with what follows it
  void paragraph(const std::string& text, bool bold = false);
  // Label and value pairs in two columns ("Perangkat daerah", "Dinas Kesehatan").
  void facts(const std::vector<std::pair<std::string, std::string>>& rows);
  // Rows of text under a shaded header; cells wrap; on a page break the header repeats.
  // `fills` (optional, one per row) shades the cell in column `fill_column`.
  void table(const std::vector<Column>& columns, const std::vector<std::vector<std::string>>& rows,
             const std::vector<Colour>& fills = {}, size_t fill_column = 0);
  // Horizontal bars scaled to `max`, labels on the left.
  void bar_chart(const std::string& caption, const std::vector<Bar>& bars, double max, Colour bar_colour);
  // One bar split by the segments' values, with a legend below it.
  void stacked_bar(const std::string& caption, const std::vector<Segment>& segments);
  // A spoke per label from the centre (0) out to `max`, a ring at every whole step, the
  // series' polygons over them and a legend below when there is more than one series.
  void radar_chart(const std::string& caption, const std::vector<std::string>& spokes,
                   const std::vector<RadarSeries>& series, double max);
  // Points in order left to right, joined by a line, on a y axis from `low` to `high` with a
  // grid line at every whole step; `guides` are drawn across.
  void line_chart(const std::string& caption, const std::vector<Point>& points, double low, double high,
                  Colour line_colour, const std::vector<Guide>& guides = {});
  void signature(const Signature& s);
  void space(float points);

  // Writes the page numbers and returns the file (it starts with "%PDF"). Call once.
  std::string finish();

 private:
  struct State;
  std::unique_ptr<State> s_;
};

// Pure: UTF-8 as WinAnsiEncoding (CP1252) bytes; a character it lacks becomes '?',
// control characters and broken UTF-8 become a space or '?'.
std::string to_cp1252(const std::string& utf8);

inline constexpr const char* kContentType = "application/pdf";

}  // namespace simpul::pdf
