-- Jaga progress database, schema version 1.
-- Times are ISO-8601 UTC text. Content is referred to by stable ids plus the content version,
-- never by foreign key: content lives in JSON files, not here.

CREATE TABLE learner (
    id           INTEGER PRIMARY KEY,
    display_name TEXT    NOT NULL CHECK (length(trim(display_name)) > 0),
    avatar       TEXT    NOT NULL,
    band         TEXT    NOT NULL,
    locale       TEXT    NOT NULL DEFAULT 'en',
    created_at   TEXT    NOT NULL,
    archived     INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

CREATE TABLE lesson_progress (
    learner_id   INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    module_id    TEXT    NOT NULL,
    lesson_id    TEXT    NOT NULL,
    step_index   INTEGER NOT NULL CHECK (step_index >= 0),
    completed_at TEXT,
    updated_at   TEXT    NOT NULL,
    PRIMARY KEY (learner_id, module_id, lesson_id)
);

CREATE TABLE quiz_attempt (
    id              INTEGER PRIMARY KEY,
    learner_id      INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    module_id       TEXT    NOT NULL,
    content_version INTEGER NOT NULL,
    started_at      TEXT    NOT NULL,
    finished_at     TEXT,
    score_percent   INTEGER CHECK (score_percent BETWEEN 0 AND 100),
    passed          INTEGER CHECK (passed IN (0, 1))
);

CREATE INDEX quiz_attempt_by_learner ON quiz_attempt (learner_id, module_id);

CREATE TABLE quiz_answer (
    id          INTEGER PRIMARY KEY,
    attempt_id  INTEGER NOT NULL REFERENCES quiz_attempt (id) ON DELETE CASCADE,
    question_id TEXT    NOT NULL,
    response    TEXT    NOT NULL,
    credit      REAL    NOT NULL CHECK (credit BETWEEN 0 AND 1),
    answered_at TEXT    NOT NULL,
    UNIQUE (attempt_id, question_id)
);
