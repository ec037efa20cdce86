-- Schema version 3: exam results, and cards the learner asked to see first tomorrow.

CREATE TABLE exam_results (
    id INTEGER PRIMARY KEY,
    started INTEGER NOT NULL,
    duration_ms INTEGER NOT NULL,
    questions INTEGER NOT NULL CHECK (questions >= 0),
    correct INTEGER NOT NULL CHECK (correct >= 0),
    partial INTEGER NOT NULL DEFAULT 0,
    filter TEXT NOT NULL DEFAULT 'all');

CREATE TABLE card_boosts (
    card_id INTEGER PRIMARY KEY REFERENCES cards(id) ON DELETE CASCADE,
    day INTEGER NOT NULL);
