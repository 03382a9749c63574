package jaga.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What parents' and teachers' dashboards show, per learner and per class: modules started and
 * finished, scores, per-module figures that learning turns into mastery per topic, the most-missed
 * questions with the wrong answers chosen, time spent and when each child was last active.
 * Content is referred to only by ids: whether a question still exists is for learning to say.
 */
public final class DashboardRepository {
    /** SQL fragments choosing whose rows to read; the id itself is always a bound parameter. */
    private static final String ONE_LEARNER = "learner_id = ?";
    private static final String ONE_CLASS = "learner_id IN (SELECT learner_id FROM class_member WHERE class_id = ?)";

    private final Sql sql;

    public DashboardRepository(Database database) {
        this.sql = new Sql(database);
    }

    // ------------------------------------------------------------------ per learner

    /** One row per module the learner has opened or tried, in module id order. */
    public List<ModuleProgress> moduleProgress(long learnerId) {
        return moduleProgress(ONE_LEARNER, learnerId);
    }

    public LearnerSummary learnerSummary(long learnerId) {
        String name = sql.query("find the learner", "SELECT display_name FROM learner WHERE id = ?",
                row -> row.getString(1), learnerId).stream().findFirst()
                .orElseThrow(() -> new ProgressException("There is no learner number " + learnerId + "."));
        return summarise(learnerId, name, moduleProgress(learnerId));
    }

    /**
     * The questions the learner got wrong most often, counting each finished quiz once (their
     * latest answer to the question in it): {@code answers} and {@code missed} count quizzes.
     */
    public List<MissedQuestion> mostMissedByLearner(long learnerId, int limit) {
        return mostMissed(ONE_LEARNER, "a.id", learnerId, limit);
    }

    /** Every finished quiz attempt of the learner, oldest first: the points of a progress-over-time chart. */
    public List<FinishedAttempt> finishedAttempts(long learnerId) {
        return finishedAttempts(ONE_LEARNER, learnerId);
    }

    /** Every finished quiz attempt of the children in the class, per child, oldest first. */
    public List<FinishedAttempt> finishedAttemptsInClass(long classId) {
        return finishedAttempts(ONE_CLASS, classId);
    }

    private List<FinishedAttempt> finishedAttempts(String whose, long id) {
        return sql.query("read the finished quizzes",
                "SELECT learner_id, module_id, finished_at, score_percent, passed FROM quiz_attempt"
                        + " WHERE " + whose + " AND finished_at IS NOT NULL AND score_percent IS NOT NULL"
                        + " ORDER BY learner_id, finished_at, id",
                row -> new FinishedAttempt(row.getLong(1), row.getString(2), row.getString(3), row.getInt(4),
                        row.getInt(5) == 1), id);
    }

    // ------------------------------------------------------------------ per class

    /**
     * Everything a class dashboard shows, reading each child's attempts once: a summary per child,
     * per-module figures, and the {@code missedLimit} most-missed questions.
     */
    public ClassDashboard classDashboard(long classId, int missedLimit) {
        List<ModuleProgress> modules = moduleProgress(ONE_CLASS, classId);
        return new ClassDashboard(summaries(classId, modules), aggregate(modules),
                mostMissed(ONE_CLASS, PER_LEARNER, classId, missedLimit));
    }

    /** One summary per child in the class, in the order they were added. */
    public List<LearnerSummary> classSummary(long classId) {
        return summaries(classId, moduleProgress(ONE_CLASS, classId));
    }

    private List<LearnerSummary> summaries(long classId, List<ModuleProgress> modules) {
        Map<Long, String> names = new LinkedHashMap<>();
        sql.query("list the class",
                "SELECT l.id, l.display_name FROM class_member m JOIN learner l ON l.id = m.learner_id"
                        + " WHERE m.class_id = ? ORDER BY l.id",
                row -> names.put(row.getLong(1), row.getString(2)), classId);
        Map<Long, List<ModuleProgress>> byLearner = new LinkedHashMap<>();
        for (ModuleProgress module : modules) {
            byLearner.computeIfAbsent(module.learnerId(), id -> new ArrayList<>()).add(module);
        }
        List<LearnerSummary> summaries = new ArrayList<>();
        names.forEach((id, name) -> summaries.add(summarise(id, name, byLearner.getOrDefault(id, List.of()))));
        return summaries;
    }

    /** Per module, across the class: how many started and passed, scores and the share of credit earned. */
    public List<ModuleAggregate> classModules(long classId) {
        return aggregate(moduleProgress(ONE_CLASS, classId));
    }

    public List<MissedQuestion> mostMissedByClass(long classId, int limit) {
        return mostMissed(ONE_CLASS, PER_LEARNER, classId, limit);
    }

    /** Per module, for a list of one learner's (or anyone's) module rows. */
    public static List<ModuleAggregate> aggregate(List<ModuleProgress> rows) {
        Map<String, List<ModuleProgress>> byModule = new LinkedHashMap<>();
        rows.stream().sorted(Comparator.comparing(ModuleProgress::moduleId))
                .forEach(row -> byModule.computeIfAbsent(row.moduleId(), id -> new ArrayList<>()).add(row));
        List<ModuleAggregate> result = new ArrayList<>();
        byModule.forEach((moduleId, modules) -> {
            int passed = (int) modules.stream().filter(ModuleProgress::passed).count();
            List<Integer> best = modules.stream().map(ModuleProgress::bestScore).filter(Objects::nonNull).toList();
            Double averageBest = best.isEmpty() ? null : best.stream().mapToInt(Integer::intValue).average().orElseThrow();
            int answers = modules.stream().mapToInt(ModuleProgress::answers).sum();
            double credit = modules.stream().mapToDouble(ModuleProgress::creditEarned).sum();
            long time = modules.stream().mapToLong(ModuleProgress::timeSpentMs).sum();
            int version = modules.stream().mapToInt(ModuleProgress::latestContentVersion).max().orElse(0);
            result.add(new ModuleAggregate(moduleId, version, modules.size(), passed, averageBest, answers, credit, time));
        });
        return result;
    }

    // ------------------------------------------------------------------ the queries

    private List<ModuleProgress> moduleProgress(String whose, long id) {
        Map<String, ModuleBuilder> modules = new LinkedHashMap<>();
        sql.query("read the quiz results",
                "SELECT a.learner_id, a.module_id, a.content_version, a.started_at, a.finished_at, a.score_percent,"
                        + " a.passed, COUNT(q.id), TOTAL(q.credit), TOTAL(q.time_taken_ms), MAX(q.answered_at)"
                        + " FROM quiz_attempt a LEFT JOIN quiz_answer q ON q.attempt_id = a.id"
                        + " WHERE a." + whose + " GROUP BY a.id ORDER BY a.learner_id, a.module_id, a.started_at",
                row -> {
                    long learner = row.getLong(1);
                    String moduleId = row.getString(2);
                    ModuleBuilder module = modules.computeIfAbsent(learner + "\u0000" + moduleId,
                            key -> new ModuleBuilder(learner, moduleId));
                    module.attempt(row.getInt(3), row.getString(4), row.getString(5), integerOrNull(row, 6),
                            row.getInt(7) == 1, row.getInt(8), row.getDouble(9), (long) row.getDouble(10), row.getString(11));
                    return null;
                }, id);
        sql.query("read lesson progress",
                "SELECT learner_id, module_id, MAX(COALESCE(content_version, 0)), COUNT(*), COUNT(completed_at),"
                        + " MAX(updated_at) FROM lesson_progress WHERE " + whose + " GROUP BY learner_id, module_id",
                row -> {
                    long learner = row.getLong(1);
                    String moduleId = row.getString(2);
                    ModuleBuilder module = modules.computeIfAbsent(learner + "\u0000" + moduleId,
                            key -> new ModuleBuilder(learner, moduleId));
                    module.lessons(row.getInt(3), row.getInt(4), row.getInt(5), row.getString(6));
                    return null;
                }, id);
        return modules.values().stream().map(ModuleBuilder::build)
                .sorted(Comparator.comparingLong(ModuleProgress::learnerId).thenComparing(ModuleProgress::moduleId))
                .toList();
    }

    /**
     * Counted the way teachers read them (Kolibri's "difficult questions"): finished attempts
     * only, and one vote per {@code voter}: in a class, per learner (each learner's latest answer
     * to the question in a finished attempt, so a child who retried five times counts once, and
     * learners are the denominator); for one learner, per finished attempt.
     */
    private static final String PER_LEARNER = "a.learner_id, a.module_id";

    private List<MissedQuestion> mostMissed(String whose, String voter, long id, int limit) {
        Map<String, MissedBuilder> questions = new LinkedHashMap<>();
        sql.query("read the most-missed questions",
                "SELECT module_id, question_id, MAX(content_version), response, COUNT(*), SUM(credit < 1) FROM ("
                        + " SELECT a.module_id, q.question_id, a.content_version, q.response, q.credit,"
                        + " ROW_NUMBER() OVER (PARTITION BY " + voter + ", q.question_id"
                        + " ORDER BY a.finished_at DESC, q.answered_at DESC, q.id DESC) AS latest"
                        + " FROM quiz_attempt a JOIN quiz_answer q ON q.attempt_id = a.id"
                        + " WHERE a." + whose + " AND a.finished_at IS NOT NULL)"
                        + " WHERE latest = 1 GROUP BY module_id, question_id, response",
                row -> {
                    String moduleId = row.getString(1);
                    String questionId = row.getString(2);
                    MissedBuilder question = questions.computeIfAbsent(moduleId + "\u0000" + questionId,
                            key -> new MissedBuilder(moduleId, questionId));
                    question.add(row.getInt(3), row.getString(4), row.getInt(5), row.getInt(6));
                    return null;
                }, id);
        return questions.values().stream().map(MissedBuilder::build).filter(q -> q.missed() > 0)
                .sorted(Comparator.comparingInt(MissedQuestion::missed).reversed()
                        .thenComparing(Comparator.comparingDouble(MissedQuestion::missedShare).reversed())
                        .thenComparing(MissedQuestion::moduleId).thenComparing(MissedQuestion::questionId))
                .limit(limit).toList();
    }

    private static Integer integerOrNull(java.sql.ResultSet row, int column) throws java.sql.SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static LearnerSummary summarise(long learnerId, String name, List<ModuleProgress> modules) {
        int finished = (int) modules.stream().filter(ModuleProgress::passed).count();
        List<Integer> best = modules.stream().map(ModuleProgress::bestScore).filter(Objects::nonNull).toList();
        Double averageBest = best.isEmpty() ? null : best.stream().mapToInt(Integer::intValue).average().orElseThrow();
        long time = modules.stream().mapToLong(ModuleProgress::timeSpentMs).sum();
        String last = modules.stream().map(ModuleProgress::lastActive).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return new LearnerSummary(learnerId, name, modules.size(), finished, averageBest, time, last);
    }

    private static String later(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }

    private static final class ModuleBuilder {
        final long learnerId;
        final String moduleId;
        int version;
        int lessonsStarted;
        int lessonsCompleted;
        int attempts;
        int finished;
        boolean passed;
        Integer best;
        Integer last;
        String lastFinished;
        int answers;
        double credit;
        long time;
        String lastActive;

        ModuleBuilder(long learnerId, String moduleId) {
            this.learnerId = learnerId;
            this.moduleId = moduleId;
        }

        void attempt(int contentVersion, String startedAt, String finishedAt, Integer score, boolean passedIt,
                     int answerCount, double creditSum, long timeMs, String lastAnswer) {
            version = Math.max(version, contentVersion);
            attempts++;
            if (finishedAt != null) {
                finished++;
                if (score != null && (lastFinished == null || finishedAt.compareTo(lastFinished) >= 0)) {
                    lastFinished = finishedAt;
                    last = score;
                }
            }
            passed |= passedIt;
            if (score != null) {
                best = best == null ? score : Math.max(best, score);
            }
            answers += answerCount;
            credit += creditSum;
            time += timeMs;
            lastActive = later(later(later(lastActive, startedAt), finishedAt), lastAnswer);
        }

        void lessons(int contentVersion, int started, int completed, String updatedAt) {
            version = Math.max(version, contentVersion);
            lessonsStarted = started;
            lessonsCompleted = completed;
            lastActive = later(lastActive, updatedAt);
        }

        ModuleProgress build() {
            return new ModuleProgress(learnerId, moduleId, version, lessonsStarted, lessonsCompleted, attempts, finished,
                    passed, best, last, answers, credit, time, lastActive);
        }
    }

    private static final class MissedBuilder {
        final String moduleId;
        final String questionId;
        int version;
        int answers;
        int missed;
        final List<WrongResponse> wrong = new ArrayList<>();

        MissedBuilder(String moduleId, String questionId) {
            this.moduleId = moduleId;
            this.questionId = questionId;
        }

        void add(int contentVersion, String response, int count, int missedCount) {
            version = Math.max(version, contentVersion);
            answers += count;
            missed += missedCount;
            if (missedCount > 0) {
                wrong.add(new WrongResponse(response, missedCount));
            }
        }

        MissedQuestion build() {
            wrong.sort(Comparator.comparingInt(WrongResponse::count).reversed().thenComparing(WrongResponse::response));
            return new MissedQuestion(moduleId, questionId, version, answers, missed, List.copyOf(wrong));
        }
    }

    /**
     * One learner's module: lessons started and completed, quiz attempts, whether any attempt
     * passed, best and latest finished score, answers given and credit earned, time spent
     * answering, and the latest moment of activity (ISO-8601 UTC text).
     */
    public record ModuleProgress(long learnerId, String moduleId, int latestContentVersion, int lessonsStarted,
                                 int lessonsCompleted, int attempts, int finishedAttempts, boolean passed,
                                 Integer bestScore, Integer lastScore, int answers, double creditEarned,
                                 long timeSpentMs, String lastActive) {}

    /** A class dashboard: the children, the modules across the class, and the most-missed questions. */
    public record ClassDashboard(List<LearnerSummary> learners, List<ModuleAggregate> modules,
                                 List<MissedQuestion> mostMissed) {}

    /** A learner at a glance; {@code modulesFinished} counts modules whose quiz was passed. */
    public record LearnerSummary(long learnerId, String displayName, int modulesStarted, int modulesFinished,
                                 Double averageBestScore, long timeSpentMs, String lastActive) {}

    /** A module across a group of learners; {@code creditEarned / answers} is the share answered right. */
    public record ModuleAggregate(String moduleId, int latestContentVersion, int learnersStarted, int learnersPassed,
                                  Double averageBestScore, int answers, double creditEarned, long timeSpentMs) {
        public Double creditShare() {
            return answers == 0 ? null : creditEarned / answers;
        }
    }

    /**
     * A question that {@code missed} learners got wrong (credit below 1) out of the {@code answers}
     * learners who answered it, each learner counted once, by their latest answer in a finished
     * attempt; {@code wrongResponses} counts learners per wrong answer.
     */
    public record MissedQuestion(String moduleId, String questionId, int latestContentVersion, int answers, int missed,
                                 List<WrongResponse> wrongResponses) {
        public double missedShare() {
            return answers == 0 ? 0 : (double) missed / answers;
        }
    }

    public record WrongResponse(String response, int count) {}

    /** A quiz attempt the learner finished: when (ISO-8601 UTC), the score (0-100) and whether it passed. */
    public record FinishedAttempt(long learnerId, String moduleId, String finishedAt, int scorePercent, boolean passed) {}
}
