package jaga.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jaga.content.ChatNode;
import jaga.content.ModuleReader;
import jaga.content.Step;
import jaga.testing.Fixtures;
import jaga.testing.Modules;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChatRunTest {
    private static Step.Chat chat;

    @BeforeAll
    static void readFixture(@TempDir Path temp) {
        Path file = Fixtures.writeFullModule(temp, "full-module", Fixtures.pretty(Fixtures.fullModule()));
        chat = (Step.Chat) new ModuleReader().read(file, Modules.bundledResources()).module().orElseThrow()
                .lessons().get(0).steps().get(3);
    }

    private static String english(ChatRun.Line line) {
        return line.text().in("en");
    }

    @Test
    void messagesAppearOneAtATimeThenTheRepliesAreOffered() {
        ChatRun run = new ChatRun(chat);

        assertThat(run.choices()).isEmpty();
        assertThat(run.revealNext()).map(ChatRunTest::english).hasValue("Want 1000 free coins? Send me your password.");
        assertThat(run.choices()).extracting(ChatNode.ChatChoice::id).containsExactly("say-no", "send-it");
        assertThat(run.ending()).isEmpty();
    }

    @Test
    void theSafeBranchFollowsNextLinksToItsEnding() {
        ChatRun run = new ChatRun(chat);
        run.revealNext();

        ChatNode.ChatChoice choice = run.choose("say-no");

        assertThat(choice.safe()).isTrue();
        assertThat(run.shown()).extracting(ChatRunTest::english).last().isEqualTo("No thanks.");
        assertThat(run.shown().get(1).from().me()).isTrue();
        assertThat(run.revealNext()).map(ChatRunTest::english).hasValue("Come on, be quick!");
        assertThat(run.revealNext()).map(ChatRunTest::english).hasValue("I'm telling my dad.");
        assertThat(run.revealNext()).isEmpty();
        assertThat(run.ending()).hasValueSatisfying(end -> assertThat(end.outcome()).isEqualTo(ChatNode.Outcome.SAFE));
        assertThat(run.choicesMade()).extracting(ChatNode.ChatChoice::id).containsExactly("say-no");
    }

    @Test
    void theUnsafeBranchEndsWithAnExplanationAndCanBeTriedAgain() {
        ChatRun run = new ChatRun(chat);
        run.revealNext();
        run.choose("send-it");

        assertThat(run.ending()).hasValueSatisfying(end -> assertThat(end.outcome()).isEqualTo(ChatNode.Outcome.UNSAFE));

        run.restart();
        assertThat(run.shown()).isEmpty();
        assertThat(run.choicesMade()).isEmpty();
        assertThat(run.ending()).isEmpty();
    }

    @Test
    void aReplyCannotBePickedBeforeItIsOffered() {
        ChatRun run = new ChatRun(chat);
        assertThatThrownBy(() -> run.choose("say-no")).isInstanceOf(IllegalArgumentException.class);
    }
}
