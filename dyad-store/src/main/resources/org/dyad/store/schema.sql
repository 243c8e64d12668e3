-- Dyad event store schema (DuckDB). Documented in docs/store-schema.md.
-- Every statement is idempotent: opening an existing store runs this file again and changes nothing.
-- Offsets are UTF-16 character offsets into articles.text, end exclusive, as everywhere in Dyad.
-- Each article's rows are written in one transaction, so a store never holds half an article.

CREATE TABLE IF NOT EXISTS articles (
    article_id          VARCHAR PRIMARY KEY,  -- 16 hex digits of SHA-256 over normalised text and source metadata
    doc_id              VARCHAR NOT NULL,     -- the input's own id (JSON id, file name, feed link)
    origin              VARCHAR NOT NULL,     -- where it was first read: file or file:line
    source              VARCHAR,              -- outlet / publisher
    url                 VARCHAR,
    headline            VARCHAR,
    byline              VARCHAR,
    dateline            VARCHAR,
    doc_date            DATE,                 -- document creation time
    body_start          INTEGER NOT NULL,
    body_end            INTEGER NOT NULL,
    text                VARCHAR NOT NULL,     -- the original text, as read
    sentence_count      INTEGER NOT NULL,
    event_count         INTEGER NOT NULL,
    minhash             BIGINT[] NOT NULL,    -- MinHash signature of the body's word 5-shingles (near-duplicates)
    duplicate_of        VARCHAR,              -- earliest article with the same story (shingle Jaccard >= 0.8), else NULL
    duplicate_similarity DOUBLE               -- that Jaccard similarity
);

CREATE TABLE IF NOT EXISTS sentences (
    article_id          VARCHAR NOT NULL,
    sentence_index      INTEGER NOT NULL,     -- 0-based in the body
    start_offset        INTEGER NOT NULL,
    end_offset          INTEGER NOT NULL,
    text                VARCHAR NOT NULL,
    PRIMARY KEY (article_id, sentence_index)
);

CREATE TABLE IF NOT EXISTS events (
    article_id          VARCHAR NOT NULL,
    event_id            VARCHAR NOT NULL,     -- Event.id(): stable hash (see docs/output-schema.md)
    event_number        BIGINT NOT NULL,      -- 60-bit integer from SHA-256(article_id, event_id): GDELT/ICEWS ids
    doc_id              VARCHAR NOT NULL,
    sentence_index      INTEGER NOT NULL,
    sentence_start      INTEGER NOT NULL,
    sentence_end        INTEGER NOT NULL,
    verb_start          INTEGER NOT NULL,
    verb_end            INTEGER NOT NULL,
    source_text         VARCHAR,              -- CAMEO source (the actor); NULL when the sentence names none
    source_code         VARCHAR,
    source_name         VARCHAR,
    source_role         VARCHAR,              -- the role the text states ("Secretary General"); NULL when none
    source_resolved_by  VARCHAR,              -- dictionary, composed, agent-only, title, coreference, learned
    source_start        INTEGER,
    source_end          INTEGER,
    target_text         VARCHAR,              -- CAMEO target (the recipient); NULL when none
    target_code         VARCHAR,
    target_name         VARCHAR,
    target_role         VARCHAR,
    target_resolved_by  VARCHAR,
    target_start        INTEGER,
    target_end          INTEGER,
    cameo_code          VARCHAR NOT NULL,     -- leading zeros kept: '0212'
    base_code           VARCHAR NOT NULL,     -- first three digits (or the two-digit code itself)
    root_code           VARCHAR NOT NULL,     -- first two digits
    goldstein           DOUBLE NOT NULL,      -- -10..+10
    quad_class          TINYINT NOT NULL,     -- 1..4
    plover_type         VARCHAR,
    plover_mode         VARCHAR,
    plover_context      VARCHAR,
    event_date          DATE,                 -- first day of the event's date (see date_granularity); NULL when none
    pattern             VARCHAR NOT NULL,     -- dictionary line: file:line
    issues              VARCHAR[] NOT NULL,
    date_granularity    VARCHAR,              -- time, day, week, month, season, quarter, year…
    date_source         VARCHAR,              -- clause, reporting, document, none
    place_name          VARCHAR,
    geonames_id         BIGINT,
    country_code        VARCHAR,              -- ISO 3166-1 alpha-2 of the place
    admin1              VARCHAR,
    lat                 DOUBLE,
    lon                 DOUBLE,
    place_role          VARCHAR,              -- where the event happened (action) or an actor's place
    PRIMARY KEY (article_id, event_id)
);

CREATE TABLE IF NOT EXISTS actor_mentions (
    article_id          VARCHAR NOT NULL,
    mention_index       INTEGER NOT NULL,     -- 0-based, text order
    sentence_index      INTEGER,              -- the sentence holding the mention; NULL outside the body's sentences
    start_offset        INTEGER NOT NULL,
    end_offset          INTEGER NOT NULL,
    phrase_start        INTEGER NOT NULL,
    phrase_end          INTEGER NOT NULL,
    text                VARCHAR NOT NULL,
    actor_code          VARCHAR NOT NULL,
    actor_name          VARCHAR NOT NULL,
    actor_role          VARCHAR,              -- the role the text states for a person; NULL when none
    resolution          VARCHAR NOT NULL,     -- DICTIONARY, COMPOSED, AGENT_ONLY, TITLE, COREFERENCE, LEARNED
    evidence            VARCHAR NOT NULL,
    PRIMARY KEY (article_id, mention_index)
);

CREATE TABLE IF NOT EXISTS places (
    article_id          VARCHAR NOT NULL,
    place_index         INTEGER NOT NULL,     -- 0-based toponym number, text order
    start_offset        INTEGER NOT NULL,
    end_offset          INTEGER NOT NULL,
    text                VARCHAR NOT NULL,     -- the toponym as written
    name                VARCHAR,              -- gazetteer name of the resolved place; NULL when unresolved
    geonames_id         BIGINT,
    feature_code        VARCHAR,              -- GeoNames feature class.code, e.g. P.PPLC
    country_code        VARCHAR,
    admin1              VARCHAR,
    lat                 DOUBLE,
    lon                 DOUBLE,
    PRIMARY KEY (article_id, place_index)
);

CREATE TABLE IF NOT EXISTS times (
    article_id          VARCHAR NOT NULL,
    timex_index         INTEGER NOT NULL,
    start_offset        INTEGER NOT NULL,
    end_offset          INTEGER NOT NULL,
    text                VARCHAR NOT NULL,     -- the time expression as written
    value               VARCHAR,              -- TIMEX value: 2017-11-10, 2017-11, 2017-W45…
    granularity         VARCHAR,
    resolved_date       DATE,
    PRIMARY KEY (article_id, timex_index)
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id          VARCHAR NOT NULL,
    quote_index         INTEGER NOT NULL,
    start_offset        INTEGER NOT NULL,
    end_offset          INTEGER NOT NULL,
    text                VARCHAR NOT NULL,
    speaker_text        VARCHAR,
    speaker_code        VARCHAR,
    cue                 VARCHAR,              -- the attribution cue as written ("said", "according to")
    quote_id            VARCHAR,              -- the quote's id in JSON Lines output
    direct              BOOLEAN,              -- true inside quotation marks, false for reported speech
    cue_lemma           VARCHAR,              -- "say", "deny", "according to"
    utterance_time      VARCHAR,              -- TIMEX value of the utterance ("2017-10"); NULL when unknown
    PRIMARY KEY (article_id, quote_index)
);

CREATE TABLE IF NOT EXISTS claims (
    article_id          VARCHAR NOT NULL,
    claim_index         INTEGER NOT NULL,
    quote_index         INTEGER,              -- the quote that carries the claim, if any
    event_id            VARCHAR,              -- the event claimed, if coded
    start_offset        INTEGER NOT NULL,
    end_offset          INTEGER NOT NULL,
    text                VARCHAR NOT NULL,
    speaker_code        VARCHAR,
    claim_id            VARCHAR,              -- the claim's id in JSON Lines output
    stance              VARCHAR,              -- asserts, denies, accuses, rejects, promises
    contradicts         VARCHAR,              -- claim_id of the claim this denial or rejection contradicts
    PRIMARY KEY (article_id, claim_index)
);

CREATE TABLE IF NOT EXISTS errors (
    error_id            VARCHAR PRIMARY KEY,  -- 16 hex digits of SHA-256 over file, line, stage and reason
    file                VARCHAR NOT NULL,
    line                BIGINT,               -- 1-based line for JSON Lines and feeds; NULL for a whole file
    stage               VARCHAR NOT NULL,     -- read, parse, or the pipeline stage that failed
    reason              VARCHAR NOT NULL
);

CREATE INDEX IF NOT EXISTS events_date_idx ON events (event_date);
CREATE INDEX IF NOT EXISTS events_dyad_idx ON events (source_code, target_code);
CREATE INDEX IF NOT EXISTS events_code_idx ON events (cameo_code);
CREATE INDEX IF NOT EXISTS events_place_idx ON events (place_name);
CREATE INDEX IF NOT EXISTS places_geonames_idx ON places (geonames_id);
CREATE INDEX IF NOT EXISTS articles_date_idx ON articles (doc_date);

-- The one-a-day filter: one event per (date, source code, target code, CAMEO code), the first by article id.
CREATE OR REPLACE VIEW events_one_a_day AS
SELECT * FROM events
QUALIFY row_number() OVER (PARTITION BY event_date, source_code, target_code, cameo_code
                           ORDER BY article_id, event_id) = 1;

-- Events of articles that are not near-duplicates of an earlier story.
CREATE OR REPLACE VIEW events_unique_stories AS
SELECT e.* FROM events e JOIN articles a USING (article_id) WHERE a.duplicate_of IS NULL;
