-- Schema version 9: concept entries and legacy ports.
--
-- A concept is an entry without ports that its concept cards teach, such as the traffic types
-- (unicast, multicast, anycast, broadcast). SQLite cannot change a CHECK constraint in place,
-- so the facts table is rebuilt the way SQLite's ALTER TABLE documentation describes: a new
-- table, the rows copied with their ids, the old one dropped, the new one renamed. Foreign
-- keys are off while migrations run (DeckStore::open), so the drop cascades into nothing,
-- and DeckStore::migrate runs PRAGMA foreign_key_check before it commits.
CREATE TABLE facts_v9 (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('protocol', 'ip', 'range', 'concept')),
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
    retired INTEGER NOT NULL DEFAULT 0,
    edited INTEGER NOT NULL DEFAULT 0,
    card_types TEXT);

INSERT INTO facts_v9 (id, key, kind, name, full_name, security, function, ip_protocol, range_low,
                      range_high, objective, note, position, builtin, retired, edited, card_types)
    SELECT id, key, kind, name, full_name, security, function, ip_protocol, range_low, range_high,
           objective, note, position, builtin, retired, edited, card_types
    FROM facts;

DROP TABLE facts;
ALTER TABLE facts_v9 RENAME TO facts;
CREATE INDEX facts_name ON facts (lower(name));

-- A port older servers used and answers may still name (RADIUS 1645 and 1646): accepted,
-- never required, and without a port → protocol card of its own.
ALTER TABLE fact_ports ADD COLUMN legacy INTEGER NOT NULL DEFAULT 0;
