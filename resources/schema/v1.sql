-- Schema version 1: facts, cards with FSRS state, the review log, settings.

CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE facts (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('protocol', 'ip', 'range')),
    name TEXT NOT NULL,
    full_name TEXT NOT NULL DEFAULT '',
    security TEXT NOT NULL CHECK (security IN ('yes', 'no', 'partial', 'optional', 'n/a')),
    function TEXT NOT NULL DEFAULT '',
    ip_protocol INTEGER CHECK (ip_protocol BETWEEN 0 AND 255),
    range_low INTEGER CHECK (range_low BETWEEN 0 AND 65535),
    range_high INTEGER CHECK (range_high BETWEEN 0 AND 65535),
    objective INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    builtin INTEGER NOT NULL DEFAULT 1,
    retired INTEGER NOT NULL DEFAULT 0);

CREATE TABLE fact_ports (
    fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    port INTEGER NOT NULL CHECK (port BETWEEN 0 AND 65535),
    transport TEXT NOT NULL CHECK (transport IN ('tcp', 'udp')),
    role TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (fact_id, port, transport));

CREATE INDEX fact_ports_port ON fact_ports (port);

CREATE TABLE fact_aliases (
    fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (fact_id, alias));

CREATE TABLE fact_tags (
    fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (fact_id, tag));

CREATE TABLE fact_counterparts (
    fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    counterpart_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (fact_id, counterpart_id));

CREATE TABLE fact_texts (
    fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    field TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (fact_id, lang, field));

CREATE TABLE cards (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    fact_id INTEGER REFERENCES facts(id),
    template TEXT NOT NULL,
    variant TEXT NOT NULL DEFAULT '',
    question TEXT NOT NULL DEFAULT '',
    answer TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    builtin INTEGER NOT NULL DEFAULT 1,
    retired INTEGER NOT NULL DEFAULT 0,
    suspended INTEGER NOT NULL DEFAULT 0,
    state INTEGER NOT NULL DEFAULT 0 CHECK (state BETWEEN 0 AND 3),
    step INTEGER NOT NULL DEFAULT 0,
    stability REAL NOT NULL DEFAULT 0,
    difficulty REAL NOT NULL DEFAULT 0,
    due INTEGER,
    last_review INTEGER,
    reps INTEGER NOT NULL DEFAULT 0,
    lapses INTEGER NOT NULL DEFAULT 0);

CREATE INDEX cards_fact ON cards (fact_id);

CREATE INDEX cards_due ON cards (state, due) WHERE retired = 0 AND suspended = 0;

CREATE TABLE card_texts (
    card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    field TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (card_id, lang, field));

-- The review log: append-only, everything the optimizer and statistics need.
CREATE TABLE revlog (
    id INTEGER PRIMARY KEY,
    card_id INTEGER NOT NULL REFERENCES cards(id),
    time INTEGER NOT NULL,
    kind TEXT NOT NULL DEFAULT 'study' CHECK (kind IN ('study', 'quiz', 'exam')),
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    state_before INTEGER NOT NULL CHECK (state_before BETWEEN 0 AND 3),
    state_after INTEGER NOT NULL CHECK (state_after BETWEEN 0 AND 3),
    stability REAL NOT NULL,
    difficulty REAL NOT NULL,
    elapsed_days INTEGER NOT NULL,
    scheduled_days INTEGER NOT NULL,
    due INTEGER NOT NULL,
    response_ms INTEGER,
    answer TEXT,
    verdict TEXT CHECK (verdict IN ('correct', 'partial', 'wrong')));

CREATE INDEX revlog_card ON revlog (card_id, time);

CREATE INDEX revlog_time ON revlog (time);

CREATE TRIGGER revlog_append_only BEFORE UPDATE ON revlog
BEGIN
    SELECT RAISE(ABORT, 'the review log is append-only');
END;

CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
