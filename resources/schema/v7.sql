-- Schema version 7: the learner's tags on cards. The first is "leech": a card forgotten again
-- and again (StudySettings::leechLapses) is tagged, and suspended if the learner chose so.

CREATE TABLE card_tags (
    card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (card_id, tag));

CREATE INDEX card_tags_tag ON card_tags (tag);
