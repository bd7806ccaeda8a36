-- Business processes (Proses Bisnis) of each agency, based on the SPBE architecture, and
-- the links between related processes of different agencies, which the organisation
-- bureau coordinates (Madiun Pasal 9, Kendari Pasal 9, Batam Pasal 10, OKI Pasal 9,
-- Probolinggo Pasal 13).

CREATE TABLE business_processes (
  process_id           {{ID}},
  region_id            TEXT NOT NULL REFERENCES regions (region_id),
  agency_id            {{BIGINT}} NOT NULL REFERENCES agencies (agency_id),
  code                 TEXT NOT NULL,
  name                 TEXT NOT NULL,
  description          TEXT NOT NULL DEFAULT '',
  purpose              TEXT NOT NULL DEFAULT '',
  outputs              TEXT NOT NULL DEFAULT '',
  kind                 TEXT NOT NULL CHECK (kind IN ('core', 'support')),
  architecture_id      {{BIGINT}} REFERENCES architectures (architecture_id),
  steps                TEXT NOT NULL DEFAULT '[]',  -- JSON: [{"name","responsible"}] in order
  related_services     TEXT NOT NULL DEFAULT '[]',  -- JSON: names, until the service registry exists
  related_applications TEXT NOT NULL DEFAULT '[]',  -- JSON: names, until the application registry exists
  status               TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'coordinated')),
  submitted_by         TEXT,
  submitted_at         TEXT,
  coordinated_by       TEXT,
  coordinated_at       TEXT,
  coordination_note    TEXT,
  returned_by          TEXT,
  returned_at          TEXT,
  return_reason        TEXT,
  version              INTEGER NOT NULL DEFAULT 1,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  UNIQUE (region_id, code)
);
CREATE INDEX business_processes_by_agency ON business_processes (agency_id, code);
CREATE INDEX business_processes_by_architecture ON business_processes (architecture_id);

CREATE TABLE business_process_links (
  link_id         {{ID}},
  region_id       TEXT NOT NULL REFERENCES regions (region_id),
  from_process_id {{BIGINT}} NOT NULL REFERENCES business_processes (process_id),
  to_process_id   {{BIGINT}} NOT NULL REFERENCES business_processes (process_id),
  kind            TEXT NOT NULL CHECK (kind IN ('input_from', 'output_to', 'shared_step')),
  note            TEXT NOT NULL DEFAULT '',
  created_by      TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  CHECK (from_process_id <> to_process_id),
  UNIQUE (from_process_id, to_process_id, kind)
);
CREATE INDEX business_process_links_by_region ON business_process_links (region_id, link_id);
CREATE INDEX business_process_links_to ON business_process_links (to_process_id);
