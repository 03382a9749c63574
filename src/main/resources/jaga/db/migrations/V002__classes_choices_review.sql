-- Jaga progress database, schema version 2.
-- Adds: stable ids for learners and quiz attempts (so an export can be imported on another
-- computer, twice, without duplicates), time taken per answer, the content version a lesson place
-- was saved against, adult settings, classes, chat choices, badges and spaced-review items.
-- Older rows keep their data: new columns are nullable or filled in here.

ALTER TABLE learner ADD COLUMN uid TEXT;
UPDATE learner SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX learner_by_uid ON learner (uid);

ALTER TABLE quiz_attempt ADD COLUMN uid TEXT;
UPDATE quiz_attempt SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX quiz_attempt_by_uid ON quiz_attempt (uid);

-- Milliseconds from showing the question to the answer; unknown (NULL) for older answers.
ALTER TABLE quiz_answer ADD COLUMN time_taken_ms INTEGER CHECK (time_taken_ms IS NULL OR time_taken_ms >= 0);

-- The module version the step was saved against; unknown (NULL) for older rows.
ALTER TABLE lesson_progress ADD COLUMN content_version INTEGER;

CREATE TABLE adult_setting (
    key        TEXT NOT NULL PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE school_class (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    created_at TEXT    NOT NULL,
    archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

CREATE TABLE class_member (
    class_id   INTEGER NOT NULL REFERENCES school_class (id) ON DELETE CASCADE,
    learner_id INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    joined_at  TEXT    NOT NULL,
    PRIMARY KEY (class_id, learner_id)
) WITHOUT ROWID;

CREATE INDEX class_member_by_learner ON class_member (learner_id);

-- Every reply a child picked in a chat simulation, in the order picked.
CREATE TABLE chat_choice (
    id              INTEGER PRIMARY KEY,
    learner_id      INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    module_id       TEXT    NOT NULL,
    content_version INTEGER NOT NULL,
    lesson_id       TEXT    NOT NULL,
    step_id         TEXT    NOT NULL,
    choice_id       TEXT    NOT NULL,
    chosen_at       TEXT    NOT NULL,
    UNIQUE (learner_id, module_id, lesson_id, step_id, chosen_at)
);

CREATE TABLE badge (
    learner_id INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    badge_id   TEXT    NOT NULL,
    module_id  TEXT,
    earned_at  TEXT    NOT NULL,
    PRIMARY KEY (learner_id, badge_id)
) WITHOUT ROWID;

-- Spaced review (Leitner boxes 1 to 5): when a question should come back, as a date.
CREATE TABLE review_item (
    learner_id       INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    module_id        TEXT    NOT NULL,
    question_id      TEXT    NOT NULL,
    box              INTEGER NOT NULL CHECK (box BETWEEN 1 AND 5),
    due_on           TEXT    NOT NULL,
    last_reviewed_at TEXT,
    PRIMARY KEY (learner_id, module_id, question_id)
) WITHOUT ROWID;

CREATE INDEX review_item_due ON review_item (learner_id, due_on)
