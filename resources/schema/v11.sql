-- Schema version 11: a card's tags without a rowid. The pair (card, tag) is the row's identity;
-- keyed by it, the table and its primary key are one b-tree instead of two, so adding a tag
-- writes one less index (a large import adds two or three tags a card). The table is rebuilt
-- the way SQLite's ALTER TABLE documentation describes, as v9.sql does with facts.

CREATE TABLE card_tags_v11 (
    card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (card_id, tag)) WITHOUT ROWID;

INSERT INTO card_tags_v11 (card_id, tag) SELECT card_id, tag FROM card_tags;

DROP TABLE card_tags;

ALTER TABLE card_tags_v11 RENAME TO card_tags;

CREATE INDEX card_tags_tag ON card_tags (tag);
