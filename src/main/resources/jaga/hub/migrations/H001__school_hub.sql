-- Jaga school hub (PostgreSQL), schema version 1. Created and upgraded by `jaga hub init`.
-- Everything is keyed by uids that are the same on every computer. Times are the ISO-8601 UTC
-- text the computers wrote; no merge below ever compares them across computers except "earliest
-- completion" and "earliest badge", which only choose which of two true dates to show.

-- Every row a computer may pull carries the hub's own change counter, so a pull asks only for
-- what changed since its last one.
CREATE SEQUENCE change_seq;

CREATE TABLE learner (
    uid          text    PRIMARY KEY,
    display_name text    NOT NULL,
    avatar       text    NOT NULL,
    band         text    NOT NULL,
    locale       text    NOT NULL,
    created_at   text    NOT NULL,
    archived     boolean NOT NULL DEFAULT false,
    picture_lock text,
    modules      jsonb   NOT NULL DEFAULT '{}',
    settings     jsonb   NOT NULL DEFAULT '{}',
    deleted      boolean NOT NULL DEFAULT false,
    version      bigint  NOT NULL,
    origin       text    COLLATE "C" NOT NULL,
    change       bigint  NOT NULL DEFAULT nextval('change_seq')
);
CREATE INDEX learner_by_change ON learner (change);

CREATE TABLE school_class (
    uid        text    PRIMARY KEY,
    name       text    NOT NULL,
    created_at text    NOT NULL,
    archived   boolean NOT NULL DEFAULT false,
    members    jsonb   NOT NULL DEFAULT '[]',
    bands      jsonb   NOT NULL DEFAULT '[]',
    modules    jsonb   NOT NULL DEFAULT '{}',
    deleted    boolean NOT NULL DEFAULT false,
    version    bigint  NOT NULL,
    origin     text    COLLATE "C" NOT NULL,
    change     bigint  NOT NULL DEFAULT nextval('change_seq')
);
CREATE INDEX school_class_by_change ON school_class (change);

CREATE TABLE lesson_progress (
    learner_uid     text    NOT NULL REFERENCES learner (uid),
    module_id       text    NOT NULL,
    lesson_id       text    NOT NULL,
    step_index      integer NOT NULL CHECK (step_index >= 0),
    content_version integer,
    completed_at    text,
    updated_at      text    NOT NULL,
    PRIMARY KEY (learner_uid, module_id, lesson_id)
);

CREATE TABLE quiz_attempt (
    uid             text    PRIMARY KEY,
    learner_uid     text    NOT NULL REFERENCES learner (uid),
    module_id       text    NOT NULL,
    content_version integer NOT NULL,
    started_at      text    NOT NULL,
    finished_at     text,
    score_percent   integer CHECK (score_percent BETWEEN 0 AND 100),
    passed          boolean
);
CREATE INDEX quiz_attempt_by_learner ON quiz_attempt (learner_uid, module_id);

CREATE TABLE quiz_answer (
    attempt_uid   text             NOT NULL REFERENCES quiz_attempt (uid) ON DELETE CASCADE,
    question_id   text             NOT NULL,
    response      text             NOT NULL,
    credit        double precision NOT NULL CHECK (credit BETWEEN 0 AND 1),
    answered_at   text             NOT NULL,
    time_taken_ms bigint,
    PRIMARY KEY (attempt_uid, question_id)
);

CREATE TABLE chat_choice (
    learner_uid     text    NOT NULL REFERENCES learner (uid),
    module_id       text    NOT NULL,
    content_version integer NOT NULL,
    lesson_id       text    NOT NULL,
    step_id         text    NOT NULL,
    choice_id       text    NOT NULL,
    chosen_at       text    NOT NULL,
    PRIMARY KEY (learner_uid, module_id, lesson_id, step_id, chosen_at)
);

CREATE TABLE badge (
    learner_uid text NOT NULL REFERENCES learner (uid),
    badge_id    text NOT NULL,
    module_id   text,
    earned_at   text NOT NULL,
    PRIMARY KEY (learner_uid, badge_id)
);

CREATE TABLE review_item (
    learner_uid      text    NOT NULL REFERENCES learner (uid),
    module_id        text    NOT NULL,
    question_id      text    NOT NULL,
    box              integer NOT NULL CHECK (box BETWEEN 1 AND 5),
    due_on           text    NOT NULL,
    last_reviewed_at text,
    version          bigint  NOT NULL,
    origin           text    COLLATE "C" NOT NULL,
    PRIMARY KEY (learner_uid, module_id, question_id)
);

-- The version that lost a last-writer-wins merge, kept so an adult can see what was not taken.
CREATE TABLE conflict_log (
    id        bigserial   PRIMARY KEY,
    kind      text        NOT NULL,
    uid       text        NOT NULL,
    kept      text        NOT NULL,
    lost      jsonb       NOT NULL,
    logged_at timestamptz NOT NULL DEFAULT now()
);

-- The computers that have sent work here, for the teacher and the technician.
CREATE TABLE pc (
    pc_uid       text        PRIMARY KEY,
    jaga_version text        NOT NULL,
    last_seen    timestamptz NOT NULL DEFAULT now()
);

-- A learner deleted on any computer is gone for good: facts about them that arrive later (from a
-- computer that was away) are dropped here instead of bringing them back.
CREATE FUNCTION drop_fact_of_deleted_learner() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM learner WHERE uid = NEW.learner_uid AND NOT deleted) THEN
        RETURN NEW;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER lesson_progress_live_learner BEFORE INSERT ON lesson_progress
    FOR EACH ROW EXECUTE FUNCTION drop_fact_of_deleted_learner();
CREATE TRIGGER quiz_attempt_live_learner BEFORE INSERT ON quiz_attempt
    FOR EACH ROW EXECUTE FUNCTION drop_fact_of_deleted_learner();
CREATE TRIGGER chat_choice_live_learner BEFORE INSERT ON chat_choice
    FOR EACH ROW EXECUTE FUNCTION drop_fact_of_deleted_learner();
CREATE TRIGGER badge_live_learner BEFORE INSERT ON badge
    FOR EACH ROW EXECUTE FUNCTION drop_fact_of_deleted_learner();
CREATE TRIGGER review_item_live_learner BEFORE INSERT ON review_item
    FOR EACH ROW EXECUTE FUNCTION drop_fact_of_deleted_learner();

CREATE FUNCTION drop_answer_of_missing_attempt() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM quiz_attempt WHERE uid = NEW.attempt_uid) THEN
        RETURN NEW;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER quiz_answer_live_attempt BEFORE INSERT ON quiz_answer
    FOR EACH ROW EXECUTE FUNCTION drop_answer_of_missing_attempt();

-- Which transaction last wrote each fact row, so a computer asks only for what changed since its
-- last pull of a learner. A transaction id, not the change sequence: a pull marks
-- pg_snapshot_xmin of its snapshot, and every transaction below it had finished, so a row
-- committed later always carries an id at or above the mark, however pushes interleave.
ALTER TABLE lesson_progress ADD COLUMN written xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE quiz_attempt ADD COLUMN written xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE quiz_answer ADD COLUMN written xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE chat_choice ADD COLUMN written xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE badge ADD COLUMN written xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE review_item ADD COLUMN written xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE FUNCTION stamp_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.written := pg_current_xact_id();
    RETURN NEW;
END $$;

CREATE TRIGGER lesson_progress_written BEFORE UPDATE ON lesson_progress FOR EACH ROW EXECUTE FUNCTION stamp_written();
CREATE TRIGGER quiz_attempt_written BEFORE UPDATE ON quiz_attempt FOR EACH ROW EXECUTE FUNCTION stamp_written();
CREATE TRIGGER quiz_answer_written BEFORE UPDATE ON quiz_answer FOR EACH ROW EXECUTE FUNCTION stamp_written();
CREATE TRIGGER badge_written BEFORE UPDATE ON badge FOR EACH ROW EXECUTE FUNCTION stamp_written();
CREATE TRIGGER review_item_written BEFORE UPDATE ON review_item FOR EACH ROW EXECUTE FUNCTION stamp_written();

CREATE INDEX lesson_progress_by_learner_written ON lesson_progress (learner_uid, written);
CREATE INDEX quiz_attempt_by_learner_written ON quiz_attempt (learner_uid, written);
CREATE INDEX chat_choice_by_learner_written ON chat_choice (learner_uid, written);
CREATE INDEX badge_by_learner_written ON badge (learner_uid, written);
CREATE INDEX review_item_by_learner_written ON review_item (learner_uid, written);
CREATE INDEX quiz_answer_by_written ON quiz_answer (written);
