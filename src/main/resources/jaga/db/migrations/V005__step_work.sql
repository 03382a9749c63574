-- Jaga progress database, schema version 5: a practice step's saved work in a table of its own
-- (docs/decisions/0011). Until now it was the learner's setting `work.<module>.<step>`, and every
-- save bumped the learner's profile version, so a teacher's rename made at another computer during
-- the lesson lost to the child's profile at the hub (issue 20). Each step now has its own version
-- and origin, merged last-writer-wins per step, and its triggers never touch the learner's row.

CREATE TABLE step_work (
    learner_id INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    module_id  TEXT    NOT NULL,
    step_id    TEXT    NOT NULL,
    value      TEXT    NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    origin     TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (learner_id, module_id, step_id)
) WITHOUT ROWID;

-- Module and step ids are kebab-case (no '.'), so the key splits at its first '.' after "work.".
-- Each step takes the (version, origin) of the profile it was part of, as the hub's H002 does: the
-- same work is the same row on every computer and the hub, and work not sent yet wins as it would have.
INSERT INTO step_work (learner_id, module_id, step_id, value, version, origin)
    SELECT s.learner_id, substr(s.key, 6, instr(substr(s.key, 6), '.') - 1), substr(s.key, 6 + instr(substr(s.key, 6), '.')),
           s.value, l.version, l.origin
    FROM learner_setting s JOIN learner l ON l.id = s.learner_id
    WHERE s.key GLOB 'work.?*.?*' AND instr(substr(s.key, 6), '.') > 1;
-- No trigger on learner_setting fires on DELETE: the learners' versions stay as they are.
DELETE FROM learner_setting WHERE key GLOB 'work.?*.?*' AND instr(substr(key, 6), '.') > 1;

-- Paired already: the moved work goes to the hub (whose H002 moved its own copy out of the profiles).
INSERT INTO outbox (kind, row_key)
    SELECT 'step-work', json_array(learner_id, module_id, step_id) FROM step_work, sync_control WHERE paired = 1;

-- As review items: versions count local changes, the outbox is filled only while paired, and
-- nothing here touches the learner's own row.
CREATE TRIGGER step_work_local_insert AFTER INSERT ON step_work
    WHEN (SELECT applying FROM sync_control) = 0
BEGIN
    UPDATE step_work SET origin = (SELECT pc_uid FROM sync_control)
        WHERE learner_id = NEW.learner_id AND module_id = NEW.module_id AND step_id = NEW.step_id;
    INSERT INTO outbox (kind, row_key) SELECT 'step-work', json_array(NEW.learner_id, NEW.module_id, NEW.step_id)
        FROM sync_control WHERE paired = 1;
END;

CREATE TRIGGER step_work_local_update AFTER UPDATE ON step_work
    WHEN (SELECT applying FROM sync_control) = 0 AND NEW.version = OLD.version AND NEW.origin IS OLD.origin
BEGIN
    UPDATE step_work SET version = OLD.version + 1, origin = (SELECT pc_uid FROM sync_control)
        WHERE learner_id = NEW.learner_id AND module_id = NEW.module_id AND step_id = NEW.step_id;
    INSERT INTO outbox (kind, row_key) SELECT 'step-work', json_array(NEW.learner_id, NEW.module_id, NEW.step_id)
        FROM sync_control WHERE paired = 1;
END;
