-- Schema version 5: review-log ids that are never reused and never meet another collection's
-- (see DeckStore::kReviewSequenceBits). The collection's id and node are bound values, added in
-- migrate(). The trigger moves the sequence past every row of this collection's node, however
-- it was inserted, and never back: an undo deletes the row and leaves the sequence where it is.

INSERT INTO meta (key, value) VALUES ('revlog_sequence', '0') ON CONFLICT (key) DO NOTHING;

-- 1099511627775 = 2^40 - 1: the sequence part of an id.
CREATE TRIGGER IF NOT EXISTS revlog_sequence AFTER INSERT ON revlog
    WHEN (NEW.id >> 40) = (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'collection_node')
BEGIN
    UPDATE meta SET value = max(CAST(value AS INTEGER), NEW.id & 1099511627775)
    WHERE key = 'revlog_sequence';
END;
