-- eventwire store, schema version 1. Portable SQL: runs on DuckDB and PostgreSQL.
-- Lists and nested values are JSON text so both backends read them the same way.

CREATE TABLE articles (
    article_id      TEXT PRIMARY KEY,
    source_path     TEXT,
    source_index    INTEGER,
    outlet          TEXT,
    title           TEXT,
    byline          TEXT,          -- JSON list of names
    dateline        TEXT,
    caption         TEXT,
    published       DATE,
    published_basis TEXT NOT NULL,
    url             TEXT,
    language        TEXT,
    text            TEXT NOT NULL,
    ingested_at     TIMESTAMP NOT NULL,
    extracted_with  TEXT           -- extractor version that produced this article's mentions
);

-- One row per sentence-level event mention; the unit that fusion groups into events.
CREATE TABLE mentions (
    mention_id      TEXT PRIMARY KEY,
    article_id      TEXT NOT NULL,
    event_id        TEXT,
    sentence_start  INTEGER NOT NULL,
    sentence_end    INTEGER NOT NULL,
    sentence        TEXT NOT NULL,
    outlet          TEXT,
    event_type      TEXT NOT NULL,
    event_date      DATE,
    record          TEXT NOT NULL  -- JSON: the full mention-level event with spans and rule
);
CREATE INDEX mentions_article ON mentions (article_id);
CREATE INDEX mentions_event ON mentions (event_id);

CREATE TABLE events (
    event_id             TEXT PRIMARY KEY,
    event_type           TEXT NOT NULL,
    mode                 TEXT,
    context              TEXT,     -- JSON list
    cameo_root           TEXT,
    acled_event_type     TEXT,
    acled_sub_event_type TEXT,
    quad_class           INTEGER,
    actor1_text TEXT, actor1_name TEXT, actor1_country TEXT, actor1_sector TEXT, actor1_code TEXT,
    actor2_text TEXT, actor2_name TEXT, actor2_country TEXT, actor2_sector TEXT, actor2_code TEXT,
    location_text        TEXT,
    location_name        TEXT,
    geonames_id          BIGINT,
    location_country     TEXT,
    admin1               TEXT,
    lat                  FLOAT8,
    lon                  FLOAT8,
    location_precision   TEXT,
    date                 DATE,
    date_precision       TEXT,
    date_text            TEXT,
    fatalities           INTEGER,
    injured              INTEGER,
    casualties_text      TEXT,
    figures_disagreement TEXT,     -- JSON: the other figures reported, when sources disagree
    summary_of           TEXT,     -- JSON: ids of the incidents a summary mention adds up
    status               TEXT NOT NULL,
    attribution          TEXT,
    confidence           FLOAT8,
    n_mentions           INTEGER NOT NULL,
    n_articles           INTEGER NOT NULL,
    n_sources            INTEGER NOT NULL,
    updated_at           TIMESTAMP NOT NULL
);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_type ON events (event_type);

CREATE TABLE actors (
    code    TEXT PRIMARY KEY,
    name    TEXT,
    country TEXT,
    sector  TEXT
);

CREATE TABLE places (
    place_key   TEXT PRIMARY KEY,  -- geonames id, or name|country for curated places
    geonames_id BIGINT,
    name        TEXT,
    country     TEXT,
    admin1      TEXT,
    lat         FLOAT8,
    lon         FLOAT8,
    precision   TEXT
);
