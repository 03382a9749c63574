package jaga.progress.hub;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jaga.progress.SyncRows;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads what a computer pulls from the hub: the roster and classes that changed, and learners' rows. */
final class HubReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection hub;

    HubReader(Connection hub) {
        this.hub = hub;
    }

    /** Learners and classes changed since {@code sinceChange}: learners first, so classes find their members. */
    record Roster(List<SyncRows.Row> rows, long upToChange) {}

    Roster rosterSince(long sinceChange) throws SQLException {
        // Learners and classes from one snapshot: read apart, a learner's change committed between the
        // two reads would be passed by a class's later change number and never pulled.
        boolean autoCommit = hub.getAutoCommit();
        int isolation = hub.getTransactionIsolation();
        hub.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        hub.setAutoCommit(false);
        Roster roster;
        try {
            roster = readRosterSince(sinceChange);
            hub.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                hub.rollback();
            } catch (SQLException ignored) {
                // the connection is likely gone; the hub ends the read-only transaction by itself
            }
            throw e;
        }
        hub.setAutoCommit(autoCommit);
        hub.setTransactionIsolation(isolation);
        return roster;
    }

    private Roster readRosterSince(long sinceChange) throws SQLException {
        List<SyncRows.Row> rows = new ArrayList<>();
        long[] upTo = {sinceChange};
        query("SELECT uid, display_name, avatar, band, locale, created_at, archived, picture_lock, modules::text,"
                + " settings::text, deleted, version, origin, change FROM learner WHERE change > ? ORDER BY change", row -> {
                    upTo[0] = Math.max(upTo[0], row.getLong(14));
                    if (row.getBoolean(11)) {
                        rows.add(new SyncRows.LearnerDeleted(row.getString(1), row.getLong(12), row.getString(13)));
                    } else {
                        rows.add(new SyncRows.Learner(row.getString(1), row.getString(2), row.getString(3),
                                row.getString(4), row.getString(5), row.getString(6), row.getBoolean(7), row.getString(8),
                                read(row.getString(9), new TypeReference<Map<String, Boolean>>() {}),
                                read(row.getString(10), new TypeReference<Map<String, String>>() {}),
                                row.getLong(12), row.getString(13)));
                    }
                }, sinceChange);
        query("SELECT uid, name, created_at, archived, members::text, bands::text, modules::text, deleted, version, origin,"
                + " change FROM school_class WHERE change > ? ORDER BY change", row -> {
                    upTo[0] = Math.max(upTo[0], row.getLong(11));
                    if (row.getBoolean(8)) {
                        rows.add(new SyncRows.ClassDeleted(row.getString(1), row.getLong(9), row.getString(10)));
                    } else {
                        rows.add(new SyncRows.SchoolClass(row.getString(1), row.getString(2), row.getString(3),
                                row.getBoolean(4), read(row.getString(5), new TypeReference<List<String>>() {}),
                                read(row.getString(6), new TypeReference<List<String>>() {}),
                                read(row.getString(7), new TypeReference<Map<String, Boolean>>() {}),
                                row.getLong(9), row.getString(10)));
                    }
                }, sinceChange);
        return new Roster(rows, upTo[0]);
    }

    /** A learner's rows written on the hub since {@code since} (a transaction id, "0" for everything). */
    record Since(String learnerUid, String since) {}

    /** Rows read, and the mark to ask from next time for each of the learners asked about. */
    record LearnerRows(List<SyncRows.Row> rows, String nextMark) {}

    /**
     * The lesson places, attempts, answers, chat replies, badges, review items and practice steps'
     * work of these learners that were written since each one's mark. The next mark is taken before
     * the rows are read: every transaction below it had finished, so nothing committed later can
     * fall below it.
     */
    LearnerRows learnerRowsSince(List<Since> learners) throws SQLException {
        List<SyncRows.Row> rows = new ArrayList<>();
        String[] mark = {"0"};
        query("SELECT pg_snapshot_xmin(pg_current_snapshot())::text", row -> mark[0] = row.getString(1));
        if (learners.isEmpty()) {
            return new LearnerRows(rows, mark[0]);
        }
        // Learners pulled together share a mark: one set of queries per mark, each an index range scan.
        Map<String, List<String>> byMark = new java.util.LinkedHashMap<>();
        for (Since learner : learners) {
            byMark.computeIfAbsent(learner.since(), since -> new ArrayList<>()).add(learner.learnerUid());
        }
        for (Map.Entry<String, List<String>> group : byMark.entrySet()) {
            readSince(group.getValue().toArray(String[]::new), group.getKey(), rows);
        }
        return new LearnerRows(rows, mark[0]);
    }

    /** The uids of every live learner in these classes (by class uid). */
    List<String> classMembers(List<String> classUids) throws SQLException {
        List<String> members = new ArrayList<>();
        query("SELECT DISTINCT jsonb_array_elements_text(members) FROM school_class WHERE uid = ANY (?) AND NOT deleted",
                row -> members.add(row.getString(1)), (Object) classUids.toArray(String[]::new));
        return members;
    }

    private void readSince(String[] uids, String since, List<SyncRows.Row> rows) throws SQLException {
        String asked = " WHERE t.learner_uid = ANY (?) AND t.written >= ?::xid8";
        query("SELECT t.learner_uid, t.module_id, t.lesson_id, t.step_index, t.content_version, t.completed_at,"
                + " t.updated_at FROM lesson_progress t" + asked, row -> {
                    int version = row.getInt(5);
                    rows.add(new SyncRows.Lesson(row.getString(1), row.getString(2), row.getString(3), row.getInt(4),
                            row.wasNull() ? null : version, row.getString(6), row.getString(7)));
                }, uids, since);
        query("SELECT t.uid, t.learner_uid, t.module_id, t.content_version, t.started_at, t.finished_at,"
                + " t.score_percent, t.passed FROM quiz_attempt t" + asked + " ORDER BY t.started_at, t.uid", row -> {
                    int score = row.getInt(7);
                    Integer scorePercent = row.wasNull() ? null : score;
                    boolean passed = row.getBoolean(8);
                    rows.add(new SyncRows.Attempt(row.getString(1), row.getString(2), row.getString(3), row.getInt(4),
                            row.getString(5), row.getString(6), scorePercent, row.wasNull() ? null : passed));
                }, uids, since);
        query("SELECT q.attempt_uid, q.question_id, q.response, q.credit, q.answered_at, q.time_taken_ms"
                + " FROM quiz_answer q JOIN quiz_attempt t ON t.uid = q.attempt_uid"
                + " WHERE t.learner_uid = ANY (?) AND q.written >= ?::xid8", row -> {
                    long taken = row.getLong(6);
                    rows.add(new SyncRows.Answer(row.getString(1), row.getString(2), row.getString(3), row.getDouble(4),
                            row.getString(5), row.wasNull() ? null : taken));
                }, uids, since);
        query("SELECT t.learner_uid, t.module_id, t.content_version, t.lesson_id, t.step_id, t.choice_id, t.chosen_at"
                + " FROM chat_choice t" + asked + " ORDER BY t.chosen_at", row -> rows.add(new SyncRows.Chat(
                        row.getString(1), row.getString(2), row.getInt(3), row.getString(4), row.getString(5),
                        row.getString(6), row.getString(7))), uids, since);
        query("SELECT t.learner_uid, t.badge_id, t.module_id, t.earned_at FROM badge t" + asked,
                row -> rows.add(new SyncRows.Badge(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4))), uids, since);
        query("SELECT t.learner_uid, t.module_id, t.question_id, t.box, t.due_on, t.last_reviewed_at, t.version, t.origin"
                + " FROM review_item t" + asked, row -> rows.add(new SyncRows.Review(row.getString(1), row.getString(2),
                        row.getString(3), row.getInt(4), row.getString(5), row.getString(6), row.getLong(7),
                        row.getString(8))), uids, since);
        query("SELECT t.learner_uid, t.module_id, t.step_id, t.value, t.version, t.origin FROM step_work t" + asked,
                row -> rows.add(new SyncRows.StepWork(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getLong(5), row.getString(6))), uids, since);
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private void query(String sql, RowReader reader, Object... parameters) throws SQLException {
        try (PreparedStatement statement = hub.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i];
                if (parameter instanceof String[] array) {
                    statement.setArray(i + 1, hub.createArrayOf("text", array));
                } else {
                    statement.setObject(i + 1, parameter);
                }
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }

    private static <T> T read(String json, TypeReference<T> type) throws SQLException {
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new SQLException("the hub holds unreadable JSON: " + json, e);
        }
    }
}
