-- Service desk and public complaints (Manajemen Layanan SPBE): tickets of the five kinds
-- (Madiun Pasal 39 ayat (3): keluhan, gangguan, masalah, permintaan, perubahan), handled at the
-- owning agency's Service Desk Tier 1 and escalated to Tier 2 at the ICT office (Madiun Pasal 39
-- ayat (7)-(11), Batam Pasal 40, OKI Pasal 39, Kendari Pasal 33, Probolinggo Pasal 27); the
-- public complaint channel (Kendari Pasal 21 ayat (6), Madiun Pasal 23 ayat (4) huruf h); the
-- region's business hours and holidays for the SLA clock; the notification outbox.

-- Business hours of the region's service desk, one row per region. JSON object by weekday:
-- {"mon":[["07:30","16:00"]], … ,"sat":[],"sun":[]} in the region's local time.
CREATE TABLE service_desk_calendars (
  region_id      TEXT PRIMARY KEY REFERENCES regions (region_id),
  business_hours TEXT NOT NULL,
  version        INTEGER NOT NULL DEFAULT 1,
  updated_at     TEXT NOT NULL
);

-- Public holidays and collective leave (libur nasional, cuti bersama) of the region's calendar.
CREATE TABLE public_holidays (
  holiday_id {{ID}},
  region_id  TEXT NOT NULL REFERENCES regions (region_id),
  day        TEXT NOT NULL,  -- YYYY-MM-DD, local date
  name       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (region_id, day)
);

-- Response and resolution targets in business minutes, per kind and priority.
CREATE TABLE sla_targets (
  sla_target_id      {{ID}},
  region_id          TEXT NOT NULL REFERENCES regions (region_id),
  kind               TEXT NOT NULL CHECK (kind IN ('complaint', 'incident', 'problem', 'request', 'change')),
  priority           TEXT NOT NULL CHECK (priority IN ('low', 'medium', 'high', 'critical')),
  response_minutes   INTEGER NOT NULL CHECK (response_minutes > 0),
  resolution_minutes INTEGER NOT NULL CHECK (resolution_minutes > 0),
  version            INTEGER NOT NULL DEFAULT 1,
  updated_at         TEXT NOT NULL,
  UNIQUE (region_id, kind, priority)
);

-- Readable ticket numbers ("LYN-2026-000123") are counted per region and year in the same
-- transaction as the ticket, so two tickets never share one and none is skipped.
CREATE TABLE ticket_counters (
  region_id   TEXT NOT NULL REFERENCES regions (region_id),
  year        INTEGER NOT NULL,
  last_number INTEGER NOT NULL,
  PRIMARY KEY (region_id, year)
);

CREATE TABLE tickets (
  ticket_id          {{ID}},
  region_id          TEXT NOT NULL REFERENCES regions (region_id),
  number             TEXT NOT NULL,
  kind               TEXT NOT NULL CHECK (kind IN ('complaint', 'incident', 'problem', 'request', 'change')),
  channel            TEXT NOT NULL CHECK (channel IN ('public_portal', 'staff', 'phone', 'email', 'counter', 'api')),
  title              TEXT NOT NULL,
  description        TEXT NOT NULL,
  agency_id          {{BIGINT}} NOT NULL REFERENCES agencies (agency_id),  -- its Tier 1
  service_id         {{BIGINT}} REFERENCES services (service_id),
  application_id     {{BIGINT}} REFERENCES applications (application_id),
  priority           TEXT NOT NULL CHECK (priority IN ('low', 'medium', 'high', 'critical')),
  status             TEXT NOT NULL CHECK (status IN ('new', 'in_progress', 'waiting_reporter', 'resolved', 'closed')),
  tier               TEXT NOT NULL CHECK (tier IN ('tier1', 'tier2')),
  escalated          INTEGER NOT NULL DEFAULT 0,  -- ever sent to Tier 2
  assignee_user_id   {{BIGINT}} REFERENCES users (user_id),
  reporter_user_id   {{BIGINT}} REFERENCES users (user_id),
  -- Personal data of the reporter: shown only to those handling the ticket.
  reporter_name      TEXT,
  reporter_email     TEXT,
  reporter_phone     TEXT,
  -- Public complaints: SHA-256 of the tracking code; the code itself is shown once to the citizen.
  tracking_code_hash TEXT UNIQUE,
  opened_at          TEXT NOT NULL,
  first_response_at  TEXT,
  resolved_at        TEXT,
  closed_at          TEXT,
  -- SLA: due instants from the business-hours clock; a pause for the reporter moves them.
  response_due_at    TEXT NOT NULL,
  resolution_due_at  TEXT NOT NULL,
  paused_since       TEXT,
  paused_minutes     INTEGER NOT NULL DEFAULT 0,  -- business minutes spent waiting for the reporter
  version            INTEGER NOT NULL DEFAULT 1,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  UNIQUE (region_id, number)
);
CREATE INDEX tickets_queue ON tickets (region_id, tier, status, resolution_due_at);
CREATE INDEX tickets_by_agency ON tickets (region_id, agency_id, status, resolution_due_at);
CREATE INDEX tickets_by_opening ON tickets (region_id, opened_at);
-- Reports of one agency over a range of months (an operator's reports, an agency's periodic report).
CREATE INDEX tickets_by_agency_opening ON tickets (region_id, agency_id, opened_at);
CREATE INDEX tickets_by_service ON tickets (region_id, service_id);
-- The queue sorted by time left (resolution due time, tickets paused for the reporter last),
-- read in index order so a page costs the same with a million tickets: the open tickets of the
-- region, of one agency (Tier 1) and of one tier (small partial indexes: only open tickets), and
-- every ticket of the region. The list query names the open statuses literally to use them, and
-- spells "paused" differently for open tickets (the same 0/1), so the planner never walks the
-- index of every ticket past the closed ones for the open queue.
CREATE INDEX tickets_open_by_time_left ON tickets (region_id, (CASE WHEN paused_since IS NOT NULL THEN 1 ELSE 0 END), resolution_due_at, ticket_id)
  WHERE status IN ('new', 'in_progress', 'waiting_reporter');
CREATE INDEX tickets_open_by_agency ON tickets (region_id, agency_id, (CASE WHEN paused_since IS NOT NULL THEN 1 ELSE 0 END), resolution_due_at, ticket_id)
  WHERE status IN ('new', 'in_progress', 'waiting_reporter');
CREATE INDEX tickets_open_by_tier ON tickets (region_id, tier, (CASE WHEN paused_since IS NOT NULL THEN 1 ELSE 0 END), resolution_due_at, ticket_id)
  WHERE status IN ('new', 'in_progress', 'waiting_reporter');
CREATE INDEX tickets_by_time_left ON tickets (region_id, (CASE WHEN paused_since IS NULL THEN 0 ELSE 1 END), resolution_due_at, ticket_id);

-- Every step of a ticket: opening, assignment, escalation with its reason, hand-back, pauses,
-- resolution, closing, reopening, priority changes. The status history.
CREATE TABLE ticket_events (
  event_id      {{ID}},
  region_id     TEXT NOT NULL REFERENCES regions (region_id),
  ticket_id     {{BIGINT}} NOT NULL REFERENCES tickets (ticket_id),
  at            TEXT NOT NULL,
  actor_user_id {{BIGINT}} REFERENCES users (user_id),  -- NULL: the citizen or the system
  action        TEXT NOT NULL,
  from_status   TEXT,
  to_status     TEXT,
  from_tier     TEXT,
  to_tier       TEXT,
  reason        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ticket_events_by_ticket ON ticket_events (ticket_id, event_id);

CREATE TABLE ticket_comments (
  comment_id     {{ID}},
  region_id      TEXT NOT NULL REFERENCES regions (region_id),
  ticket_id      {{BIGINT}} NOT NULL REFERENCES tickets (ticket_id),
  author_user_id {{BIGINT}} REFERENCES users (user_id),  -- NULL: the citizen reporter
  visibility     TEXT NOT NULL CHECK (visibility IN ('public', 'internal')),
  body           TEXT NOT NULL,
  created_at     TEXT NOT NULL
);
CREATE INDEX ticket_comments_by_ticket ON ticket_comments (ticket_id, comment_id);

CREATE TABLE ticket_attachments (
  attachment_id {{ID}},
  region_id     TEXT NOT NULL REFERENCES regions (region_id),
  ticket_id     {{BIGINT}} NOT NULL REFERENCES tickets (ticket_id),
  file_sha256   TEXT NOT NULL,
  added_by      {{BIGINT}} REFERENCES users (user_id),
  added_at      TEXT NOT NULL,
  UNIQUE (ticket_id, file_sha256)
);

CREATE TABLE ticket_links (
  link_id         {{ID}},
  region_id       TEXT NOT NULL REFERENCES regions (region_id),
  ticket_id       {{BIGINT}} NOT NULL REFERENCES tickets (ticket_id),
  other_ticket_id {{BIGINT}} NOT NULL REFERENCES tickets (ticket_id),
  kind            TEXT NOT NULL CHECK (kind IN ('relates_to', 'duplicate_of', 'caused_by')),
  created_by      {{BIGINT}} REFERENCES users (user_id),
  created_at      TEXT NOT NULL,
  UNIQUE (ticket_id, other_ticket_id),
  CHECK (ticket_id <> other_ticket_id)
);
CREATE INDEX ticket_links_by_other ON ticket_links (other_ticket_id);

-- Full-text search over number, title, description and comments of a ticket.
{{SQLITE}}
CREATE VIRTUAL TABLE ticket_search USING fts5 (
  region_id UNINDEXED,
  document,
  tokenize = 'unicode61 remove_diacritics 2'
);  -- rowid = ticket_id
{{END}}
{{POSTGRESQL}}
CREATE TABLE ticket_search (
  ticket_id BIGINT PRIMARY KEY REFERENCES tickets (ticket_id),
  region_id TEXT NOT NULL REFERENCES regions (region_id),
  document  TSVECTOR NOT NULL
);
CREATE INDEX ticket_search_document ON ticket_search USING GIN (document);
{{END}}

-- Notifications waiting to be sent. Written in the same transaction as the change they tell of;
-- a sender claims a row for a while, sends, then marks it sent, so a lost send is retried and
-- the unique key keeps one event from being queued twice.
CREATE TABLE notification_outbox (
  notification_id {{ID}},
  region_id       TEXT NOT NULL REFERENCES regions (region_id),
  dedupe_key      TEXT NOT NULL,
  channel         TEXT NOT NULL CHECK (channel IN ('email')),
  recipient       TEXT NOT NULL,
  subject         TEXT NOT NULL,
  body            TEXT NOT NULL,
  ticket_id       {{BIGINT}} REFERENCES tickets (ticket_id),
  status          TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  claimed_until   TEXT,
  sent_at         TEXT,
  last_error      TEXT,
  created_at      TEXT NOT NULL,
  UNIQUE (region_id, dedupe_key)
);
CREATE INDEX notification_outbox_due ON notification_outbox (status, next_attempt_at);
