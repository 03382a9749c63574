package jaga;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.progress.ClassRepository;
import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.progress.LearnerRepository;
import jaga.progress.SyncJournal;
import jaga.progress.hub.HubSchema;
import jaga.testing.ThrowawayHub;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jaga import-roster} on lab computers paired with the school hub: the same class list
 * imported at two computers is one class with its learners once, and with the hub away nothing is
 * imported rather than perhaps making the class twice.
 */
class HubIdentityRosterCommandTest {
    private static final String PC_USER = "jaga_lab";
    private static final String PC_PASSWORD = "lab-pass";

    @RegisterExtension
    static final ThrowawayHub postgres = new ThrowawayHub();

    @TempDir
    Path temp;

    private StringWriter out;
    private StringWriter err;
    /** What the import says to change after "already in": a second child of the same name is told apart. */
    private static final String ALREADY = "; delete this line, or if this is another child of the same name, add"
            + " something to tell them apart (such as an initial)";
    private Path roster;
    private Path passwordFile;


    @BeforeEach
    void files() throws IOException {
        roster = Files.writeString(temp.resolve("5-bestari.csv"),
                "name,band,class\nAina,10-12,5 Bestari\nDanial,10-12,5 Bestari\nMei Ling,10-12,5 Bestari\n");
        passwordFile = Files.writeString(temp.resolve("password"), PC_PASSWORD + "\n");
    }

    @Test
    void theSameRosterImportedAtTwoPairedPcsIsOneClassWithItsThreeLearnersOnce() {
        String url = freshHub("roster_twice");
        Path a = temp.resolve("pc-a");
        Path b = temp.resolve("pc-b");
        assertThat(jaga(a, "hub", "pair", url, "--user", PC_USER, "--password-file", passwordFile.toString())).isZero();
        assertThat(jaga(b, "hub", "pair", url, "--user", PC_USER, "--password-file", passwordFile.toString())).isZero();

        assertThat(jaga(a, "import-roster", roster.toString())).isZero();
        assertThat(out.toString().strip()).isEqualTo("Imported 3 learners into 1 class.");
        assertThat(jaga(a, "hub", "sync")).isZero();

        // B never synced since pairing: the import brings the hub's class lists first and finds them there.
        assertThat(jaga(b, "import-roster", roster.toString())).isEqualTo(1);
        assertThat(err.toString().lines().toList()).containsExactly(
                "line 2 (Aina): \"Aina\" is already in 5 Bestari" + ALREADY,
                "line 3 (Danial): \"Danial\" is already in 5 Bestari" + ALREADY,
                "line 4 (Mei Ling): \"Mei Ling\" is already in 5 Bestari" + ALREADY,
                "Nothing was imported: fix the rows above, or run again with --skip-invalid to import the other 0 rows.");
        assertThat(jaga(b, "hub", "sync")).isZero();

        assertThat(hubCount(url, "SELECT COUNT(*) FROM school_class")).isEqualTo(1);
        assertThat(hubCount(url, "SELECT jsonb_array_length(members) FROM school_class WHERE name = '5 Bestari'"))
                .isEqualTo(3);
        assertThat(hubCount(url, "SELECT COUNT(*) FROM learner")).isEqualTo(3);
        assertThat(hubCount(url, "SELECT COUNT(DISTINCT display_name) FROM learner")).isEqualTo(3);
        assertThat(hubCount(url, "SELECT COUNT(*) FROM conflict_log")).isZero();
        try (Database database = Database.open(DataDirectory.prepare(b), Clock.systemUTC())) {
            assertThat(new LearnerRepository(database).profiles()).hasSize(3);
            ClassRepository classes = new ClassRepository(database);
            assertThat(classes.classes()).extracting(ClassRepository.SchoolClass::name).containsExactly("5 Bestari");
            assertThat(classes.members(classes.classes().get(0).id())).hasSize(3);
        }
    }

    @Test
    void withTheHubAwayAPairedPcImportsNothingAndSaysTheClassCouldBeMadeTwice() {
        String url = freshHub("roster_hub_away");
        Path pc = temp.resolve("pc-c");
        assertThat(jaga(pc, "hub", "pair", url, "--user", PC_USER, "--password-file", passwordFile.toString())).isZero();

        postgres.server().kill();
        try {
            assertThat(jaga(pc, "import-roster", roster.toString())).isEqualTo(2);
        } finally {
            postgres.server().restart();
        }
        assertThat(err.toString()).contains("cannot be reached")
                .contains("Nothing was imported").contains("twice")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out.toString()).isEmpty();
        try (Database database = Database.open(DataDirectory.prepare(pc), Clock.systemUTC());
             SyncJournal journal = new SyncJournal(database)) {
            assertThat(new LearnerRepository(database).profiles()).isEmpty();
            assertThat(new ClassRepository(database).classes()).isEmpty();
            assertThat(journal.waiting()).isZero();
        }
        // With the hub back, the same command imports the list.
        assertThat(jaga(pc, "import-roster", roster.toString())).isZero();
        assertThat(out.toString().strip()).isEqualTo("Imported 3 learners into 1 class.");
    }

    private int jaga(Path data, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CommandRuns.onData(data, out, err, args);
    }

    private static String freshHub(String name) {
        String url = postgres.server().createDatabase(name);
        try (Connection admin = postgres.server().connect(url)) {
            HubSchema.init(admin);
            HubSchema.createPcLogin(admin, PC_USER, PC_PASSWORD);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return url;
    }

    private static long hubCount(String url, String query) {
        try (Connection admin = postgres.server().connect(url); Statement statement = admin.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }
}
