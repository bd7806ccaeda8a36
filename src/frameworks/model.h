#pragma once
// An evaluation framework: the national SPBE evaluation as data (docs/evaluation-frameworks.md).
// PermenPANRB 59/2020 is shipped in frameworks/; a successor regulation is another file,
// read by the same loader (loader.h), which is the only way to make one: when a Framework
// exists, every weight adds up, every indicator names a known scale and every band is ordered.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace simpul::frameworks {

// Weights are kept in hundredths of a percent point (1,30 → 130) so the index arithmetic is
// exact: levels are whole numbers, and every sum of level × weight is an integer.
using Hundredths = int64_t;

struct Level {
  int value = 0;          // 1…5 in PermenPANRB 59/2020
  std::string name;       // "Rintisan", "Informasi", …
  std::string criteria;   // what the level means
};

// A capability scale (Kapabilitas Proses, Kapabilitas Layanan): the levels an indicator is judged on.
struct Scale {
  std::string key;        // "process", "service"
  std::string name;       // "Kapabilitas Proses"
  std::vector<Level> levels;  // ascending, consecutive from 1
  int lowest() const { return levels.empty() ? 0 : levels.front().value; }
  int highest() const { return levels.empty() ? 0 : levels.back().value; }
  const Level* level(int value) const;
};

struct Indicator {
  int number = 0;            // 1…47, unique in the framework
  std::string name;          // "Tingkat Kematangan Kebijakan Internal Arsitektur SPBE Pemerintah Daerah"
  std::string question;      // the questionnaire's question, when the framework gives one
  std::string scale;         // key of its Scale
  Hundredths weight = 0;     // % of the whole index, in hundredths
  std::vector<Level> criteria;  // the level criteria particular to this indicator; empty: the scale's
  std::string suggestion;    // key of the rule that proposes a level from Simpul's records; empty: none
  bool renamable = false;    // named by the region (Layanan Publik Sektor 1–3)
};

struct Aspect {
  int number = 0;
  std::string name;
  Hundredths weight = 0;     // = sum of its indicators' weights (checked by the loader)
  std::vector<Indicator> indicators;
};

struct Domain {
  int number = 0;
  std::string name;
  Hundredths weight = 0;     // = sum of its aspects' weights
  std::vector<Aspect> aspects;
};

// A predicate band: an index from `from` (inclusive, in hundredths of an index point, e.g.
// 260 for 2,60) up to the next band's `from` gets `name`.
struct Band {
  Hundredths from = 0;
  std::string name;
};

struct Framework {
  std::string code;          // "permenpanrb-59-2020"; a campaign refers to it
  std::string title;         // "Pemantauan dan Evaluasi Sistem Pemerintahan Berbasis Elektronik"
  std::string citation;      // "Peraturan Menteri PANRB Nomor 59 Tahun 2020"
  std::string index_name;    // "Indeks SPBE"
  std::string effective_from;  // YYYY-MM-DD
  std::string status;        // "in_force" | "draft" (not confirmed against the official text) | "revoked"
  int decimals = 2;          // published values carry this many decimals, rounded half up
  int default_target_level = 3;
  std::vector<Scale> scales;
  std::vector<Band> bands;   // descending by `from`; the last starts at the lowest index possible
  std::vector<Domain> domains;

  const Scale* scale(const std::string& key) const;
  const Indicator* indicator(int number) const;
  // Every indicator in order, with the aspect and domain it belongs to.
  struct Placed {
    const Domain* domain;
    const Aspect* aspect;
    const Indicator* indicator;
  };
  std::vector<Placed> indicators() const;
  // The criteria of `level` for an indicator: its own, else its scale's.
  const Level* criteria(const Indicator& indicator, int level) const;
};

// A weight or band start as written in a framework file and shown in the API: 130 → "1.30".
std::string hundredths_text(Hundredths value);

}  // namespace simpul::frameworks
