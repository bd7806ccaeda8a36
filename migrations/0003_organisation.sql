-- The organisation model (issue 4): agencies with their kind, roles and PD Mandiri TIK
-- status; people keyed by NIP; positions; the bodies of the region's regulation with
-- members by position; architecture domain coordinators; the GCIO; and the PD Mandiri
-- TIK assessments (Perwali Madiun 39/2021 Pasal 45).

ALTER TABLE agencies ADD COLUMN kind TEXT NOT NULL DEFAULT 'dinas';
ALTER TABLE agencies ADD COLUMN parent_agency_id {{BIGINT}} REFERENCES agencies (agency_id);
ALTER TABLE agencies ADD COLUMN profile_key TEXT;
ALTER TABLE agencies ADD COLUMN ict_office INTEGER NOT NULL DEFAULT 0;
ALTER TABLE agencies ADD COLUMN planning_office INTEGER NOT NULL DEFAULT 0;
ALTER TABLE agencies ADD COLUMN organization_bureau INTEGER NOT NULL DEFAULT 0;
ALTER TABLE agencies ADD COLUMN ict_self_sufficient INTEGER NOT NULL DEFAULT 0;
ALTER TABLE agencies ADD COLUMN ict_self_sufficient_decree TEXT;
ALTER TABLE agencies ADD COLUMN ict_self_sufficient_since TEXT;
ALTER TABLE agencies ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE agencies ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
UPDATE agencies SET updated_at = created_at;
-- Each coordinating role is held by one agency of the region at most.
CREATE UNIQUE INDEX agencies_one_ict_office ON agencies (region_id) WHERE ict_office = 1;
CREATE UNIQUE INDEX agencies_one_planning_office ON agencies (region_id) WHERE planning_office = 1;
CREATE UNIQUE INDEX agencies_one_organization_bureau ON agencies (region_id) WHERE organization_bureau = 1;

CREATE TABLE people (
  person_id  {{ID}},
  region_id  TEXT NOT NULL REFERENCES regions (region_id),
  agency_id  {{BIGINT}} REFERENCES agencies (agency_id),
  nip        TEXT,  -- the staff key (Perbup OKI 32/2022 Pasal 11 ayat 4); NULL for elected officials
  name       TEXT NOT NULL,
  email      TEXT,
  phone      TEXT,
  spbe_roles TEXT NOT NULL DEFAULT '[]',  -- JSON array: tier1, tier2, data_steward, ict_staff, pranata_komputer, csirt
  user_id    {{BIGINT}} REFERENCES users (user_id),
  version    INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (region_id, nip)
);
CREATE INDEX people_by_agency ON people (agency_id, name);
CREATE UNIQUE INDEX people_one_per_user ON people (user_id);

CREATE TABLE positions (
  position_id      {{ID}},
  region_id        TEXT NOT NULL REFERENCES regions (region_id),
  agency_id        {{BIGINT}} REFERENCES agencies (agency_id),
  profile_key      TEXT,
  title            TEXT NOT NULL,
  is_head          INTEGER NOT NULL DEFAULT 0,
  holder_person_id {{BIGINT}} REFERENCES people (person_id),
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  UNIQUE (region_id, profile_key)
);
CREATE INDEX positions_by_agency ON positions (agency_id);
CREATE UNIQUE INDEX positions_one_head ON positions (agency_id) WHERE is_head = 1;

CREATE TABLE committees (
  committee_id        {{ID}},
  region_id           TEXT NOT NULL REFERENCES regions (region_id),
  parent_committee_id {{BIGINT}} REFERENCES committees (committee_id),
  profile_key         TEXT NOT NULL,
  kind                TEXT NOT NULL,
  name                TEXT NOT NULL,
  article             TEXT NOT NULL,
  formed_by           TEXT NOT NULL DEFAULT '',
  decree_number       TEXT,
  decree_date         TEXT,
  version             INTEGER NOT NULL DEFAULT 1,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  UNIQUE (region_id, profile_key)
);

CREATE TABLE committee_members (
  member_id    {{ID}},
  region_id    TEXT NOT NULL REFERENCES regions (region_id),
  committee_id {{BIGINT}} NOT NULL REFERENCES committees (committee_id),
  role         TEXT NOT NULL,
  position_id  {{BIGINT}} REFERENCES positions (position_id),
  selector     TEXT,  -- "other_agency_heads" …, when the regulation names no single position
  created_at   TEXT NOT NULL,
  CHECK ((position_id IS NULL) <> (selector IS NULL))
);
CREATE INDEX committee_members_by_committee ON committee_members (committee_id);

CREATE TABLE architecture_coordinators (
  region_id  TEXT NOT NULL REFERENCES regions (region_id),
  domain     TEXT NOT NULL,
  agency_id  {{BIGINT}} NOT NULL REFERENCES agencies (agency_id),
  article    TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (region_id, domain)
);

-- Single-holder designations of the regulation: the GCIO (Perwali Batam 40/2021 Pasal 46).
CREATE TABLE designations (
  region_id   TEXT NOT NULL REFERENCES regions (region_id),
  designation TEXT NOT NULL CHECK (designation IN ('gcio')),
  position_id {{BIGINT}} NOT NULL REFERENCES positions (position_id),
  article     TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  PRIMARY KEY (region_id, designation)
);

CREATE TABLE self_sufficiency_assessments (
  assessment_id {{ID}},
  region_id     TEXT NOT NULL REFERENCES regions (region_id),
  agency_id     {{BIGINT}} NOT NULL REFERENCES agencies (agency_id),
  status        TEXT NOT NULL CHECK (status IN ('assessed', 'proposed', 'granted', 'refused', 'withdrawn')),
  criteria      TEXT NOT NULL,  -- JSON: [{"key","met","note"}], one per criterion of the profile
  note          TEXT NOT NULL DEFAULT '',
  assessed_by   TEXT NOT NULL,
  assessed_at   TEXT NOT NULL,
  proposed_by   TEXT,
  proposed_at   TEXT,
  decided_by    TEXT,
  decided_at    TEXT,
  decree_number TEXT,
  decree_date   TEXT,
  decision_note TEXT,
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX self_sufficiency_by_agency ON self_sufficiency_assessments (agency_id);
-- One open assessment per agency.
CREATE UNIQUE INDEX self_sufficiency_one_open ON self_sufficiency_assessments (agency_id)
  WHERE status IN ('assessed', 'proposed');
