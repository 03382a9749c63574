package jaga.bench;

import jaga.progress.DataDirectory;
import jaga.progress.DataTransfer;
import jaga.progress.Database;
import jaga.progress.ProgressExport;
import jaga.progress.ProgressExport.AnswerData;
import jaga.progress.ProgressExport.AttemptData;
import jaga.progress.ProgressExport.LearnerData;
import jaga.progress.ProgressExport.LessonData;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A school's progress database for benchmarks: each learner has done 3 attempts of 10 answers at each of
 * 20 modules (about 70% right) over a term, in classes of 40 plus a "Whole school" class.
 */
public final class GeneratedSchool {
    public static final int MODULES = 20;
    public static final int ATTEMPTS = 3;
    public static final int ANSWERS = 10;
    public static final int CLASS_SIZE = 40;
    public static final String WHOLE_SCHOOL = "Whole school";

    private GeneratedSchool() {}

    /** Fills the data folder's database with {@code learners} learners, imported 50 per transaction. */
    public static void write(DataDirectory data, int learners) {
        try (Database generating = Database.open(data, Clock.systemUTC())) {
            DataTransfer transfer = new DataTransfer(generating);
            Random random = new Random(42);
            List<LearnerData> batch = new ArrayList<>();
            for (int learner = 0; learner < learners; learner++) {
                batch.add(learner(learner, random));
                if (batch.size() == 50 || learner == learners - 1) {
                    transfer.importData(new ProgressExport(ProgressExport.FORMAT, ProgressExport.FORMAT_VERSION,
                            Instant.now().toString(), Database.SCHEMA_VERSION, batch, List.of(), null));
                    batch.clear();
                }
            }
        }
    }

    /** The class the given learner (numbered from 0) is in: "Class 01" for the first 40, and so on. */
    public static String className(int learner) {
        return String.format("Class %02d", learner / CLASS_SIZE + 1);
    }

    /** The name of the learner numbered {@code number} (from 0). */
    public static String learnerName(int number) {
        return "Learner " + number;
    }

    private static LearnerData learner(int number, Random random) {
        Instant term = Instant.parse("2026-01-05T00:00:00Z");
        List<LessonData> lessons = new ArrayList<>();
        List<AttemptData> attempts = new ArrayList<>();
        for (int module = 0; module < MODULES; module++) {
            String moduleId = "module-" + module;
            Instant day = term.plus(random.nextInt(120), ChronoUnit.DAYS).plus(random.nextInt(36_000), ChronoUnit.SECONDS);
            lessons.add(new LessonData(moduleId, 1, "lesson-1", 5, day.toString(), day.toString()));
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                Instant at = day.plus(attempt * 15L, ChronoUnit.MINUTES);
                List<AnswerData> answers = new ArrayList<>();
                int right = 0;
                for (int question = 0; question < ANSWERS; question++) {
                    boolean correct = random.nextInt(10) < 7;
                    right += correct ? 1 : 0;
                    at = at.plusMillis(3_000 + random.nextInt(20_000));
                    answers.add(new AnswerData("q" + (question + 1), correct ? "a" : "bcd".charAt(random.nextInt(3)) + "",
                            correct ? 1.0 : 0.0, 3_000L + random.nextInt(20_000), at.truncatedTo(ChronoUnit.MILLIS).toString()));
                }
                int score = right * 100 / ANSWERS;
                attempts.add(new AttemptData(UUID.randomUUID().toString().replace("-", ""), moduleId, 1, day.toString(),
                        at.toString(), score, score >= 70, answers));
            }
        }
        return new LearnerData(UUID.randomUUID().toString().replace("-", ""), learnerName(number), "owl", "10-12", "en",
                term.toString(), false, List.of(className(number), WHOLE_SCHOOL), List.of(), lessons, List.of(), attempts,
                List.of(), List.of());
    }
}
