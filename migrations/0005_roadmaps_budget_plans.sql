-- The roadmap (Peta Rencana SPBE) and the annual budget plans (Rencana dan Anggaran
-- SPBE) of issue 5: Madiun Pasal 7-8, Batam Pasal 8-9, Kendari Pasal 8 and 10,
-- OKI Pasal 7-8, Probolinggo Pasal 11-12.

-- A five-year roadmap; draft, then enacted by a Keputusan Walikota/Bupati, then superseded
-- when a later roadmap for an overlapping period is enacted.
CREATE TABLE roadmaps (
  roadmap_id    {{ID}},
  region_id     TEXT NOT NULL REFERENCES regions (region_id),
  title         TEXT NOT NULL,
  start_year    INTEGER NOT NULL,
  end_year      INTEGER NOT NULL,
  decree_number TEXT,
  decree_date   TEXT,
  status        TEXT NOT NULL CHECK (status IN ('draft', 'enacted', 'superseded')),
  enacted_by    TEXT,
  enacted_at    TEXT,
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  CHECK (end_year >= start_year)
);
CREATE INDEX roadmaps_by_region ON roadmaps (region_id, start_year);

-- Programs and activities in the seven areas (Madiun Pasal 7 ayat (2)); `years` holds, for
-- each year of the period, the target and the planned and actual status (JSON).
CREATE TABLE roadmap_activities (
  activity_id     {{ID}},
  region_id       TEXT NOT NULL REFERENCES regions (region_id),
  roadmap_id      {{BIGINT}} NOT NULL REFERENCES roadmaps (roadmap_id),
  program         TEXT NOT NULL,
  name            TEXT NOT NULL,
  area            TEXT NOT NULL CHECK (area IN ('governance', 'management', 'services', 'infrastructure',
                                                'applications', 'security', 'audit')),
  owner_agency_id {{BIGINT}} NOT NULL REFERENCES agencies (agency_id),
  description     TEXT NOT NULL DEFAULT '',
  years           TEXT NOT NULL DEFAULT '[]',
  version         INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);
CREATE INDEX roadmap_activities_by_roadmap ON roadmap_activities (roadmap_id, area);
CREATE INDEX roadmap_activities_by_region ON roadmap_activities (region_id, owner_agency_id);

-- Annual monitoring and evaluation (Kendari Pasal 8 ayat (4): "setiap tahun"), one per year.
CREATE TABLE roadmap_monitoring (
  monitoring_id {{ID}},
  region_id     TEXT NOT NULL REFERENCES regions (region_id),
  roadmap_id    {{BIGINT}} NOT NULL REFERENCES roadmaps (roadmap_id),
  year          INTEGER NOT NULL,
  date          TEXT NOT NULL,
  summary       TEXT NOT NULL,
  findings      TEXT NOT NULL DEFAULT '',
  recorded_by   TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  UNIQUE (roadmap_id, year)
);

-- Changes to an enacted roadmap with their legal reason (Kendari Pasal 8 ayat (5)-(6)).
CREATE TABLE roadmap_changes (
  change_id     {{ID}},
  region_id     TEXT NOT NULL REFERENCES regions (region_id),
  roadmap_id    {{BIGINT}} NOT NULL REFERENCES roadmaps (roadmap_id),
  activity_id   {{BIGINT}} REFERENCES roadmap_activities (activity_id),
  action        TEXT NOT NULL,
  fields        TEXT NOT NULL DEFAULT '[]',  -- JSON array of the changed fields
  reason        TEXT NOT NULL,
  article       TEXT NOT NULL DEFAULT '',
  note          TEXT NOT NULL DEFAULT '',
  decree_number TEXT,
  decree_date   TEXT,
  changed_by    TEXT NOT NULL,
  changed_at    TEXT NOT NULL
);
CREATE INDEX roadmap_changes_by_roadmap ON roadmap_changes (roadmap_id);

-- One budget plan per agency per year (Madiun Pasal 8 ayat (1)).
CREATE TABLE budget_plans (
  budget_plan_id  {{ID}},
  region_id       TEXT NOT NULL REFERENCES regions (region_id),
  agency_id       {{BIGINT}} NOT NULL REFERENCES agencies (agency_id),
  year            INTEGER NOT NULL,
  status          TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'coordinated', 'verified')),
  note            TEXT NOT NULL DEFAULT '',
  submitted_by    TEXT,
  submitted_at    TEXT,
  coordinated_by  TEXT,
  coordinated_at  TEXT,
  verified_by     TEXT,
  verified_at     TEXT,
  returned_by     TEXT,
  returned_at     TEXT,
  returned_reason TEXT,
  version         INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  UNIQUE (region_id, agency_id, year)
);
CREATE INDEX budget_plans_by_year ON budget_plans (region_id, year, agency_id);

CREATE TABLE budget_lines (
  line_id             {{ID}},
  region_id           TEXT NOT NULL REFERENCES regions (region_id),
  budget_plan_id      {{BIGINT}} NOT NULL REFERENCES budget_plans (budget_plan_id),
  description         TEXT NOT NULL,
  amount              {{BIGINT}} NOT NULL CHECK (amount >= 0 AND amount <= 1000000000000000),
  area                TEXT NOT NULL CHECK (area IN ('governance', 'management', 'services', 'infrastructure',
                                                    'applications', 'security', 'audit')),
  roadmap_activity_id {{BIGINT}} REFERENCES roadmap_activities (activity_id),
  procurement         INTEGER NOT NULL DEFAULT 0,
  version             INTEGER NOT NULL DEFAULT 1,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL
);
-- The consolidated view sums a year's lines by plan and area from this index alone.
CREATE INDEX budget_lines_by_plan ON budget_lines (budget_plan_id, area, amount, roadmap_activity_id, procurement);
CREATE INDEX budget_lines_by_activity ON budget_lines (roadmap_activity_id);
