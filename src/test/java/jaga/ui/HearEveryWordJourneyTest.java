package jaga.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.ContentModule;
import jaga.content.Question;
import jaga.speech.FakeSpeechEngine;
import jaga.speech.SpeechEngine;
import jaga.speech.SpeechText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import org.junit.jupiter.api.Test;

/**
 * A 7-year-old who cannot read yet hears every word with auto-read: each chat message as it
 * appears, each reply on offer, the feedback, the ending, and each quiz question with its choices,
 * in their own language. When the speech program fails, they see a small note, and adults why.
 */
class HearEveryWordJourneyTest extends JourneyTestBase {

    @Test
    void aSevenYearOldHearsAWholeChatAndAQuizQuestionInBahasaMelayu() throws Exception {
        FakeSpeechEngine engine = speaksWith(FakeSpeechEngine.bothLanguages());
        ContentModule module = module("scams-7-9");
        LearnerRobot aina = startWithOneLearner("Aina", "cat", "7-9", "ms", module);

        aina.opensTheModule();
        for (int step = 0; step < 3; step++) {
            aina.press("#nextStep");
        }
        // The chat, played to its end; everything it showed is collected as a child would see it.
        List<String> shown = new ArrayList<>();
        for (int guard = 0; guard < 20 && !aina.showing("#chatAgain"); guard++) {
            aina.waitFor(".chat-reply");
            List<Labeled> replies = lookup(".chat-reply").queryAllAs(Labeled.class).stream().toList();
            replies.forEach(reply -> shown.add(reply.getText()));
            waitUntilHeard(engine, replies.get(replies.size() - 1).getText()); // the replies are read before picking
            Node pick = replies.stream().filter(reply -> isSafe(module, reply.getId().substring("reply-".length())))
                    .map(Node.class::cast).findFirst().orElse(replies.get(0));
            aina.press("#" + pick.getId());
        }
        aina.waitFor("#chatAgain");
        lookup("#chatThread .bubble-text").queryAllAs(Labeled.class).forEach(message -> shown.add(message.getText()));
        lookup("#chatFeedback").queryAllAs(Labeled.class).forEach(feedback -> shown.add(feedback.getText()));
        shown.add(aina.text("#endingTitle"));
        shown.add(aina.text("#endingExplanation"));
        assertThat(shown).hasSizeGreaterThan(6);
        for (String text : shown) {
            waitUntilHeard(engine, text);
        }
        // F2 reads the whole chat: its messages, the feedback and the ending at once.
        int before = engine.said().size();
        push(javafx.scene.input.KeyCode.F2);
        waitUntil("F2 reading the chat", () -> engine.said().size() > before);
        String whole = engine.said().get(before).text();
        for (String text : shown.subList(shown.size() - 2, shown.size())) {
            assertThat(whole).contains(stripEnd(SpeechText.clean(text, "ms")));
        }

        // Then to the quiz: the first question and each of its choices are read as it shows.
        aina.finishLessons();
        aina.waitFor("#questionPrompt");
        Question question = aina.quizQuestion(aina.text("#questionPrompt"));
        waitUntilHeard(engine, question.prompt().in("ms"));
        String questionRead = heard(engine, question.prompt().in("ms"));
        List<String> choices = question instanceof Question.TrueFalse ? List.of("Betul", "Salah")
                : ((Question.HasChoices) question).choices().stream().map(choice -> choice.text().in("ms")).toList();
        for (String choice : choices) {
            assertThat(questionRead).contains(stripEnd(SpeechText.clean(choice, "ms")));
        }
        assertThat(engine.said()).extracting(FakeSpeechEngine.Said::language).containsOnly("ms");
        assertThat(aina.showing("#speechTrouble")).as("no \"sound did not work\" while it works").isFalse();
    }

    @Test
    void whenTheSpeechProgramFailsTheChildSeesASmallNoteAndAdultsSeeWhy() throws Exception {
        speechEngine = new SpeechEngine() {
            @Override
            public String name() {
                return "espeak-ng";
            }

            @Override
            public boolean hasVoice(String language) {
                return true;
            }

            @Override
            public void speak(String text, String language) throws IOException {
                throw new IOException("espeak-ng stopped with exit code 1: cannot open audio device");
            }
        };
        LearnerRobot aina = startWithOneLearner("Aina", "cat", "7-9", "ms", module("scams-7-9"));

        aina.opensTheModule();
        // Auto-read (7-9) tries to read the first step, and the program fails.
        aina.waitFor("#speechTrouble");
        assertThat(aina.text("#speechTrouble")).isEqualTo("Bunyi tidak berfungsi");

        MenuButton display = lookup("#displayMenu").queryAs(MenuButton.class);
        var why = display.getItems().stream().filter(item -> "speechFailed".equals(item.getId())).findFirst().orElseThrow();
        assertThat(why.isVisible()).isTrue();
        assertThat(((javafx.scene.control.CustomMenuItem) why).getContent()).isInstanceOfSatisfying(Labeled.class,
                label -> assertThat(label.getText().replaceAll("\\s+", " ")).contains("cannot open audio device"));
    }

    private static boolean isSafe(ContentModule module, String choiceId) {
        return module.lessons().stream().flatMap(lesson -> lesson.steps().stream())
                .filter(jaga.content.Step.Chat.class::isInstance).map(jaga.content.Step.Chat.class::cast)
                .flatMap(chat -> chat.nodes().stream()).filter(node -> node.choices() != null)
                .flatMap(node -> node.choices().stream()).anyMatch(choice -> choice.id().equals(choiceId) && choice.safe());
    }

    /** Cleaned text without its closing full stop (the cleaner ends a sentence with one where needed). */
    private static String stripEnd(String text) {
        return text.replaceAll("[.!?]+$", "");
    }

    private static String heard(FakeSpeechEngine engine, String text) {
        String wanted = stripEnd(SpeechText.clean(text, "ms"));
        return engine.said().stream().filter(said -> said.language().equals("ms") && said.text().contains(wanted))
                .map(FakeSpeechEngine.Said::text).findFirst().orElse(null);
    }

    private static void waitUntilHeard(FakeSpeechEngine engine, String text) {
        waitUntil("hearing \"" + text + "\" in Malay (heard: " + engine.said() + ")", () -> heard(engine, text) != null);
    }
}
