-- Schema version 12: the review log summed per 15 minutes, for the Progress page. Answers per
-- day and retention per week read this instead of every answer: a year of a million answers is
-- at most 35,000 slots. Every time zone's day starts on a quarter hour, so a study day (the
-- rollover hour in the learner's zone) is a whole number of slots. Triggers keep it in step
-- with revlog in the same statement, whoever writes: an answer, an import, an undo, a delete.
-- It is not recorded for undo: undoing the answer undoes the sum through the same triggers.

CREATE TABLE revlog_summary (
    slot INTEGER NOT NULL,          -- revlog.time / 900000: the quarter hour, UTC
    study INTEGER NOT NULL,         -- kind = 'study' (else a quiz or exam answer)
    rating INTEGER NOT NULL,
    review INTEGER NOT NULL,        -- state_before = 2: an answer to a review card
    answers INTEGER NOT NULL,
    recalls INTEGER NOT NULL,       -- answers with the recall the scheduler expected
    recall_sum REAL NOT NULL,       -- that recall, added up
    PRIMARY KEY (slot, study, rating, review)) WITHOUT ROWID;

INSERT INTO revlog_summary (slot, study, rating, review, answers, recalls, recall_sum)
SELECT time / 900000, kind = 'study', rating, state_before = 2, count(*), count(recall), total(recall)
FROM revlog GROUP BY 1, 2, 3, 4;

CREATE TRIGGER revlog_summary_insert AFTER INSERT ON revlog BEGIN
    INSERT INTO revlog_summary (slot, study, rating, review, answers, recalls, recall_sum)
    VALUES (NEW.time / 900000, NEW.kind = 'study', NEW.rating, NEW.state_before = 2, 1,
            NEW.recall IS NOT NULL, coalesce(NEW.recall, 0))
    ON CONFLICT (slot, study, rating, review) DO UPDATE SET
        answers = answers + 1, recalls = recalls + excluded.recalls, recall_sum = recall_sum + excluded.recall_sum;
END;

CREATE TRIGGER revlog_summary_delete AFTER DELETE ON revlog BEGIN
    UPDATE revlog_summary SET answers = answers - 1, recalls = recalls - (OLD.recall IS NOT NULL),
        recall_sum = recall_sum - coalesce(OLD.recall, 0)
    WHERE slot = OLD.time / 900000 AND study = (OLD.kind = 'study') AND rating = OLD.rating
      AND review = (OLD.state_before = 2);
    DELETE FROM revlog_summary
    WHERE slot = OLD.time / 900000 AND study = (OLD.kind = 'study') AND rating = OLD.rating
      AND review = (OLD.state_before = 2) AND answers <= 0;
END;

CREATE TRIGGER revlog_summary_update AFTER UPDATE OF time, kind, rating, state_before, recall ON revlog BEGIN
    UPDATE revlog_summary SET answers = answers - 1, recalls = recalls - (OLD.recall IS NOT NULL),
        recall_sum = recall_sum - coalesce(OLD.recall, 0)
    WHERE slot = OLD.time / 900000 AND study = (OLD.kind = 'study') AND rating = OLD.rating
      AND review = (OLD.state_before = 2);
    DELETE FROM revlog_summary
    WHERE slot = OLD.time / 900000 AND study = (OLD.kind = 'study') AND rating = OLD.rating
      AND review = (OLD.state_before = 2) AND answers <= 0;
    INSERT INTO revlog_summary (slot, study, rating, review, answers, recalls, recall_sum)
    VALUES (NEW.time / 900000, NEW.kind = 'study', NEW.rating, NEW.state_before = 2, 1,
            NEW.recall IS NOT NULL, coalesce(NEW.recall, 0))
    ON CONFLICT (slot, study, rating, review) DO UPDATE SET
        answers = answers + 1, recalls = recalls + excluded.recalls, recall_sum = recall_sum + excluded.recall_sum;
END;
