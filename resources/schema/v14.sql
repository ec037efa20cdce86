-- Schema version 14: sync through a shared folder (SyncStore, services/syncservice.h).
--
-- A card's schedule becomes a pure function of its study answers: "forget" and "set due date"
-- leave a mark on the card (reset_at, due_set_at and due_set) instead of only overwriting its
-- state, so a replay of the merged answers gives every computer the same card.

ALTER TABLE cards ADD COLUMN reset_at INTEGER;   -- UTC ms of the last "forget": answers from then on count
ALTER TABLE cards ADD COLUMN due_set_at INTEGER; -- UTC ms when the learner last set the due date
ALTER TABLE cards ADD COLUMN due_set INTEGER;    -- the due date they set (UTC ms)

-- Cards forgotten before this version: a card reset and never answered since starts after its
-- last answer; a card started over and answered again starts at its last answer given as new.
UPDATE cards SET reset_at = (SELECT max(time) + 1 FROM revlog WHERE card_id = cards.id AND kind = 'study')
WHERE reps = 0 AND EXISTS (SELECT 1 FROM revlog WHERE card_id = cards.id AND kind = 'study');

UPDATE cards SET reset_at = (SELECT max(time) FROM revlog
                             WHERE card_id = cards.id AND kind = 'study' AND state_before = 0)
WHERE reset_at IS NULL
  AND (SELECT count(*) FROM revlog WHERE card_id = cards.id AND kind = 'study' AND state_before = 0) > 1;

-- Last-writer-wins registers: one value of the collection each (a card's flag, one tag, an
-- entry's text, one study option), stamped with the hybrid logical clock of the computer that
-- wrote it. value NULL is a tombstone: the card or entry was deleted, and stays deleted.
CREATE TABLE sync_registers (
    name TEXT PRIMARY KEY,
    stamp INTEGER NOT NULL,
    node INTEGER NOT NULL,
    value TEXT) WITHOUT ROWID;

CREATE INDEX sync_registers_written ON sync_registers (node, stamp);

-- What changed since the registers were last taken: filled by the triggers below, emptied by
-- SyncStore::capture in the same transaction as the change.
CREATE TABLE sync_dirty (
    kind TEXT NOT NULL CHECK (kind IN ('card', 'fact', 'setting')),
    key TEXT NOT NULL,
    PRIMARY KEY (kind, key)) WITHOUT ROWID;

-- This collection's reviews as they came and went, in order, for its journal.
CREATE TABLE sync_review_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: rows up to the last one sent are deleted
    review_id INTEGER NOT NULL,
    present INTEGER NOT NULL);

-- Reviews from another computer of cards not here yet (made on a third computer whose journal
-- has not arrived): they join the review log when their card does.
CREATE TABLE sync_waiting_reviews (
    id INTEGER PRIMARY KEY,
    card_key TEXT NOT NULL,
    time INTEGER NOT NULL,
    kind TEXT NOT NULL,
    rating INTEGER NOT NULL,
    state_before INTEGER NOT NULL,
    state_after INTEGER NOT NULL,
    stability REAL NOT NULL,
    difficulty REAL NOT NULL,
    elapsed_days INTEGER NOT NULL,
    scheduled_days INTEGER NOT NULL,
    due INTEGER NOT NULL,
    response_ms INTEGER,
    answer TEXT,
    verdict TEXT,
    recall REAL);
CREATE INDEX sync_waiting_reviews_card ON sync_waiting_reviews (card_key);

-- The other computers of the sync folder: how far their journals have been read.
CREATE TABLE sync_peers (
    node INTEGER PRIMARY KEY,
    collection_id TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    segments_read INTEGER NOT NULL DEFAULT 0,
    last_merge INTEGER);

-- Every trigger waits for the first sync (meta.sync_since): until then nothing is tracked.
-- They test for the row rather than INSERT OR IGNORE: an upsert's conflict policy (ABORT)
-- overrides a trigger's OR IGNORE, so a second change of one key in one transaction failed.
CREATE TRIGGER sync_cards_insert AFTER INSERT ON cards
WHEN EXISTS (SELECT 1 FROM meta WHERE key = 'sync_since') BEGIN
    INSERT INTO sync_dirty (kind, key) SELECT 'card', NEW.key
        WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'card' AND key = NEW.key);
END;

CREATE TRIGGER sync_cards_update AFTER UPDATE OF question, answer, edited, suspended, flag, buried_until,
    reset_at, due_set_at, due_set ON cards
WHEN EXISTS (SELECT 1 FROM meta WHERE key = 'sync_since') BEGIN
    INSERT INTO sync_dirty (kind, key) SELECT 'card', NEW.key
        WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'card' AND key = NEW.key);
END;

CREATE TRIGGER sync_cards_delete AFTER DELETE ON cards
WHEN EXISTS (SELECT 1 FROM meta WHERE key = 'sync_since') BEGIN
    INSERT INTO sync_dirty (kind, key) SELECT 'card', OLD.key
        WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'card' AND key = OLD.key);
END;

CREATE TRIGGER sync_card_tags_insert AFTER INSERT ON card_tags
WHEN EXISTS (SELECT 1 FROM meta WHERE key = 'sync_since') BEGIN
    INSERT INTO sync_dirty (kind, key) SELECT 'card', key FROM cards t WHERE id = NEW.card_id
        AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'card' AND key = t.key);
END;

CREATE TRIGGER sync_card_tags_delete AFTER DELETE ON card_tags
WHEN EXISTS (SELECT 1 FROM meta WHERE key = 'sync_since') BEGIN
    INSERT INTO sync_dirty (kind, key) SELECT 'card', key FROM cards t WHERE id = OLD.card_id
        AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'card' AND key = t.key);
END;

CREATE TRIGGER sync_facts_insert AFTER INSERT ON facts
WHEN EXISTS (SELECT 1 FROM meta WHERE key = 'sync_since') BEGIN
    INSERT INTO sync_dirty (kind, key) SELECT 'fact', NEW.key
        WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'fact' AND key = NEW.key);
END;

CREATE TRIGGER sync_facts_update AFTER UPDATE ON facts
WHEN EXISTS (SELECT 1 FROM meta WHERE key = 'sync_since') BEGIN
    INSERT INTO sync_dirty (kind, key) SELECT 'fact', NEW.key
        WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'fact' AND key = NEW.key);
END;

CREATE TRIGGER sync_facts_delete AFTER DELETE ON facts
WHEN EXISTS (SELECT 1 FROM meta WHERE key = 'sync_since') BEGIN
    INSERT INTO sync_dirty (kind, key) SELECT 'fact', OLD.key
        WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'fact' AND key = OLD.key);
END;

CREATE TRIGGER sync_fact_ports_insert AFTER INSERT ON fact_ports
WHEN EXISTS (SELECT 1 FROM meta WHERE key = 'sync_since') BEGIN
    INSERT INTO sync_dirty (kind, key) SELECT 'fact', key FROM facts t WHERE id = NEW.fact_id
        AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'fact' AND key = t.key);
END;

CREATE TRIGGER sync_fact_ports_delete AFTER DELETE ON fact_ports
WHEN EXISTS (SELECT 1 FROM meta WHERE key = 'sync_since') BEGIN
    INSERT INTO sync_dirty (kind, key) SELECT 'fact', key FROM facts t WHERE id = OLD.fact_id
        AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'fact' AND key = t.key);
END;

CREATE TRIGGER sync_fact_aliases_insert AFTER INSERT ON fact_aliases
WHEN EXISTS (SELECT 1 FROM meta WHERE key = 'sync_since') BEGIN
    INSERT INTO sync_dirty (kind, key) SELECT 'fact', key FROM facts t WHERE id = NEW.fact_id
        AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'fact' AND key = t.key);
END;

CREATE TRIGGER sync_fact_aliases_delete AFTER DELETE ON fact_aliases
WHEN EXISTS (SELECT 1 FROM meta WHERE key = 'sync_since') BEGIN
    INSERT INTO sync_dirty (kind, key) SELECT 'fact', key FROM facts t WHERE id = OLD.fact_id
        AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'fact' AND key = t.key);
END;

CREATE TRIGGER sync_fact_tags_insert AFTER INSERT ON fact_tags
WHEN EXISTS (SELECT 1 FROM meta WHERE key = 'sync_since') BEGIN
    INSERT INTO sync_dirty (kind, key) SELECT 'fact', key FROM facts t WHERE id = NEW.fact_id
        AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'fact' AND key = t.key);
END;

CREATE TRIGGER sync_fact_tags_delete AFTER DELETE ON fact_tags
WHEN EXISTS (SELECT 1 FROM meta WHERE key = 'sync_since') BEGIN
    INSERT INTO sync_dirty (kind, key) SELECT 'fact', key FROM facts t WHERE id = OLD.fact_id
        AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'fact' AND key = t.key);
END;

CREATE TRIGGER sync_fact_counterparts_insert AFTER INSERT ON fact_counterparts
WHEN EXISTS (SELECT 1 FROM meta WHERE key = 'sync_since') BEGIN
    INSERT INTO sync_dirty (kind, key) SELECT 'fact', key FROM facts t WHERE id = NEW.fact_id
        AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'fact' AND key = t.key);
END;

CREATE TRIGGER sync_fact_counterparts_delete AFTER DELETE ON fact_counterparts
WHEN EXISTS (SELECT 1 FROM meta WHERE key = 'sync_since') BEGIN
    INSERT INTO sync_dirty (kind, key) SELECT 'fact', key FROM facts t WHERE id = OLD.fact_id
        AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'fact' AND key = t.key);
END;

CREATE TRIGGER sync_fact_texts_insert AFTER INSERT ON fact_texts
WHEN EXISTS (SELECT 1 FROM meta WHERE key = 'sync_since') BEGIN
    INSERT INTO sync_dirty (kind, key) SELECT 'fact', key FROM facts t WHERE id = NEW.fact_id
        AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'fact' AND key = t.key);
END;

CREATE TRIGGER sync_fact_texts_update AFTER UPDATE ON fact_texts
WHEN EXISTS (SELECT 1 FROM meta WHERE key = 'sync_since') BEGIN
    INSERT INTO sync_dirty (kind, key) SELECT 'fact', key FROM facts t WHERE id = NEW.fact_id
        AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'fact' AND key = t.key);
END;

CREATE TRIGGER sync_fact_texts_delete AFTER DELETE ON fact_texts
WHEN EXISTS (SELECT 1 FROM meta WHERE key = 'sync_since') BEGIN
    INSERT INTO sync_dirty (kind, key) SELECT 'fact', key FROM facts t WHERE id = OLD.fact_id
        AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'fact' AND key = t.key);
END;

CREATE TRIGGER sync_settings_insert AFTER INSERT ON settings
WHEN EXISTS (SELECT 1 FROM meta WHERE key = 'sync_since') BEGIN
    INSERT INTO sync_dirty (kind, key) SELECT 'setting', NEW.key
        WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'setting' AND key = NEW.key);
END;

CREATE TRIGGER sync_settings_update AFTER UPDATE ON settings
WHEN EXISTS (SELECT 1 FROM meta WHERE key = 'sync_since') BEGIN
    INSERT INTO sync_dirty (kind, key) SELECT 'setting', NEW.key
        WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'setting' AND key = NEW.key);
END;

CREATE TRIGGER sync_settings_delete AFTER DELETE ON settings
WHEN EXISTS (SELECT 1 FROM meta WHERE key = 'sync_since') BEGIN
    INSERT INTO sync_dirty (kind, key) SELECT 'setting', OLD.key
        WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'setting' AND key = OLD.key);
END;

-- This collection's own reviews only: another computer's reviews are in that computer's journal.
CREATE TRIGGER sync_revlog_insert AFTER INSERT ON revlog
WHEN (NEW.id >> 40) = (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'collection_node')
 AND EXISTS (SELECT 1 FROM meta WHERE key = 'sync_since') BEGIN
    INSERT INTO sync_review_log (review_id, present) VALUES (NEW.id, 1);
END;

CREATE TRIGGER sync_revlog_delete AFTER DELETE ON revlog
WHEN (OLD.id >> 40) = (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'collection_node')
 AND EXISTS (SELECT 1 FROM meta WHERE key = 'sync_since') BEGIN
    INSERT INTO sync_review_log (review_id, present) VALUES (OLD.id, 0);
END;
