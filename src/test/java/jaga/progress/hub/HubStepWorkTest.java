package jaga.progress.hub;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.testing.ThrowawayHub;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a child did in each practice step travels to the hub on its own (docs/decisions/0011): it
 * never touches their profile's version, so a teacher's edit of the profile made at another
 * computer during the lesson is not overwritten by the child's work (issue 20).
 */
class HubStepWorkTest {
    private static final String MODULE = "scams-10-12";

    @RegisterExtension
    static final ThrowawayHub postgres = new ThrowawayHub();

    @Test
    void aRenameOnOnePcSurvivesTheStepWorkSavedOnAnotherAndTheWorkArrives(@TempDir Path folder) {
        String url = HubFixture.freshHub(postgres.server(), "step_work_rename");
        try (PcProcess a = PcProcess.start(folder.resolve("a")); PcProcess b = PcProcess.start(folder.resolve("b"))) {
            pair(a, url);
            pair(b, url);
            String la = a.expect("add Aina 10-12", "committed learner").split(" ")[2];
            a.expect("push", "pushed 1");
            b.expect("roster", "roster 1");
            b.expect("bring 1", "brought FROM_HUB");

            // The child's lesson at B: two practice steps, one of them saved twice.
            b.expect("work 1 " + MODULE + " chat-1 1|1|0|0|reply-a", "committed work");
            b.expect("work 1 " + MODULE + " chat-1 1|1|1|0|reply-a,reply-c", "committed work");
            b.expect("work 1 " + MODULE + " flags-1 1|1|0|1|a,b", "committed work");
            // Meanwhile at A the teacher corrects the spelling of the name.
            a.expect("rename " + la + " Aina-Ali", "committed rename");

            b.expect("push", "pushed");
            a.expect("push", "pushed");
            a.expect("bring " + la, "brought FROM_HUB");
            b.expect("bring 1", "brought FROM_HUB");

            assertThat(a.send("name " + la)).as("the name at A").isEqualTo("name Aina-Ali");
            assertThat(b.send("name 1")).as("the name at B").isEqualTo("name Aina-Ali");
            String work = "stepwork chat-1=1|1|1|0|reply-a,reply-c flags-1=1|1|0|1|a,b";
            assertThat(a.send("stepwork " + la + " " + MODULE)).as("B's step work at A").isEqualTo(work);
            assertThat(b.send("stepwork 1 " + MODULE)).isEqualTo(work);
            assertThat(HubFixture.count(postgres.server(), url, "SELECT COUNT(*) FROM conflict_log"))
                    .as("nothing lost a merge").isZero();
        }
    }

    @Test
    void theSameStepSavedOnTwoPcsEndsAsTheHigherCountEverywhereAndGoesWithTheLearner(@TempDir Path folder) {
        String url = HubFixture.freshHub(postgres.server(), "step_work_both");
        Path dataA = folder.resolve("a");
        Path dataB = folder.resolve("b");
        try (PcProcess a = PcProcess.start(dataA); PcProcess b = PcProcess.start(dataB)) {
            pair(a, url);
            String la = a.expect("add Aina 10-12", "committed learner").split(" ")[2];
            a.expect("work " + la + " " + MODULE + " flags-1 1|1|0|1|a", "committed work"); // before B is paired
            pair(b, url);
            a.expect("push", "pushed 2");
            b.expect("roster", "roster 1");
            b.expect("bring 1", "brought FROM_HUB");
            assertThat(b.send("stepwork 1 " + MODULE)).as("paired later, B has A's step").isEqualTo("stepwork flags-1=1|1|0|1|a");

            a.expect("work " + la + " " + MODULE + " chat-1 1|1|0|0|from-a", "committed work");  // (1, A)
            b.expect("work 1 " + MODULE + " chat-1 1|1|0|0|from-b", "committed work");          // (1, B)
            b.expect("work 1 " + MODULE + " chat-1 1|1|1|0|from-b,again", "committed work");    // (2, B): wins
            a.expect("push", "pushed 1");
            b.expect("push", "pushed 1");
            a.expect("bring " + la, "brought FROM_HUB");
            b.expect("bring 1", "brought FROM_HUB");

            String work = "stepwork chat-1=1|1|1|0|from-b,again flags-1=1|1|0|1|a";
            assertThat(a.send("stepwork " + la + " " + MODULE)).isEqualTo(work);
            assertThat(b.send("stepwork 1 " + MODULE)).isEqualTo(work);
            Map<String, Set<String>> hub = hubRows(url);
            assertThat(RowSets.ofPc(dataA)).isEqualTo(hub);
            assertThat(RowSets.ofPc(dataB)).isEqualTo(hub);
            assertThat(hub.get("learner")).singleElement().asString().contains("|1|"); // no step moved the profile

            a.expect("delete " + la, "committed delete");
            a.expect("push", "pushed 1");
            assertThat(HubFixture.count(postgres.server(), url, "SELECT COUNT(*) FROM step_work")).as("gone with Aina").isZero();
        }
    }

    private static Map<String, Set<String>> hubRows(String url) {
        try (Connection hub = postgres.server().connect(url)) {
            return RowSets.ofHub(hub);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A hub of version 1 held each practice step's work among its learner's settings: `jaga hub init`
     * moves it into the hub's step_work table with the profile's (version, origin), as the computers'
     * version 5 does with theirs; the other settings stay, and a deleted learner gets no step work.
     */
    @Test
    void upgradingAVersion1HubMovesTheStepWorkOutOfTheProfiles() throws Exception {
        String url = postgres.server().createDatabase("step_work_upgrade");
        try (Connection admin = postgres.server().connect(url)) {
            try (Statement statement = admin.createStatement();
                 InputStream h001 = HubSchema.class.getResourceAsStream("/jaga/hub/migrations/H001__school_hub.sql")) {
                statement.execute("CREATE TABLE jaga_hub (key text PRIMARY KEY, value text NOT NULL)");
                statement.execute(new String(h001.readAllBytes(), StandardCharsets.UTF_8));
                statement.execute("INSERT INTO jaga_hub (key, value) VALUES ('schema_version', '1')");
                statement.execute("INSERT INTO learner (uid, display_name, avatar, band, locale, created_at, settings,"
                        + " version, origin) VALUES ('aina', 'Aina', 'owl', '10-12', 'ms', '2026-12-01T08:00:00Z',"
                        + " '{\"autoRead\": \"true\", \"work.scams-10-12.chat-1\": \"1|1|0|0|a\","
                        + " \"work.scams-10-12.flags-1\": \"1|1|0|1|a,b\"}', 4, 'pc-b'),"
                        + " ('ben', 'Ben', 'cat', '10-12', 'en', '2026-12-01T08:00:00Z', '{}', 1, 'pc-a')");
                statement.execute("INSERT INTO learner (uid, display_name, avatar, band, locale, created_at, settings, deleted,"
                        + " version, origin) VALUES ('gone', '', '', '', '', '', '{\"work.scams-10-12.chat-1\": \"x\"}',"
                        + " true, 3, 'pc-a')");
            }

            HubSchema.Initialised done = HubSchema.init(admin);

            assertThat(done.fromVersion()).isEqualTo(1);
            assertThat(done.toVersion()).isEqualTo(2);
            assertThat(lines(admin, "SELECT uid || ' ' || settings::text || ' ' || version FROM learner ORDER BY uid"))
                    .containsExactly("aina {\"autoRead\": \"true\"} 4", "ben {} 1", "gone {} 3");
            assertThat(lines(admin, "SELECT learner_uid || ' ' || module_id || ' ' || step_id || ' ' || value || ' ' || version"
                    + " || ' ' || origin FROM step_work ORDER BY step_id")).containsExactly(
                            "aina scams-10-12 chat-1 1|1|0|0|a 4 pc-b", "aina scams-10-12 flags-1 1|1|0|1|a,b 4 pc-b");
        }
    }

    private static List<String> lines(Connection hub, String query) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement statement = hub.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
        }
        return lines;
    }

    private static void pair(PcProcess pc, String url) {
        pc.expect("pair " + url + " " + HubFixture.PC_USER + " " + HubFixture.PC_PASSWORD, "paired");
    }
}
