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

-- Stories and near-duplicates (docs/stories.md). An article belongs to exactly one story; a
-- near-duplicate (wire copy, reprint) is linked to its original and is in the original's story.
CREATE TABLE story (
    id          VARCHAR PRIMARY KEY,   -- 's-' + the id of the article that founded it
    title       VARCHAR,               -- the title of its earliest article
    first_date  DATE,                  -- earliest / latest publication date of its articles
    last_date   DATE,
    articles    INTEGER NOT NULL,
    duplicates  INTEGER NOT NULL,      -- articles that are near-duplicates of another one
    sources     INTEGER NOT NULL,      -- independent sources: distinct outlets, duplicates excluded
    countries   VARCHAR[],             -- ISO alpha-3 of its events' places
    updated_at  TIMESTAMP NOT NULL     -- UTC
);

CREATE TABLE article_story (
    article_id  VARCHAR PRIMARY KEY,
    story_id    VARCHAR NOT NULL,
    score       DOUBLE NOT NULL        -- similarity that made it join (1.0: it founded the story)
);

CREATE TABLE article_duplicate (
    article_id   VARCHAR PRIMARY KEY,  -- the copy
    original_id  VARCHAR NOT NULL,     -- the earliest published (then ingested) such article
    similarity   DOUBLE NOT NULL       -- estimated share of the shorter body's word 5-shingles
                                       -- found in the other (MinHash)
);

CREATE TABLE article_minhash (
    article_id  VARCHAR PRIMARY KEY,
    shingles    INTEGER NOT NULL,      -- number of distinct word 5-shingles of the body
    signature   BLOB NOT NULL          -- MinHash values, little-endian uint32
);

-- What story assignment compares, derived from the article and its events when stored, so a
-- later batch reads its candidates with a few queries instead of re-reading bodies and events.
CREATE TABLE article_features (
    article_id   VARCHAR PRIMARY KEY,
    day          DATE NOT NULL,        -- publication date, else the ingest date
    dated        BOOLEAN NOT NULL,     -- false: day is the ingest date
    ingested_at  TIMESTAMP,
    outlet       VARCHAR,
    title        VARCHAR,
    terms        VARCHAR[],            -- content words, most frequent first
    counts       INTEGER[],            -- their counts in the body
    actors       VARCHAR[],            -- actor ids of its events (knowledge-base ids)
    places       VARCHAR[],            -- 'town:<name>', 'admin1:<ISO 3166-2>'
    countries    VARCHAR[],
    types        VARCHAR[]             -- PLOVER types of its events
);

-- Blocking keys: an article is compared only with stored articles sharing a key in its window.
CREATE TABLE article_keys (
    key         VARCHAR NOT NULL,      -- 'actor:<id>', 'town:<name>', 'admin1:<code>',
                                       -- 'country:<ISO3>', 'term:<word>'
    week        INTEGER NOT NULL,      -- day's proleptic ordinal // 7: joined on with the key,
                                       -- so a broad key only meets the weeks of a window
    day         DATE NOT NULL,
    article_id  VARCHAR NOT NULL
);

CREATE INDEX article_story_story_idx ON article_story (story_id);
CREATE INDEX article_duplicate_original_idx ON article_duplicate (original_id);
CREATE INDEX story_first_date_idx ON story (first_date);
