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
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The progress store's speed, on real SQLite files in the temp folder:
 * <ul>
 *   <li>{@code answerCommit}: saving one quiz answer, committed with synchronous=FULL (goal: p99 at most 5 ms);</li>
 *   <li>{@code classDashboard}: every query of a teacher's class dashboard (40 children) in a school of
 *       1,000 learners x 20 modules x 3 attempts x 10 answers (goal: at most 150 ms);</li>
 *   <li>{@code wholeSchoolDashboard}: the same queries over all 1,000 learners at once;</li>
 *   <li>{@code learnerDashboard}: one child's report in that school.</li>
 * </ul>
 * The school database's size is printed when it has been generated (goal: at most 60 MB).
 * Run: {@code ./mvnw -Pbench verify -Djmh.args="ProgressBenchmark -f 1 -wi 2 -i 5"}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class ProgressBenchmark {

    static final int LEARNERS = 1_000;

    @State(Scope.Benchmark)
    public static class OneChild {
        Path folder;
        Database database;
        QuizRepository quizzes;
        long attempt;
        long question;

        @Setup(Level.Trial)
        public void open() throws IOException {
            folder = Files.createTempDirectory("jaga-bench-commit");
            database = Database.open(DataDirectory.prepare(folder), Clock.systemUTC());
            long learner = new LearnerRepository(database).create("Aina", "owl", Band.AGES_10_12, Language.MS).id();
            quizzes = new QuizRepository(database);
            attempt = quizzes.startAttempt(learner, "grooming-10-12", 1);
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            database.close();
            deleteRecursively(folder);
        }
    }

    @State(Scope.Benchmark)
    public static class School {
        Path folder;
        Database database;
        DashboardRepository dashboards;
        long oneClass;
        long wholeSchool;
        long oneLearner;

        @Setup(Level.Trial)
        public void generate() throws IOException {
            folder = Files.createTempDirectory("jaga-bench-school");
            DataDirectory data = DataDirectory.prepare(folder);
            long started = System.nanoTime();
            GeneratedSchool.write(data, LEARNERS);
            long bytes = Files.size(data.database());
            System.out.printf("%nschool database: %,d learners x %d modules x %d attempts x %d answers;"
                            + " generated in %.1f s; size on disk %,d bytes (%.1f MB)%n",
                    LEARNERS, GeneratedSchool.MODULES, GeneratedSchool.ATTEMPTS, GeneratedSchool.ANSWERS, (System.nanoTime() - started) / 1e9, bytes, bytes / 1e6);
            database = Database.open(data, Clock.systemUTC());
            dashboards = new DashboardRepository(database);
            ClassRepository classes = new ClassRepository(database);
            oneClass = classes.named(GeneratedSchool.className(LEARNERS / 2)).orElseThrow().id();
            wholeSchool = classes.named(GeneratedSchool.WHOLE_SCHOOL).orElseThrow().id();
            oneLearner = new LearnerRepository(database).named(GeneratedSchool.learnerName(500)).get(0).id();
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            database.close();
            deleteRecursively(folder);
        }
    }

    @Benchmark
    public void answerCommit(OneChild child) {
        child.quizzes.recordAnswer(child.attempt, "q" + child.question++, "b", 1.0, 4_000L);
    }

    @Benchmark
    public void classDashboard(School school, Blackhole sink) {
        dashboardOfClass(school, school.oneClass, sink);
    }

    @Benchmark
    public void wholeSchoolDashboard(School school, Blackhole sink) {
        dashboardOfClass(school, school.wholeSchool, sink);
    }

    @Benchmark
    public void learnerDashboard(School school, Blackhole sink) {
        sink.consume(school.dashboards.learnerSummary(school.oneLearner));
        sink.consume(school.dashboards.moduleProgress(school.oneLearner));
        sink.consume(school.dashboards.mostMissedByLearner(school.oneLearner, 10));
    }

    /** Everything the class dashboard shows: each child's summary, the modules, the ten most-missed questions. */
    private static void dashboardOfClass(School school, long classId, Blackhole sink) {
        sink.consume(school.dashboards.classDashboard(classId, 10));
    }

    static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
