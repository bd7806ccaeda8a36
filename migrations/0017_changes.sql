-- Change management (Manajemen Perubahan SPBE): requests for change through planning, analysis,
-- approval, development, implementation, monitoring and evaluation (Madiun Pasal 38 ayat (2),
-- Batam Pasal 39 ayat (2), Kendari Pasal 32 ayat (2), OKI Pasal 38 ayat (2), Probolinggo Pasal 35),
-- approved by the ICT office or the GCIO where the region's regulation names one (Batam Pasal 46
-- ayat (3)).

-- Readable numbers ("RFC-2026-0001") are counted per region and year in the same transaction as
-- the request, so two requests never share one and none is skipped.
CREATE TABLE change_counters (
  region_id   TEXT NOT NULL REFERENCES regions (region_id),
  year        INTEGER NOT NULL,
  last_number INTEGER NOT NULL,
  PRIMARY KEY (region_id, year)
);

CREATE TABLE change_requests (
  change_id        {{ID}},
  region_id        TEXT NOT NULL REFERENCES regions (region_id),
  number           TEXT NOT NULL,
  title            TEXT NOT NULL,
  description      TEXT NOT NULL DEFAULT '',
  reason           TEXT NOT NULL,
  agency_id        {{BIGINT}} NOT NULL REFERENCES agencies (agency_id),
  target_kind      TEXT NOT NULL CHECK (target_kind IN ('application', 'host', 'network', 'service_connector',
                                                         'service_integration', 'data_center', 'other')),
  target_label     TEXT NOT NULL DEFAULT '',
  links            TEXT NOT NULL DEFAULT '[]',  -- JSON: [{"kind","id","label"}]; kinds application, host, ticket, risk, asset
  link_keys        TEXT NOT NULL DEFAULT ' ',   -- " application:12 host:4 ": the links for filters and conflicts
  change_type      TEXT NOT NULL CHECK (change_type IN ('standard', 'normal', 'emergency')),
  risk_level       TEXT NOT NULL CHECK (risk_level IN ('low', 'medium', 'high')),
  risk_notes       TEXT NOT NULL DEFAULT '',
  impact           TEXT NOT NULL DEFAULT '',
  rollback_plan    TEXT NOT NULL DEFAULT '',
  implementer      TEXT NOT NULL DEFAULT '',
  planned_start    TEXT NOT NULL,               -- RFC 3339 UTC
  planned_end      TEXT NOT NULL,
  window_start     TEXT NOT NULL,               -- the planned window widened to implemented_at: the calendar's
  window_end       TEXT NOT NULL,
  stage            TEXT NOT NULL CHECK (stage IN ('planning', 'analysis', 'awaiting_approval', 'approved', 'development',
                                                   'implementation', 'monitoring', 'evaluated', 'refused', 'cancelled',
                                                   'rolled_back')),
  approver         TEXT NOT NULL CHECK (approver IN ('ict_office', 'gcio')),  -- as decided when last asked for
  decision         TEXT CHECK (decision IN ('approved', 'refused')),
  decided_by       {{BIGINT}},                  -- user id
  decided_by_name  TEXT,
  decided_at       TEXT,
  decision_note    TEXT,
  implemented_at   TEXT,
  result           TEXT CHECK (result IN ('success', 'partial', 'failed')),
  lessons          TEXT NOT NULL DEFAULT '',
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  UNIQUE (region_id, number)
);
-- The change calendar reads a year of the region from this index alone (it must answer within
-- 20 ms): the window first, then every column the calendar shows.
CREATE INDEX change_requests_calendar ON change_requests (region_id, window_start, change_id, window_end, stage,
                                                          decision, agency_id, target_kind, risk_level, change_type,
                                                          number, title, target_label, link_keys);
CREATE INDEX change_requests_by_agency ON change_requests (agency_id, change_id);
CREATE INDEX change_requests_by_stage ON change_requests (region_id, stage, change_id);

-- Every step taken, with its note: the record of the process the regulation asks for.
CREATE TABLE change_steps (
  step_id    {{ID}},
  region_id  TEXT NOT NULL REFERENCES regions (region_id),
  change_id  {{BIGINT}} NOT NULL REFERENCES change_requests (change_id),
  action     TEXT NOT NULL,
  from_stage TEXT NOT NULL,
  to_stage   TEXT NOT NULL,
  note       TEXT NOT NULL DEFAULT '',
  by_user_id {{BIGINT}},
  by_name    TEXT NOT NULL,
  at         TEXT NOT NULL
);
CREATE INDEX change_steps_by_change ON change_steps (change_id, step_id);
