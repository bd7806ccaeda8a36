-- Layanan SPBE (electronic government services) of each agency, and the links between the
-- SPBE elements (services, applications, datasets, hosts, networks, facilities) from which the
-- impact of an outage and the dependencies of a service are read.
-- Services: administrative and public (Madiun Pasal 27-29, OKI Pasal 27-29, Batam Pasal 28-30,
-- Probolinggo Pasal 23-25, Kendari Pasal 21); integration of services across agencies goes
-- through coordination with the ICT office (Madiun Pasal 30 ayat (3), OKI Pasal 30 ayat (3),
-- Batam Pasal 31 ayat (3)).

CREATE TABLE services (
  service_id                 {{ID}},
  region_id                  TEXT NOT NULL REFERENCES regions (region_id),
  owner_agency_id            {{BIGINT}} NOT NULL REFERENCES agencies (agency_id),
  code                       TEXT NOT NULL,
  name                       TEXT NOT NULL,
  kind                       TEXT NOT NULL CHECK (kind IN ('administrative', 'public')),
  sector                     TEXT NOT NULL DEFAULT '',
  channels                   TEXT NOT NULL DEFAULT '[]',  -- JSON: ["web", "counter", …]
  description                TEXT NOT NULL DEFAULT '',
  status                     TEXT NOT NULL CHECK (status IN ('planned', 'active', 'retired')),
  participating_agency_ids   TEXT NOT NULL DEFAULT '[]',  -- JSON: agencies sharing the workflow (Pasal 30)
  integration_coordinated_by TEXT,
  integration_coordinated_at TEXT,
  integration_note           TEXT,
  version                    INTEGER NOT NULL DEFAULT 1,
  created_at                 TEXT NOT NULL,
  updated_at                 TEXT NOT NULL,
  UNIQUE (region_id, code)
);
CREATE INDEX services_by_agency ON services (region_id, owner_agency_id, code);

-- "from uses to": a service uses an application, an application stores in a dataset, a host
-- runs in a facility. Impact walks the edges backwards (who depends on X), dependencies forwards.
CREATE TABLE element_links (
  link_id    {{ID}},
  region_id  TEXT NOT NULL REFERENCES regions (region_id),
  from_kind  TEXT NOT NULL CHECK (from_kind IN ('service', 'application', 'dataset', 'host', 'network')),
  from_id    {{BIGINT}} NOT NULL,
  to_kind    TEXT NOT NULL CHECK (to_kind IN ('service', 'application', 'dataset', 'host', 'network', 'facility')),
  to_id      {{BIGINT}} NOT NULL,
  note       TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  CHECK (from_kind <> to_kind OR from_id <> to_id),
  UNIQUE (region_id, from_kind, from_id, to_kind, to_id)
);
-- The impact query follows edges by their "to" end; the unique index serves the forward walk.
CREATE INDEX element_links_by_target ON element_links (region_id, to_kind, to_id);
