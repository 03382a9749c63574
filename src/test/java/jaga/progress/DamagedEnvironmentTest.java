package jaga.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jaga.model.Band;
import jaga.model.Language;
import jaga.testing.ChildJvm;
import jaga.testing.ConfinedChild;
import jaga.testing.FolderHashes;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder in a bad state: each case gives the message documented in docs/security.md ("What
 * you see when...") and leaves every file that was there byte-identical. The read-only folder and
 * the full disk are real: a read-only bind mount and a tiny tmpfs in a child process's own mount
 * namespace (see {@link ConfinedChild}), because these tests run as root, which a chmod would not stop.
 */
class DamagedEnvironmentTest {

    @TempDir
    Path temp;

    private Path folder;
    private Path backup;

    /** A family's folder as Jaga leaves it: a learner, answers, a backup. */
    @BeforeEach
    void aFolderInUse() throws Exception {
        folder = Files.createDirectories(temp.resolve("jaga"));
        // The namespace's root maps to whoever runs the test; these modes only let it reach the folder.
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (Database database = Database.open(DataDirectory.prepare(folder), Clock.systemUTC())) {
            long learner = new LearnerRepository(database).create("Aina", "cat", Band.AGES_10_12, Language.MS).id();
            QuizRepository quizzes = new QuizRepository(database);
            long attempt = quizzes.startAttempt(learner, "scams-10-12", 1);
            for (int i = 0; i < 50; i++) {
                quizzes.recordAnswer(attempt, "q" + i, "a", 1.0);
            }
            backup = database.backUpNow();
        }
    }

    @Test
    void aTruncatedDatabaseIsReportedWithTheNewestBackupAndLeftAsItWas() throws Exception {
        Path file = folder.resolve("jaga.db");
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2 + 100));
        Map<String, String> before = FolderHashes.of(folder);

        assertThatThrownBy(this::openAndSave)
                .isInstanceOf(ProgressException.Damaged.class)
                .hasMessage("The progress file " + file + " is damaged or is not a Jaga database. It has been left as it is;"
                        + " the newest backup is " + backup + " (`jaga restore " + backup + "` puts it back, keeping the"
                        + " damaged file).");

        assertThat(FolderHashes.of(folder)).isEqualTo(before);
    }

    @Test
    void aDatabasePathThatIsAFolderIsReportedAndLeftAsItWas() throws Exception {
        Path file = folder.resolve("jaga.db");
        Files.delete(file);
        Files.writeString(Files.createDirectory(file).resolve("notes.txt"), "someone's notes");
        Map<String, String> before = FolderHashes.of(folder);

        assertThatThrownBy(this::openAndSave)
                .isInstanceOf(ProgressException.DataDirectoryUnusable.class)
                .hasMessage("Cannot use the data folder " + folder + ": its progress file " + file + " is a folder, not a"
                        + " file. Move that folder somewhere else, or choose another data folder with --data-dir or"
                        + " JAGA_DATA_DIR; nothing was changed.");

        assertThat(FolderHashes.of(folder)).isEqualTo(before);
        assertThat(file).isDirectory();
    }

    @Test
    void aReadOnlyDataFolderIsReportedAndLeftAsItWas() throws Exception {
        Assumptions.assumeTrue(ConfinedChild.mountingAllowed(),
                "this system allows no user and mount namespaces, so no read-only mount can be made for the test");
        Map<String, String> before = FolderHashes.of(folder);

        List<String> output = ConfinedChild.run("mount --bind \"$0\" \"$0\" && mount -o remount,bind,ro \"$0\"", folder,
                DamagedFolderProbe.class, "open", folder.toString());

        assertThat(output).contains("refused DataDirectoryUnusable Cannot use the data folder " + folder
                + ": Jaga cannot write there. Choose another with --data-dir or JAGA_DATA_DIR.");
        assertThat(hashes(output, "before")).as("the child saw the files").isEqualTo(before);
        assertThat(hashes(output, "after")).isEqualTo(before);
        assertThat(FolderHashes.of(folder)).isEqualTo(before);
    }

    @Test
    void aFullDiskAtStartIsReportedAndLeftAsItWas() throws Exception {
        Path disk = smallDiskMountPoint();

        // A 512 KB disk holding the family's folder, then filled to the last block by another program.
        List<String> output = ConfinedChild.run("mount -t tmpfs -o size=512k tmpfs \"$0\" && cp -a \"" + folder
                + "/.\" \"$0\"/ && { dd if=/dev/zero of=\"$0\"/backups/other-program.tmp bs=4096 2>/dev/null; true; }",
                disk, DamagedFolderProbe.class, "open", disk.toString());

        assertThat(output).contains("refused DataDirectoryUnusable Cannot use the data folder " + disk
                + ": the disk it is on is full. Free some space and open Jaga again; nothing was changed.");
        Map<String, String> before = hashes(output, "before");
        assertThat(before).containsKeys("jaga.db", "backups/" + backup.getFileName());
        assertThat(before).containsAllEntriesOf(FolderHashes.of(folder)); // the copy is the family's folder
        assertThat(hashes(output, "after")).isEqualTo(before);
    }

    @Test
    void aDiskThatFillsWhileJagaIsOpenLosesNoAnswerAndJagaCarriesOnOnceThereIsSpace() throws Exception {
        Path disk = smallDiskMountPoint();

        List<String> output = ConfinedChild.run("mount -t tmpfs -o size=4m tmpfs \"$0\" && cp -a \"" + folder
                + "/.\" \"$0\"/", disk, DamagedFolderProbe.class, "fill", disk.toString());

        assertThat(output).anyMatch(line -> line.startsWith("disk full: "));
        assertThat(output).contains("refused ProgressException Could not save the answer in " + disk.resolve("jaga.db")
                + ": the disk is full. Free some space and try again; nothing was half-saved.");
        assertThat(output).contains("saved q-after", "integrity ok");
        List<String> answers = output.stream().filter(line -> line.startsWith("answer ")).toList();
        assertThat(answers).contains("answer q0", "answer q49", "answer q-before", "answer q-after")
                .doesNotContain("answer q-full");
    }

    @Test
    void aDatabaseAnotherProgramIsWritingToMakesASaveWaitThenSaySoAndChangesNothing() throws Exception {
        Process other = ChildJvm.start(HoldWriteLock.class, folder.resolve("jaga.db").toString());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo("locked");
            Map<String, String> before = FolderHashes.of(folder);

            assertThatThrownBy(this::openAndSave)
                    .isInstanceOf(ProgressException.class)
                    .hasMessageEndingWith(folder.resolve("jaga.db") + ": another program is using the file. Close it and"
                            + " try again; nothing was changed.");

            assertThat(FolderHashes.of(folder)).isEqualTo(before);
        } finally {
            other.getOutputStream().close();
            other.waitFor(30, TimeUnit.SECONDS);
            other.destroyForcibly();
        }
        openAndSave(); // once the other program lets go, Jaga saves again
    }

    @Test
    void aDatabaseAnotherProgramHoldsExclusivelyIsNotCalledDamagedAndChangesNothing() throws Exception {
        Process other = ChildJvm.start(HoldWriteLock.class, folder.resolve("jaga.db").toString(), "exclusive");
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo("locked");
            Map<String, String> before = FolderHashes.of(folder);

            assertThatThrownBy(this::openAndSave)
                    .isNotInstanceOf(ProgressException.Damaged.class)
                    .hasMessage("The progress file " + folder.resolve("jaga.db") + " is being used by another program (a"
                            + " database viewer or a backup tool, perhaps). Close that program and open Jaga again;"
                            + " nothing was changed.");

            assertThat(FolderHashes.of(folder)).isEqualTo(before);
        } finally {
            other.getOutputStream().close();
            other.waitFor(30, TimeUnit.SECONDS);
            other.destroyForcibly();
        }
    }

    private void openAndSave() {
        try (Database database = Database.open(DataDirectory.prepare(folder), Clock.systemUTC())) {
            long learner = new LearnerRepository(database).active().get(0).id();
            QuizRepository quizzes = new QuizRepository(database);
            quizzes.recordAnswer(quizzes.startAttempt(learner, "scams-10-12", 1), "q-new", "a", 1.0);
        }
    }

    /** The "before"/"after" hash lines the child printed. */
    private static Map<String, String> hashes(List<String> output, String when) {
        return output.stream().filter(line -> line.startsWith(when + " "))
                .map(line -> line.split(" "))
                .collect(Collectors.toMap(parts -> parts[1], parts -> parts[2]));
    }

    /** Where a test mounts its small disk; skips the test where this system allows no mounting. */
    private Path smallDiskMountPoint() throws java.io.IOException {
        Assumptions.assumeTrue(ConfinedChild.mountingAllowed(),
                "this system allows no user and mount namespaces, so no small full disk can be made for the test");
        return Files.createDirectory(temp.resolve("disk"));
    }
}
