package jaga.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a row named by an outbox entry as it is now, keyed by uids. A row that is gone (its learner
 * was deleted, say) yields nothing: its deletion travels as a tombstone of its own.
 */
final class OutboxRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;

    OutboxRows(Connection connection) {
        this.connection = connection;
    }

    Optional<SyncRows.Row> resolve(String kind, String rowKey) throws SQLException {
        JsonNode key;
        try {
            key = JSON.readTree(rowKey);
        } catch (java.io.IOException e) {
            throw new SQLException("an outbox entry has an unreadable key: " + rowKey, e);
        }
        return switch (kind) {
            case "learner" -> learner(key.get(0).asLong());
            case "learner-deleted" -> tombstone("learner", key.get(0).asText())
                    .map(t -> new SyncRows.LearnerDeleted(t.uid, t.version, t.origin));
            case "lesson" -> one("SELECT l.uid, p.module_id, p.lesson_id, p.step_index, p.content_version, p.completed_at,"
                    + " p.updated_at FROM lesson_progress p JOIN learner l ON l.id = p.learner_id"
                    + " WHERE p.learner_id = ? AND p.module_id = ? AND p.lesson_id = ?", OutboxRows::lesson,
                    key.get(0).asLong(), key.get(1).asText(), key.get(2).asText());
            case "attempt" -> one("SELECT a.uid, l.uid, a.module_id, a.content_version, a.started_at, a.finished_at,"
                    + " a.score_percent, a.passed FROM quiz_attempt a JOIN learner l ON l.id = a.learner_id WHERE a.id = ?",
                    OutboxRows::attempt, key.get(0).asLong());
            case "answer" -> one("SELECT a.uid, q.question_id, q.response, q.credit, q.answered_at, q.time_taken_ms"
                    + " FROM quiz_answer q JOIN quiz_attempt a ON a.id = q.attempt_id"
                    + " WHERE q.attempt_id = ? AND q.question_id = ?", OutboxRows::answer,
                    key.get(0).asLong(), key.get(1).asText());
            case "chat" -> one("SELECT l.uid, c.module_id, c.content_version, c.lesson_id, c.step_id, c.choice_id,"
                    + " c.chosen_at FROM chat_choice c JOIN learner l ON l.id = c.learner_id WHERE c.id = ?",
                    OutboxRows::chat, key.get(0).asLong());
            case "badge" -> one("SELECT l.uid, b.badge_id, b.module_id, b.earned_at FROM badge b"
                    + " JOIN learner l ON l.id = b.learner_id WHERE b.learner_id = ? AND b.badge_id = ?",
                    row -> new SyncRows.Badge(row.getString(1), row.getString(2), row.getString(3), row.getString(4)),
                    key.get(0).asLong(), key.get(1).asText());
            case "review" -> one("SELECT l.uid, r.module_id, r.question_id, r.box, r.due_on, r.last_reviewed_at,"
                    + " r.version, r.origin FROM review_item r JOIN learner l ON l.id = r.learner_id"
                    + " WHERE r.learner_id = ? AND r.module_id = ? AND r.question_id = ?", OutboxRows::review,
                    key.get(0).asLong(), key.get(1).asText(), key.get(2).asText());
            case "step-work" -> one("SELECT l.uid, s.module_id, s.step_id, s.value, s.version, s.origin FROM step_work s"
                    + " JOIN learner l ON l.id = s.learner_id WHERE s.learner_id = ? AND s.module_id = ? AND s.step_id = ?",
                    row -> new SyncRows.StepWork(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                            row.getLong(5), row.getString(6)),
                    key.get(0).asLong(), key.get(1).asText(), key.get(2).asText());
            case "class" -> schoolClass(key.get(0).asLong());
            case "class-deleted" -> tombstone("class", key.get(0).asText())
                    .map(t -> new SyncRows.ClassDeleted(t.uid, t.version, t.origin));
            default -> throw new SQLException("an outbox entry of an unknown kind: " + kind);
        };
    }

    Optional<SyncRows.Row> learner(long learnerId) throws SQLException {
        Map<String, Boolean> modules = new LinkedHashMap<>();
        forEach("SELECT module_id, shown FROM learner_module WHERE learner_id = ? ORDER BY module_id",
                row -> modules.put(row.getString(1), row.getInt(2) == 1), learnerId);
        Map<String, String> settings = new LinkedHashMap<>();
        forEach("SELECT key, value FROM learner_setting WHERE learner_id = ? ORDER BY key",
                row -> settings.put(row.getString(1), row.getString(2)), learnerId);
        return one("SELECT uid, display_name, avatar, band, locale, created_at, archived, picture_lock, version, origin"
                + " FROM learner WHERE id = ?", row -> new SyncRows.Learner(row.getString(1), row.getString(2),
                row.getString(3), row.getString(4), row.getString(5), row.getString(6), row.getInt(7) == 1,
                row.getString(8), modules, settings, row.getLong(9), row.getString(10)), learnerId);
    }

    Optional<SyncRows.Row> schoolClass(long classId) throws SQLException {
        List<String> members = new ArrayList<>();
        forEach("SELECT l.uid FROM class_member m JOIN learner l ON l.id = m.learner_id WHERE m.class_id = ?"
                + " ORDER BY l.uid", row -> members.add(row.getString(1)), classId);
        List<String> bands = new ArrayList<>();
        forEach("SELECT band FROM class_band WHERE class_id = ? ORDER BY band", row -> bands.add(row.getString(1)), classId);
        Map<String, Boolean> modules = new LinkedHashMap<>();
        forEach("SELECT module_id, shown FROM class_module WHERE class_id = ? ORDER BY module_id",
                row -> modules.put(row.getString(1), row.getInt(2) == 1), classId);
        return one("SELECT uid, name, created_at, archived, version, origin FROM school_class WHERE id = ?",
                row -> new SyncRows.SchoolClass(row.getString(1), row.getString(2), row.getString(3),
                        row.getInt(4) == 1, members, bands, modules, row.getLong(5), row.getString(6)), classId);
    }

    private record Tomb(String uid, long version, String origin) {}

    private Optional<Tomb> tombstone(String kind, String uid) throws SQLException {
        return one("SELECT uid, version, origin FROM tombstone WHERE kind = ? AND uid = ?",
                row -> new Tomb(row.getString(1), row.getLong(2), row.getString(3)), kind, uid);
    }

    private static SyncRows.Row lesson(ResultSet row) throws SQLException {
        int contentVersion = row.getInt(5);
        return new SyncRows.Lesson(row.getString(1), row.getString(2), row.getString(3), row.getInt(4),
                row.wasNull() ? null : contentVersion, row.getString(6), row.getString(7));
    }

    private static SyncRows.Row attempt(ResultSet row) throws SQLException {
        int score = row.getInt(7);
        Integer scorePercent = row.wasNull() ? null : score;
        int passed = row.getInt(8);
        Boolean hasPassed = row.wasNull() ? null : passed == 1;
        return new SyncRows.Attempt(row.getString(1), row.getString(2), row.getString(3), row.getInt(4),
                row.getString(5), row.getString(6), scorePercent, hasPassed);
    }

    private static SyncRows.Row answer(ResultSet row) throws SQLException {
        long taken = row.getLong(6);
        return new SyncRows.Answer(row.getString(1), row.getString(2), row.getString(3), row.getDouble(4),
                row.getString(5), row.wasNull() ? null : taken);
    }

    private static SyncRows.Row chat(ResultSet row) throws SQLException {
        return new SyncRows.Chat(row.getString(1), row.getString(2), row.getInt(3), row.getString(4), row.getString(5),
                row.getString(6), row.getString(7));
    }

    private static SyncRows.Row review(ResultSet row) throws SQLException {
        return new SyncRows.Review(row.getString(1), row.getString(2), row.getString(3), row.getInt(4),
                row.getString(5), row.getString(6), row.getLong(7), row.getString(8));
    }

    @FunctionalInterface
    interface Mapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private <T> Optional<T> one(String query, Mapper<T> mapper, Object... parameters) throws SQLException {
        List<T> found = new ArrayList<>();
        forEach(query, row -> found.add(mapper.map(row)), parameters);
        return found.stream().findFirst();
    }

    private void forEach(String query, Mapper<?> mapper, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    mapper.map(rows);
                }
            }
        }
    }
}
