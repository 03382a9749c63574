package jaga.progress.hub;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.testing.ThrowawayHub;
import java.nio.file.Path;
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

    private static void pair(PcProcess pc, String url) {
        pc.expect("pair " + url + " " + HubFixture.PC_USER + " " + HubFixture.PC_PASSWORD, "paired");
    }
}
