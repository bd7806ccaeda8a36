-- The data catalog (Data dan Informasi): each agency's datasets with their walidata,
-- classification and DCAT-like metadata (Madiun Pasal 10-11, OKI Pasal 10-11, Kendari
-- Pasal 16, Batam Pasal 11-13, Probolinggo Pasal 14-15), and the data-sharing agreements
-- between agencies (bagi pakai data: Madiun Pasal 10 ayat (4)).

CREATE TABLE datasets (
  dataset_id          {{ID}},
  region_id           TEXT NOT NULL REFERENCES regions (region_id),
  owner_agency_id     {{BIGINT}} NOT NULL REFERENCES agencies (agency_id),
  code                TEXT NOT NULL,
  title               TEXT NOT NULL,
  description         TEXT NOT NULL DEFAULT '',
  data_steward_id     {{BIGINT}} REFERENCES people (person_id),  -- walidata
  classification      TEXT NOT NULL CHECK (classification IN ('public', 'internal', 'restricted', 'secret')),
  update_frequency    TEXT NOT NULL CHECK (update_frequency IN ('daily', 'weekly', 'monthly', 'quarterly', 'semiannual',
                                                                'yearly', 'irregular')),
  last_updated        TEXT,  -- YYYY-MM-DD
  formats             TEXT NOT NULL DEFAULT '[]',  -- JSON: ["CSV", "XLSX"]
  keywords            TEXT NOT NULL DEFAULT '[]',  -- JSON: ["kependudukan"]
  theme               TEXT NOT NULL DEFAULT '',
  temporal_coverage   TEXT NOT NULL DEFAULT '',
  spatial_coverage    TEXT NOT NULL DEFAULT '',
  licence             TEXT NOT NULL DEFAULT '',
  landing_page        TEXT NOT NULL DEFAULT '',
  access_url          TEXT NOT NULL DEFAULT '',
  contact_name        TEXT NOT NULL DEFAULT '',
  contact_email       TEXT NOT NULL DEFAULT '',
  issued              TEXT,  -- YYYY-MM-DD
  master_data         INTEGER NOT NULL DEFAULT 0,
  reference_data      INTEGER NOT NULL DEFAULT 0,
  data_key            TEXT NOT NULL DEFAULT 'none' CHECK (data_key IN ('nik', 'nip', 'other', 'none')),
  status              TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
  version             INTEGER NOT NULL DEFAULT 1,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  UNIQUE (region_id, code)
);
CREATE INDEX datasets_by_agency ON datasets (owner_agency_id, code);
CREATE INDEX datasets_by_classification ON datasets (region_id, classification);

CREATE TABLE data_sharing_agreements (
  agreement_id              {{ID}},
  region_id                 TEXT NOT NULL REFERENCES regions (region_id),
  provider_agency_id        {{BIGINT}} NOT NULL REFERENCES agencies (agency_id),
  consumer_agency_id        {{BIGINT}} NOT NULL REFERENCES agencies (agency_id),
  title                     TEXT NOT NULL,
  purpose                   TEXT NOT NULL,
  scope                     TEXT NOT NULL DEFAULT '',
  access_mode               TEXT NOT NULL CHECK (access_mode IN ('read_only', 'api', 'file_transfer', 'database_link')),
  interoperability_standard TEXT NOT NULL DEFAULT '',
  document_number           TEXT NOT NULL DEFAULT '',
  document_sha256           TEXT,
  valid_from                TEXT NOT NULL,  -- YYYY-MM-DD
  expires_on                TEXT NOT NULL,  -- YYYY-MM-DD, the last day it grants access
  status                    TEXT NOT NULL CHECK (status IN ('draft', 'active', 'ended')),
  activated_by              TEXT,
  activated_at              TEXT,
  ended_by                  TEXT,
  ended_at                  TEXT,
  end_reason                TEXT,
  version                   INTEGER NOT NULL DEFAULT 1,
  created_at                TEXT NOT NULL,
  updated_at                TEXT NOT NULL,
  CHECK (provider_agency_id <> consumer_agency_id),
  CHECK (valid_from <= expires_on)
);
CREATE INDEX data_sharing_agreements_by_consumer ON data_sharing_agreements (consumer_agency_id, status);
CREATE INDEX data_sharing_agreements_by_provider ON data_sharing_agreements (provider_agency_id);

-- The datasets an agreement covers (all of the provider's).
CREATE TABLE data_sharing_agreement_datasets (
  agreement_id {{BIGINT}} NOT NULL REFERENCES data_sharing_agreements (agreement_id),
  dataset_id   {{BIGINT}} NOT NULL REFERENCES datasets (dataset_id),
  region_id    TEXT NOT NULL REFERENCES regions (region_id),
  PRIMARY KEY (agreement_id, dataset_id)
);
CREATE INDEX data_sharing_agreement_datasets_by_dataset ON data_sharing_agreement_datasets (dataset_id);
