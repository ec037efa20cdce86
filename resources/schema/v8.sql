-- Schema version 8: the learner's own collection.
--
-- Flags in colours on cards (0 none, 1 red, 2 orange, 3 green, 4 blue), as Anki numbers them.
ALTER TABLE cards ADD COLUMN flag INTEGER NOT NULL DEFAULT 0 CHECK (flag BETWEEN 0 AND 4);

-- A built-in fact or card the learner changed: merges of newer built-in decks leave its texts
-- alone, and "Revert to built-in" takes the deck's text back (EntryStore::revertEntry).
ALTER TABLE facts ADD COLUMN edited INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cards ADD COLUMN edited INTEGER NOT NULL DEFAULT 0;

-- The card types an entry studies, as template keys separated by spaces; NULL follows the
-- deck's choice (the setting card_types_off). A card of a type switched off is kept with its
-- history and leaves study: cards.retired = 2 (1 stays "gone from the built-in deck").
ALTER TABLE facts ADD COLUMN card_types TEXT;

CREATE INDEX cards_flag ON cards (flag) WHERE flag > 0;

-- Adding and editing entries: the check that a name is no other entry's name or alias, and
-- the place of a new card at the end of study order, each one index search.
CREATE INDEX facts_name ON facts (lower(name));
CREATE INDEX fact_aliases_alias ON fact_aliases (lower(alias));
CREATE INDEX cards_position ON cards (position);
