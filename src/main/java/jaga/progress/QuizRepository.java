package jaga.progress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Quiz attempts and answers. Every call commits before it returns. */
public final class QuizRepository {
    /** uid, learner, module, content version, started at, finished at, score percent, passed (0, 1 or null). */
    static final String INSERT_ATTEMPT = "INSERT INTO quiz_attempt (uid, learner_id, module_id, content_version, started_at,"
            + " finished_at, score_percent, passed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    /** An attempt's id and learner, by its uid. */
    static final String FIND_ATTEMPT = "SELECT id, learner_id FROM quiz_attempt WHERE uid = ?";
    /**
     * Finished at, score, passed, attempt id, finished at again: an attempt left unfinished here takes a
     * finished result from elsewhere (an import, a pull); a finished one keeps its own.
     */
    static final String FINISH_IF_UNFINISHED = "UPDATE quiz_attempt SET finished_at = ?, score_percent = ?, passed = ?"
            + " WHERE id = ? AND finished_at IS NULL AND ? IS NOT NULL";
    /** Attempt, question, response, credit, time taken, answered at; an answer already here for that question stays. */
    static final String ADD_ANSWER_IF_NEW = "INSERT INTO quiz_answer (attempt_id, question_id, response, credit,"
            + " time_taken_ms, answered_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (attempt_id, question_id) DO NOTHING";

    private final Sql sql;
    private final Database database;

    public QuizRepository(Database database) {
        this.database = database;
        this.sql = new Sql(database);
    }

    public long startAttempt(long learnerId, String moduleId, int contentVersion) {
        return sql.insert("start the quiz", INSERT_ATTEMPT, LearnerRepository.newUid(), learnerId, moduleId,
                contentVersion, database.now(), null, null, null);
    }

    /** Saves one answer the moment it is given; answering the same question again replaces it. */
    public void recordAnswer(long attemptId, String questionId, String response, double credit) {
        recordAnswer(attemptId, questionId, response, credit, null);
    }

    /**
     * Saves one answer, with the milliseconds the child took (null if unknown), committed before
     * this returns; answering the same question again replaces it.
     */
    public void recordAnswer(long attemptId, String questionId, String response, double credit, Long timeTakenMs) {
        sql.update("save the answer",
                "INSERT INTO quiz_answer (attempt_id, question_id, response, credit, answered_at, time_taken_ms)"
                        + " VALUES (?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (attempt_id, question_id) DO UPDATE SET response = excluded.response,"
                        + " credit = excluded.credit, answered_at = excluded.answered_at,"
                        + " time_taken_ms = excluded.time_taken_ms",
                attemptId, questionId, response, credit, database.now(), timeTakenMs);
    }

    /** The learner's latest attempt at this module's quiz that was started but not finished, on this content version. */
    public java.util.Optional<Long> unfinishedAttempt(long learnerId, String moduleId, int contentVersion) {
        return sql.query("find an unfinished quiz",
                "SELECT id FROM quiz_attempt WHERE learner_id = ? AND module_id = ? AND content_version = ?"
                        + " AND finished_at IS NULL ORDER BY id DESC LIMIT 1",
                row -> row.getLong(1), learnerId, moduleId, contentVersion).stream().findFirst();
    }

    public void finishAttempt(long attemptId, int scorePercent, boolean passed) {
        sql.update("save the quiz result",
                "UPDATE quiz_attempt SET finished_at = ?, score_percent = ?, passed = ? WHERE id = ?",
                database.now(), scorePercent, passed ? 1 : 0, attemptId);
    }

    public List<RecordedAnswer> answers(long attemptId) {
        return sql.query("read the answers",
                "SELECT question_id, response, credit FROM quiz_answer WHERE attempt_id = ? ORDER BY id",
                row -> new RecordedAnswer(row.getString(1), row.getString(2), row.getDouble(3)), attemptId);
    }

    /** For each module this learner has touched: whether a quiz was finished, passed, and the best score. */
    public Map<String, QuizRecord> records(long learnerId) {
        Map<String, QuizRecord> records = new LinkedHashMap<>();
        sql.query("read quiz results",
                "SELECT module_id, COUNT(*), COUNT(finished_at), MAX(COALESCE(passed, 0)), MAX(score_percent)"
                        + " FROM quiz_attempt WHERE learner_id = ? GROUP BY module_id",
                row -> {
                    int best = row.getInt(5);
                    Integer bestScore = row.wasNull() ? null : best;
                    return new QuizRecord(row.getString(1), row.getInt(2), row.getInt(3), row.getInt(4) == 1, bestScore);
                }, learnerId).forEach(record -> records.put(record.moduleId(), record));
        return records;
    }

    public record RecordedAnswer(String questionId, String response, double credit) {}

    public record QuizRecord(String moduleId, int attempts, int finishedAttempts, boolean passed, Integer bestScore) {}
}
