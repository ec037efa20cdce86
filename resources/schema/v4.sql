-- Schema version 4: the recall probability the scheduler expected at each study answer, so the
-- Progress page can set measured retention beside predicted retention without replaying the
-- log; filled in for old rows by backfillRecall().

ALTER TABLE revlog ADD COLUMN recall REAL;

-- The Progress page counts answers per day and week from this index alone…
CREATE INDEX revlog_stats ON revlog (time, kind, rating, state_before, recall);

-- …and the recall of every card now, and the stability and difficulty histograms.
CREATE INDEX cards_memory ON cards (fact_id, state, last_review, stability, difficulty, retired, suspended)
    WHERE retired = 0 AND suspended = 0;
