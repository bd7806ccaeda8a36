-- Applications (Aplikasi SPBE) of the region: Aplikasi Umum, Aplikasi Khusus Berbagi Pakai and
-- Aplikasi Khusus PD, each owned by one agency, with its lifecycle, licence, repository location
-- and the region as copyright owner (Madiun Pasal 23-24, Kendari Pasal 17-18, OKI Pasal 13-15
-- and 25, Batam Pasal 23-25, Probolinggo Pasal 19-20). Beside each application: the documents
-- the regulation requires before production (a newer upload of a kind supersedes the older, both
-- kept), the recorded tests, and the GCIO's decisions (Batam Pasal 46 ayat (3)).

CREATE TABLE applications (
  application_id      {{ID}},
  region_id           TEXT NOT NULL REFERENCES regions (region_id),
  owner_agency_id     {{BIGINT}} NOT NULL REFERENCES agencies (agency_id),
  code                TEXT NOT NULL,
  name                TEXT NOT NULL,
  description         TEXT NOT NULL DEFAULT '',
  category            TEXT NOT NULL CHECK (category IN ('common', 'shared_special', 'agency_special')),
  user_agency_ids     TEXT NOT NULL DEFAULT '[]',  -- JSON: ids of the agencies that use it
  user_groups         TEXT NOT NULL DEFAULT '',    -- who uses it, in words (staff, citizens …)
  lifecycle           TEXT NOT NULL CHECK (lifecycle IN ('planned', 'in_development', 'in_testing', 'in_production', 'retired')),
  development_round   INTEGER NOT NULL DEFAULT 0,  -- how many times it entered in_development
  lifecycle_reason    TEXT NOT NULL DEFAULT '',
  lifecycle_changed_by TEXT,
  lifecycle_changed_at TEXT,
  licence_kind        TEXT NOT NULL CHECK (licence_kind IN ('open_source', 'proprietary', 'other')),
  licence_name        TEXT NOT NULL DEFAULT '',
  repository_location TEXT NOT NULL DEFAULT '',
  runs_at             TEXT NOT NULL DEFAULT '',
  copyright_owner     TEXT NOT NULL,               -- always the region; set by the server
  version             INTEGER NOT NULL DEFAULT 1,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  UNIQUE (region_id, code)
);
CREATE INDEX applications_by_agency ON applications (owner_agency_id, code);
CREATE INDEX applications_by_region_lifecycle ON applications (region_id, lifecycle);

CREATE TABLE application_documents (
  document_id    {{ID}},
  region_id      TEXT NOT NULL REFERENCES regions (region_id),
  application_id {{BIGINT}} NOT NULL REFERENCES applications (application_id),
  kind           TEXT NOT NULL,
  file_sha256    TEXT NOT NULL,
  uploaded_by    TEXT NOT NULL,
  uploaded_at    TEXT NOT NULL
);
CREATE INDEX application_documents_by_application ON application_documents (application_id, kind, document_id);

CREATE TABLE application_tests (
  test_id        {{ID}},
  region_id      TEXT NOT NULL REFERENCES regions (region_id),
  application_id {{BIGINT}} NOT NULL REFERENCES applications (application_id),
  tested_on      TEXT NOT NULL,
  result         TEXT NOT NULL CHECK (result IN ('passed', 'failed')),
  summary        TEXT NOT NULL,
  report_sha256  TEXT,
  recorded_by    TEXT NOT NULL,
  recorded_at    TEXT NOT NULL
);
CREATE INDEX application_tests_by_application ON application_tests (application_id, test_id);

CREATE TABLE application_gcio_decisions (
  decision_id    {{ID}},
  region_id      TEXT NOT NULL REFERENCES regions (region_id),
  application_id {{BIGINT}} NOT NULL REFERENCES applications (application_id),
  decision       TEXT NOT NULL CHECK (decision IN ('approved', 'refused')),
  note           TEXT NOT NULL DEFAULT '',
  covers         TEXT NOT NULL,  -- the state of the application the decision was about (see rules.h)
  decided_by     TEXT NOT NULL,
  decided_at     TEXT NOT NULL
);
CREATE INDEX application_gcio_decisions_by_application ON application_gcio_decisions (application_id, decision_id);
