-- Jaga progress database, schema version 4: the school hub (docs/school-hub.md, docs/decisions/0007).
-- Adds: this computer's own id, a version counter and origin on the rows more than one computer may
-- change (a learner's profile, a review item, a class), per-learner settings that follow the
-- learner, tombstones for deletions, an outbox that triggers fill in the same transaction as the
-- change itself, and the hub link (never exported). Older rows keep their data.

-- One row: who this computer is, whether it is paired with a hub, and whether a pull is being
-- applied (a pull's own writes must not be queued to go back to the hub).
CREATE TABLE sync_control (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    pc_uid   TEXT    NOT NULL,
    paired   INTEGER NOT NULL DEFAULT 0 CHECK (paired IN (0, 1)),
    applying INTEGER NOT NULL DEFAULT 0 CHECK (applying IN (0, 1))
);
INSERT INTO sync_control (id, pc_uid) VALUES (1, lower(hex(randomblob(16))));

-- The hub this data folder is paired with, and the password for it: local only, never exported.
CREATE TABLE hub_link (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    url          TEXT    NOT NULL,
    user_name    TEXT    NOT NULL,
    password     TEXT    NOT NULL,
    paired_at    TEXT    NOT NULL,
    hub_version  INTEGER,
    last_push_at TEXT,
    last_pull_at TEXT,
    last_error   TEXT,
    -- the hub's change counter this computer has pulled the roster and classes up to
    pulled_up_to INTEGER NOT NULL DEFAULT 0
);

-- How far this computer has pulled each learner's rows from the hub: a hub transaction id (text).
CREATE TABLE hub_pulled (
    learner_uid TEXT NOT NULL PRIMARY KEY,
    up_to       TEXT NOT NULL
) WITHOUT ROWID;

-- What is waiting to go to the hub: which row changed, not a copy of it (the push reads the row as
-- it is then, so a row changed ten times is sent as it is now).
CREATE TABLE outbox (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    kind      TEXT    NOT NULL,
    row_key   TEXT    NOT NULL,
    queued_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- A learner or class deleted here, so that the deletion can travel to the hub.
CREATE TABLE tombstone (
    kind    TEXT    NOT NULL,
    uid     TEXT    NOT NULL,
    version INTEGER NOT NULL,
    origin  TEXT    NOT NULL,
    PRIMARY KEY (kind, uid)
) WITHOUT ROWID;

ALTER TABLE learner ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE learner ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE review_item ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE review_item ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE school_class ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE school_class ADD COLUMN origin TEXT NOT NULL DEFAULT '';
-- A class's id everywhere: made from its name when it is first created, so the same class list
-- imported on two computers gives one class, not two.
ALTER TABLE school_class ADD COLUMN uid TEXT;
UPDATE school_class SET uid = jaga_class_uid(name);
CREATE UNIQUE INDEX school_class_by_uid ON school_class (uid);

-- Per-learner settings (read aloud, ...), deleted with the learner and carried by their uid.
CREATE TABLE learner_setting (
    learner_id INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    key        TEXT    NOT NULL,
    value      TEXT    NOT NULL,
    PRIMARY KEY (learner_id, key)
) WITHOUT ROWID;
INSERT INTO learner_setting (learner_id, key, value)
    SELECT CAST(substr(s.key, 9, instr(substr(s.key, 9), '.') - 1) AS INTEGER),
           substr(s.key, 9 + instr(substr(s.key, 9), '.')), s.value
    FROM adult_setting s
    WHERE s.key GLOB 'learner.[0-9]*.*'
      AND EXISTS (SELECT 1 FROM learner l WHERE l.id = CAST(substr(s.key, 9, instr(substr(s.key, 9), '.') - 1) AS INTEGER));
DELETE FROM adult_setting WHERE key GLOB 'learner.[0-9]*.*';

-- ----------------------------------------------------------------------------- triggers
-- "Local" means: not a pull being applied. Versions count local changes; the outbox is filled only
-- while paired.

CREATE TRIGGER class_uid_on_insert AFTER INSERT ON school_class WHEN NEW.uid IS NULL
BEGIN
    UPDATE school_class SET uid = jaga_class_uid(NEW.name),
        version = 1 + COALESCE((SELECT version FROM tombstone WHERE kind = 'class' AND uid = jaga_class_uid(NEW.name)), 0),
        origin = (SELECT pc_uid FROM sync_control)
    WHERE id = NEW.id;
END;

CREATE TRIGGER learner_local_insert AFTER INSERT ON learner
    WHEN (SELECT applying FROM sync_control) = 0
BEGIN
    UPDATE learner SET origin = (SELECT pc_uid FROM sync_control),
        version = 1 + COALESCE((SELECT version FROM tombstone WHERE kind = 'learner' AND uid = NEW.uid), 0)
    WHERE id = NEW.id;
    DELETE FROM tombstone WHERE kind = 'learner' AND uid = NEW.uid;
    INSERT INTO outbox (kind, row_key) SELECT 'learner', json_array(NEW.id) FROM sync_control WHERE paired = 1;
END;

CREATE TRIGGER learner_local_update AFTER UPDATE ON learner
    WHEN (SELECT applying FROM sync_control) = 0 AND NEW.version = OLD.version AND NEW.origin IS OLD.origin
BEGIN
    UPDATE learner SET version = OLD.version + 1, origin = (SELECT pc_uid FROM sync_control) WHERE id = NEW.id;
    INSERT INTO outbox (kind, row_key) SELECT 'learner', json_array(NEW.id) FROM sync_control WHERE paired = 1;
END;

CREATE TRIGGER learner_local_delete AFTER DELETE ON learner
    WHEN (SELECT applying FROM sync_control) = 0
BEGIN
    INSERT INTO tombstone (kind, uid, version, origin)
        VALUES ('learner', OLD.uid, OLD.version + 1, (SELECT pc_uid FROM sync_control))
        ON CONFLICT (kind, uid) DO UPDATE SET version = excluded.version, origin = excluded.origin;
    INSERT INTO outbox (kind, row_key) SELECT 'learner-deleted', json_array(OLD.uid) FROM sync_control WHERE paired = 1;
END;

-- A learner's own module choices and settings are part of their profile.
CREATE TRIGGER learner_module_local_insert AFTER INSERT ON learner_module
    WHEN (SELECT applying FROM sync_control) = 0
BEGIN
    UPDATE learner SET version = version + 1, origin = (SELECT pc_uid FROM sync_control) WHERE id = NEW.learner_id;
    INSERT INTO outbox (kind, row_key) SELECT 'learner', json_array(NEW.learner_id) FROM sync_control WHERE paired = 1;
END;

CREATE TRIGGER learner_module_local_delete AFTER DELETE ON learner_module
    WHEN (SELECT applying FROM sync_control) = 0
BEGIN
    UPDATE learner SET version = version + 1, origin = (SELECT pc_uid FROM sync_control) WHERE id = OLD.learner_id;
    INSERT INTO outbox (kind, row_key) SELECT 'learner', json_array(OLD.learner_id) FROM sync_control
        WHERE paired = 1 AND EXISTS (SELECT 1 FROM learner WHERE id = OLD.learner_id);
END;

CREATE TRIGGER learner_setting_local_insert AFTER INSERT ON learner_setting
    WHEN (SELECT applying FROM sync_control) = 0
BEGIN
    UPDATE learner SET version = version + 1, origin = (SELECT pc_uid FROM sync_control) WHERE id = NEW.learner_id;
    INSERT INTO outbox (kind, row_key) SELECT 'learner', json_array(NEW.learner_id) FROM sync_control WHERE paired = 1;
END;

CREATE TRIGGER learner_setting_local_update AFTER UPDATE ON learner_setting
    WHEN (SELECT applying FROM sync_control) = 0
BEGIN
    UPDATE learner SET version = version + 1, origin = (SELECT pc_uid FROM sync_control) WHERE id = NEW.learner_id;
    INSERT INTO outbox (kind, row_key) SELECT 'learner', json_array(NEW.learner_id) FROM sync_control WHERE paired = 1;
END;

CREATE TRIGGER lesson_local_write AFTER INSERT ON lesson_progress
    WHEN (SELECT applying FROM sync_control) = 0
BEGIN
    INSERT INTO outbox (kind, row_key) SELECT 'lesson', json_array(NEW.learner_id, NEW.module_id, NEW.lesson_id)
        FROM sync_control WHERE paired = 1;
END;

CREATE TRIGGER lesson_local_update AFTER UPDATE ON lesson_progress
    WHEN (SELECT applying FROM sync_control) = 0
BEGIN
    INSERT INTO outbox (kind, row_key) SELECT 'lesson', json_array(NEW.learner_id, NEW.module_id, NEW.lesson_id)
        FROM sync_control WHERE paired = 1;
END;

CREATE TRIGGER attempt_local_insert AFTER INSERT ON quiz_attempt
    WHEN (SELECT applying FROM sync_control) = 0
BEGIN
    INSERT INTO outbox (kind, row_key) SELECT 'attempt', json_array(NEW.id) FROM sync_control WHERE paired = 1;
END;

CREATE TRIGGER attempt_local_update AFTER UPDATE ON quiz_attempt
    WHEN (SELECT applying FROM sync_control) = 0
BEGIN
    INSERT INTO outbox (kind, row_key) SELECT 'attempt', json_array(NEW.id) FROM sync_control WHERE paired = 1;
END;

CREATE TRIGGER answer_local_insert AFTER INSERT ON quiz_answer
    WHEN (SELECT applying FROM sync_control) = 0
BEGIN
    INSERT INTO outbox (kind, row_key) SELECT 'answer', json_array(NEW.attempt_id, NEW.question_id)
        FROM sync_control WHERE paired = 1;
END;

CREATE TRIGGER answer_local_update AFTER UPDATE ON quiz_answer
    WHEN (SELECT applying FROM sync_control) = 0
BEGIN
    INSERT INTO outbox (kind, row_key) SELECT 'answer', json_array(NEW.attempt_id, NEW.question_id)
        FROM sync_control WHERE paired = 1;
END;

CREATE TRIGGER chat_local_insert AFTER INSERT ON chat_choice
    WHEN (SELECT applying FROM sync_control) = 0
BEGIN
    INSERT INTO outbox (kind, row_key) SELECT 'chat', json_array(NEW.id) FROM sync_control WHERE paired = 1;
END;

CREATE TRIGGER badge_local_insert AFTER INSERT ON badge
    WHEN (SELECT applying FROM sync_control) = 0
BEGIN
    INSERT INTO outbox (kind, row_key) SELECT 'badge', json_array(NEW.learner_id, NEW.badge_id)
        FROM sync_control WHERE paired = 1;
END;

CREATE TRIGGER review_local_insert AFTER INSERT ON review_item
    WHEN (SELECT applying FROM sync_control) = 0
BEGIN
    UPDATE review_item SET origin = (SELECT pc_uid FROM sync_control)
        WHERE learner_id = NEW.learner_id AND module_id = NEW.module_id AND question_id = NEW.question_id;
    INSERT INTO outbox (kind, row_key) SELECT 'review', json_array(NEW.learner_id, NEW.module_id, NEW.question_id)
        FROM sync_control WHERE paired = 1;
END;

CREATE TRIGGER review_local_update AFTER UPDATE ON review_item
    WHEN (SELECT applying FROM sync_control) = 0 AND NEW.version = OLD.version AND NEW.origin IS OLD.origin
BEGIN
    UPDATE review_item SET version = OLD.version + 1, origin = (SELECT pc_uid FROM sync_control)
        WHERE learner_id = NEW.learner_id AND module_id = NEW.module_id AND question_id = NEW.question_id;
    INSERT INTO outbox (kind, row_key) SELECT 'review', json_array(NEW.learner_id, NEW.module_id, NEW.question_id)
        FROM sync_control WHERE paired = 1;
END;

-- A class: its name, archive flag, members, age bands and module choices travel as one document.
CREATE TRIGGER class_local_update AFTER UPDATE OF name, archived ON school_class
    WHEN (SELECT applying FROM sync_control) = 0 AND NEW.version = OLD.version
BEGIN
    UPDATE school_class SET version = OLD.version + 1, origin = (SELECT pc_uid FROM sync_control) WHERE id = NEW.id;
    INSERT INTO outbox (kind, row_key) SELECT 'class', json_array(NEW.id) FROM sync_control WHERE paired = 1;
END;

CREATE TRIGGER class_local_queue_new AFTER UPDATE OF uid ON school_class
    WHEN (SELECT applying FROM sync_control) = 0 AND OLD.uid IS NULL
BEGIN
    INSERT INTO outbox (kind, row_key) SELECT 'class', json_array(NEW.id) FROM sync_control WHERE paired = 1;
END;

CREATE TRIGGER class_local_delete AFTER DELETE ON school_class
    WHEN (SELECT applying FROM sync_control) = 0
BEGIN
    INSERT INTO tombstone (kind, uid, version, origin)
        VALUES ('class', OLD.uid, OLD.version + 1, (SELECT pc_uid FROM sync_control))
        ON CONFLICT (kind, uid) DO UPDATE SET version = excluded.version, origin = excluded.origin;
    INSERT INTO outbox (kind, row_key) SELECT 'class-deleted', json_array(OLD.uid) FROM sync_control WHERE paired = 1;
END;

CREATE TRIGGER class_member_local_insert AFTER INSERT ON class_member
    WHEN (SELECT applying FROM sync_control) = 0
BEGIN
    UPDATE school_class SET version = version + 1, origin = (SELECT pc_uid FROM sync_control) WHERE id = NEW.class_id;
    INSERT INTO outbox (kind, row_key) SELECT 'class', json_array(NEW.class_id) FROM sync_control WHERE paired = 1;
END;

CREATE TRIGGER class_member_local_delete AFTER DELETE ON class_member
    WHEN (SELECT applying FROM sync_control) = 0
BEGIN
    UPDATE school_class SET version = version + 1, origin = (SELECT pc_uid FROM sync_control) WHERE id = OLD.class_id;
    INSERT INTO outbox (kind, row_key) SELECT 'class', json_array(OLD.class_id) FROM sync_control
        WHERE paired = 1 AND EXISTS (SELECT 1 FROM school_class WHERE id = OLD.class_id);
END;

CREATE TRIGGER class_band_local_insert AFTER INSERT ON class_band
    WHEN (SELECT applying FROM sync_control) = 0
BEGIN
    UPDATE school_class SET version = version + 1, origin = (SELECT pc_uid FROM sync_control) WHERE id = NEW.class_id;
    INSERT INTO outbox (kind, row_key) SELECT 'class', json_array(NEW.class_id) FROM sync_control WHERE paired = 1;
END;

CREATE TRIGGER class_band_local_delete AFTER DELETE ON class_band
    WHEN (SELECT applying FROM sync_control) = 0
BEGIN
    UPDATE school_class SET version = version + 1, origin = (SELECT pc_uid FROM sync_control) WHERE id = OLD.class_id;
    INSERT INTO outbox (kind, row_key) SELECT 'class', json_array(OLD.class_id) FROM sync_control
        WHERE paired = 1 AND EXISTS (SELECT 1 FROM school_class WHERE id = OLD.class_id);
END;

CREATE TRIGGER class_module_local_insert AFTER INSERT ON class_module
    WHEN (SELECT applying FROM sync_control) = 0
BEGIN
    UPDATE school_class SET version = version + 1, origin = (SELECT pc_uid FROM sync_control) WHERE id = NEW.class_id;
    INSERT INTO outbox (kind, row_key) SELECT 'class', json_array(NEW.class_id) FROM sync_control WHERE paired = 1;
END;

CREATE TRIGGER class_module_local_delete AFTER DELETE ON class_module
    WHEN (SELECT applying FROM sync_control) = 0
BEGIN
    UPDATE school_class SET version = version + 1, origin = (SELECT pc_uid FROM sync_control) WHERE id = OLD.class_id;
    INSERT INTO outbox (kind, row_key) SELECT 'class', json_array(OLD.class_id) FROM sync_control
        WHERE paired = 1 AND EXISTS (SELECT 1 FROM school_class WHERE id = OLD.class_id);
END;
