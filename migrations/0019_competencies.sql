-- Manajemen sumber daya manusia SPBE: ICT competencies of the staff (Madiun Pasal 36, Batam
-- Pasal 37, Kendari Pasal 30, OKI Pasal 36, Probolinggo Pasal 33): the region's catalogue,
-- the requirements the ICT office adds to those of the profile, each employee's competencies,
-- certificates and trainings (staff keyed by NIP, OKI Pasal 11 ayat (4)), and each agency's
-- yearly training plan.

CREATE TABLE competencies (
  competency_id {{ID}},
  region_id     TEXT NOT NULL REFERENCES regions (region_id),
  code          TEXT NOT NULL,
  name          TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('basic_ict', 'ict_operation', 'technical', 'managerial', 'functional')),
  description   TEXT NOT NULL DEFAULT '',
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  UNIQUE (region_id, code)
);

-- Requirements set by the ICT office ("kebijakan Dinas"); those of the profile are read from it.
CREATE TABLE competency_requirements (
  requirement_id   {{ID}},
  region_id        TEXT NOT NULL REFERENCES regions (region_id),
  applies_to       TEXT NOT NULL CHECK (applies_to IN ('each_employee', 'every_agency', 'agencies_with_services', 'agencies_running_own_services')),
  competency_id    {{BIGINT}} REFERENCES competencies (competency_id),
  competency_kind  TEXT,
  pranata_komputer INTEGER NOT NULL DEFAULT 0,
  min_people       INTEGER NOT NULL DEFAULT 1,
  note             TEXT NOT NULL DEFAULT '',
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
CREATE INDEX competency_requirements_by_region ON competency_requirements (region_id, requirement_id);

CREATE TABLE staff_certificates (
  certificate_id {{ID}},
  region_id      TEXT NOT NULL REFERENCES regions (region_id),
  person_id      {{BIGINT}} NOT NULL REFERENCES people (person_id),
  name           TEXT NOT NULL,
  issuer         TEXT NOT NULL,
  number         TEXT NOT NULL DEFAULT '',
  issued_on      TEXT NOT NULL,
  expires_on     TEXT,
  competency_id  {{BIGINT}} REFERENCES competencies (competency_id),
  file_sha256    TEXT,
  version        INTEGER NOT NULL DEFAULT 1,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
);
CREATE INDEX staff_certificates_by_person ON staff_certificates (person_id, issued_on);
CREATE INDEX staff_certificates_by_expiry ON staff_certificates (region_id, expires_on);

CREATE TABLE staff_trainings (
  training_id             {{ID}},
  region_id               TEXT NOT NULL REFERENCES regions (region_id),
  person_id               {{BIGINT}} NOT NULL REFERENCES people (person_id),
  title                   TEXT NOT NULL,
  organiser               TEXT NOT NULL,
  starts_on               TEXT NOT NULL,
  ends_on                 TEXT NOT NULL,
  hours                   INTEGER NOT NULL,
  competency_id           {{BIGINT}} REFERENCES competencies (competency_id),
  certificate_file_sha256 TEXT,
  version                 INTEGER NOT NULL DEFAULT 1,
  created_at              TEXT NOT NULL,
  updated_at              TEXT NOT NULL
);
CREATE INDEX staff_trainings_by_person ON staff_trainings (person_id, starts_on);

CREATE TABLE staff_competencies (
  held_id        {{ID}},
  region_id      TEXT NOT NULL REFERENCES regions (region_id),
  person_id      {{BIGINT}} NOT NULL REFERENCES people (person_id),
  competency_id  {{BIGINT}} NOT NULL REFERENCES competencies (competency_id),
  level          TEXT NOT NULL CHECK (level IN ('basic', 'intermediate', 'advanced')),
  acquired_on    TEXT NOT NULL,
  training_id    {{BIGINT}} REFERENCES staff_trainings (training_id),
  certificate_id {{BIGINT}} REFERENCES staff_certificates (certificate_id),
  note           TEXT NOT NULL DEFAULT '',
  version        INTEGER NOT NULL DEFAULT 1,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  UNIQUE (person_id, competency_id)
);
CREATE INDEX staff_competencies_by_region ON staff_competencies (region_id, person_id);

CREATE TABLE training_plans (
  plan_id    {{ID}},
  region_id  TEXT NOT NULL REFERENCES regions (region_id),
  agency_id  {{BIGINT}} NOT NULL REFERENCES agencies (agency_id),
  year       INTEGER NOT NULL,
  title      TEXT NOT NULL,
  version    INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (agency_id, year)
);
CREATE INDEX training_plans_by_region ON training_plans (region_id, year, agency_id);

-- target_person_ids and training_ids: JSON arrays of ids; the plan's version guards its items.
CREATE TABLE training_plan_items (
  item_id           {{ID}},
  region_id         TEXT NOT NULL REFERENCES regions (region_id),
  plan_id           {{BIGINT}} NOT NULL REFERENCES training_plans (plan_id),
  competency_id     {{BIGINT}} NOT NULL REFERENCES competencies (competency_id),
  title             TEXT NOT NULL,
  target_person_ids TEXT NOT NULL DEFAULT '[]',
  target_count      INTEGER NOT NULL,
  quarter           INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
  budget_rupiah     {{BIGINT}} NOT NULL DEFAULT 0,
  status            TEXT NOT NULL CHECK (status IN ('planned', 'done', 'cancelled')),
  training_ids      TEXT NOT NULL DEFAULT '[]',
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
);
CREATE INDEX training_plan_items_by_plan ON training_plan_items (plan_id, item_id);
