-- Manajemen Keamanan Informasi SPBE (Madiun Pasal 33, Batam Pasal 34, Kendari Pasal 27, OKI
-- Pasal 33, Probolinggo Pasal 30; Peraturan BSSN 4/2021): the region's security programme (scope,
-- the person in charge, the process stages, the CSIRT and the incident reporting hours), the
-- security policies of Madiun Pasal 12 with their published revisions and each agency's
-- acknowledgement, and the security incidents handled by the CSIRT (OKI Pasal 26 ayat (7)) with
-- the report to the ICT office and the written notice to the data owner (Kendari Pasal 14 ayat (8)).

-- One programme per region. No row: the defaults (every BSSN scope item, 24 / 72 hours).
CREATE TABLE security_programmes (
  region_id               TEXT PRIMARY KEY REFERENCES regions (region_id),
  scope_data_information  INTEGER NOT NULL DEFAULT 1,
  scope_applications      INTEGER NOT NULL DEFAULT 1,
  scope_infrastructure    INTEGER NOT NULL DEFAULT 1,
  scope_existing_policy   INTEGER NOT NULL DEFAULT 1,
  scope_description       TEXT NOT NULL DEFAULT '',
  person_in_charge_id     {{BIGINT}} REFERENCES people (person_id),  -- the Sekda (BSSN 4/2021 Pasal 5)
  stages                  TEXT NOT NULL DEFAULT '[]',  -- JSON: [{stage, note, date}] (BSSN 4/2021 Pasal 3)
  csirt_name              TEXT NOT NULL DEFAULT '',
  csirt_decree            TEXT NOT NULL DEFAULT '',
  csirt_member_ids        TEXT NOT NULL DEFAULT '[]',  -- JSON: person ids
  ict_office_report_hours INTEGER NOT NULL DEFAULT 24,
  data_owner_notice_hours INTEGER NOT NULL DEFAULT 72,
  version                 INTEGER NOT NULL DEFAULT 1,
  updated_at              TEXT NOT NULL
);

-- The working text of a policy; each publication is kept as a revision below.
CREATE TABLE security_policies (
  policy_id   {{ID}},
  region_id   TEXT NOT NULL REFERENCES regions (region_id),
  kind        TEXT NOT NULL CHECK (kind IN ('ict_use', 'byod', 'lan_security', 'wan_security', 'other')),
  title       TEXT NOT NULL,
  body        TEXT NOT NULL,
  file_sha256 TEXT,
  status      TEXT NOT NULL CHECK (status IN ('draft', 'published')),
  revision    INTEGER NOT NULL DEFAULT 0,  -- the last published revision; 0 before the first
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX security_policies_by_region ON security_policies (region_id, kind, title);

CREATE TABLE security_policy_revisions (
  policy_revision_id   {{ID}},
  region_id            TEXT NOT NULL REFERENCES regions (region_id),
  policy_id            {{BIGINT}} NOT NULL REFERENCES security_policies (policy_id),
  revision             INTEGER NOT NULL,
  title                TEXT NOT NULL,
  body                 TEXT NOT NULL,
  file_sha256          TEXT,
  published_at         TEXT NOT NULL,
  published_by_user_id {{BIGINT}} REFERENCES users (user_id),
  UNIQUE (policy_id, revision)
);

-- An agency's acknowledgement of one revision (idempotent per revision).
CREATE TABLE security_policy_acknowledgements (
  acknowledgement_id      {{ID}},
  region_id               TEXT NOT NULL REFERENCES regions (region_id),
  policy_id               {{BIGINT}} NOT NULL REFERENCES security_policies (policy_id),
  agency_id               {{BIGINT}} NOT NULL REFERENCES agencies (agency_id),
  revision                INTEGER NOT NULL,
  acknowledged_at         TEXT NOT NULL,
  acknowledged_by_user_id {{BIGINT}} REFERENCES users (user_id),
  UNIQUE (policy_id, agency_id, revision)
);

-- Readable incident numbers ("INS-2026-0042") per region and year, counted in the incident's transaction.
CREATE TABLE security_incident_counters (
  region_id   TEXT NOT NULL REFERENCES regions (region_id),
  year        INTEGER NOT NULL,
  last_number INTEGER NOT NULL,
  PRIMARY KEY (region_id, year)
);

-- The due instants (detected_at + the programme's hours) and the sent instants of the two notices
-- are kept on the incident so the overdue lists are index range reads.
CREATE TABLE security_incidents (
  incident_id          {{ID}},
  region_id            TEXT NOT NULL REFERENCES regions (region_id),
  number               TEXT NOT NULL,
  agency_id            {{BIGINT}} NOT NULL REFERENCES agencies (agency_id),  -- the electronic system operator (PSE)
  title                TEXT NOT NULL,
  description          TEXT NOT NULL,
  severity             TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
  serious              INTEGER NOT NULL DEFAULT 0,  -- "gangguan serius" (Kendari Pasal 14 ayat (8))
  stage                TEXT NOT NULL CHECK (stage IN ('reported', 'triage', 'containment', 'eradication', 'recovery',
                                                      'lessons_learned', 'closed')),
  detected_at          TEXT NOT NULL,
  reported_at          TEXT NOT NULL,
  reported_by_user_id  {{BIGINT}} REFERENCES users (user_id),
  closed_at            TEXT,
  lessons_learned      TEXT NOT NULL DEFAULT '',
  ict_office_due_at    TEXT NOT NULL,
  ict_office_sent_at   TEXT,
  data_owner_required  INTEGER NOT NULL DEFAULT 0,  -- serious, or linked to a dataset
  data_owner_due_at    TEXT NOT NULL,
  data_owner_sent_at   TEXT,
  version              INTEGER NOT NULL DEFAULT 1,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  UNIQUE (region_id, number)
);
CREATE INDEX security_incidents_by_detection ON security_incidents (region_id, detected_at, incident_id);
CREATE INDEX security_incidents_by_agency ON security_incidents (region_id, agency_id, detected_at, incident_id);
CREATE INDEX security_incidents_by_stage ON security_incidents (region_id, stage, detected_at);
-- Unsent notices by due instant, and open incidents by severity and age: the overdue lists.
-- Each also holds the columns of its condition, so the lists' totals (COUNT) read the index alone.
CREATE INDEX security_incidents_ict_office_unsent ON security_incidents (region_id, ict_office_due_at, ict_office_sent_at)
  WHERE ict_office_sent_at IS NULL;
CREATE INDEX security_incidents_data_owner_unsent
  ON security_incidents (region_id, data_owner_due_at, data_owner_sent_at, data_owner_required)
  WHERE data_owner_sent_at IS NULL AND data_owner_required = 1;
CREATE INDEX security_incidents_open_by_age ON security_incidents (region_id, severity, detected_at, stage)
  WHERE stage <> 'closed';

CREATE TABLE security_incident_notices (
  notice_id           {{ID}},
  region_id           TEXT NOT NULL REFERENCES regions (region_id),
  incident_id         {{BIGINT}} NOT NULL REFERENCES security_incidents (incident_id),
  kind                TEXT NOT NULL CHECK (kind IN ('ict_office', 'data_owner')),
  sent_at             TEXT NOT NULL,
  note                TEXT NOT NULL DEFAULT '',
  sha256              TEXT,  -- the letter, a stored file
  recorded_by_user_id {{BIGINT}} REFERENCES users (user_id),
  recorded_at         TEXT NOT NULL,
  UNIQUE (incident_id, kind)
);

CREATE TABLE security_incident_links (
  link_id            {{ID}},
  region_id          TEXT NOT NULL REFERENCES regions (region_id),
  incident_id        {{BIGINT}} NOT NULL REFERENCES security_incidents (incident_id),
  kind               TEXT NOT NULL CHECK (kind IN ('host', 'application', 'dataset', 'risk')),
  target_id          {{BIGINT}} NOT NULL,
  created_by_user_id {{BIGINT}} REFERENCES users (user_id),
  created_at         TEXT NOT NULL,
  UNIQUE (incident_id, kind, target_id)
);
CREATE INDEX security_incident_links_by_target ON security_incident_links (region_id, kind, target_id);

-- Every step, edit, notice and link of an incident: who and when.
CREATE TABLE security_incident_events (
  event_id      {{ID}},
  region_id     TEXT NOT NULL REFERENCES regions (region_id),
  incident_id   {{BIGINT}} NOT NULL REFERENCES security_incidents (incident_id),
  at            TEXT NOT NULL,
  actor_user_id {{BIGINT}} REFERENCES users (user_id),
  action        TEXT NOT NULL,
  from_stage    TEXT,
  to_stage      TEXT,
  note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX security_incident_events_by_incident ON security_incident_events (incident_id, event_id);
