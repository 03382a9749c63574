package jaga.progress;

import java.util.List;

/**
 * Quiz answers read per question rather than per attempt, for the figures teachers read: each
 * child's latest answer to each question in a finished quiz (a child who retried five times counts
 * once, with what they know now), and the questions a child keeps getting wrong.
 */
public final class AnswerHistory {
    private static final String ONE_LEARNER = "a.learner_id = ?";
    private static final String ONE_CLASS = "a.learner_id IN (SELECT learner_id FROM class_member WHERE class_id = ?)";

    private final Sql sql;

    public AnswerHistory(Database database) {
        this.sql = new Sql(database);
    }

    /** The learner's latest answer to each question in a finished quiz. */
    public List<LatestAnswer> latestAnswers(long learnerId) {
        return latestAnswers(ONE_LEARNER, learnerId);
    }

    /** Each class member's latest answer to each question in a finished quiz. */
    public List<LatestAnswer> latestAnswersInClass(long classId) {
        return latestAnswers(ONE_CLASS, classId);
    }

    private List<LatestAnswer> latestAnswers(String whose, long id) {
        return sql.query("read the latest answers",
                "SELECT learner_id, module_id, question_id, credit FROM ("
                        + " SELECT a.learner_id, a.module_id, q.question_id, q.credit,"
                        + " ROW_NUMBER() OVER (PARTITION BY a.learner_id, a.module_id, q.question_id"
                        + " ORDER BY a.finished_at DESC, q.answered_at DESC, q.id DESC) AS latest"
                        + " FROM quiz_attempt a JOIN quiz_answer q ON q.attempt_id = a.id"
                        + " WHERE " + whose + " AND a.finished_at IS NOT NULL)"
                        + " WHERE latest = 1 ORDER BY learner_id, module_id, question_id",
                row -> new LatestAnswer(row.getLong(1), row.getString(2), row.getString(3), row.getDouble(4)), id);
    }

    /**
     * Questions the learner answered wrongly in two or more quizzes (finished or not; their last
     * answer in each quiz counts) and has not answered right since: the ones worth talking about
     * even when the overall figures look fine.
     */
    public List<RepeatedMiss> repeatedMisses(long learnerId) {
        return sql.query("read the questions missed again and again",
                "SELECT module_id, question_id, COUNT(*) FROM ("
                        + " SELECT a.module_id, q.question_id, q.credit,"
                        + " ROW_NUMBER() OVER (PARTITION BY a.id, q.question_id"
                        + " ORDER BY q.answered_at DESC, q.id DESC) AS last_in_quiz,"
                        + " FIRST_VALUE(q.credit) OVER (PARTITION BY a.module_id, q.question_id"
                        + " ORDER BY q.answered_at DESC, q.id DESC) AS last_credit"
                        + " FROM quiz_attempt a JOIN quiz_answer q ON q.attempt_id = a.id"
                        + " WHERE " + ONE_LEARNER + ")"
                        + " WHERE last_in_quiz = 1 AND credit < 1 AND last_credit < 1"
                        + " GROUP BY module_id, question_id HAVING COUNT(*) >= 2 ORDER BY module_id, question_id",
                row -> new RepeatedMiss(row.getString(1), row.getString(2), row.getInt(3)), learnerId);
    }

    /** A learner's latest answer to a question in a finished quiz, with the credit it earned (0 to 1). */
    public record LatestAnswer(long learnerId, String moduleId, String questionId, double credit) {}

    /** A question answered wrongly in {@code quizzes} different quizzes and not right since. */
    public record RepeatedMiss(String moduleId, String questionId, int quizzes) {}
}
