package jaga.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.Choice;
import jaga.content.ContentModule;
import jaga.content.Question;
import jaga.content.Step;
import jaga.speech.FakeSpeechEngine;
import jaga.ui.speech.SpeakerButton;
import jaga.speech.SpeechEngine;
import jaga.speech.SpeechEngines;
import jaga.speech.SpeechText;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Read aloud, as children use it: speaker buttons, F2, auto-read, and a computer with no voice. */
class ReadAloudJourneysTest extends JourneyTestBase {

    private static String firstStepText(ContentModule module, String language) {
        Step first = module.lessons().get(0).steps().get(0);
        assertThat(first).as("the module opens with a text step").isInstanceOf(Step.Text.class);
        return ((Step.Text) first).text().in(language);
    }

    @Test
    void theSpeakerOnEachQuizQuestionReadsItsCleanedTextInTheLearnersLanguage() throws Exception {
        FakeSpeechEngine engine = speaksWith(FakeSpeechEngine.bothLanguages());
        ContentModule module = module("scams-7-9");
        LearnerRobot aina = startWithOneLearner("Aina", "cat", "7-9", "ms", module);

        aina.opensTheModule();
        aina.finishLessons();
        boolean heardRinggit = false;
        for (int guard = 0; guard < 20 && !aina.showing("#resultScore"); guard++) {
            aina.waitFor("#questionPrompt");
            String prompt = aina.text("#questionPrompt");
            Question question = aina.quizQuestion(prompt);
            // Auto-read (on for 7-9) reads the question and its choices first; then she presses the speakers.
            String cleanedPrompt = SpeechText.clean(question.prompt().in("ms"), "ms").replaceAll("[.!?]+$", "");
            waitUntil("auto-read of the question", () -> engine.said().stream()
                    .anyMatch(said -> said.text().startsWith(cleanedPrompt)));
            int before = engine.said().size();
            assertThat(lookup("#speak-prompt").query().getAccessibleText()).isEqualTo("Baca dengan kuat");

            aina.press("#speak-prompt");
            waitUntil("reading the question", () -> engine.said().size() > before);
            FakeSpeechEngine.Said said = engine.said().get(before);
            assertThat(said).isEqualTo(new FakeSpeechEngine.Said(SpeechText.clean(question.prompt().in("ms"), "ms"), "ms"));
            heardRinggit |= said.text().contains("10 ringgit");

            if (question instanceof Question.HasChoices withChoices && !(question instanceof Question.TrueFalse)) {
                Choice choice = withChoices.choices().get(0);
                aina.press("#speak-choice-" + choice.id());
                waitUntil("reading a choice", () -> engine.said().size() > before + 1);
                assertThat(engine.said().get(before + 1))
                        .isEqualTo(new FakeSpeechEngine.Said(SpeechText.clean(choice.text().in("ms"), "ms"), "ms"));
            }
            aina.answer(question);
            aina.press("#checkAnswer");
            aina.press("#nextQuestion");
        }
        assertThat(heardRinggit).as("\"RM10\" in a question was read as \"10 ringgit\"").isTrue();
        aina.waitFor("#resultScore");
    }

    @Test
    void aSevenYearOldHearsTheStepWhenItOpensAndPressingAgainStopsIt() throws Exception {
        FakeSpeechEngine engine = new FakeSpeechEngine(Set.of("en", "ms"), true); // speaks until stopped
        speechEngine = engine;
        ContentModule module = module("scams-7-9");
        LearnerRobot nurul = startWithOneLearner("Nurul", "cat", "7-9", "en", module);

        nurul.opensTheModule();
        nurul.waitFor("#stepBody");
        assertThat(engine.started().await(15, TimeUnit.SECONDS)).as("auto-read started").isTrue();
        assertThat(engine.said().get(0))
                .isEqualTo(new FakeSpeechEngine.Said(SpeechText.clean(firstStepText(module, "en"), "en"), "en"));
        Node body = lookup("#stepBody").query();
        waitUntil("the text highlighted", () -> body.getStyleClass().contains(SpeakerButton.READING));

        nurul.press("#speak-step");
        assertThat(engine.stopped().await(15, TimeUnit.SECONDS)).as("the voice stopped").isTrue();
        waitUntil("the highlight removed", () -> !body.getStyleClass().contains(SpeakerButton.READING));

        type(KeyCode.F2); // read the whole step again
        waitUntil("F2 reading the step", () -> engine.said().size() == 2);
        assertThat(engine.said().get(1)).isEqualTo(engine.said().get(0));
        assertThat(body.getStyleClass()).contains(SpeakerButton.READING);
    }

    @Test
    void anOlderChildHearsNothingUntilTheyPressTheSpeaker() throws Exception {
        FakeSpeechEngine engine = speaksWith(FakeSpeechEngine.bothLanguages());
        ContentModule module = module("privacy-13-17");
        LearnerRobot arjun = startWithOneLearner("Arjun", "cat", "13-17", "en", module);

        arjun.opensTheModule();
        arjun.waitFor("#stepBody");
        assertThat(engine.said()).as("auto-read is off for 13-17 until an adult turns it on").isEmpty();

        arjun.press("#speak-step");
        waitUntil("reading the step", () -> engine.said().size() == 1);
        assertThat(engine.said().get(0))
                .isEqualTo(new FakeSpeechEngine.Said(SpeechText.clean(firstStepText(module, "en"), "en"), "en"));
    }

    @Test
    void withoutASpeechEngineThereAreNoSpeakersAndTheDisplayMenuSaysWhatToInstall() throws Exception {
        speechEngine = SpeechEngine.NONE;
        ContentModule module = module("scams-7-9");
        LearnerRobot meiLing = startWithOneLearner("Mei Ling", "cat", "7-9", "en", module);

        meiLing.opensTheModule();
        meiLing.waitFor("#stepBody");
        assertThat(lookup(".speaker-button").queryAll()).isEmpty();
        MenuItem advice = lookup("#displayMenu").queryAs(MenuButton.class).getItems().stream()
                .filter(item -> "speechAdvice".equals(item.getId())).findFirst().orElseThrow();
        assertThat(advice.isVisible()).isTrue();
        String key = SpeechEngines.Platform.of(System.getProperty("os.name")).installAdviceKey();
        String adviceText = ((javafx.scene.control.Label) ((javafx.scene.control.CustomMenuItem) advice).getContent()).getText();
        assertThat(adviceText).isEqualTo(new jaga.ui.common.I18n().get(key));
        if (SpeechEngines.Platform.of(System.getProperty("os.name")) == SpeechEngines.Platform.LINUX) {
            assertThat(adviceText).contains("espeak-ng");
        }

        meiLing.finishLessons();
        meiLing.waitFor("#questionPrompt");
        assertThat(lookup("#speak-prompt").tryQuery()).isEmpty();
        assertThat(lookup(".speaker-button").queryAll()).isEmpty();
    }

    @Test
    void autoReadTurnedOnForAnOlderChildIsRememberedNextTime() throws Exception {
        FakeSpeechEngine engine = speaksWith(FakeSpeechEngine.bothLanguages());
        ContentModule module = module("privacy-13-17");
        LearnerRobot arjun = startWithOneLearner("Arjun", "cat", "13-17", "en", module);

        arjun.press("#learner-1");
        arjun.waitFor("#open-privacy-13-17");
        clickOn("#displayMenu");
        clickOn("Read each step aloud when it opens");
        WaitForAsyncUtils.waitForFxEvents();
        restartApp();

        arjun.opensTheModule();
        arjun.waitFor("#stepBody");
        waitUntil("auto-read of the first step", () -> engine.said().size() == 1);
        assertThat(engine.said().get(0))
                .isEqualTo(new FakeSpeechEngine.Said(SpeechText.clean(firstStepText(module, "en"), "en"), "en"));
    }
}
