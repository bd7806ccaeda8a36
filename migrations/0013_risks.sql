-- Manajemen Risiko SPBE (Madiun Pasal 32, Batam Pasal 33, Kendari Pasal 26, OKI Pasal 32,
-- Probolinggo Pasal 29) after the national method of PermenPANRB 5/2020: the region's criteria
-- (Formulir 2.6-2.10), the context of each risk-owner unit (Formulir 2.0), the register
-- (Formulir 3.0), treatment plans (Formulir 4.0) and monitoring reports (Formulir 5.0).

-- The region's risk criteria as one JSON document (categories with their appetite, impact areas,
-- likelihood and impact scales, the 5x5 lookup matrix, level bands and colours). No row: the
-- national criteria of PermenPANRB 5/2020 apply. Changing them recomputes every risk of the
-- region in the same transaction.
CREATE TABLE risk_settings (
  region_id  TEXT PRIMARY KEY REFERENCES regions (region_id),
  criteria   TEXT NOT NULL,
  version    INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL
);

-- Formulir 2.0: one context per risk-owner unit (UPR SPBE: an agency) and year.
CREATE TABLE risk_contexts (
  risk_context_id {{ID}},
  region_id     TEXT NOT NULL REFERENCES regions (region_id),
  agency_id     {{BIGINT}} NOT NULL REFERENCES agencies (agency_id),
  year          INTEGER NOT NULL,
  duties        TEXT NOT NULL DEFAULT '',   -- Tugas
  functions     TEXT NOT NULL DEFAULT '',   -- Fungsi
  goals         TEXT NOT NULL DEFAULT '[]', -- [{unit_goal, spbe_goal, indicator, target}] (Formulir 2.2)
  structure     TEXT NOT NULL DEFAULT '{}', -- {owner, coordinator, manager}: people ids (Formulir 2.3)
  stakeholders  TEXT NOT NULL DEFAULT '[]', -- [{name, relation}] (Formulir 2.4)
  regulations   TEXT NOT NULL DEFAULT '[]', -- [{name, mandate}] (Formulir 2.5)
  integrity_pact_sha256 TEXT,              -- Formulir 1.0, signed by the head of the unit (a stored file)
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  UNIQUE (region_id, agency_id, year)
);

-- Risk numbers are counted per agency and year in the same transaction as the risk (as ticket
-- numbers are), so two simultaneous creates never share one.
CREATE TABLE risk_counters (
  region_id   TEXT NOT NULL REFERENCES regions (region_id),
  agency_id   {{BIGINT}} NOT NULL REFERENCES agencies (agency_id),
  year        INTEGER NOT NULL,
  last_number INTEGER NOT NULL,
  PRIMARY KEY (region_id, agency_id, year)
);

-- Formulir 3.0: the register. Magnitude (besaran), level and the decision to treat are derived
-- from the levels by the region's criteria and stored so heat maps and lists are plain queries.
CREATE TABLE risks (
  risk_id           {{ID}},
  region_id         TEXT NOT NULL REFERENCES regions (region_id),
  agency_id         {{BIGINT}} NOT NULL REFERENCES agencies (agency_id),
  year              INTEGER NOT NULL,
  number            INTEGER NOT NULL,            -- 1, 2, … within the agency and year
  polarity          TEXT NOT NULL CHECK (polarity IN ('positive', 'negative')),
  spbe_goal         TEXT NOT NULL DEFAULT '',
  indicator         TEXT NOT NULL DEFAULT '',
  event             TEXT NOT NULL,               -- Kejadian
  cause             TEXT NOT NULL,               -- Penyebab
  category          TEXT NOT NULL,               -- a category key of the criteria
  impact            TEXT NOT NULL,               -- Dampak (what happens)
  impact_area       TEXT NOT NULL,               -- an impact-area key of the criteria
  controls          TEXT NOT NULL DEFAULT '[]',  -- existing control kinds: sop, supervision, tiered_review, regulation, routine_monitoring
  controls_note     TEXT NOT NULL DEFAULT '',
  likelihood        INTEGER NOT NULL,
  likelihood_note   TEXT NOT NULL DEFAULT '',
  impact_level      INTEGER NOT NULL,
  impact_note       TEXT NOT NULL DEFAULT '',
  magnitude         INTEGER NOT NULL,            -- Besaran Risiko from the matrix
  level             INTEGER NOT NULL,            -- Level Risiko from the bands
  treat             INTEGER NOT NULL,            -- 1: magnitude at or above the appetite of its category and polarity
  priority_rank     INTEGER,                     -- expert judgement among equal magnitudes (lower first)
  status            TEXT NOT NULL CHECK (status IN ('open', 'treating', 'closed')),
  -- The latest residual assessment (after treatment); null until one is made.
  residual_likelihood   INTEGER,
  residual_impact_level INTEGER,
  residual_magnitude    INTEGER,
  residual_level        INTEGER,
  residual_treat        INTEGER,
  version           INTEGER NOT NULL DEFAULT 1,
  created_by        {{BIGINT}} REFERENCES users (user_id),
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  UNIQUE (region_id, agency_id, year, number)
);
-- The heat map and the region view read only their indexes (covering); the register in priority
-- order (magnitude first) and the top risks walk the magnitude indexes, so they stay fast on a
-- register of tens of thousands of risks.
CREATE INDEX risks_heat_map ON risks (region_id, year, likelihood, impact_level, treat);
CREATE INDEX risks_agency_year ON risks (region_id, agency_id, year, magnitude);
CREATE INDEX risks_level ON risks (region_id, year, level);
CREATE INDEX risks_region_view ON risks (region_id, year, agency_id, level, status, treat);
-- risks_priority holds every column of the priority order, so the committee's top risks are
-- sorted from the index alone before their rows are read.
CREATE INDEX risks_priority ON risks (region_id, year, magnitude, priority_rank, agency_id, number);
CREATE INDEX risks_region_priority ON risks (region_id, magnitude);
-- The year and agency of a risk by id, small enough to stay in the page cache: the overdue
-- treatments (their list, count and count per agency) join a treatment to its risk through this
-- index alone instead of reading each risk's whole row.
CREATE INDEX risks_year_agency_by_id ON risks (risk_id, year, agency_id);

-- Formulir 4.0: treatment plans of a risk, with the residual risk after each.
CREATE TABLE risk_treatments (
  risk_treatment_id {{ID}},
  region_id        TEXT NOT NULL REFERENCES regions (region_id),
  risk_id          {{BIGINT}} NOT NULL REFERENCES risks (risk_id),
  treatment_option TEXT NOT NULL CHECK (treatment_option IN ('escalate', 'exploit', 'enhance', 'share', 'accept',
                                                   'mitigate', 'transfer', 'avoid')),
  actions          TEXT NOT NULL,           -- Rencana Aksi
  output           TEXT NOT NULL DEFAULT '', -- Keluaran
  starts_on        TEXT NOT NULL,           -- Jadwal Implementasi (YYYY-MM-DD)
  due_on           TEXT NOT NULL,
  owner_agency_id  {{BIGINT}} NOT NULL REFERENCES agencies (agency_id),  -- Penanggung Jawab
  supporting_agencies TEXT NOT NULL DEFAULT '[]',                      -- agency ids
  status           TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done')),
  done_on          TEXT,
  residual_likelihood   INTEGER,
  residual_impact_level INTEGER,
  residual_magnitude    INTEGER,
  residual_level        INTEGER,
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
CREATE INDEX risk_treatments_risk ON risk_treatments (risk_id);
-- Open treatments by due date with their risk (covering): the overdue counts read the index alone.
CREATE INDEX risk_treatments_due ON risk_treatments (region_id, status, due_on, risk_id);

-- Formulir 5.0: quarterly (I-III) and yearly monitoring reports of a unit. Entries are a snapshot of
-- the register when the report is drafted or refreshed; the yearly one adds recommendations.
CREATE TABLE risk_monitoring_reports (
  risk_report_id  {{ID}},
  region_id       TEXT NOT NULL REFERENCES regions (region_id),
  agency_id       {{BIGINT}} NOT NULL REFERENCES agencies (agency_id),
  year            INTEGER NOT NULL,
  period          TEXT NOT NULL CHECK (period IN ('q1', 'q2', 'q3', 'annual')),
  entries         TEXT NOT NULL DEFAULT '[]',
  summary         TEXT NOT NULL DEFAULT '',
  recommendations TEXT NOT NULL DEFAULT '',
  status          TEXT NOT NULL CHECK (status IN ('draft', 'submitted')),
  submitted_at    TEXT,
  submitted_by    {{BIGINT}} REFERENCES users (user_id),
  version         INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  UNIQUE (region_id, agency_id, year, period)
);
