-- SPBE infrastructure of the region (Madiun Pasal 13-22, OKI Pasal 12-22, Kendari Pasal 19-20,
-- Batam Pasal 14-22, Probolinggo Pasal 16-18): the data center and recovery center, the hosts
-- and VPS placed in them with their uptime commitment, the WAN and each agency's LAN, the LAN
-- diagrams agencies submit every year (Madiun Pasal 20), the IP ranges the ICT office allocates
-- (OKI Pasal 20), domains, websites and official e-mail addresses under the naming rule (Madiun
-- Pasal 21 ayat (2), OKI Pasal 22) and the backups agencies report (Madiun Pasal 16).

CREATE TABLE facilities (
  facility_id        {{ID}},
  region_id          TEXT NOT NULL REFERENCES regions (region_id),
  name               TEXT NOT NULL,
  kind               TEXT NOT NULL CHECK (kind IN ('data_center', 'recovery_center')),
  location           TEXT NOT NULL DEFAULT '',
  operator_agency_id {{BIGINT}} REFERENCES agencies (agency_id),  -- the ICT office
  tier               TEXT NOT NULL DEFAULT '',
  notes              TEXT NOT NULL DEFAULT '',
  version            INTEGER NOT NULL DEFAULT 1,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  UNIQUE (region_id, name)
);

CREATE TABLE hosts (
  host_id           {{ID}},
  region_id         TEXT NOT NULL REFERENCES regions (region_id),
  owner_agency_id   {{BIGINT}} NOT NULL REFERENCES agencies (agency_id),
  name              TEXT NOT NULL,
  kind              TEXT NOT NULL CHECK (kind IN ('physical_server', 'virtual_machine', 'vps')),
  facility_id       {{BIGINT}} REFERENCES facilities (facility_id),
  uptime_basis_points INTEGER,                     -- uptime commitment per month: 9950 = 99.50 %
  operating_system  TEXT NOT NULL DEFAULT '',
  purpose           TEXT NOT NULL DEFAULT '',
  addresses         TEXT NOT NULL DEFAULT '[]',     -- JSON: IP addresses
  status            TEXT NOT NULL CHECK (status IN ('active', 'retired')),
  version           INTEGER NOT NULL DEFAULT 1,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  UNIQUE (region_id, name)
);
CREATE INDEX hosts_by_agency ON hosts (owner_agency_id, name);
CREATE INDEX hosts_by_facility ON hosts (facility_id);

CREATE TABLE networks (
  network_id      {{ID}},
  region_id       TEXT NOT NULL REFERENCES regions (region_id),
  owner_agency_id {{BIGINT}} REFERENCES agencies (agency_id),  -- NULL for the WAN (the ICT office runs it)
  name            TEXT NOT NULL,
  kind            TEXT NOT NULL CHECK (kind IN ('wan', 'lan')),
  description     TEXT NOT NULL DEFAULT '',
  version         INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  CHECK ((kind = 'wan' AND owner_agency_id IS NULL) OR (kind = 'lan' AND owner_agency_id IS NOT NULL)),
  UNIQUE (region_id, name)
);
CREATE INDEX networks_by_agency ON networks (owner_agency_id);

CREATE TABLE lan_diagrams (
  diagram_id   {{ID}},
  region_id    TEXT NOT NULL REFERENCES regions (region_id),
  agency_id    {{BIGINT}} NOT NULL REFERENCES agencies (agency_id),
  submitted_on TEXT NOT NULL,                  -- YYYY-MM-DD
  file_sha256  TEXT NOT NULL,                  -- the diagram in the region's file store
  note         TEXT NOT NULL DEFAULT '',
  submitted_by TEXT NOT NULL,
  created_at   TEXT NOT NULL
);
CREATE INDEX lan_diagrams_by_agency ON lan_diagrams (region_id, agency_id, submitted_on);

CREATE TABLE ip_ranges (
  range_id     {{ID}},
  region_id    TEXT NOT NULL REFERENCES regions (region_id),
  agency_id    {{BIGINT}} NOT NULL REFERENCES agencies (agency_id),
  cidr         TEXT NOT NULL,                  -- normalised: "10.20.0.0/16", "2001:db8::/48"
  family       INTEGER NOT NULL CHECK (family IN (4, 6)),
  purpose      TEXT NOT NULL DEFAULT '',
  allocated_by TEXT NOT NULL,
  version      INTEGER NOT NULL DEFAULT 1,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  UNIQUE (region_id, cidr)
);
CREATE INDEX ip_ranges_by_agency ON ip_ranges (agency_id);

CREATE TABLE domains (
  domain_id  {{ID}},
  region_id  TEXT NOT NULL REFERENCES regions (region_id),
  agency_id  {{BIGINT}} REFERENCES agencies (agency_id),  -- NULL for the region's own domain
  name       TEXT NOT NULL,                    -- lower case
  kind       TEXT NOT NULL CHECK (kind IN ('region_domain', 'agency_subdomain', 'website', 'email')),
  purpose    TEXT NOT NULL DEFAULT '',
  version    INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (region_id, name)
);
CREATE INDEX domains_by_agency ON domains (agency_id);

CREATE TABLE backups (
  backup_id     {{ID}},
  region_id     TEXT NOT NULL REFERENCES regions (region_id),
  agency_id     {{BIGINT}} NOT NULL REFERENCES agencies (agency_id),
  host_id       {{BIGINT}} REFERENCES hosts (host_id),
  subject       TEXT NOT NULL DEFAULT '',        -- what was backed up, in words
  done_on       TEXT NOT NULL,                   -- YYYY-MM-DD
  kind          TEXT NOT NULL CHECK (kind IN ('full', 'incremental')),
  facility_id   {{BIGINT}} REFERENCES facilities (facility_id),  -- where the copy is kept
  location_note TEXT NOT NULL DEFAULT '',
  result        TEXT NOT NULL CHECK (result IN ('ok', 'failed')),
  note          TEXT NOT NULL DEFAULT '',
  reported_by   TEXT NOT NULL,
  created_at    TEXT NOT NULL
);
CREATE INDEX backups_by_agency ON backups (region_id, agency_id, done_on);
