package jaga.bench;

import jaga.model.Band;
import jaga.model.Language;
import jaga.progress.ClassRepository;
import jaga.progress.DashboardRepository;
import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.progress.LearnerRepository;
import jaga.progress.QuizRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** The progress store's speed on real SQLite files, opened exactly as the app opens them. */
public final class ProgressBench {
    /** Times in ms. */
    public record Timings(double[] millis) {
        public double median() {
            return Stats.median(millis);
        }

        public double p99() {
            return Stats.percentile(millis, 99);
        }
    }

    /** What checking a school's file costs: its size, then each check's times (the first run separately). */
    public record Integrity(int learners, long bytes, double quickFirst, Timings quick, double fullFirst, Timings full,
                            Timings open) {}

    /**
     * A generated school of {@code learners} learners, closed; then SQLite's {@code quick_check} and
     * {@code integrity_check} on it (read-only, as Jaga checks a file before it writes), {@code runs}
     * times each after a first run reported on its own, and opening it as the app does.
     */
    public static Integrity integrityChecks(int learners, int runs) throws IOException {
        Path folder = Files.createTempDirectory("jaga-bench-integrity");
        try {
            DataDirectory data = DataDirectory.prepare(folder);
            GeneratedSchool.write(data, learners);
            long bytes = Files.size(data.database());
            double[] quick = new double[runs + 1];
            double[] full = new double[runs + 1];
            double[] open = new double[runs];
            for (int i = 0; i <= runs; i++) {
                quick[i] = timed(() -> Database.check(data.database(), "quick_check"));
                full[i] = timed(() -> Database.check(data.database(), "integrity_check"));
            }
            for (int i = 0; i < runs; i++) {
                open[i] = timed(() -> Database.open(data, Clock.systemUTC()).close());
            }
            return new Integrity(learners, bytes, quick[0], new Timings(java.util.Arrays.copyOfRange(quick, 1, runs + 1)),
                    full[0], new Timings(java.util.Arrays.copyOfRange(full, 1, runs + 1)), new Timings(open));
        } finally {
            Stats.deleteRecursively(folder);
        }
    }

    private static double timed(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return (System.nanoTime() - started) / 1e6;
    }

    /** The class dashboard's times, the school's size on disk and how long it took to generate. */
    public record School(int learners, long bytes, double generateSeconds, Timings classDashboard) {}

    private ProgressBench() {}

    /** Saving one quiz answer (committed, synchronous=FULL) {@code answers} times, after {@code warmups} untimed. */
    public static Timings answerCommits(int warmups, int answers) throws IOException {
        Path folder = Files.createTempDirectory("jaga-bench-commit");
        try (Database database = Database.open(DataDirectory.prepare(folder), Clock.systemUTC())) {
            long learner = new LearnerRepository(database).create("Aina", "owl", Band.AGES_10_12, Language.MS).id();
            QuizRepository quizzes = new QuizRepository(database);
            long attempt = quizzes.startAttempt(learner, "grooming-10-12", 1);
            double[] millis = new double[answers];
            for (int i = -warmups; i < answers; i++) {
                long started = System.nanoTime();
                quizzes.recordAnswer(attempt, "q" + (i + warmups), "b", 1.0, 4_000L);
                if (i >= 0) {
                    millis[i] = (System.nanoTime() - started) / 1e6;
                }
            }
            return new Timings(millis);
        } finally {
            Stats.deleteRecursively(folder);
        }
    }

    /**
     * A generated school of {@code learners} learners ({@link GeneratedSchool}); then a teacher's class
     * dashboard (a class of 40, ten most-missed questions) {@code runs} times after {@code warmups} untimed.
     */
    public static School classDashboard(int learners, int warmups, int runs) throws IOException {
        Path folder = Files.createTempDirectory("jaga-bench-school");
        try {
            DataDirectory data = DataDirectory.prepare(folder);
            long started = System.nanoTime();
            GeneratedSchool.write(data, learners);
            double seconds = (System.nanoTime() - started) / 1e9;
            long bytes = Files.size(data.database());
            try (Database database = Database.open(data, Clock.systemUTC())) {
                DashboardRepository dashboards = new DashboardRepository(database);
                long oneClass = new ClassRepository(database).named(GeneratedSchool.className(learners / 2))
                        .orElseThrow().id();
                double[] millis = new double[runs];
                for (int i = -warmups; i < runs; i++) {
                    long begun = System.nanoTime();
                    dashboards.classDashboard(oneClass, 10);
                    if (i >= 0) {
                        millis[i] = (System.nanoTime() - begun) / 1e6;
                    }
                }
                return new School(learners, bytes, seconds, new Timings(millis));
            }
        } finally {
            Stats.deleteRecursively(folder);
        }
    }
}
