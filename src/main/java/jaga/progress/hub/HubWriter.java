package jaga.progress.hub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jaga.progress.SyncRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Applies one batch of rows on the hub, inside the caller's transaction. Every statement is safe to
 * replay: facts are inserted once by their key, lesson places and badges merge monotonically,
 * profiles, review items and classes take the higher (version, origin), and a profile or class that
 * loses is kept in the conflict log. A learner's deletion is final on the hub and takes their facts;
 * the hub's own triggers drop facts that arrive later for a deleted learner or attempt.
 */
final class HubWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection hub;

    HubWriter(Connection hub) {
        this.hub = hub;
    }

    /** Rows the hub took as new or newer (a replay counts 0). */
    int apply(List<SyncRows.Row> rows, String pcUid, String jagaVersion) throws SQLException {
        int changed = 0;
        for (SyncRows.Row row : rows) {
            changed += applyOne(row);
        }
        update("INSERT INTO pc (pc_uid, jaga_version) VALUES (?, ?) ON CONFLICT (pc_uid)"
                + " DO UPDATE SET jaga_version = excluded.jaga_version, last_seen = now()", pcUid, jagaVersion);
        return changed;
    }

    private int applyOne(SyncRows.Row row) throws SQLException {
        if (row instanceof SyncRows.Learner l) {
            return learner(l);
        }
        if (row instanceof SyncRows.LearnerDeleted d) {
            return learnerDeleted(d);
        }
        if (row instanceof SyncRows.SchoolClass c) {
            return schoolClass(c);
        }
        if (row instanceof SyncRows.ClassDeleted d) {
            return update("INSERT INTO school_class AS h (uid, name, created_at, deleted, version, origin)"
                    + " VALUES (?, '', '', true, ?, ?) ON CONFLICT (uid) DO UPDATE SET deleted = true,"
                    + " version = excluded.version, origin = excluded.origin, change = nextval('change_seq')"
                    + " WHERE (excluded.version, excluded.origin) > (h.version, h.origin)", d.uid(), d.version(), d.origin());
        }
        if (row instanceof SyncRows.Lesson l) {
            return update("INSERT INTO lesson_progress AS h (learner_uid, module_id, lesson_id, step_index, content_version,"
                            + " completed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT (learner_uid, module_id, lesson_id) DO UPDATE SET"
                            + " step_index = GREATEST(h.step_index, excluded.step_index),"
                            + " content_version = GREATEST(h.content_version, excluded.content_version),"
                            + " completed_at = LEAST(h.completed_at, excluded.completed_at),"
                            + " updated_at = GREATEST(h.updated_at, excluded.updated_at)"
                            + " WHERE h.step_index < excluded.step_index"
                            + "   OR (h.completed_at IS NULL AND excluded.completed_at IS NOT NULL)"
                            + "   OR h.completed_at > excluded.completed_at",
                    l.learnerUid(), l.moduleId(), l.lessonId(), l.stepIndex(), l.contentVersion(), l.completedAt(),
                    l.updatedAt());
        }
        if (row instanceof SyncRows.Attempt a) {
            return update("INSERT INTO quiz_attempt AS h (uid, learner_uid, module_id, content_version, started_at,"
                            + " finished_at, score_percent, passed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT (uid) DO UPDATE SET finished_at = excluded.finished_at,"
                            + " score_percent = excluded.score_percent, passed = excluded.passed"
                            + " WHERE h.finished_at IS NULL AND excluded.finished_at IS NOT NULL",
                    a.uid(), a.learnerUid(), a.moduleId(), a.contentVersion(), a.startedAt(), a.finishedAt(),
                    a.scorePercent(), a.passed());
        }
        if (row instanceof SyncRows.Answer a) {
            return update("INSERT INTO quiz_answer AS h (attempt_uid, question_id, response, credit, answered_at,"
                            + " time_taken_ms) VALUES (?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT (attempt_uid, question_id) DO UPDATE SET response = excluded.response,"
                            + " credit = excluded.credit, answered_at = excluded.answered_at,"
                            + " time_taken_ms = excluded.time_taken_ms WHERE excluded.answered_at > h.answered_at",
                    a.attemptUid(), a.questionId(), a.response(), a.credit(), a.answeredAt(), a.timeTakenMs());
        }
        if (row instanceof SyncRows.Chat c) {
            return update("INSERT INTO chat_choice (learner_uid, module_id, content_version, lesson_id, step_id,"
                            + " choice_id, chosen_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    c.learnerUid(), c.moduleId(), c.contentVersion(), c.lessonId(), c.stepId(), c.choiceId(),
                    c.chosenAt());
        }
        if (row instanceof SyncRows.Badge b) {
            return update("INSERT INTO badge AS h (learner_uid, badge_id, module_id, earned_at) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT (learner_uid, badge_id) DO UPDATE SET"
                            + " earned_at = excluded.earned_at WHERE excluded.earned_at < h.earned_at",
                    b.learnerUid(), b.badgeId(), b.moduleId(), b.earnedAt());
        }
        if (row instanceof SyncRows.Review r) {
            return update("INSERT INTO review_item AS h (learner_uid, module_id, question_id, box, due_on,"
                            + " last_reviewed_at, version, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT (learner_uid, module_id, question_id) DO UPDATE SET box = excluded.box,"
                            + " due_on = excluded.due_on, last_reviewed_at = excluded.last_reviewed_at,"
                            + " version = excluded.version, origin = excluded.origin"
                            + " WHERE (excluded.version, excluded.origin) > (h.version, h.origin)",
                    r.learnerUid(), r.moduleId(), r.questionId(), r.box(), r.dueOn(), r.lastReviewedAt(), r.version(),
                    r.origin());
        }
        throw new IllegalArgumentException("a row of an unknown kind: " + row);
    }

    private int learner(SyncRows.Learner l) throws SQLException {
        int changed = update("INSERT INTO learner AS h (uid, display_name, avatar, band, locale, created_at, archived,"
                        + " picture_lock, modules, settings, version, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb,"
                        + " ?::jsonb, ?, ?) ON CONFLICT (uid) DO UPDATE SET display_name = excluded.display_name,"
                        + " avatar = excluded.avatar, band = excluded.band, locale = excluded.locale,"
                        + " archived = excluded.archived, picture_lock = excluded.picture_lock, modules = excluded.modules,"
                        + " settings = excluded.settings, version = excluded.version, origin = excluded.origin,"
                        + " change = nextval('change_seq')"
                        + " WHERE NOT h.deleted AND (excluded.version, excluded.origin) > (h.version, h.origin)",
                l.uid(), l.displayName(), l.avatar(), l.band(), l.locale(), l.createdAt(), l.archived(), l.pictureLock(),
                json(l.modules()), json(l.settings()), l.version(), l.origin());
        if (changed == 0) {
            logLoser("learner", l.uid(), l.version(), l.origin(), l);
        }
        return changed;
    }

    private int learnerDeleted(SyncRows.LearnerDeleted d) throws SQLException {
        // Deletion is final: whatever version another computer still has, the child asked to be forgotten.
        int changed = update("INSERT INTO learner AS h (uid, display_name, avatar, band, locale, created_at, deleted,"
                        + " version, origin) VALUES (?, '', '', '', '', '', true, ?, ?) ON CONFLICT (uid) DO UPDATE SET"
                        + " deleted = true, display_name = '', avatar = '', picture_lock = NULL, modules = '{}',"
                        + " settings = '{}', version = GREATEST(h.version, excluded.version), origin = excluded.origin,"
                        + " change = nextval('change_seq') WHERE NOT h.deleted", d.uid(), d.version(), d.origin());
        update("DELETE FROM quiz_attempt WHERE learner_uid = ?", d.uid()); // answers go with their attempt
        update("DELETE FROM lesson_progress WHERE learner_uid = ?", d.uid());
        update("DELETE FROM chat_choice WHERE learner_uid = ?", d.uid());
        update("DELETE FROM badge WHERE learner_uid = ?", d.uid());
        update("DELETE FROM review_item WHERE learner_uid = ?", d.uid());
        return changed;
    }

    private int schoolClass(SyncRows.SchoolClass c) throws SQLException {
        int changed = update("INSERT INTO school_class AS h (uid, name, created_at, archived, members, bands, modules,"
                        + " version, origin) VALUES (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?)"
                        + " ON CONFLICT (uid) DO UPDATE SET name = excluded.name, archived = excluded.archived,"
                        + " members = excluded.members, bands = excluded.bands, modules = excluded.modules, deleted = false,"
                        + " version = excluded.version, origin = excluded.origin, change = nextval('change_seq')"
                        + " WHERE (excluded.version, excluded.origin) > (h.version, h.origin)",
                c.uid(), c.name(), c.createdAt(), c.archived(), json(c.members()), json(c.bands()), json(c.modules()),
                c.version(), c.origin());
        if (changed == 0) {
            logLoser("class", c.uid(), c.version(), c.origin(), c);
        }
        return changed;
    }

    /** Keeps a version that lost, unless it is the very version the hub has (a replay). */
    private void logLoser(String kind, String uid, long version, String origin, Object lost) throws SQLException {
        String table = kind.equals("learner") ? "learner" : "school_class";
        update("INSERT INTO conflict_log (kind, uid, kept, lost) SELECT ?, ?, h.version || ' from ' || h.origin, ?::jsonb"
                        + " FROM " + table + " h WHERE h.uid = ? AND (h.version, h.origin) <> (?, ?)",
                kind, uid, json(lost), uid, version, origin);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value + " as JSON", e);
        }
    }

    private int update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = hub.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }
}
