package jaga.progress.hub;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.testing.ThrowawayPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who is who between a computer and the hub: the same rows arriving twice. */
class HubIdentityTest {
    private static final String MODULE = "grooming-10-12";

    private static ThrowawayPostgres server;

    @BeforeAll
    static void startHub() {
        server = ThrowawayPostgres.start();
    }

    @AfterAll
    static void stopHub() {
        server.close();
    }

    // ------------------------------------------------------------------------------------------ 5

    @Test
    void importingTheSameFamilyExportTwiceIntoAPairedPcAddsAndSendsNothingTheSecondTime(@TempDir Path folder) {
        String url = HubFixture.freshHub(server, "family_twice");
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
        assertThat(HubFixture.count(server, url, "SELECT COUNT(*) FROM school_class")).isEqualTo(1);
        assertThat(HubFixture.count(server, url, "SELECT jsonb_array_length(members) FROM school_class")).isEqualTo(1);
    }

    private static Map<String, Set<String>> hubRows(String url) {
        try (Connection hub = server.connect(url)) {
            return RowSets.ofHub(hub);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
