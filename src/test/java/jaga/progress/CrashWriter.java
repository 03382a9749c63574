package jaga.progress;

import jaga.model.Band;
import jaga.model.Language;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The child process of {@link CrashSafetyTest}: records answers as fast as it can and, after each
 * one is committed, prints {@code committed <question-id> end}. It never stops by itself.
 */
public final class CrashWriter {
    private CrashWriter() {}

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        String round = args[1];
        Database database = Database.open(DataDirectory.prepare(folder), Clock.systemUTC());
        LearnerRepository learners = new LearnerRepository(database);
        long learner = learners.active().isEmpty()
                ? learners.create("Aina", "cat", Band.AGES_10_12, Language.MS).id()
                : learners.active().get(0).id();
        QuizRepository quizzes = new QuizRepository(database);
        LessonProgressRepository lessons = new LessonProgressRepository(database);
        long attempt = quizzes.startAttempt(learner, "crash-" + round, 1);
        System.out.println("ready");
        System.out.flush();
        for (int i = 0; ; i++) {
            String question = "r" + round + "-q" + i;
            quizzes.recordAnswer(attempt, question, "choice-" + (i % 4), i % 4 == 0 ? 1.0 : 0.0, 1_000L + i);
            System.out.println("committed " + question + " end");
            System.out.flush();
            if (i % 10 == 0) {
                lessons.stepReached(learner, "crash-" + round, 1, "lesson-1", i / 10);
            }
        }
    }
}
