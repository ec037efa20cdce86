-- Schema version 6: cards the learner buried until the next study day (UTC ms; NULL when not).

ALTER TABLE cards ADD COLUMN buried_until INTEGER;
