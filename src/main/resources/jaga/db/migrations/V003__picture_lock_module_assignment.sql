-- Jaga progress database, schema version 3.
-- Adds: an optional picture lock per learner, and which modules a class or a learner is shown
-- (docs/decisions/0005-module-assignment.md). Older rows keep their data: with no rows in the new
-- tables every learner sees the learner modules of their own age band, as before.

-- A salted PBKDF2 hash of the learner's three pictures (same format as the adult PIN); NULL: no lock.
ALTER TABLE learner ADD COLUMN picture_lock TEXT;

-- The age bands whose modules a class's learners see. No rows: each learner's own band.
CREATE TABLE class_band (
    class_id INTEGER NOT NULL REFERENCES school_class (id) ON DELETE CASCADE,
    band     TEXT    NOT NULL,
    PRIMARY KEY (class_id, band)
) WITHOUT ROWID;

-- A module a class's learners are shown (shown = 1) or not shown (shown = 0), whatever the bands say.
CREATE TABLE class_module (
    class_id  INTEGER NOT NULL REFERENCES school_class (id) ON DELETE CASCADE,
    module_id TEXT    NOT NULL,
    shown     INTEGER NOT NULL CHECK (shown IN (0, 1)),
    PRIMARY KEY (class_id, module_id)
) WITHOUT ROWID;

-- The same for one learner; it beats every class the learner is in.
CREATE TABLE learner_module (
    learner_id INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    module_id  TEXT    NOT NULL,
    shown      INTEGER NOT NULL CHECK (shown IN (0, 1)),
    PRIMARY KEY (learner_id, module_id)
) WITHOUT ROWID;
