package jaga.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.ChatNode;
import jaga.content.ContentModule;
import jaga.content.Step;
import jaga.learning.ChatRun;
import jaga.learning.StepWork;
import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.progress.StepWorkRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A power cut between a child's last reply and the chat's ending (the ending comes after a typing
 * pause) leaves every reply saved but the chat not marked done. Opened again, the chat is drawn to
 * its ending, and that ending counts: it is saved as done, as if the child had waited for it.
 */
class ChatEndingKeptJourneyTest extends JourneyTestBase {

    @Test
    void aChatRedrawnToItsEndingIsSavedAsDone() throws Exception {
        learnerAddedByAnAdult("Danial", "owl", "7-9", "en");
        ContentModule module = module("scams-7-9");
        Step.Chat chat = (Step.Chat) module.lessons().get(0).steps().get(3);
        List<String> safeReplies = safeRepliesToTheEnd(chat);
        try (Database database = Database.open(DataDirectory.prepare(dataFolder), Clock.systemUTC())) {
            // Every reply saved as it was picked; the ending never reached the screen.
            new StepWorkRepository(database).save(1, module.id(), chat.id(),
                    new StepWork(module.version(), 0, false, safeReplies).encode());
        }
        LearnerRobot danial = new LearnerRobot(this, module);
        startApp();

        danial.opensTheModule();
        for (int step = 0; step < 3; step++) {
            danial.press("#nextStep");
        }
        danial.waitFor("#endingTitle");
        closeApp();

        try (Database database = Database.open(DataDirectory.prepare(dataFolder), Clock.systemUTC())) {
            String saved = new StepWorkRepository(database).forModule(1, module.id()).get(chat.id());
            Optional<StepWork> work = StepWork.decode(saved);
            assertThat(work).as("the chat's saved work").isPresent();
            assertThat(work.get().checked()).as("the ending shown again counts as reached").isTrue();
            assertThat(work.get().picks()).isEqualTo(safeReplies);
        }
    }

    private static List<String> safeRepliesToTheEnd(Step.Chat chat) {
        ChatRun run = new ChatRun(chat);
        List<String> picks = new ArrayList<>();
        while (true) {
            while (run.revealNext().isPresent()) {
                // every waiting message appears
            }
            if (run.ending().isPresent()) {
                assertThat(run.ending().get().outcome()).isEqualTo(ChatNode.Outcome.SAFE);
                return picks;
            }
            ChatNode.ChatChoice safe = run.choices().stream().filter(ChatNode.ChatChoice::safe).findFirst().orElseThrow();
            run.choose(safe.id());
            picks.add(safe.id());
        }
    }
}
