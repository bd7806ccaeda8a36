-- Audit TIK (Madiun Pasal 40-43, Batam Pasal 41-44, Kendari Pasal 34-37, OKI Pasal 41-44,
-- Probolinggo Pasal 38): what is audited (objects), the audits with their internal
-- pre-evaluation and their report to the region head through the committee chair, the
-- findings and the follow-up evidence of the agencies that own them.

-- The region's audit settings. No row: the default period P2Y applies where the profile
-- names none (Probolinggo Pasal 38 ayat (1): "secara berkala").
CREATE TABLE ict_audit_settings (
  region_id      TEXT PRIMARY KEY REFERENCES regions (region_id),
  default_period TEXT NOT NULL DEFAULT 'P2Y',
  version        INTEGER NOT NULL DEFAULT 1,
  updated_at     TEXT NOT NULL
);

-- What is audited: the region's infrastructure and each application, and the security of both.
-- next_due_on is computed by the schedule rules (src/modules/ict_audits/schedule.h) and stored,
-- so the due and overdue lists are plain indexed queries; NULL: no audit is required of it.
CREATE TABLE ict_audit_objects (
  object_id       {{ID}},
  region_id       TEXT NOT NULL REFERENCES regions (region_id),
  kind            TEXT NOT NULL CHECK (kind IN ('infrastructure', 'application', 'infrastructure_security', 'application_security')),
  name            TEXT NOT NULL,
  application_id  {{BIGINT}} REFERENCES applications (application_id),
  facility_id     {{BIGINT}} REFERENCES facilities (facility_id),
  owner_agency_id {{BIGINT}} NOT NULL REFERENCES agencies (agency_id),
  source          TEXT NOT NULL CHECK (source IN ('registry', 'manual')),
  sync_key        TEXT,             -- registry objects: "infrastructure", "application:12" …; NULL for manual ones
  active          INTEGER NOT NULL DEFAULT 1,
  registered_on   TEXT NOT NULL,    -- YYYY-MM-DD: a never-audited object is due a period after it
  last_audit_on   TEXT,             -- the latest completed audit
  next_due_on     TEXT,
  version         INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  UNIQUE (region_id, sync_key)
);
CREATE INDEX ict_audit_objects_due ON ict_audit_objects (region_id, next_due_on);
CREATE INDEX ict_audit_objects_by_agency ON ict_audit_objects (region_id, owner_agency_id, object_id);
CREATE INDEX ict_audit_objects_by_application ON ict_audit_objects (application_id);

CREATE TABLE ict_audits (
  audit_id              {{ID}},
  region_id             TEXT NOT NULL REFERENCES regions (region_id),
  object_id             {{BIGINT}} NOT NULL REFERENCES ict_audit_objects (object_id),
  planned_on            TEXT NOT NULL,
  auditor_kind          TEXT NOT NULL CHECK (auditor_kind IN ('government', 'accredited', 'certified')),
  auditor_name          TEXT NOT NULL,
  auditor_credential    TEXT NOT NULL DEFAULT '',   -- accreditation or certificate number
  aspects               TEXT NOT NULL DEFAULT '[]', -- JSON words (Madiun Pasal 40 ayat (2))
  state                 TEXT NOT NULL CHECK (state IN ('planned', 'pre_evaluated', 'in_progress', 'completed', 'reported')),
  pre_evaluation_due_on TEXT,                       -- planned_on - 1 month where the profile requires it
  pre_evaluated_on      TEXT,
  pre_evaluation_note   TEXT NOT NULL DEFAULT '',
  pre_evaluation_sha256 TEXT,
  started_on            TEXT,
  completed_on          TEXT,
  report_sha256         TEXT,
  report_due_on         TEXT,                       -- completed_on + 30 days: the report to the region head
  reported_on           TEXT,
  report_note           TEXT NOT NULL DEFAULT '',
  reported_through      TEXT,                       -- the committee chair the report went through
  version               INTEGER NOT NULL DEFAULT 1,
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL
);
CREATE INDEX ict_audits_by_object ON ict_audits (object_id, audit_id);
CREATE INDEX ict_audits_by_state ON ict_audits (region_id, state, planned_on);
CREATE INDEX ict_audits_pre_evaluation_due ON ict_audits (region_id, state, pre_evaluation_due_on);
CREATE INDEX ict_audits_report_due ON ict_audits (region_id, state, report_due_on);

CREATE TABLE ict_audit_findings (
  finding_id      {{ID}},
  region_id       TEXT NOT NULL REFERENCES regions (region_id),
  audit_id        {{BIGINT}} NOT NULL REFERENCES ict_audits (audit_id),
  severity        TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
  title           TEXT NOT NULL,
  description     TEXT NOT NULL DEFAULT '',
  recommendation  TEXT NOT NULL DEFAULT '',
  owner_agency_id {{BIGINT}} NOT NULL REFERENCES agencies (agency_id),
  due_on          TEXT NOT NULL,
  status          TEXT NOT NULL CHECK (status IN ('open', 'closed')),
  closed_on       TEXT,
  version         INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);
CREATE INDEX ict_audit_findings_by_audit ON ict_audit_findings (audit_id, finding_id);
CREATE INDEX ict_audit_findings_due ON ict_audit_findings (region_id, status, due_on);

CREATE TABLE ict_audit_follow_ups (
  follow_up_id {{ID}},
  region_id    TEXT NOT NULL REFERENCES regions (region_id),
  finding_id   {{BIGINT}} NOT NULL REFERENCES ict_audit_findings (finding_id),
  note         TEXT NOT NULL,
  sha256       TEXT,            -- the evidence, a stored file
  created_by   TEXT NOT NULL,
  created_at   TEXT NOT NULL
);
CREATE INDEX ict_audit_follow_ups_by_finding ON ict_audit_follow_ups (finding_id, follow_up_id);
