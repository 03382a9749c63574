package jaga.progress.hub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jaga.progress.SyncRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies one batch of rows on the hub, inside the caller's transaction. Every statement is safe to
 * replay: facts are inserted once by their key, lesson places and badges merge monotonically,
 * profiles, review items, practice steps' work and classes take the higher (version, origin), and
 * a profile or class that loses is kept in the conflict log. A learner's deletion is final on the
 * hub and takes their facts; the hub's own triggers drop facts that arrive later for a deleted
 * learner or attempt.
 */
final class HubWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One lock for every transaction that gives learners or classes a change number (see {@link #apply}). */
    static final long ROSTER_LOCK = 0x4a616761_526f7374L; // "JagaRost"

    /** A fact's statement (its index in {@link #FACT_SQL}) and parameters; null for a learner or class row. */
    private record Fact(int kind, Object[] parameters) {}

    private static final int ATTEMPT = 0;
    private static final int ANSWER = 1;
    private static final int LESSON = 2;
    private static final int CHAT = 3;
    private static final int BADGE = 4;
    private static final int REVIEW = 5;
    private static final int STEP_WORK = 6;

    /** In the order they are sent: an answer needs its attempt on the hub first. */
    private static final List<String> FACT_SQL = List.of(
            "INSERT INTO quiz_attempt AS h (uid, learner_uid, module_id, content_version, started_at,"
                    + " finished_at, score_percent, passed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (uid) DO UPDATE SET finished_at = excluded.finished_at,"
                    + " score_percent = excluded.score_percent, passed = excluded.passed"
                    + " WHERE h.finished_at IS NULL AND excluded.finished_at IS NOT NULL",
            "INSERT INTO quiz_answer AS h (attempt_uid, question_id, response, credit, answered_at,"
                    + " time_taken_ms) VALUES (?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (attempt_uid, question_id) DO UPDATE SET response = excluded.response,"
                    + " credit = excluded.credit, answered_at = excluded.answered_at,"
                    + " time_taken_ms = excluded.time_taken_ms WHERE excluded.answered_at > h.answered_at",
            "INSERT INTO lesson_progress AS h (learner_uid, module_id, lesson_id, step_index, content_version,"
                    + " completed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (learner_uid, module_id, lesson_id) DO UPDATE SET"
                    + " step_index = GREATEST(h.step_index, excluded.step_index),"
                    + " content_version = GREATEST(h.content_version, excluded.content_version),"
                    + " completed_at = LEAST(h.completed_at, excluded.completed_at),"
                    + " updated_at = GREATEST(h.updated_at, excluded.updated_at)"
                    + " WHERE h.step_index < excluded.step_index"
                    + "   OR (h.completed_at IS NULL AND excluded.completed_at IS NOT NULL)"
                    + "   OR h.completed_at > excluded.completed_at",
            "INSERT INTO chat_choice (learner_uid, module_id, content_version, lesson_id, step_id,"
                    + " choice_id, chosen_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            "INSERT INTO badge AS h (learner_uid, badge_id, module_id, earned_at) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT (learner_uid, badge_id) DO UPDATE SET"
                    + " earned_at = excluded.earned_at WHERE excluded.earned_at < h.earned_at",
            "INSERT INTO review_item AS h (learner_uid, module_id, question_id, box, due_on,"
                    + " last_reviewed_at, version, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (learner_uid, module_id, question_id) DO UPDATE SET box = excluded.box,"
                    + " due_on = excluded.due_on, last_reviewed_at = excluded.last_reviewed_at,"
                    + " version = excluded.version, origin = excluded.origin"
                    + " WHERE (excluded.version, excluded.origin) > (h.version, h.origin)",
            "INSERT INTO step_work AS h (learner_uid, module_id, step_id, value, version, origin) VALUES (?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (learner_uid, module_id, step_id) DO UPDATE SET value = excluded.value,"
                    + " version = excluded.version, origin = excluded.origin"
                    + " WHERE (excluded.version, excluded.origin) > (h.version, h.origin)");

    private final Connection hub;

    HubWriter(Connection hub) {
        this.hub = hub;
    }

    /**
     * Rows the hub took as new or newer (a replay counts 0). Learners and classes go first, one statement
     * each and in their order (a version that loses is logged); then the facts, one JDBC batch per kind
     * (one round trip for the lot instead of one per row), attempts before answers. Facts merge the same
     * whatever their order: inserted once by key, monotonic, or by (version, origin); and a fact of a
     * learner deleted in the same batch is dropped by the hub's triggers either way.
     *
     * <p>A batch with profiles or classes first takes {@link #ROSTER_LOCK} until its commit, so change
     * numbers become visible in the order they were taken: a PC that pulled up to change N can never
     * later see a smaller number commit (two pushes at once would otherwise let N+1 commit before N,
     * and every PC that pulled in between would skip N for good).
     */
    int apply(List<SyncRows.Row> rows, String pcUid, String jagaVersion) throws SQLException {
        if (rows.stream().anyMatch(row -> row instanceof SyncRows.Learner || row instanceof SyncRows.LearnerDeleted
                || row instanceof SyncRows.SchoolClass || row instanceof SyncRows.ClassDeleted)) {
            try (PreparedStatement lock = hub.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, ROSTER_LOCK);
                lock.executeQuery().close();
            }
        }
        int changed = 0;
        List<List<Object[]>> facts = new ArrayList<>();
        for (int kind = 0; kind < FACT_SQL.size(); kind++) {
            facts.add(new ArrayList<>());
        }
        for (SyncRows.Row row : rows) {
            Fact fact = fact(row);
            if (fact == null) {
                changed += applyRoster(row);
            } else {
                facts.get(fact.kind()).add(fact.parameters());
            }
        }
        for (int kind = 0; kind < FACT_SQL.size(); kind++) {
            changed += batch(FACT_SQL.get(kind), facts.get(kind));
        }
        update("INSERT INTO pc (pc_uid, jaga_version) VALUES (?, ?) ON CONFLICT (pc_uid)"
                + " DO UPDATE SET jaga_version = excluded.jaga_version, last_seen = now()", pcUid, jagaVersion);
        return changed;
    }

    private int applyRoster(SyncRows.Row row) throws SQLException {
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
        throw new IllegalArgumentException("a row of an unknown kind: " + row);
    }

    private static Fact fact(SyncRows.Row row) {
        if (row instanceof SyncRows.Attempt a) {
            return new Fact(ATTEMPT, new Object[] {a.uid(), a.learnerUid(), a.moduleId(), a.contentVersion(), a.startedAt(),
                    a.finishedAt(), a.scorePercent(), a.passed()});
        }
        if (row instanceof SyncRows.Answer a) {
            return new Fact(ANSWER, new Object[] {a.attemptUid(), a.questionId(), a.response(), a.credit(), a.answeredAt(),
                    a.timeTakenMs()});
        }
        if (row instanceof SyncRows.Lesson l) {
            return new Fact(LESSON, new Object[] {l.learnerUid(), l.moduleId(), l.lessonId(), l.stepIndex(),
                    l.contentVersion(), l.completedAt(), l.updatedAt()});
        }
        if (row instanceof SyncRows.Chat c) {
            return new Fact(CHAT, new Object[] {c.learnerUid(), c.moduleId(), c.contentVersion(), c.lessonId(), c.stepId(),
                    c.choiceId(), c.chosenAt()});
        }
        if (row instanceof SyncRows.Badge b) {
            return new Fact(BADGE, new Object[] {b.learnerUid(), b.badgeId(), b.moduleId(), b.earnedAt()});
        }
        if (row instanceof SyncRows.Review r) {
            return new Fact(REVIEW, new Object[] {r.learnerUid(), r.moduleId(), r.questionId(), r.box(), r.dueOn(),
                    r.lastReviewedAt(), r.version(), r.origin()});
        }
        if (row instanceof SyncRows.StepWork w) {
            return new Fact(STEP_WORK, new Object[] {w.learnerUid(), w.moduleId(), w.stepId(), w.value(), w.version(),
                    w.origin()});
        }
        return null;
    }

    /** One statement, many parameter sets, sent together; the rows each changed, added up. */
    private int batch(String sql, List<Object[]> parameterSets) throws SQLException {
        if (parameterSets.isEmpty()) {
            return 0;
        }
        try (PreparedStatement statement = hub.prepareStatement(sql)) {
            for (Object[] parameters : parameterSets) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.addBatch();
            }
            int changed = 0;
            for (int count : statement.executeBatch()) {
                changed += Math.max(0, count);
            }
            return changed;
        }
    }

    private int learner(SyncRows.Learner l) throws SQLException {
        logOverwritten("learner", l.uid(), l.version(), l.origin());
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
        update("DELETE FROM step_work WHERE learner_uid = ?", d.uid());
        return changed;
    }

    private int schoolClass(SyncRows.SchoolClass c) throws SQLException {
        logOverwritten("class", c.uid(), c.version(), c.origin());
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

    /**
     * Keeps a version that lost, unless it is the very version the hub has (a replay), and gives the
     * winner a new change number: the computer that sent the loser may already have pulled past the
     * winner (it keeps its own unsent edit at a pull), and must get it with its next pull.
     */
    private void logLoser(String kind, String uid, long version, String origin, Object lost) throws SQLException {
        String table = kind.equals("learner") ? "learner" : "school_class";
        int logged = update("INSERT INTO conflict_log (kind, uid, kept, lost) SELECT ?, ?, h.version || ' from ' || h.origin,"
                        + " ?::jsonb FROM " + table + " h WHERE h.uid = ? AND (h.version, h.origin) <> (?, ?)",
                kind, uid, json(lost), uid, version, origin);
        if (logged > 0) {
            update("UPDATE " + table + " SET change = nextval('change_seq') WHERE uid = ?", uid);
        }
    }

    /**
     * Keeps the hub's version when the incoming one will replace it with the same version number from
     * a computer whose origin sorts higher: each was written without seeing the other, so the hub's
     * loses exactly as an incoming loser does. Called before the upsert, in the same transaction,
     * with the same JSON shape as {@link SyncRows.Learner} and {@link SyncRows.SchoolClass}.
     */
    private void logOverwritten(String kind, String uid, long version, String origin) throws SQLException {
        String document = kind.equals("learner")
                ? "jsonb_build_object('uid', h.uid, 'displayName', h.display_name, 'avatar', h.avatar, 'band', h.band,"
                        + " 'locale', h.locale, 'createdAt', h.created_at, 'archived', h.archived, 'pictureLock', h.picture_lock,"
                        + " 'modules', h.modules, 'settings', h.settings, 'version', h.version, 'origin', h.origin)"
                : "jsonb_build_object('uid', h.uid, 'name', h.name, 'createdAt', h.created_at, 'archived', h.archived,"
                        + " 'members', h.members, 'bands', h.bands, 'modules', h.modules, 'version', h.version, 'origin', h.origin)";
        String table = kind.equals("learner") ? "learner" : "school_class";
        update("INSERT INTO conflict_log (kind, uid, kept, lost) SELECT ?, h.uid, ? || ' from ' || ?, " + document
                        + " FROM " + table + " h WHERE h.uid = ? AND NOT h.deleted AND h.version = ? AND h.origin < ?",
                kind, Long.toString(version), origin, uid, version, origin);
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
