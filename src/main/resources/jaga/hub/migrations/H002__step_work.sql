-- Jaga school hub, schema version 2: a practice step's saved work in a table of its own
-- (docs/decisions/0011, issue 20), as the computers' progress files have it from their version 5.
-- Until now it rode in the learner's `settings` as `work.<module>.<step>`, so a child's work and a
-- teacher's rename were one last-writer-wins document. Each step now merges on its own by
-- (version, origin), and a learner's profile is only what an adult or the child chose.

CREATE TABLE step_work (
    learner_uid text   NOT NULL REFERENCES learner (uid),
    module_id   text   NOT NULL,
    step_id     text   NOT NULL,
    value       text   NOT NULL,
    version     bigint NOT NULL,
    origin      text   COLLATE "C" NOT NULL,
    written     xid8   NOT NULL DEFAULT pg_current_xact_id(),
    PRIMARY KEY (learner_uid, module_id, step_id)
);

-- The step work already on the hub, out of the live learners' settings (ids are kebab-case, so
-- the module ends at the first '.' after "work."). Each step takes the (version, origin) of the
-- profile it came in, as the computers' version 5 does: the same work is the same row everywhere,
-- and work a computer had not sent yet still wins exactly as its profile would have.
INSERT INTO step_work (learner_uid, module_id, step_id, value, version, origin)
    SELECT l.uid, split_part(substr(s.key, 6), '.', 1), substr(s.key, 7 + length(split_part(substr(s.key, 6), '.', 1))),
           s.value, l.version, l.origin
    FROM learner l CROSS JOIN LATERAL jsonb_each_text(l.settings) s
    WHERE NOT l.deleted AND s.key LIKE 'work.%.%' AND split_part(substr(s.key, 6), '.', 1) <> ''
      AND substr(s.key, 7 + length(split_part(substr(s.key, 6), '.', 1))) <> '';
UPDATE learner l SET settings = (SELECT COALESCE(jsonb_object_agg(s.key, s.value), '{}'::jsonb)
        FROM jsonb_each(l.settings) s
        WHERE NOT (s.key LIKE 'work.%.%' AND split_part(substr(s.key, 6), '.', 1) <> ''
                   AND substr(s.key, 7 + length(split_part(substr(s.key, 6), '.', 1))) <> ''))
    WHERE EXISTS (SELECT 1 FROM jsonb_object_keys(l.settings) k WHERE k LIKE 'work.%.%');

CREATE TRIGGER step_work_live_learner BEFORE INSERT ON step_work
    FOR EACH ROW EXECUTE FUNCTION drop_fact_of_deleted_learner();
CREATE TRIGGER step_work_written BEFORE UPDATE ON step_work FOR EACH ROW EXECUTE FUNCTION stamp_written();
CREATE INDEX step_work_by_learner_written ON step_work (learner_uid, written);
