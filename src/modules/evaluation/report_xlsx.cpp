// The result report as a workbook (report.h): Ringkasan, Indikator, Aspek dan Domain, Tren.
// Levels are numbers; index values and weights are text with a decimal comma, as published
// (the workbook writer has no decimal cells). A code column beside each summary line lets a
// script read it.
#include "export/xlsx.h"
#include "modules/evaluation/json.h"
#include "modules/evaluation/report.h"

namespace simpul::modules::evaluation {

namespace {

using Row = std::vector<xlsx::Cell>;

xlsx::Cell level_cell(std::optional<int> v) { return v ? xlsx::Cell{int64_t{*v}} : xlsx::Cell{}; }
xlsx::Cell value_cell(const std::optional<IndexValue>& v) { return v ? xlsx::Cell{decimal_comma(v->text())} : xlsx::Cell{}; }
xlsx::Cell text_cell(const std::string& s) { return xlsx::Cell{s}; }

xlsx::Sheet summary_sheet(const Report& r) {
  const auto& f = *r.view.framework;
  const auto& k = r.view.campaign;
  const auto& used = r.used();
  xlsx::Sheet s{"Ringkasan", {"Butir", "Kode", "Nilai"}, {}, {}};
  s.preamble = {{text_cell("Laporan Hasil " + kind_label(k.kind) + " Tahun " + std::to_string(k.year))},
                {text_cell("Pemerintah daerah"), r.region_name},
                {text_cell("Kerangka penilaian"), framework_label(f)},
                {text_cell("Keadaan per"), r.today}};
  auto line = [&](const std::string& label, const std::string& code, xlsx::Cell value) {
    s.rows.push_back({label, code, std::move(value)});
  };
  line("Tahun", "year", int64_t{k.year});
  line("Jenis", "kind", text_cell(kind_label(k.kind)));
  line("Nilai yang digunakan", "basis", text_cell(r.uses_result ? "Hasil penilaian eksternal" : "Penilaian mandiri"));
  line(f.index_name, "index", value_cell(used.overall));
  line("Predikat", "predicate", used.overall ? text_cell(used.predicate) : xlsx::Cell{});
  line(f.index_name + " penilaian mandiri", "self_index", value_cell(r.view.self.overall));
  line("Predikat penilaian mandiri", "self_predicate", r.view.self.overall ? text_cell(r.view.self.predicate) : xlsx::Cell{});
  line(f.index_name + " hasil penilaian eksternal", "result_index",
       r.view.result ? value_cell(r.view.result->overall) : xlsx::Cell{});
  line("Indikator dinilai", "answered", int64_t{r.view.self.answered});
  line("Indikator", "indicators", int64_t{r.view.self.indicators});
  auto target = target_units(k.target_index, f.decimals);
  line("Target indeks (IKU)", "target_index", target ? text_cell(decimal_comma(k.target_index)) : xlsx::Cell{});
  line("Target tercapai", "target_met",
       target && used.overall ? text_cell(used.overall->published >= *target ? "Ya" : "Tidak") : xlsx::Cell{});
  const auto* before = r.previous_year();
  line("Tahun sebelumnya", "previous_year", before ? xlsx::Cell{int64_t{before->year}} : xlsx::Cell{});
  line("Perubahan dari tahun sebelumnya", "change",
       before && used.overall ? text_cell(signed_difference(used.overall->published - before->value.published, f.decimals))
                              : xlsx::Cell{});
  line("Penilaian mandiri ditandatangani", "signed_off_at", r.sign_off ? text_cell(r.sign_off->at) : xlsx::Cell{});
  return s;
}

xlsx::Sheet indicators_sheet(const Report& r) {
  xlsx::Sheet s{"Indikator",
                {"Domain", "Aspek", "No", "Indikator", "Bobot", "Mandiri", "Dokumen", "Interviu", "Visitasi", "Hasil",
                 "Digunakan", "Target", "Kesenjangan", "Penjelasan"},
                {},
                {}};
  for (const auto& l : r.lines) {
    const auto& p = l.placed;
    s.rows.push_back({p.domain->name, p.aspect->name, int64_t{p.indicator->number}, p.indicator->name,
                      decimal_comma(frameworks::hundredths_text(p.indicator->weight)), level_cell(l.self), level_cell(l.external.document),
                      level_cell(l.external.interview), level_cell(l.external.visit), level_cell(l.external.result()),
                      level_cell(l.used), int64_t{l.target},
                      l.used ? xlsx::Cell{int64_t{gap_to_target(*l.used, l.target)}} : xlsx::Cell{},
                      l.answer ? l.answer->explanation : std::string()});
  }
  return s;
}

xlsx::Sheet values_sheet(const Report& r) {
  xlsx::Sheet s{"Aspek dan Domain", {"Jenis", "No", "Nama", "Bobot", "Mandiri", "Hasil", "Digunakan"}, {}, {}};
  const auto& self = r.view.self;
  const IndexResult* result = r.view.result ? &*r.view.result : nullptr;
  const auto& used = r.used();
  for (size_t i = 0; i < self.domains.size(); ++i) {
    const auto* d = self.domains[i].domain;
    s.rows.push_back({std::string("Domain"), int64_t{d->number}, d->name, decimal_comma(frameworks::hundredths_text(d->weight)),
                      value_cell(self.domains[i].value), result ? value_cell(result->domains[i].value) : xlsx::Cell{},
                      value_cell(used.domains[i].value)});
  }
  for (size_t i = 0; i < self.aspects.size(); ++i) {
    const auto* a = self.aspects[i].aspect;
    s.rows.push_back({std::string("Aspek"), int64_t{a->number}, a->name, decimal_comma(frameworks::hundredths_text(a->weight)),
                      value_cell(self.aspects[i].value), result ? value_cell(result->aspects[i].value) : xlsx::Cell{},
                      value_cell(used.aspects[i].value)});
  }
  return s;
}

xlsx::Sheet trend_sheet(const Report& r) {
  xlsx::Sheet s{"Tren", {"Tahun", "Indeks", "Predikat", "Nilai yang digunakan"}, {}, {}};
  for (const auto& y : r.trend)
    s.rows.push_back({int64_t{y.year}, decimal_comma(y.value.text()), y.predicate,
                      std::string(y.from_result ? "Hasil penilaian eksternal" : "Penilaian mandiri")});
  return s;
}

}  // namespace

std::string result_xlsx(const Report& r) {
  return xlsx::write_workbook({summary_sheet(r), indicators_sheet(r), values_sheet(r), trend_sheet(r)});
}

}  // namespace simpul::modules::evaluation
