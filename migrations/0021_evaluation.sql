-- The national SPBE evaluation (PermenPANRB 59/2020; Madiun and Batam cite it, Probolinggo
-- Pasal 42): the region's yearly self-assessment against an evaluation framework, the
-- internal assessor team, evidence, questions to agencies, sign-off, and the external
-- results. The framework itself is data (frameworks/*.yaml, compiled in, or imported).

-- A framework imported into the region (a successor regulation): the YAML as imported,
-- read by the same strict loader as the built-in ones. Never changed once imported: a new
-- version is a new code, so a campaign keeps the framework it was assessed against.
CREATE TABLE evaluation_frameworks (
  region_id   TEXT NOT NULL REFERENCES regions (region_id),
  code        TEXT NOT NULL,
  yaml_text   TEXT NOT NULL,
  sha256      TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  PRIMARY KEY (region_id, code)
);

-- One campaign per region and year: Pemantauan (monitoring) or Evaluasi.
-- status: open (being assessed) or signed_off (the Berita Acara Penilaian Mandiri signed by
-- the coordinator); reopening is an event below and brings it back to open.
CREATE TABLE evaluation_campaigns (
  campaign_id          {{ID}},
  region_id            TEXT NOT NULL REFERENCES regions (region_id),
  year                 INTEGER NOT NULL CHECK (year BETWEEN 2018 AND 2100),
  framework_code       TEXT NOT NULL,
  kind                 TEXT NOT NULL CHECK (kind IN ('monitoring', 'evaluation')),
  target_level         INTEGER NOT NULL CHECK (target_level BETWEEN 1 AND 9),
  target_index         TEXT NOT NULL DEFAULT '',   -- the IKU target (Pasal 10), e.g. "2.60"; '' when none
  decree_reference     TEXT NOT NULL DEFAULT '',   -- the region head's decree setting the team
  status               TEXT NOT NULL CHECK (status IN ('open', 'signed_off')),
  created_by           TEXT NOT NULL,
  created_at           TEXT NOT NULL,
  version              INTEGER NOT NULL DEFAULT 1,
  UNIQUE (region_id, year)
);

-- The internal assessor team (Tim Asesor Internal): users of the region with their role in
-- the campaign and the unit they speak for (TIK, hukum, perencanaan, …).
CREATE TABLE evaluation_assessors (
  campaign_id {{BIGINT}} NOT NULL REFERENCES evaluation_campaigns (campaign_id),
  region_id   TEXT NOT NULL REFERENCES regions (region_id),
  user_id     {{BIGINT}} NOT NULL REFERENCES users (user_id),
  role        TEXT NOT NULL CHECK (role IN ('coordinator', 'person_in_charge', 'data_entry', 'member')),
  unit        TEXT NOT NULL DEFAULT '',
  added_by    TEXT NOT NULL,
  added_at    TEXT NOT NULL,
  PRIMARY KEY (campaign_id, user_id)
);

-- The self-assessment answer for one indicator: the chosen level and its explanation.
-- Verification by the person in charge is cleared whenever the answer changes.
CREATE TABLE evaluation_answers (
  campaign_id  {{BIGINT}} NOT NULL REFERENCES evaluation_campaigns (campaign_id),
  region_id    TEXT NOT NULL REFERENCES regions (region_id),
  indicator_no INTEGER NOT NULL,
  level        INTEGER CHECK (level BETWEEN 1 AND 9),   -- NULL until chosen
  explanation  TEXT NOT NULL DEFAULT '',
  target_level INTEGER CHECK (target_level BETWEEN 1 AND 9),  -- NULL: the campaign's target
  verified_at  TEXT,
  verified_by  TEXT,
  updated_by   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  version      INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (campaign_id, indicator_no)
);

-- Questions to an agency for its part of an indicator's evidence, and the agency's answer.
CREATE TABLE evaluation_questions (
  question_id  {{ID}},
  campaign_id  {{BIGINT}} NOT NULL REFERENCES evaluation_campaigns (campaign_id),
  region_id    TEXT NOT NULL REFERENCES regions (region_id),
  indicator_no INTEGER NOT NULL,
  agency_id    {{BIGINT}} NOT NULL REFERENCES agencies (agency_id),
  question     TEXT NOT NULL,
  due_on       TEXT,
  asked_by     TEXT NOT NULL,
  asked_at     TEXT NOT NULL,
  answer       TEXT,
  answered_by  TEXT,
  answered_at  TEXT,
  version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX evaluation_questions_by_agency ON evaluation_questions (region_id, agency_id, campaign_id);

-- Evidence (data dukung) for an indicator: an uploaded file, a record in Simpul, or a web
-- address. agency_id: whose evidence it is (an operator adds only their own agency's).
-- Removal keeps the row (removed_at), so the record of what was shown stays.
CREATE TABLE evaluation_evidence (
  evidence_id  {{ID}},
  campaign_id  {{BIGINT}} NOT NULL REFERENCES evaluation_campaigns (campaign_id),
  region_id    TEXT NOT NULL REFERENCES regions (region_id),
  indicator_no INTEGER NOT NULL,
  agency_id    {{BIGINT}} REFERENCES agencies (agency_id),
  question_id  {{BIGINT}} REFERENCES evaluation_questions (question_id),
  kind         TEXT NOT NULL CHECK (kind IN ('file', 'record', 'url')),
  title        TEXT NOT NULL,
  file_sha256  TEXT,
  record_kind  TEXT,
  record_id    TEXT,
  url          TEXT,
  note         TEXT NOT NULL DEFAULT '',
  added_by     TEXT NOT NULL,
  added_at     TEXT NOT NULL,
  removed_at   TEXT,
  removed_by   TEXT,
  CHECK ((kind = 'file' AND file_sha256 IS NOT NULL) OR (kind = 'record' AND record_kind IS NOT NULL AND record_id IS NOT NULL)
         OR (kind = 'url' AND url IS NOT NULL))
);
CREATE INDEX evaluation_evidence_by_indicator ON evaluation_evidence (campaign_id, indicator_no);

-- Sign-off and reopening, in order. A sign-off keeps the levels as signed (JSON object
-- indicator number → level) and the index they gave; a reopening keeps its reason.
CREATE TABLE evaluation_campaign_events (
  event_id     {{ID}},
  campaign_id  {{BIGINT}} NOT NULL REFERENCES evaluation_campaigns (campaign_id),
  region_id    TEXT NOT NULL REFERENCES regions (region_id),
  kind         TEXT NOT NULL CHECK (kind IN ('signed_off', 'reopened')),
  reason       TEXT NOT NULL DEFAULT '',
  levels_json  TEXT NOT NULL DEFAULT '{}',
  index_value  TEXT NOT NULL DEFAULT '',
  by_user      TEXT NOT NULL,
  at           TEXT NOT NULL
);
CREATE INDEX evaluation_campaign_events_by_campaign ON evaluation_campaign_events (campaign_id, event_id);

-- The external assessors' level per indicator at each stage: document review, interview,
-- visit. The latest stage entered is the result; its difference to the self-assessment is shown.
CREATE TABLE evaluation_external_results (
  campaign_id  {{BIGINT}} NOT NULL REFERENCES evaluation_campaigns (campaign_id),
  region_id    TEXT NOT NULL REFERENCES regions (region_id),
  indicator_no INTEGER NOT NULL,
  stage        TEXT NOT NULL CHECK (stage IN ('document', 'interview', 'visit')),
  level        INTEGER NOT NULL CHECK (level BETWEEN 1 AND 9),
  note         TEXT NOT NULL DEFAULT '',
  entered_by   TEXT NOT NULL,
  entered_at   TEXT NOT NULL,
  version      INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (campaign_id, indicator_no, stage)
);
