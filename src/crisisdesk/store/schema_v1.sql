-- CrisisDesk store, schema version 1.
-- One row per article; one per event; one per actor of an event (role 'actor' or
-- 'recipient'); one per evidence sentence of an event. Place and date live flat on events so
-- that filters need no join. See docs/store.md.

CREATE TABLE articles (
    id            VARCHAR PRIMARY KEY,   -- content hash, Article.id
    url           VARCHAR,
    outlet        VARCHAR,
    title         VARCHAR,
    published     DATE,
    language      VARCHAR NOT NULL,
    body          VARCHAR NOT NULL,
    headings      JSON,                  -- list of Span objects
    source_path   VARCHAR,
    ingested_at   TIMESTAMP              -- UTC
);

CREATE TABLE events (
    id                   VARCHAR PRIMARY KEY,
    article_id           VARCHAR NOT NULL,
    position             INTEGER NOT NULL,  -- order of the event within its article
    type                 VARCHAR NOT NULL,
    mode                 VARCHAR,
    contexts             VARCHAR[],
    place_name           VARCHAR,           -- NULL: the event has no place
    geonames_id          BIGINT,
    country              VARCHAR,           -- ISO 3166-1 alpha-3 of the place
    admin1               VARCHAR,           -- ISO 3166-2
    admin1_name          VARCHAR,
    lat                  DOUBLE,
    lon                  DOUBLE,
    geo_precision        VARCHAR,           -- PlacePrecision value
    date_start           DATE,
    date_end             DATE,
    date_precision       VARCHAR,
    status               VARCHAR NOT NULL,
    dead                 INTEGER,
    dead_high            INTEGER,
    injured              INTEGER,
    abducted             INTEGER,
    arrested             INTEGER,
    troops               INTEGER,
    cameo                VARCHAR,
    acled_event_type     VARCHAR,
    acled_sub_event_type VARCHAR,
    confidence           DOUBLE NOT NULL
);

CREATE TABLE event_actors (
    event_id  VARCHAR NOT NULL,
    role      VARCHAR NOT NULL,   -- 'actor' or 'recipient'
    position  INTEGER NOT NULL,   -- order within the role
    actor_id  VARCHAR NOT NULL,
    name      VARCHAR NOT NULL,
    aliases   VARCHAR[],
    qid       VARCHAR,
    country   VARCHAR,
    sector    VARCHAR,
    kind      VARCHAR NOT NULL,
    mention   VARCHAR,
    PRIMARY KEY (event_id, role, position)
);

CREATE TABLE evidence (
    event_id        VARCHAR NOT NULL,
    position        INTEGER NOT NULL,
    article_id      VARCHAR NOT NULL,
    sentence        VARCHAR NOT NULL,
    sentence_start  INTEGER NOT NULL,
    sentence_end    INTEGER NOT NULL,
    spans           JSON,          -- list of Span objects
    PRIMARY KEY (event_id, position)
);

-- What the event filters and the per-event look-ups use.
CREATE INDEX events_article_idx ON events (article_id);
CREATE INDEX events_type_idx ON events (type);
CREATE INDEX events_country_idx ON events (country);
CREATE INDEX events_date_idx ON events (date_start);
CREATE INDEX event_actors_event_idx ON event_actors (event_id);
CREATE INDEX evidence_event_idx ON evidence (event_id);
