package jaga.progress.hub;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.testing.ThrowawayHub;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Lab computers (each its own JVM and SQLite file) against a real hub that goes away and comes back. */
class HubOutageTest {
    @RegisterExtension
    static final ThrowawayHub postgres = new ThrowawayHub();


    @Test
    void aWholeLessonWithTheHubDownIsSavedHereAndDrainsWhenItComesBack(@TempDir Path folder) throws Exception {
        String url = HubFixture.freshHub(postgres.server(), "down_for_a_lesson");
        Path data = folder.resolve("pc07");
        try (PcProcess pc = PcProcess.start(data)) {
            pc.expect("pair " + url + " " + HubFixture.PC_USER + " " + HubFixture.PC_PASSWORD, "paired 0");
            String learner = pc.expect("add Aina 10-12", "committed learner").split(" ")[2];
            pc.expect("push", "pushed 1");

            postgres.server().kill();
            pc.expect("lesson " + learner + " grooming-10-12 signs 1", "committed");
            pc.expect("chat " + learner + " grooming-10-12 signs chat1 block", "committed");
            pc.expect("lesson " + learner + " grooming-10-12 signs 2", "committed");
            pc.expect("done " + learner + " grooming-10-12 signs 4", "committed");
            String attempt = pc.expect("attempt " + learner + " grooming-10-12", "committed").split(" ")[2];
            for (int q = 1; q <= 8; q++) {
                pc.expect("answer " + attempt + " q" + q + " a " + (q % 3 == 0 ? 0 : 1), "committed");
            }
            pc.expect("finish " + attempt + " 75 true", "committed");
            pc.expect("badge " + learner + " first-module grooming-10-12", "committed");
            pc.expect("review " + learner + " grooming-10-12 q3 1", "committed");
            assertThat(pc.send("push")).startsWith("hub-failed Unreachable");

            // Exactly what was written is waiting: 3 writes to one lesson's place, a chat reply, an
            // attempt started and finished, 8 answers, a badge and a review item.
            assertThat(pc.send("waiting")).isEqualTo("waiting 16");
            assertThat(RowSets.outbox(data)).isEqualTo(16);

            postgres.server().restart();
            assertThat(pc.send("push")).isEqualTo("pushed 13 13 1");
            assertThat(pc.send("waiting")).isEqualTo("waiting 0");
        }
        try (Connection hub = postgres.server().connect(url)) {
            assertThat(RowSets.ofHub(hub)).isEqualTo(RowSets.ofPc(data));
        }
        assertThat(RowSets.ofPc(data).get("answer")).hasSize(8);
    }
}
