-- Uploaded files (application documents, LAN diagrams, signed agreements, evidence),
-- stored by content: the bytes live once in the files folder under their SHA-256, and
-- this table says which region holds them, under what name and type. The same bytes
-- uploaded twice are one row and one copy.

CREATE TABLE files (
  file_id      {{ID}},
  region_id    TEXT NOT NULL REFERENCES regions (region_id),
  sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
  name         TEXT NOT NULL,
  media_type   TEXT NOT NULL,
  size_bytes   {{BIGINT}} NOT NULL CHECK (size_bytes > 0),
  uploaded_by  TEXT NOT NULL,
  uploaded_at  TEXT NOT NULL,
  UNIQUE (region_id, sha256)
);
