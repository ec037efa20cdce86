-- Schema version 15: performance-based drills (firewall rules, captures, matching boards,
-- troubleshooting), one row a drill done, for the Progress page's "performance-based" line.
-- Their answers go to revlog as practice ("quiz" or "exam"), as quiz answers do.

CREATE TABLE drill_results (
    id INTEGER PRIMARY KEY,
    started INTEGER NOT NULL,
    duration_ms INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('firewall', 'capture', 'board', 'troubleshooting')),
    seed INTEGER NOT NULL,
    level INTEGER NOT NULL DEFAULT 0,
    points INTEGER NOT NULL CHECK (points >= 0),
    max_points INTEGER NOT NULL CHECK (max_points >= points),
    in_exam INTEGER NOT NULL DEFAULT 0);

CREATE INDEX drill_results_started ON drill_results (started);
