-- SPBE governance I (issue 5): the master plan (Rencana Induk SPBE, Perwali Batam 40/2021
-- Pasal 6; Perwali Kendari 41/2021 Pasal 10) with its reviews, and the architecture
-- (Arsitektur SPBE, Perwali Madiun 39/2021 Pasal 6; Batam Pasal 7; Kendari Pasal 7) in
-- five-year versions with six domains and reviews.

-- The lists of the plan's contents (missions, goals, targets, policy directions,
-- strategies) are JSON arrays of text: ordered statements always read and written with
-- the plan as a whole, never queried one by one, so a change to any of them is one
-- versioned change of the plan with one audit entry showing the list before and after.
CREATE TABLE master_plans (
  master_plan_id    {{ID}},
  region_id         TEXT NOT NULL REFERENCES regions (region_id),
  title             TEXT NOT NULL,
  start_year        INTEGER NOT NULL,
  end_year          INTEGER NOT NULL,
  vision            TEXT NOT NULL DEFAULT '',
  missions          TEXT NOT NULL DEFAULT '[]',
  goals             TEXT NOT NULL DEFAULT '[]',
  targets           TEXT NOT NULL DEFAULT '[]',
  policy_directions TEXT NOT NULL DEFAULT '[]',
  strategies        TEXT NOT NULL DEFAULT '[]',
  rpjmd_reference   TEXT,
  decree_number     TEXT,
  decree_date       TEXT,
  status            TEXT NOT NULL CHECK (status IN ('draft', 'enacted', 'superseded')),
  enacted_at        TEXT,
  superseded_at     TEXT,
  superseded_by     {{BIGINT}} REFERENCES master_plans (master_plan_id),
  supersede_note    TEXT,
  version           INTEGER NOT NULL DEFAULT 1,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  CHECK (start_year <= end_year),
  CHECK ((decree_number IS NULL) = (decree_date IS NULL)),
  CHECK (status = 'draft' OR decree_number IS NOT NULL)
);
CREATE INDEX master_plans_by_region ON master_plans (region_id, status, start_year);

CREATE TABLE master_plan_reviews (
  review_id      {{ID}},
  region_id      TEXT NOT NULL REFERENCES regions (region_id),
  master_plan_id {{BIGINT}} NOT NULL REFERENCES master_plans (master_plan_id),
  review_date    TEXT NOT NULL,
  reasons        TEXT NOT NULL,  -- JSON array of reason codes
  outcome        TEXT NOT NULL CHECK (outcome IN ('unchanged', 'revised')),
  note           TEXT NOT NULL DEFAULT '',
  recorded_by    TEXT NOT NULL,
  created_at     TEXT NOT NULL
);
CREATE INDEX master_plan_reviews_by_plan ON master_plan_reviews (master_plan_id, review_date);

-- Business processes refer to architectures (architecture_id) as a nullable key.
CREATE TABLE architectures (
  architecture_id   {{ID}},
  region_id         TEXT NOT NULL REFERENCES regions (region_id),
  title             TEXT NOT NULL,
  start_year        INTEGER NOT NULL,
  end_year          INTEGER NOT NULL,
  reference_summary TEXT NOT NULL DEFAULT '',
  decree_number     TEXT,
  decree_date       TEXT,
  status            TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'enacted', 'superseded')),
  version           INTEGER NOT NULL DEFAULT 1,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  CHECK (start_year <= end_year),
  CHECK ((decree_number IS NULL) = (decree_date IS NULL)),
  CHECK (status IN ('draft', 'in_review') OR decree_number IS NOT NULL)
);
CREATE INDEX architectures_by_region ON architectures (region_id, status, start_year);

-- The six domains of each version (Madiun Pasal 6 ayat (7)), with the agency that
-- coordinates each (Madiun Pasal 6 ayat (9); Batam Pasal 7 ayat (7)).
CREATE TABLE architecture_domains (
  region_id       TEXT NOT NULL REFERENCES regions (region_id),
  architecture_id {{BIGINT}} NOT NULL REFERENCES architectures (architecture_id),
  domain          TEXT NOT NULL CHECK (domain IN ('business_process', 'data_information', 'infrastructure',
                                                  'application', 'security', 'service')),
  description     TEXT NOT NULL DEFAULT '',
  agency_id       {{BIGINT}} REFERENCES agencies (agency_id),
  article         TEXT,
  PRIMARY KEY (architecture_id, domain)
);

CREATE TABLE architecture_reviews (
  review_id       {{ID}},
  region_id       TEXT NOT NULL REFERENCES regions (region_id),
  architecture_id {{BIGINT}} NOT NULL REFERENCES architectures (architecture_id),
  kind            TEXT NOT NULL CHECK (kind IN ('mid_term', 'final_year', 'annual', 'on_demand')),
  review_date     TEXT NOT NULL,
  reasons         TEXT NOT NULL,  -- JSON array of reason codes
  note            TEXT NOT NULL DEFAULT '',
  decree_number   TEXT,
  decree_date     TEXT,
  recorded_by     TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  CHECK ((decree_number IS NULL) = (decree_date IS NULL))
);
CREATE INDEX architecture_reviews_by_version ON architecture_reviews (architecture_id, review_date);
