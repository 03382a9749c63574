package jaga;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.model.Band;
import jaga.model.Language;
import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.progress.LearnerRepository;
import jaga.progress.QuizRepository;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data-rights commands as a parent or teacher runs them on a data folder. */
class DataCommandsTest {

    @TempDir
    Path temp;

    private Path data;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void aFamilyWithTwoChildren() {
        data = temp.resolve("data");
        try (Database database = Database.open(DataDirectory.prepare(data), Clock.systemUTC())) {
            LearnerRepository learners = new LearnerRepository(database);
            QuizRepository quizzes = new QuizRepository(database);
            long aina = learners.create("Aina", "owl", Band.AGES_10_12, Language.MS).id();
            long danial = learners.create("Danial", "cat", Band.AGES_13_17, Language.EN).id();
            long attempt = quizzes.startAttempt(aina, "grooming-10-12", 1);
            quizzes.recordAnswer(attempt, "q1", "b", 0.0, 4_200L);
            quizzes.recordAnswer(attempt, "q2", "a", 1.0, 3_100L);
            quizzes.recordAnswer(quizzes.startAttempt(danial, "scams-13-17", 1), "q1", "c", 1.0, 2_000L);
        }
    }

    private int jaga(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CommandRuns.onData(data, out, err, args);
    }

    @Test
    void learnersListsEveryoneWithTheirNumber() {
        assertThat(jaga("learners")).isZero();
        assertThat(out.toString().lines().toList()).satisfiesExactly(
                line -> assertThat(line).startsWith("#1\tAina\t10-12\tms\tadded "),
                line -> assertThat(line).startsWith("#2\tDanial\t13-17\ten\tadded "));
        assertThat(err.toString()).contains("2 learner(s)");
    }

    @Test
    void exportDeleteImportGivesTheLearnerBack() throws Exception {
        Path file = temp.resolve("aina.json");
        assertThat(jaga("export", "--learner", "aina", "--out", file.toString())).isZero();
        assertThat(out.toString()).contains("Exported 1 learner(s) with 2 quiz answer(s) to " + file);

        assertThat(jaga("delete-learner", "Aina")).isZero();
        assertThat(out.toString().strip()).isEqualTo("Deleted Aina (#1) and everything of theirs: 0 lesson places,"
                + " 0 chat choices, 1 quiz attempts, 2 quiz answers, 0 badges, 0 review items, 0 class memberships.");
        jaga("learners");
        assertThat(out.toString()).doesNotContain("Aina");

        assertThat(jaga("import", file.toString())).isZero();
        assertThat(out.toString()).contains("1 new learner(s), 0 already here; added 1 quiz attempt(s), 2 answer(s)");
        assertThat(jaga("import", file.toString())).isZero();
        assertThat(out.toString()).startsWith("Nothing new to import");

        Path again = temp.resolve("aina-again.json");
        jaga("export", "--learner", "Aina", "--out", again.toString());
        assertThat(withoutExportTime(Files.readString(again))).isEqualTo(withoutExportTime(Files.readString(file)));
    }

    @Test
    void exportRefusesToOverwriteAFile() throws Exception {
        Path file = Files.writeString(temp.resolve("taken.json"), "precious");
        assertThat(jaga("export", "--out", file.toString())).isEqualTo(2);
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .startsWith("jaga: The file " + file + " already exists");
        assertThat(Files.readString(file)).isEqualTo("precious");
    }

    @Test
    void aNameThatMatchesNobodyIsAProblemNotADeletion() {
        assertThat(jaga("delete-learner", "Siti")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("jaga: No learner is called \"Siti\". `jaga learners` lists them.");
        jaga("learners");
        assertThat(out.toString().lines()).hasSize(2);
    }

    @Test
    void backupThenRestoreKeepsTheReplacedFileInBackups() {
        assertThat(jaga("backup")).isZero();
        Path backup = Path.of(out.toString().strip().replace("Backed up to ", ""));
        assertThat(backup).exists().hasParent(data.resolve("backups"));

        jaga("delete-learner", "Danial");
        assertThat(jaga("restore", backup.toString())).isZero();
        assertThat(out.toString()).contains("The progress file as it was has been saved to " + data.resolve("backups"))
                .contains("Restored " + backup);
        jaga("learners");
        assertThat(out.toString()).contains("Danial");
        assertThat(data.resolve("backups").toFile().list((dir, name) -> name.endsWith("-before-restore.db"))).hasSize(1);
    }

    @Test
    void aDamagedDatabaseGetsOneLineAndExitCodeTwoFromEveryCommand() throws Exception {
        Path file = data.resolve("jaga.db");
        Files.write(file, "garbage, not a database".repeat(300).getBytes());
        Files.deleteIfExists(data.resolve("jaga.db-wal"));
        Files.deleteIfExists(data.resolve("jaga.db-shm"));
        byte[] before = Files.readAllBytes(file);
        Path export = temp.resolve("x.json");
        Files.writeString(export, "{\"format\":\"jaga-progress\",\"formatVersion\":1,\"schemaVersion\":2,\"learners\":[]}");

        for (String[] command : new String[][] {{"learners"}, {"export", "--out", temp.resolve("y.json").toString()},
                {"import", export.toString()}, {"backup"}, {"delete-learner", "Aina"}}) {
            assertThat(jaga(command)).as(String.join(" ", command)).isEqualTo(2);
            assertThat(err.toString().lines().toList()).as(String.join(" ", command)).singleElement().asString()
                    .startsWith("jaga: The progress file " + file + " is damaged");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(err.toString()).contains("there is no backup in " + data.resolve("backups"));
    }

    @Test
    void aDamagedDatabaseIsOfferedTheNewestBackup() throws Exception {
        jaga("backup");
        Path backup = Path.of(out.toString().strip().replace("Backed up to ", ""));
        Files.write(data.resolve("jaga.db"), "garbage, not a database".repeat(300).getBytes());
        Files.deleteIfExists(data.resolve("jaga.db-wal"));

        assertThat(jaga("learners")).isEqualTo(2);
        assertThat(err.toString().strip()).endsWith("the newest backup is " + backup + " (`jaga restore " + backup
                + "` puts it back, keeping the damaged file).");

        assertThat(jaga("restore", backup.toString())).isZero();
        jaga("learners");
        assertThat(out.toString()).contains("Aina", "Danial");
    }

    @Test
    void aDatabaseFromANewerJagaGetsOneLineAndExitCodeTwo() throws Exception {
        Path file = data.resolve("jaga.db");
        jaga.progress.DatabaseTestSupport.setUserVersion(file, Database.SCHEMA_VERSION + 1);
        byte[] before = Files.readAllBytes(file);

        assertThat(jaga("learners")).isEqualTo(2);
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .contains("was made by a newer version of Jaga");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void commandsThatWriteRespectAJagaThatIsAlreadyOpen() {
        try (Database open = Database.open(DataDirectory.prepare(data), Clock.systemUTC())) {
            assertThat(jaga("delete-learner", "Aina")).isEqualTo(2);
            assertThat(err.toString().lines().toList()).singleElement().asString()
                    .startsWith("jaga: Jaga is already open (data folder " + data + ")");
            assertThat(new LearnerRepository(open).active()).hasSize(2);
        }
    }

    @Test
    void importingSomethingThatIsNotAnExportIsRefusedInOneLine() throws Exception {
        Path notes = Files.writeString(temp.resolve("notes.json"), "{\"shopping\": [\"rice\"]}");
        assertThat(jaga("import", notes.toString())).isEqualTo(2);
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .startsWith("jaga: The file " + notes + " is not a Jaga export");
    }

    private static String withoutExportTime(String json) {
        return json.replaceAll("\"exportedAt\" : \"[^\"]*\"", "");
    }

    /** The outside tester's case: a file with a damaged index passed the start-up check and was imported into. */
    @Test
    void aDatabaseWithADamagedIndexIsRefusedBeforeAnImportWritesToIt() throws Exception {
        Path export = temp.resolve("aina.json");
        assertThat(jaga("export", "--learner", "Aina", "--out", export.toString())).isZero();
        assertThat(jaga("delete-learner", "Aina")).isZero();
        jaga.progress.DamagedIndex.damage(data.resolve("jaga.db"));
        java.util.Map<String, String> before = jaga.testing.FolderHashes.of(data);

        assertThat(jaga("import", export.toString())).isEqualTo(2);

        assertThat(err.toString().lines().toList()).singleElement().asString()
                .startsWith("jaga: The progress file " + data.resolve("jaga.db") + " is damaged");
        assertThat(jaga.testing.FolderHashes.of(data)).isEqualTo(before);
    }

    /**
     * The outside tester's case: a restore that failed said so (exit 2) while jaga.db had in fact been
     * replaced by the backup: the backup was put in place first and upgraded after. Now the copy is
     * checked and upgraded before anything is replaced, and the message says what happened.
     */
    @Test
    void aRestoreThatCannotBeFinishedReplacesNothingAndSaysSo() throws Exception {
        Path older = jaga.progress.DatabaseTestSupport.olderFileThatCannotBeUpgraded(temp.resolve("older"));
        java.util.Map<String, String> before = jaga.testing.FolderHashes.of(data);

        assertThat(jaga("restore", older.toString())).isEqualTo(2);

        assertThat(err.toString().lines().toList()).singleElement().asString().startsWith("jaga: ")
                .contains(older.toString()).contains("The current progress file was not replaced");
        assertThat(jaga.testing.FolderHashes.of(data).get("jaga.db")).isEqualTo(before.get("jaga.db"));
        jaga("learners");
        assertThat(out.toString()).contains("Aina", "Danial");
    }

    /** The outside tester's case: `export` died with NumberFormatException on a learner number beyond a long. */
    @Test
    void aLearnerNumberTooLargeForAnyLearnerIsAnsweredInOneLine() {
        assertThat(jaga("export", "--learner", "#99999999999999999999", "--out", temp.resolve("x.json").toString()))
                .isEqualTo(1);
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .isEqualTo("jaga: No learner has the number #99999999999999999999. `jaga learners` lists them.");
        assertThat(jaga("delete-learner", "#99999999999999999999")).isEqualTo(1);
    }

    /**
     * The outside tester's case: an export with a malformed time was imported, and afterwards
     * `jaga learners` died on that folder (StringIndexOutOfBoundsException). The import is refused
     * now; a folder that already holds such a value (from an older Jaga) still lists its learners.
     */
    @Test
    void aMalformedTimeIsRefusedOnImportAndOneAlreadyStoredDoesNotBreakTheList() throws Exception {
        Path export = temp.resolve("aina.json");
        assertThat(jaga("export", "--learner", "Aina", "--out", export.toString())).isZero();
        Files.writeString(export, Files.readString(export).replaceFirst("\"createdAt\" : \"[^\"]*\"",
                "\"createdAt\" : \"x\""));
        assertThat(jaga("delete-learner", "Aina")).isZero();

        assertThat(jaga("import", export.toString())).isEqualTo(2);
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .isEqualTo("jaga: The file " + export + " is a damaged Jaga export (learners[0].createdAt: 'x' is not a"
                        + " time like 2026-11-22T08:21:04.512Z). Nothing was imported.");
        assertThat(jaga("learners")).isZero();
        assertThat(out.toString()).doesNotContain("Aina");

        jaga.progress.MigrationTestAccess.execute(data.resolve("jaga.db"),
                "UPDATE learner SET created_at = 'x' WHERE display_name = 'Danial'");
        assertThat(jaga("learners")).isZero();
        assertThat(out.toString().strip()).isEqualTo("#2\tDanial\t13-17\ten\tadded x");
        assertThat(err.toString()).doesNotContain("Exception");
    }
}
