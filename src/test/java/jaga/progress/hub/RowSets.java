package jaga.progress.hub;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The progress rows of a computer's SQLite file and of the hub, each kind as a set of lines keyed
 * by uids, so the two can be compared as sets.
 */
final class RowSets {
    private RowSets() {}

    static Map<String, Set<String>> ofPc(Path dataDir) {
        try (Connection pc = DriverManager.getConnection("jdbc:sqlite:file:" + dataDir.resolve("jaga.db") + "?mode=ro")) {
            return read(pc, Map.of(
                    "learner", "SELECT uid || '|' || display_name || '|' || version || '|' || origin FROM learner",
                    "lesson", "SELECT l.uid || '|' || p.module_id || '|' || p.lesson_id || '|' || p.step_index || '|'"
                            + " || (p.completed_at IS NOT NULL) FROM lesson_progress p JOIN learner l ON l.id = p.learner_id",
                    "attempt", "SELECT a.uid || '|' || l.uid || '|' || COALESCE(a.score_percent, -1) FROM quiz_attempt a"
                            + " JOIN learner l ON l.id = a.learner_id",
                    "answer", "SELECT a.uid || '|' || q.question_id || '|' || q.response FROM quiz_answer q"
                            + " JOIN quiz_attempt a ON a.id = q.attempt_id",
                    "chat", "SELECT l.uid || '|' || c.module_id || '|' || c.step_id || '|' || c.choice_id || '|' || c.chosen_at"
                            + " FROM chat_choice c JOIN learner l ON l.id = c.learner_id",
                    "badge", "SELECT l.uid || '|' || b.badge_id FROM badge b JOIN learner l ON l.id = b.learner_id",
                    "review", "SELECT l.uid || '|' || r.module_id || '|' || r.question_id || '|' || r.box || '|' || r.version"
                            + " || '|' || r.origin FROM review_item r JOIN learner l ON l.id = r.learner_id",
                    "stepwork", "SELECT l.uid || '|' || s.module_id || '|' || s.step_id || '|' || s.value || '|' || s.version"
                            + " || '|' || s.origin FROM step_work s JOIN learner l ON l.id = s.learner_id"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Set<String>> ofHub(Connection hub) {
        try {
            return read(hub, Map.of(
                    "learner", "SELECT uid || '|' || display_name || '|' || version || '|' || origin FROM learner WHERE NOT deleted",
                    "lesson", "SELECT learner_uid || '|' || module_id || '|' || lesson_id || '|' || step_index || '|'"
                            + " || CASE WHEN completed_at IS NOT NULL THEN 1 ELSE 0 END FROM lesson_progress",
                    "attempt", "SELECT uid || '|' || learner_uid || '|' || COALESCE(score_percent, -1) FROM quiz_attempt",
                    "answer", "SELECT attempt_uid || '|' || question_id || '|' || response FROM quiz_answer",
                    "chat", "SELECT learner_uid || '|' || module_id || '|' || step_id || '|' || choice_id || '|' || chosen_at"
                            + " FROM chat_choice",
                    "badge", "SELECT learner_uid || '|' || badge_id FROM badge",
                    "review", "SELECT learner_uid || '|' || module_id || '|' || question_id || '|' || box || '|' || version"
                            + " || '|' || origin FROM review_item",
                    "stepwork", "SELECT learner_uid || '|' || module_id || '|' || step_id || '|' || value || '|' || version"
                            + " || '|' || origin FROM step_work"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Set<String>> read(Connection connection, Map<String, String> queries) throws SQLException {
        Map<String, Set<String>> sets = new TreeMap<>();
        for (Map.Entry<String, String> query : queries.entrySet()) {
            Set<String> rows = new TreeSet<>();
            try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query.getValue())) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            sets.put(query.getKey(), rows);
        }
        return sets;
    }

    /** The outbox of a computer: how many entries are waiting. */
    static long outbox(Path dataDir) {
        try (Connection pc = DriverManager.getConnection("jdbc:sqlite:file:" + dataDir.resolve("jaga.db") + "?mode=ro");
             Statement statement = pc.createStatement(); ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM outbox")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
