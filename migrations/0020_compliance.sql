-- Compliance with the region's own regulation (Madiun Pasal 46, Batam Pasal 47, OKI Pasal 45,
-- Kendari Pasal 24 and 38, Probolinggo Pasal 42). The statuses are computed from the live
-- data every time; what is stored here is only what people state and the daily snapshots
-- the trend is drawn from.

-- A statement of compliance: for a duty Simpul holds no record of (a decree, a policy, a
-- report handed over on paper), the person responsible states it is done, with the
-- document's reference and date, and may attach the document. A periodic duty's statement
-- says when it was last done; the others hold until `valid_until` or until withdrawn.
CREATE TABLE compliance_statements (
  statement_id    {{ID}},
  region_id       TEXT NOT NULL REFERENCES regions (region_id),
  obligation_id   TEXT NOT NULL,
  subject_kind    TEXT NOT NULL CHECK (subject_kind IN ('region', 'agency', 'application', 'dataset', 'host', 'network',
                                                        'service', 'website', 'employee', 'committee', 'position')),
  subject_id      TEXT NOT NULL,
  agency_id       {{BIGINT}} REFERENCES agencies (agency_id),  -- the agency answerable, for operators' rights
  done_on         TEXT NOT NULL,
  valid_until     TEXT,
  reference       TEXT NOT NULL,
  note            TEXT NOT NULL DEFAULT '',
  file_sha256     TEXT,
  created_by      TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  withdrawn_at    TEXT,
  withdrawn_by    TEXT,
  withdraw_reason TEXT,
  version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX compliance_statements_by_subject
  ON compliance_statements (region_id, obligation_id, subject_kind, subject_id, done_on);
CREATE INDEX compliance_statements_by_agency ON compliance_statements (region_id, agency_id);

-- One row per day per scope (the region as a whole, agency_id 0, and each agency): the counts
-- of the day's findings by status.
CREATE TABLE compliance_snapshots (
  region_id      TEXT NOT NULL REFERENCES regions (region_id),
  taken_on       TEXT NOT NULL,
  agency_id      {{BIGINT}} NOT NULL,
  met            INTEGER NOT NULL,
  due_soon       INTEGER NOT NULL,
  overdue        INTEGER NOT NULL,
  not_met        INTEGER NOT NULL,
  not_applicable INTEGER NOT NULL,
  taken_at       TEXT NOT NULL,
  PRIMARY KEY (region_id, agency_id, taken_on)
);
