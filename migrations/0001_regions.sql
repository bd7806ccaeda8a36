-- The tenant table. Every other table carries region_id referencing it, so a
-- national deployment can shard all data by region.
CREATE TABLE regions (
  region_id  TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('kota', 'kabupaten')),
  time_zone  TEXT NOT NULL,
  domain     TEXT NOT NULL,
  profile    TEXT NOT NULL,
  version    INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
