package jaga.progress;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * Merges rows pulled from the school hub into this computer's file, by the same rules the hub
 * uses: facts once by key, lesson places forward only, earliest completion and badge, and
 * profiles, review items, practice steps' work and classes by (version, origin). Runs inside the
 * caller's transaction with the outbox paused, so nothing pulled is queued to go back.
 *
 * <p>A pull brings tens of thousands of rows (a class of 40 is about 27,000, most of them answers), so each
 * statement is prepared once per merge and reused, and attempts' ids are remembered like learners': close
 * it when the merge is done.
 */
final class PulledRows implements AutoCloseable {
    private final Connection connection;
    private final Map<String, Long> learnerIds = new java.util.HashMap<>();
    private final Map<String, Long> attemptIds = new java.util.HashMap<>();
    private final Map<String, PreparedStatement> statements = new java.util.HashMap<>();

    PulledRows(Connection connection) {
        this.connection = connection;
    }

    /** Counts of what changed here, by kind. */
    int apply(SyncRows.Row row) throws SQLException {
        if (row instanceof SyncRows.Learner l) {
            return learner(l);
        }

        if (row instanceof SyncRows.LearnerDeleted d) {
            return learnerDeleted(d);
        }

        if (row instanceof SyncRows.Lesson l) {
            return withLearner(l.learnerUid(), id -> update(
                    "INSERT INTO lesson_progress (learner_id, module_id, lesson_id, step_index, content_version,"
                            + " completed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT (learner_id, module_id, lesson_id) DO UPDATE SET"
                            + " step_index = max(step_index, excluded.step_index),"
                            + " content_version = max(COALESCE(content_version, 0), COALESCE(excluded.content_version, 0)),"
                            + " completed_at = CASE WHEN completed_at IS NULL THEN excluded.completed_at"
                            + "   WHEN excluded.completed_at IS NULL THEN completed_at"
                            + "   ELSE min(completed_at, excluded.completed_at) END,"
                            + " updated_at = max(updated_at, excluded.updated_at)"
                            + " WHERE step_index < excluded.step_index"
                            + "   OR (completed_at IS NULL AND excluded.completed_at IS NOT NULL)"
                            + "   OR completed_at > excluded.completed_at",
                    id, l.moduleId(), l.lessonId(), l.stepIndex(), l.contentVersion(), l.completedAt(), l.updatedAt()));
        }

        if (row instanceof SyncRows.Attempt a) {
            return withLearner(a.learnerUid(), id -> update(
                    "INSERT INTO quiz_attempt (uid, learner_id, module_id, content_version, started_at, finished_at,"
                            + " score_percent, passed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT (uid) DO UPDATE SET finished_at = excluded.finished_at,"
                            + " score_percent = excluded.score_percent, passed = excluded.passed"
                            + " WHERE finished_at IS NULL AND excluded.finished_at IS NOT NULL",
                    a.uid(), id, a.moduleId(), a.contentVersion(), a.startedAt(), a.finishedAt(), a.scorePercent(),
                    a.passed() == null ? null : (a.passed() ? 1 : 0)));
        }

        if (row instanceof SyncRows.Answer a) {
                Optional<Long> attempt = attemptId(a.attemptUid());
                return attempt.isEmpty() ? 0 : update(
                        "INSERT INTO quiz_answer (attempt_id, question_id, response, credit, answered_at, time_taken_ms)"
                                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (attempt_id, question_id) DO UPDATE SET"
                                + " response = excluded.response, credit = excluded.credit,"
                                + " answered_at = excluded.answered_at, time_taken_ms = excluded.time_taken_ms"
                                + " WHERE excluded.answered_at > answered_at",
                        attempt.get(), a.questionId(), a.response(), a.credit(), a.answeredAt(), a.timeTakenMs());
                    }

        if (row instanceof SyncRows.Chat c) {
            return withLearner(c.learnerUid(), id -> update(
                    "INSERT INTO chat_choice (learner_id, module_id, content_version, lesson_id, step_id, choice_id,"
                            + " chosen_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    id, c.moduleId(), c.contentVersion(), c.lessonId(), c.stepId(), c.choiceId(), c.chosenAt()));
        }

        if (row instanceof SyncRows.Badge b) {
            return withLearner(b.learnerUid(), id -> update(
                    "INSERT INTO badge (learner_id, badge_id, module_id, earned_at) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT (learner_id, badge_id) DO UPDATE SET earned_at = excluded.earned_at"
                            + " WHERE excluded.earned_at < earned_at",
                    id, b.badgeId(), b.moduleId(), b.earnedAt()));
        }

        if (row instanceof SyncRows.Review r) {
            return withLearner(r.learnerUid(), id -> update(
                    "INSERT INTO review_item (learner_id, module_id, question_id, box, due_on, last_reviewed_at,"
                            + " version, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT (learner_id, module_id, question_id) DO UPDATE SET box = excluded.box,"
                            + " due_on = excluded.due_on, last_reviewed_at = excluded.last_reviewed_at,"
                            + " version = excluded.version, origin = excluded.origin"
                            + " WHERE excluded.version > version OR (excluded.version = version AND excluded.origin > origin)",
                    id, r.moduleId(), r.questionId(), r.box(), r.dueOn(), r.lastReviewedAt(), r.version(), r.origin()));
        }

        if (row instanceof SyncRows.StepWork w) {
            return withLearner(w.learnerUid(), id -> update(
                    "INSERT INTO step_work (learner_id, module_id, step_id, value, version, origin) VALUES (?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT (learner_id, module_id, step_id) DO UPDATE SET value = excluded.value,"
                            + " version = excluded.version, origin = excluded.origin"
                            + " WHERE excluded.version > version OR (excluded.version = version AND excluded.origin > origin)",
                    id, w.moduleId(), w.stepId(), w.value(), w.version(), w.origin()));
        }

        if (row instanceof SyncRows.SchoolClass c) {
            return schoolClass(c);
        }

        if (row instanceof SyncRows.ClassDeleted d) {
                int changed = update("DELETE FROM school_class WHERE uid = ? AND (version < ? OR (version = ? AND origin <= ?))",
                        d.uid(), d.version(), d.version(), d.origin());
                tombstone("class", d.uid(), d.version(), d.origin());
                return changed;
                    }
        throw new IllegalArgumentException("a row of an unknown kind: " + row);
    }

    private int learner(SyncRows.Learner l) throws SQLException {
        Optional<Long> local = learnerId(l.uid());
        if (local.isPresent()) {
            if (waitingToBeSent("learner", local.get())) {
                return 0; // edited here and not sent yet: see waitingToBeSent
            }
            int changed = update("UPDATE learner SET display_name = ?, avatar = ?, band = ?, locale = ?, archived = ?,"
                            + " picture_lock = ?, version = ?, origin = ? WHERE id = ?"
                            + " AND (version < ? OR (version = ? AND origin < ?))",
                    l.displayName(), l.avatar(), l.band(), l.locale(), l.archived() ? 1 : 0, l.pictureLock(),
                    l.version(), l.origin(), local.get(), l.version(), l.version(), l.origin());
            if (changed == 0) {
                return 0;
            }
            replaceLearnerChoices(local.get(), l);
            return 1;
        }
        if (tombstoneAtLeast("learner", l.uid(), l.version())) {
            return 0; // deleted here after this version was written: the deletion is on its way to the hub
        }
        update("INSERT INTO learner (uid, display_name, avatar, band, locale, created_at, archived, picture_lock,"
                        + " version, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                l.uid(), l.displayName(), l.avatar(), l.band(), l.locale(), l.createdAt(), l.archived() ? 1 : 0,
                l.pictureLock(), l.version(), l.origin());
        replaceLearnerChoices(learnerId(l.uid()).orElseThrow(), l);
        return 1;
    }

    private void replaceLearnerChoices(long id, SyncRows.Learner l) throws SQLException {
        update("DELETE FROM learner_module WHERE learner_id = ?", id);
        for (Map.Entry<String, Boolean> module : l.modules().entrySet()) {
            update("INSERT INTO learner_module (learner_id, module_id, shown) VALUES (?, ?, ?)", id, module.getKey(),
                    module.getValue() ? 1 : 0);
        }
        update("DELETE FROM learner_setting WHERE learner_id = ?", id);
        for (Map.Entry<String, String> setting : l.settings().entrySet()) {
            update("INSERT INTO learner_setting (learner_id, key, value) VALUES (?, ?, ?)", id, setting.getKey(),
                    setting.getValue());
        }
    }

    private int learnerDeleted(SyncRows.LearnerDeleted d) throws SQLException {
        learnerIds.remove(d.uid());
        attemptIds.clear(); // their attempts go with them
        int changed = update("DELETE FROM learner WHERE uid = ?", d.uid());
        tombstone("learner", d.uid(), d.version(), d.origin());
        return changed;
    }

    private int schoolClass(SyncRows.SchoolClass c) throws SQLException {
        Optional<Long> local = id("SELECT id FROM school_class WHERE uid = ?", c.uid());
        long classId;
        if (local.isPresent()) {
            if (waitingToBeSent("class", local.get())) {
                return 0;
            }
            int changed = update("UPDATE school_class SET name = ?, archived = ?, version = ?, origin = ? WHERE id = ?"
                            + " AND (version < ? OR (version = ? AND origin < ?))",
                    c.name(), c.archived() ? 1 : 0, c.version(), c.origin(), local.get(), c.version(), c.version(),
                    c.origin());
            if (changed == 0) {
                return 0;
            }
            classId = local.get();
        } else {
            if (tombstoneAtLeast("class", c.uid(), c.version())) {
                return 0;
            }
            // Another local class may hold the name (made here before pairing): the hub's copy takes it.
            update("DELETE FROM school_class WHERE lower(name) = lower(?) AND uid <> ?", c.name(), c.uid());
            update("INSERT INTO school_class (uid, name, created_at, archived, version, origin) VALUES (?, ?, ?, ?, ?, ?)",
                    c.uid(), c.name(), c.createdAt(), c.archived() ? 1 : 0, c.version(), c.origin());
            classId = id("SELECT id FROM school_class WHERE uid = ?", c.uid()).orElseThrow();
        }
        update("DELETE FROM class_member WHERE class_id = ?", classId);
        for (String member : c.members()) {
            Optional<Long> learner = learnerId(member);
            if (learner.isPresent()) {
                update("INSERT INTO class_member (class_id, learner_id, joined_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                        classId, learner.get(), c.createdAt());
            }
        }
        update("DELETE FROM class_band WHERE class_id = ?", classId);
        for (String band : c.bands()) {
            update("INSERT INTO class_band (class_id, band) VALUES (?, ?)", classId, band);
        }
        update("DELETE FROM class_module WHERE class_id = ?", classId);
        for (Map.Entry<String, Boolean> module : c.modules().entrySet()) {
            update("INSERT INTO class_module (class_id, module_id, shown) VALUES (?, ?, ?)", classId, module.getKey(),
                    module.getValue() ? 1 : 0);
        }
        return 1;
    }

    /**
     * True when this computer's own edit of the profile or class is still in the outbox. A pull (a
     * sign-in brings rows without sending first) then leaves it: overwritten here, the edit would never
     * reach the hub and, if it lost, be in no conflict log. It is sent as it is; the hub keeps it or
     * logs it, and a loser's winner comes back with a later pull (the hub renumbers it for that).
     */
    private boolean waitingToBeSent(String kind, long id) throws SQLException {
        return id("SELECT 1 FROM outbox WHERE kind = ? AND row_key = json_array(?)", kind, id).isPresent();
    }

    private void tombstone(String kind, String uid, long version, String origin) throws SQLException {
        update("INSERT INTO tombstone (kind, uid, version, origin) VALUES (?, ?, ?, ?) ON CONFLICT (kind, uid)"
                + " DO UPDATE SET version = max(version, excluded.version), origin = excluded.origin", kind, uid, version, origin);
    }

    private boolean tombstoneAtLeast(String kind, String uid, long version) throws SQLException {
        return id("SELECT 1 FROM tombstone WHERE kind = ? AND uid = ? AND version >= ?", kind, uid, version).isPresent();
    }

    @FunctionalInterface
    private interface LearnerWork {
        int run(long learnerId) throws SQLException;
    }

    /** Work on a pulled learner's row; a row whose learner is not on this computer is left for later. */
    private int withLearner(String uid, LearnerWork work) throws SQLException {
        Optional<Long> id = learnerId(uid);
        return id.isPresent() ? work.run(id.get()) : 0;
    }

    private Optional<Long> learnerId(String uid) throws SQLException {
        Long known = learnerIds.get(uid);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Long> found = id("SELECT id FROM learner WHERE uid = ?", uid);
        found.ifPresent(id -> learnerIds.put(uid, id));
        return found;
    }

    private Optional<Long> attemptId(String uid) throws SQLException {
        Long known = attemptIds.get(uid);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Long> found = id("SELECT id FROM quiz_attempt WHERE uid = ?", uid);
        found.ifPresent(id -> attemptIds.put(uid, id));
        return found;
    }

    private Optional<Long> id(String query, Object... parameters) throws SQLException {
        try (ResultSet rows = prepared(query, parameters).executeQuery()) {
            return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
        }
    }

    private int update(String query, Object... parameters) throws SQLException {
        return prepared(query, parameters).executeUpdate();
    }

    /** The statement for this SQL, prepared on first use in this merge and kept until {@link #close()}. */
    private PreparedStatement prepared(String query, Object... parameters) throws SQLException {
        PreparedStatement statement = statements.get(query);
        if (statement == null) {
            statement = connection.prepareStatement(query);
            statements.put(query, statement);
        } else {
            statement.clearParameters();
        }
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    @Override
    public void close() throws SQLException {
        SQLException failed = null;
        for (PreparedStatement statement : statements.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                failed = failed == null ? e : failed;
            }
        }
        statements.clear();
        if (failed != null) {
            throw failed;
        }
    }
}
