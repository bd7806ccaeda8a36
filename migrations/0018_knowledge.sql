-- Manajemen Pengetahuan (Madiun Pasal 37, Batam Pasal 38, Kendari Pasal 31, OKI Pasal 37,
-- Probolinggo Pasal 34): the region's knowledge base. Articles pass through the processes of
-- Madiun Pasal 37 ayat (2): pengumpulan (collected), pengolahan (processed), penyimpanan
-- (published: in the base), penggunaan (views, uses on tickets, ratings) and alih pengetahuan
-- dan teknologi (transfer sessions and handovers).

-- The region's review period: a published article is due for review this many months after
-- publishing or its last review. No row: 12 months.
CREATE TABLE knowledge_settings (
  region_id     TEXT PRIMARY KEY REFERENCES regions (region_id),
  review_months INTEGER NOT NULL CHECK (review_months BETWEEN 1 AND 60),
  version       INTEGER NOT NULL DEFAULT 1,
  updated_at    TEXT NOT NULL
);

-- Usage counters (views, uses, ratings) are kept on the article so the search and the
-- suggestions read them in their one query; uses and ratings are recounted from their own
-- tables in the transaction that changes them.
CREATE TABLE knowledge_articles (
  article_id       {{ID}},
  region_id        TEXT NOT NULL REFERENCES regions (region_id),
  agency_id        {{BIGINT}} NOT NULL REFERENCES agencies (agency_id),  -- the owner agency
  owner_user_id    {{BIGINT}} REFERENCES users (user_id),
  kind             TEXT NOT NULL CHECK (kind IN ('how_to', 'known_error', 'faq', 'lesson_learned', 'technology_transfer')),
  title            TEXT NOT NULL,
  summary          TEXT NOT NULL,
  body             TEXT NOT NULL,
  symptom          TEXT,  -- known errors: what the user sees
  cause            TEXT,
  workaround       TEXT,
  keywords         TEXT NOT NULL DEFAULT '[]',  -- JSON array of words
  status           TEXT NOT NULL CHECK (status IN ('collected', 'processed', 'published', 'archived')),
  revision         INTEGER NOT NULL DEFAULT 0,  -- how many times it was published
  published_at     TEXT,
  review_due_on    TEXT,  -- YYYY-MM-DD
  last_reviewed_at TEXT,
  view_count       {{BIGINT}} NOT NULL DEFAULT 0,
  use_count        INTEGER NOT NULL DEFAULT 0,
  rating_sum       INTEGER NOT NULL DEFAULT 0,
  rating_count     INTEGER NOT NULL DEFAULT 0,
  created_by       {{BIGINT}} REFERENCES users (user_id),
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
CREATE INDEX knowledge_articles_by_status ON knowledge_articles (region_id, status, updated_at);
CREATE INDEX knowledge_articles_by_agency ON knowledge_articles (region_id, agency_id, updated_at);
CREATE INDEX knowledge_articles_review ON knowledge_articles (region_id, status, review_due_on);

-- What was published each time (the base keeps every published version).
CREATE TABLE knowledge_revisions (
  revision_id  {{ID}},
  region_id    TEXT NOT NULL REFERENCES regions (region_id),
  article_id   {{BIGINT}} NOT NULL REFERENCES knowledge_articles (article_id),
  revision     INTEGER NOT NULL,
  kind         TEXT NOT NULL,
  title        TEXT NOT NULL,
  summary      TEXT NOT NULL,
  body         TEXT NOT NULL,
  symptom      TEXT,
  cause        TEXT,
  workaround   TEXT,
  keywords     TEXT NOT NULL,
  published_by {{BIGINT}} REFERENCES users (user_id),
  published_at TEXT NOT NULL,
  UNIQUE (article_id, revision)
);

-- The steps an article went through, with the note given.
CREATE TABLE knowledge_events (
  event_id      {{ID}},
  region_id     TEXT NOT NULL REFERENCES regions (region_id),
  article_id    {{BIGINT}} NOT NULL REFERENCES knowledge_articles (article_id),
  at            TEXT NOT NULL,
  actor_user_id {{BIGINT}} REFERENCES users (user_id),
  action        TEXT NOT NULL,
  from_status   TEXT,
  to_status     TEXT,
  note          TEXT
);
CREATE INDEX knowledge_events_by_article ON knowledge_events (article_id, event_id);

-- One rating per user and article; a second one replaces the first.
CREATE TABLE knowledge_ratings (
  region_id  TEXT NOT NULL REFERENCES regions (region_id),
  article_id {{BIGINT}} NOT NULL REFERENCES knowledge_articles (article_id),
  user_id    {{BIGINT}} NOT NULL REFERENCES users (user_id),
  stars      INTEGER NOT NULL CHECK (stars BETWEEN 1 AND 5),
  comment    TEXT,
  rated_at   TEXT NOT NULL,
  PRIMARY KEY (article_id, user_id)
);

-- Links from tickets and applications; `used`: a Tier 1 operator applied the article to the ticket.
CREATE TABLE knowledge_links (
  link_id        {{ID}},
  region_id      TEXT NOT NULL REFERENCES regions (region_id),
  article_id     {{BIGINT}} NOT NULL REFERENCES knowledge_articles (article_id),
  kind           TEXT NOT NULL CHECK (kind IN ('ticket', 'application')),
  ticket_id      {{BIGINT}} REFERENCES tickets (ticket_id),
  application_id {{BIGINT}} REFERENCES applications (application_id),
  used           INTEGER NOT NULL DEFAULT 0,
  created_by     {{BIGINT}} REFERENCES users (user_id),
  created_at     TEXT NOT NULL,
  CHECK ((kind = 'ticket' AND ticket_id IS NOT NULL AND application_id IS NULL) OR
         (kind = 'application' AND application_id IS NOT NULL AND ticket_id IS NULL)),
  UNIQUE (article_id, ticket_id),
  UNIQUE (article_id, application_id)
);
CREATE INDEX knowledge_links_by_ticket ON knowledge_links (ticket_id);
CREATE INDEX knowledge_links_by_application ON knowledge_links (application_id, article_id);

-- Alih pengetahuan dan teknologi: a session or a handover held on an article.
CREATE TABLE knowledge_transfers (
  transfer_id  {{ID}},
  region_id    TEXT NOT NULL REFERENCES regions (region_id),
  article_id   {{BIGINT}} NOT NULL REFERENCES knowledge_articles (article_id),
  kind         TEXT NOT NULL CHECK (kind IN ('session', 'handover')),
  held_on      TEXT NOT NULL,  -- YYYY-MM-DD
  title        TEXT NOT NULL,
  audience     TEXT NOT NULL,
  agency_ids   TEXT NOT NULL DEFAULT '[]',  -- JSON: the agencies that took part
  participants INTEGER NOT NULL CHECK (participants >= 0),
  file_sha256  TEXT,
  notes        TEXT,
  created_by   {{BIGINT}} REFERENCES users (user_id),
  created_at   TEXT NOT NULL
);
CREATE INDEX knowledge_transfers_by_article ON knowledge_transfers (article_id, held_on);

-- Full-text search: title, keywords and the rest (summary, body, symptom, cause, workaround),
-- weighted in that order (src/db/full_text.h).
{{SQLITE}}
CREATE VIRTUAL TABLE knowledge_search USING fts5 (
  region_id UNINDEXED,
  title,
  keywords,
  body,
  tokenize = 'unicode61 remove_diacritics 2'
);  -- rowid = article_id
{{END}}
{{POSTGRESQL}}
CREATE TABLE knowledge_search (
  article_id BIGINT PRIMARY KEY REFERENCES knowledge_articles (article_id),
  region_id  TEXT NOT NULL REFERENCES regions (region_id),
  document   TSVECTOR NOT NULL
);
CREATE INDEX knowledge_search_document ON knowledge_search USING GIN (document);
{{END}}
