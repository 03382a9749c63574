package jaga.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import jaga.progress.ClassRepository;
import jaga.progress.DataDirectory;
import jaga.progress.DataTransfer;
import jaga.progress.Database;
import jaga.progress.LearnerRepository;
import jaga.progress.ProgressException;
import jaga.progress.ProgressExport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * A progress export is a file from another PC, a USB stick, an email: any bytes are either
 * imported or refused with words an adult can read (never Java's), and what is imported is only
 * what Jaga itself would store (every time a time, every name cleaned and short). A thrown
 * exception other than a refusal is a bug. The saved inputs under
 * src/test/resources/jaga/fuzz/ProgressFuzzTestInputs run in every build.
 */
class ProgressFuzzTest {
    private static final java.util.List<String> JAVA_WORDS = java.util.List.of("Exception", "jaga.", "java.",
            "fasterxml", "REDACTED", "[Source:", "Feature", "Cannot construct", "Cannot deserialize", "`");

    /** One progress file for the whole run: opening one per input would be most of the time spent. */
    private static Database database;
    private static Path folder;

    private static synchronized Database database() throws IOException {
        if (database == null) {
            folder = Files.createTempDirectory("jaga-fuzz-progress");
            database = Database.open(DataDirectory.prepare(folder.resolve("data")), Clock.systemUTC());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                database.close();
                try {
                    FuzzFiles.delete(folder);
                } catch (IOException ignored) {
                    // a temporary folder left behind is harmless
                }
            }));
        }
        return database;
    }

    @FuzzTest(maxDuration = "10m")
    void anyExportIsImportedOrRefusedCleanly(byte[] data) throws IOException {
        Database progress = database();
        Path file = Files.write(folder.resolve("fuzzed.jaga-progress"), data);
        DataTransfer.Reading reading = DataTransfer.open(file);
        if (reading instanceof DataTransfer.Reading.Refused refused) {
            check(refused.detail() != null && !refused.detail().isBlank(), "a refusal says why");
            // Words of Java's or the parser's that the file did not hold itself: the file's own text may be
            // quoted back (a time written as '2026-11-20T08java.0.000Z', a field named a`swers in a path:
            // both found by fuzzing and fair), but no word may come from Java or Jackson.
            String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
            for (String word : JAVA_WORDS) {
                check(!refused.detail().contains(word) || text.contains(word),
                        "a refusal is not in Java's words (" + word + "): " + refused.detail());
            }
            return;
        }
        ProgressExport export = ((DataTransfer.Reading.Readable) reading).export();
        try {
            new DataTransfer(progress).importData(export);
        } catch (ProgressException.UnusableFile contradiction) {
            // readable, but contradicts this PC (an attempt that belongs to someone else here)
            check(!contradiction.getMessage().isBlank(), "a refusal says why");
            return;
        }
        // Read back as `jaga learners` and the screens do, then emptied, so each input meets the same file.
        LearnerRepository learners = new LearnerRepository(progress);
        for (LearnerRepository.LearnerProfile learner : learners.profiles()) {
            Instant.parse(learner.createdAt());
            check(!learner.displayName().isBlank() && learner.displayName().codePointCount(0,
                    learner.displayName().length()) <= 60, "a name fits");
            learners.delete(learner.id());
        }
        ClassRepository classes = new ClassRepository(progress);
        for (ClassRepository.SchoolClass schoolClass : classes.classes()) {
            check(!schoolClass.name().isBlank() && schoolClass.name().codePointCount(0, schoolClass.name().length()) <= 60,
                    "a class name fits");
            classes.delete(schoolClass.id());
        }
    }

    private static void check(boolean condition, String promise) {
        if (!condition) {
            throw new IllegalStateException("broken promise: " + promise);
        }
    }
}
