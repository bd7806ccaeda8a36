-- Identity, sessions, API tokens and the tamper-evident audit log (issue 3).

-- Perangkat Daerah. Only what identity needs; the organisation model extends it.
CREATE TABLE agencies (
  agency_id  {{ID}},
  region_id  TEXT NOT NULL REFERENCES regions (region_id),
  name       TEXT NOT NULL,
  short_name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (region_id, short_name)
);

CREATE TABLE users (
  user_id              {{ID}},
  region_id            TEXT NOT NULL REFERENCES regions (region_id),
  username             TEXT NOT NULL,
  display_name         TEXT NOT NULL,
  role                 TEXT NOT NULL CHECK (role IN ('superadmin', 'agency_operator', 'leadership', 'auditor', 'citizen')),
  agency_id            {{BIGINT}} REFERENCES agencies (agency_id),
  password_hash        TEXT NOT NULL,
  must_change_password INTEGER NOT NULL DEFAULT 0,
  failed_logins        INTEGER NOT NULL DEFAULT 0,
  locked               INTEGER NOT NULL DEFAULT 0,
  locked_until         TEXT,
  version              INTEGER NOT NULL DEFAULT 1,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  UNIQUE (region_id, username),
  CHECK (role <> 'agency_operator' OR agency_id IS NOT NULL)
);

CREATE TABLE sessions (
  session_id   {{ID}},
  region_id    TEXT NOT NULL REFERENCES regions (region_id),
  user_id      {{BIGINT}} NOT NULL REFERENCES users (user_id),
  token_hash   TEXT NOT NULL UNIQUE,
  csrf_token   TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at   TEXT NOT NULL,
  client       TEXT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

CREATE TABLE api_tokens (
  token_id     {{ID}},
  region_id    TEXT NOT NULL REFERENCES regions (region_id),
  user_id      {{BIGINT}} NOT NULL REFERENCES users (user_id),
  name         TEXT NOT NULL,
  token_hash   TEXT NOT NULL UNIQUE,
  scopes       TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  expires_at   TEXT NOT NULL,
  last_used_at TEXT,
  revoked_at   TEXT
);
CREATE INDEX api_tokens_by_user ON api_tokens (user_id);

-- One hash chain per region. hash = SHA-256 over the canonical encoding of the
-- entry, which includes prev_hash; see src/audit/chain.h.
CREATE TABLE audit_log (
  region_id      TEXT NOT NULL REFERENCES regions (region_id),
  seq            {{BIGINT}} NOT NULL,
  at             TEXT NOT NULL,
  actor_id       {{BIGINT}},
  actor_username TEXT,
  actor_role     TEXT,
  action         TEXT NOT NULL,
  entity_type    TEXT NOT NULL,
  entity_id      TEXT NOT NULL,
  changes        TEXT NOT NULL,
  request_id     TEXT NOT NULL,
  client         TEXT NOT NULL,
  prev_hash      TEXT NOT NULL,
  hash           TEXT NOT NULL,
  PRIMARY KEY (region_id, seq)
);
CREATE INDEX audit_log_by_entity ON audit_log (region_id, entity_type, entity_id);
CREATE INDEX audit_log_by_actor ON audit_log (region_id, actor_username);

-- The newest entry of each region's chain; appends update it under a row lock.
CREATE TABLE audit_chain_heads (
  region_id TEXT PRIMARY KEY REFERENCES regions (region_id),
  last_seq  {{BIGINT}} NOT NULL,
  last_hash TEXT NOT NULL
);

-- Chain heads signed with the instance key (Ed25519), kept outside the database.
CREATE TABLE audit_signatures (
  region_id  TEXT NOT NULL REFERENCES regions (region_id),
  seq        {{BIGINT}} NOT NULL,
  hash       TEXT NOT NULL,
  signature  TEXT NOT NULL,
  key_id     TEXT NOT NULL,
  signed_at  TEXT NOT NULL,
  PRIMARY KEY (region_id, seq)
);
