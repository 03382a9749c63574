package jaga.progress.hub;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.testing.ThrowawayHub;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Who is who between a computer and the hub: the hub's version, and the same rows arriving twice. */
class HubIdentityTest {
    private static final String MODULE = "grooming-10-12";

    @RegisterExtension
    static final ThrowawayHub postgres = new ThrowawayHub();


    // ------------------------------------------------------------------------------------------ 4

    @Test
    void aPcThatDoesNotSpeakTheHubsVersionRefusesToSyncSaysWhichSideToUpdateAndKeepsItsData(@TempDir Path folder) {
        String url = HubFixture.freshHub(postgres.server(), "other_version");
        Path data = folder.resolve("pc");
        try (PcProcess pc = PcProcess.start(data)) {
            pc.expect("pair " + url + " " + HubFixture.PC_USER + " " + HubFixture.PC_PASSWORD, "paired 0");
            String learner = pc.expect("add Aina 10-12", "committed learner").split(" ")[2];
            pc.expect("lesson " + learner + " " + MODULE + " signs 2", "committed");
            String attempt = pc.expect("attempt " + learner + " " + MODULE, "committed").split(" ")[2];
            pc.expect("answer " + attempt + " q1 a 1", "committed");
            pc.expect("review " + learner + " " + MODULE + " q1 2", "committed");
            assertThat(pc.send("waiting")).isEqualTo("waiting 5");
            Map<String, Set<String>> before = RowSets.ofPc(data);

            // The hub is older than this Jaga: upgrade the hub.
            setHubVersion(url, "0");
            String older = pc.send("push");
            assertThat(older).startsWith("hub-failed WrongVersion").contains("This Jaga is newer than the school hub")
                    .contains("Upgrade the hub with `jaga hub init " + url + "`");
            assertKeptEverything(pc, data, before, url);
            assertThat(lastError(data)).as("`jaga hub status` shows why").contains("Upgrade the hub");
            assertThat(pc.send("bring " + learner)).isEqualTo("brought ONLY_THIS_COMPUTER");
            assertKeptEverything(pc, data, before, url);

            // The hub is newer than this Jaga: update Jaga on this PC.
            setHubVersion(url, "99");
            String newer = pc.send("push");
            assertThat(newer).startsWith("hub-failed WrongVersion").contains("set up by a newer Jaga (hub version 99")
                    .contains("Update Jaga on this computer");
            assertKeptEverything(pc, data, before, url);
            assertThat(lastError(data)).contains("Update Jaga on this computer");
            assertThat(hubVersionSeen(data)).as("`jaga hub status` shows the hub's version").isEqualTo("99");

            // Once the versions agree, everything that waited is sent.
            setHubVersion(url, Integer.toString(HubSchema.VERSION));
            pc.expect("push", "pushed 5 5 1");
            assertThat(pc.send("waiting")).isEqualTo("waiting 0");
        }
        try (Connection hub = postgres.server().connect(url)) {
            assertThat(RowSets.ofHub(hub)).isEqualTo(RowSets.ofPc(data));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertKeptEverything(PcProcess pc, Path data, Map<String, Set<String>> before, String url) {
        assertThat(pc.send("waiting")).isEqualTo("waiting 5");
        assertThat(RowSets.outbox(data)).isEqualTo(5);
        assertThat(RowSets.ofPc(data)).isEqualTo(before);
        assertThat(HubFixture.count(postgres.server(), url, "SELECT COUNT(*) FROM learner")).as("nothing reached the hub").isZero();
    }

    private static void setHubVersion(String url, String version) {
        try (Connection admin = postgres.server().connect(url); Statement statement = admin.createStatement()) {
            assertThat(statement.executeUpdate("UPDATE jaga_hub SET value = '" + version + "' WHERE key = 'schema_version'"))
                    .isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lastError(Path data) {
        return hubLink(data, "last_error");
    }

    private static String hubVersionSeen(Path data) {
        return hubLink(data, "hub_version");
    }

    private static String hubLink(Path data, String column) {
        try (Connection pc = DriverManager.getConnection("jdbc:sqlite:file:" + data.resolve("jaga.db") + "?mode=ro");
             Statement statement = pc.createStatement();
             ResultSet rows = statement.executeQuery("SELECT " + column + " FROM hub_link")) {
            rows.next();
            return String.valueOf(rows.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------------------------------ 5

    @Test
    void importingTheSameFamilyExportTwiceIntoAPairedPcAddsAndSendsNothingTheSecondTime(@TempDir Path folder) {
        String url = HubFixture.freshHub(postgres.server(), "family_twice");
        Path export = folder.resolve("siti.jaga");
        Path home = folder.resolve("home");
        try (PcProcess c = PcProcess.start(home)) {
            String learner = c.expect("add Siti 7-9 Family_Reading", "committed learner").split(" ")[2];
            c.expect("lesson " + learner + " " + MODULE + " signs 3", "committed");
            c.expect("done " + learner + " " + MODULE + " trust 6", "committed");
            c.expect("chat " + learner + " " + MODULE + " signs chat1 block", "committed");
            String attempt = c.expect("attempt " + learner + " " + MODULE, "committed").split(" ")[2];
            for (int q = 1; q <= 4; q++) {
                c.expect("answer " + attempt + " q" + q + " a " + (q % 2), "committed");
            }
            c.expect("finish " + attempt + " 50 false", "committed");
            c.expect("badge " + learner + " first-steps " + MODULE, "committed");
            c.expect("review " + learner + " " + MODULE + " q2 2", "committed");
            assertThat(c.send("waiting")).as("not paired: nothing is queued").isEqualTo("waiting 0");
            c.expect("export " + export, "exported");
        }
        Path lab = folder.resolve("lab");
        Map<String, Set<String>> hubAfterFirst;
        try (PcProcess a = PcProcess.start(lab)) {
            a.expect("pair " + url + " " + HubFixture.PC_USER + " " + HubFixture.PC_PASSWORD, "paired 0");
            assertThat(a.send("import " + export)).isNotEqualTo("imported 0").startsWith("imported ");
            a.expect("push", "pushed");
            assertThat(a.send("waiting")).isEqualTo("waiting 0");
            hubAfterFirst = hubRows(url);
            assertThat(hubAfterFirst).isEqualTo(RowSets.ofPc(lab));
            Map<String, Set<String>> labAfterFirst = RowSets.ofPc(lab);

            assertThat(a.send("import " + export)).isEqualTo("imported 0");
            assertThat(a.send("waiting")).as("the second import queued nothing").isEqualTo("waiting 0");
            assertThat(RowSets.ofPc(lab)).isEqualTo(labAfterFirst);
            assertThat(a.send("push")).isEqualTo("pushed 0 0 0");
        }
        assertThat(hubRows(url)).isEqualTo(hubAfterFirst);
        assertThat(hubAfterFirst.get("learner")).hasSize(1);
        assertThat(hubAfterFirst.get("answer")).hasSize(4);
        assertThat(HubFixture.count(postgres.server(), url, "SELECT COUNT(*) FROM school_class")).isEqualTo(1);
        assertThat(HubFixture.count(postgres.server(), url, "SELECT jsonb_array_length(members) FROM school_class")).isEqualTo(1);
    }

    // ------------------------------------------------------------------------------------------ classes

    @Test
    void theSameClassMadeOnTwoPcsIsOneClassOnTheHubAndTheVersionThatLostIsKept(@TempDir Path folder) {
        String url = HubFixture.freshHub(postgres.server(), "one_class");
        try (PcProcess a = PcProcess.start(folder.resolve("a")); PcProcess b = PcProcess.start(folder.resolve("b"))) {
            String pair = "pair " + url + " " + HubFixture.PC_USER + " " + HubFixture.PC_PASSWORD;
            a.expect(pair, "paired 0");
            b.expect(pair, "paired 0");
            // Before either sent anything, each made "5 Bestari" with its own child in it: the same class uid, version 2.
            a.expect("add Aina 10-12 5_Bestari", "committed learner");
            b.expect("add Badrul 10-12 5_Bestari", "committed learner");
            String uidA = a.send("pcuid").substring("pcuid ".length());
            String uidB = b.send("pcuid").substring("pcuid ".length());
            PcProcess lower = uidA.compareTo(uidB) < 0 ? a : b;
            PcProcess higher = lower == a ? b : a;
            String winner = lower == a ? "Badrul" : "Aina";
            String loser = lower == a ? "Aina" : "Badrul";
            // The lower origin first: the higher one then replaces a class of the same version it never saw.
            lower.expect("push", "pushed 2 2 1");
            higher.expect("push", "pushed 2 2 1");
            lower.expect("roster", "roster");
            higher.expect("roster", "roster");

            assertThat(HubFixture.count(postgres.server(), url, "SELECT COUNT(*) FROM school_class")).isEqualTo(1);
            assertThat(HubFixture.count(postgres.server(), url, "SELECT COUNT(*) FROM learner")).isEqualTo(2);
            assertThat(HubFixture.count(postgres.server(), url, "SELECT COUNT(*) FROM school_class WHERE members = (SELECT"
                    + " jsonb_build_array(uid) FROM learner WHERE display_name = '" + winner + "')")).isEqualTo(1);
            assertThat(HubFixture.count(postgres.server(), url, "SELECT COUNT(*) FROM conflict_log WHERE kind = 'class'"
                    + " AND lost ->> 'name' = '5 Bestari' AND lost -> 'members' = (SELECT jsonb_build_array(uid)"
                    + " FROM learner WHERE display_name = '" + loser + "')")).as("the version that lost").isEqualTo(1);
            assertThat(HubFixture.count(postgres.server(), url, "SELECT COUNT(*) FROM conflict_log")).isEqualTo(1);
        }
    }

    private static Map<String, Set<String>> hubRows(String url) {
        try (Connection hub = postgres.server().connect(url)) {
            return RowSets.ofHub(hub);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
