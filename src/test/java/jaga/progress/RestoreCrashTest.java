package jaga.progress;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.model.Band;
import jaga.model.Language;
import jaga.testing.ChildJvm;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outside tester's case: a restore killed at the wrong moment left jaga.db as neither the old
 * progress nor the backup, and a learner saved only in the write-ahead log was gone. Here a real
 * Java process restores and is killed with SIGKILL at each step of the restore, and at random
 * moments; afterwards Jaga opens the folder (which runs SQLite's integrity_check) and finds exactly
 * the old progress, learner in the WAL included, or exactly the backup's.
 */
class RestoreCrashTest {
    private static final Set<String> OLD = new TreeSet<>(List.of("Aina", "Siti", "Danial"));
    private static final Set<String> BACKUP = new TreeSet<>(List.of("Aina"));

    @TempDir
    Path temp;

    private Path prepared;
    private Path backup;

    /** Aina in the backup; Siti saved since (checkpointed); Danial saved by a process killed after, so only in the WAL. */
    @BeforeEach
    void progressWithALearnerOnlyInTheWriteAheadLog() throws Exception {
        prepared = temp.resolve("prepared");
        DataDirectory data = DataDirectory.prepare(prepared);
        try (Database database = Database.open(data, Clock.systemUTC())) {
            new LearnerRepository(database).create("Aina", "owl", Band.AGES_10_12, Language.MS);
            backup = database.backUpNow();
            new LearnerRepository(database).create("Siti", "cat", Band.AGES_7_9, Language.EN);
        }
        Process adding = ChildJvm.start(RestoreChild.class, "add", prepared.toString(), "Danial");
        try (BufferedReader lines = lines(adding)) {
            assertThat(lines.readLine()).isEqualTo("committed");
        } finally {
            kill(adding);
        }
        assertThat(Files.size(prepared.resolve("jaga.db-wal"))).as("Danial is in the WAL").isPositive();
    }

    @Test
    void killedAtEveryStepOfARestoreTheFolderHoldsTheOldProgressOrTheBackupNeverAMixture() throws Exception {
        List<String> steps = Backups.RESTORE_STEPS;
        assertThat(steps).isNotEmpty();
        for (String step : steps) {
            Path folder = copyOfPrepared(step);
            List<String> printed = restoreAndKill(folder, step, -1);
            assertThat(printed).as(step).contains("paused");

            Set<String> found = learners(folder);
            assertThat(found).as("killed at %s", step).isIn(OLD, BACKUP);
            if (steps.indexOf(step) < steps.indexOf(Backups.REPLACED)) {
                assertThat(found).as("killed at %s, before the file was replaced", step).isEqualTo(OLD);
            } else {
                assertThat(found).as("killed at %s, after the file was replaced", step).isEqualTo(BACKUP);
            }
        }
    }

    @Test
    void killedAtRandomMomentsTheFolderHoldsTheOldProgressOrTheBackup() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<Set<String>> outcomes = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            Path folder = copyOfPrepared("random-" + round);
            restoreAndKill(folder, "none", random.nextInt(1_500));
            Set<String> found = learners(folder);
            assertThat(found).as("round %d (seed %d)", round, seed).isIn(OLD, BACKUP);
            outcomes.add(found);
        }
    }

    @Test
    void aRestoreRunToTheEndBringsBackTheBackupAndKeepsTheLearnerFromTheWalInTheSavedCopy() throws Exception {
        Path folder = copyOfPrepared("whole");
        assertThat(restoreAndKill(folder, "none", 60_000)).contains("restored");

        assertThat(learners(folder)).isEqualTo(BACKUP);
        List<Path> saved;
        try (var files = Files.list(folder.resolve("backups"))) {
            saved = files.filter(p -> p.getFileName().toString().endsWith("-before-restore.db")).toList();
        }
        assertThat(saved).singleElement().satisfies(copy -> assertThat(new TreeSet<>(List.of(MigrationTest.query(copy,
                "SELECT group_concat(display_name) FROM learner").split(",")))).isEqualTo(OLD));
    }

    private Path copyOfPrepared(String name) throws Exception {
        Path folder = Files.createDirectories(temp.resolve(name));
        Files.createDirectories(folder.resolve("backups"));
        for (String file : List.of("jaga.db", "jaga.db-wal")) {
            Files.copy(prepared.resolve(file), folder.resolve(file));
        }
        return folder;
    }

    /** Restores the backup in a child; kills it when it pauses at {@code step}, or after {@code millis} if given. */
    private List<String> restoreAndKill(Path folder, String step, long millis) throws Exception {
        Process child = ChildJvm.start(RestoreChild.class, "restore", folder.toString(), backup.toString(), step);
        List<String> printed = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = lines(child)) {
                for (String line; (line = lines.readLine()) != null; ) {
                    synchronized (printed) {
                        printed.add(line);
                        printed.notifyAll();
                    }
                }
            } catch (Exception ignored) {
                // the pipe breaks when the child dies
            }
        });
        reader.start();
        long deadline = System.currentTimeMillis() + (millis >= 0 ? millis : 120_000);
        synchronized (printed) {
            while (!printed.contains("paused") && !printed.contains("restored") && System.currentTimeMillis() < deadline) {
                printed.wait(Math.max(1, deadline - System.currentTimeMillis()));
            }
        }
        kill(child);
        reader.join(TimeUnit.SECONDS.toMillis(30));
        synchronized (printed) {
            return List.copyOf(printed);
        }
    }

    private static void kill(Process child) throws InterruptedException {
        child.toHandle().destroyForcibly(); // SIGKILL
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private static BufferedReader lines(Process child) {
        return new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Opens the folder as Jaga would (integrity_check included) and lists its learners. */
    private static Set<String> learners(Path folder) {
        try (Database database = Database.open(DataDirectory.prepare(folder), Clock.systemUTC())) {
            Set<String> names = new TreeSet<>();
            new LearnerRepository(database).active().forEach(learner -> names.add(learner.displayName()));
            return names;
        }
    }
}
