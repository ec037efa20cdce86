-- Schema version 2: the interval of the last answer on the card, and new cards in study order.

ALTER TABLE cards ADD COLUMN scheduled_days INTEGER NOT NULL DEFAULT 0;

CREATE INDEX cards_new ON cards (position, id)
    WHERE state = 0 AND retired = 0 AND suspended = 0;
