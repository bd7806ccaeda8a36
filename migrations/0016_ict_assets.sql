-- ICT assets (Manajemen Aset TIK): hardware and software through planning, procurement,
-- use, maintenance and disposal (Madiun Pasal 35 ayat (2), Batam Pasal 36 ayat (2), Kendari
-- Pasal 29 ayat (2), OKI Pasal 35 ayat (2), Probolinggo Pasal 32), the compatibility of new
-- devices (Kendari Pasal 19 ayat (8)) and the inventory report for the regional asset office
-- (Kendari Pasal 19 ayat (11)-(12)).

-- The region's warning window for warranties and licences. No row: 90 days.
CREATE TABLE ict_asset_settings (
  region_id     TEXT PRIMARY KEY REFERENCES regions (region_id),
  warning_days  INTEGER NOT NULL DEFAULT 90,
  version       INTEGER NOT NULL DEFAULT 1,
  updated_at    TEXT NOT NULL
);

-- expires_on: the earlier of warranty_until and licence_until while the asset is not disposed,
-- so the expiry filter and the warning list read one index.
CREATE TABLE ict_assets (
  asset_id              {{ID}},
  region_id             TEXT NOT NULL REFERENCES regions (region_id),
  owner_agency_id       {{BIGINT}} NOT NULL REFERENCES agencies (agency_id),
  kind                  TEXT NOT NULL CHECK (kind IN ('hardware', 'software')),
  category              TEXT NOT NULL,
  code                  TEXT NOT NULL,
  name                  TEXT NOT NULL,
  brand                 TEXT NOT NULL DEFAULT '',
  model                 TEXT NOT NULL DEFAULT '',
  software_version      TEXT NOT NULL DEFAULT '',
  serial_number         TEXT NOT NULL DEFAULT '',
  location              TEXT NOT NULL DEFAULT '',
  stage                 TEXT NOT NULL CHECK (stage IN ('planning', 'procurement', 'in_use', 'maintenance', 'disposed')),
  stage_since           TEXT NOT NULL,
  acquired_on           TEXT,
  value_rupiah          {{BIGINT}},
  warranty_until        TEXT,
  licence_kind          TEXT CHECK (licence_kind IN ('perpetual', 'subscription', 'open_source', 'oem')),
  licence_until         TEXT,
  seats                 INTEGER,
  application_id        {{BIGINT}} REFERENCES applications (application_id),
  regional_asset_code   TEXT NOT NULL DEFAULT '',
  notes                 TEXT NOT NULL DEFAULT '',
  compatible_with       TEXT,                      -- JSON: ids of in-use assets; NULL: no statement
  compatibility_note    TEXT NOT NULL DEFAULT '',
  compatibility_on      TEXT,
  compatibility_by      TEXT NOT NULL DEFAULT '',
  disposed_on           TEXT,
  disposal_reason       TEXT NOT NULL DEFAULT '',
  disposal_decree       TEXT NOT NULL DEFAULT '',
  expires_on            TEXT,
  version               INTEGER NOT NULL DEFAULT 1,
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL,
  UNIQUE (region_id, code)
);
-- The list (GET /api/v1/assets, sorted by code) reads one of these per filter, each ending in code
-- so a page is read in order, and carrying the other filtered columns after it so a count or a
-- page under several filters never touches the table.
CREATE INDEX ict_assets_by_agency_stage ON ict_assets (region_id, owner_agency_id, stage, code, kind, category, expires_on);
CREATE INDEX ict_assets_by_agency ON ict_assets (region_id, owner_agency_id, code, kind, category, stage, expires_on);
CREATE INDEX ict_assets_by_category ON ict_assets (region_id, category, code, owner_agency_id, kind, stage, expires_on);
CREATE INDEX ict_assets_by_kind ON ict_assets (region_id, kind, code, owner_agency_id, category, stage, expires_on);
CREATE INDEX ict_assets_by_stage ON ict_assets (region_id, stage, code, owner_agency_id, kind, category, expires_on);
CREATE INDEX ict_assets_by_expiry ON ict_assets (region_id, expires_on, code, owner_agency_id, kind, category, stage);
-- The expiry warnings count and order warranties and licences of assets not disposed (expires_on set).
CREATE INDEX ict_assets_by_warranty ON ict_assets (region_id, warranty_until) WHERE expires_on IS NOT NULL;
CREATE INDEX ict_assets_by_licence ON ict_assets (region_id, licence_until) WHERE expires_on IS NOT NULL;
CREATE INDEX ict_assets_by_application ON ict_assets (application_id);

-- Word search for ?q= over code, name and serial number (each word a prefix; src/db/full_text.h),
-- written in the same transaction as the asset. SQLite also indexes the first one and two letters
-- of every word, so a search while typing the first letters reads one list; PostgreSQL holds the
-- very words SQLite indexes (src/modules/assets/store.cpp), so both find the same.
{{SQLITE}}
CREATE VIRTUAL TABLE ict_asset_search USING fts5 (
  region_id UNINDEXED,
  document,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2'
);  -- rowid = asset_id
{{END}}
{{POSTGRESQL}}
CREATE TABLE ict_asset_search (
  asset_id  BIGINT PRIMARY KEY REFERENCES ict_assets (asset_id),
  region_id TEXT NOT NULL REFERENCES regions (region_id),
  document  TSVECTOR NOT NULL
);
CREATE INDEX ict_asset_search_document ON ict_asset_search USING GIN (document);
{{END}}

-- Every step of an asset's life, in order (its history beside the audit log).
CREATE TABLE ict_asset_events (
  event_id          {{ID}},
  region_id         TEXT NOT NULL REFERENCES regions (region_id),
  asset_id          {{BIGINT}} NOT NULL REFERENCES ict_assets (asset_id),
  action            TEXT NOT NULL,
  from_stage        TEXT,
  to_stage          TEXT NOT NULL,
  event_on          TEXT NOT NULL,
  note              TEXT NOT NULL DEFAULT '',
  reason            TEXT NOT NULL DEFAULT '',
  decree_reference  TEXT NOT NULL DEFAULT '',
  actor             TEXT NOT NULL,
  created_at        TEXT NOT NULL
);
CREATE INDEX ict_asset_events_by_asset ON ict_asset_events (asset_id, event_id);

-- An asset runs on a host, serves an application or was touched by a ticket.
CREATE TABLE ict_asset_links (
  link_id     {{ID}},
  region_id   TEXT NOT NULL REFERENCES regions (region_id),
  asset_id    {{BIGINT}} NOT NULL REFERENCES ict_assets (asset_id),
  kind        TEXT NOT NULL CHECK (kind IN ('host', 'application', 'ticket')),
  target_id   {{BIGINT}} NOT NULL,
  created_by  TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  UNIQUE (asset_id, kind, target_id)
);
CREATE INDEX ict_asset_links_by_target ON ict_asset_links (region_id, kind, target_id);

-- The yearly inventory for the regional asset office: a snapshot per agency and category.
CREATE TABLE ict_asset_inventory_reports (
  report_id       {{ID}},
  region_id       TEXT NOT NULL REFERENCES regions (region_id),
  year            INTEGER NOT NULL,
  state           TEXT NOT NULL CHECK (state IN ('draft', 'sent')),
  made_on         TEXT NOT NULL,
  recipient       TEXT NOT NULL DEFAULT '',
  sent_on         TEXT,
  total_count     {{BIGINT}} NOT NULL,
  total_value     {{BIGINT}} NOT NULL,
  rows_json       TEXT NOT NULL,   -- JSON: [{agency_id, agency_name, category, kind, planning, …, count, value}]
  missing_json    TEXT NOT NULL,   -- JSON: [{asset_id, code, name, owner_agency_name}]
  missing_count   {{BIGINT}} NOT NULL,
  version         INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  UNIQUE (region_id, year)
);
