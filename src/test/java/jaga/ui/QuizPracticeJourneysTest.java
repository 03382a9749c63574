package jaga.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.Choice;
import jaga.content.ContentCatalog;
import jaga.content.ContentLoader;
import jaga.content.ContentModule;
import jaga.content.FlagMessage;
import jaga.content.Question;
import jaga.content.Step;
import jaga.learning.AnswerFeedback;
import jaga.learning.LearningService;
import jaga.model.Band;
import jaga.model.Language;
import jaga.progress.Database;
import jaga.testing.Modules;
import jaga.testing.RealServices;
import jaga.ui.common.Background;
import jaga.ui.common.I18n;
import jaga.ui.question.FlagsInput;
import jaga.ui.quiz.QuizView;
import jaga.ui.quiz.QuizViewModel;
import jaga.speech.FakeSpeechEngine;
import jaga.ui.speech.ReadAloud;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Practice that tests judgement, on the real quiz screen (real content, a real SQLite file): a
 * 7-9 learner's images quiz, which has a pick-all-that-apply, a spot-the-flags and a matching
 * question. "Look at what I missed" after the quiz, missed choices named, a wrongly flagged
 * message marked, and matching by tap-to-pair with undo, by mouse and by keyboard.
 */
@ExtendWith(ApplicationExtension.class)
class QuizPracticeJourneysTest extends FxRobot {
    private static final String MODULE = "images-7-9";

    @TempDir
    Path dataFolder;

    private Database database;
    private ContentModule module;
    private final I18n i18n = new I18n();
    private StackPane root;

    @Start
    void start(Stage stage) {
        ContentCatalog catalog = new ContentLoader().load(List.of(Modules.bundledContent()));
        module = catalog.module(MODULE).orElseThrow();
        RealServices services = RealServices.open(catalog, dataFolder);
        database = services.database;
        LearningService learning = services.learning;
        var nurul = learning.addLearner("Nurul", "rabbit", Band.AGES_7_9, Language.EN);
        ReadAloud readAloud = new ReadAloud(FakeSpeechEngine.bothLanguages(), Platform::runLater);
        QuizViewModel model = new QuizViewModel(learning.startQuiz(nurul, module), Background.direct(), () -> { }, () -> { });
        root = new StackPane(new QuizView(model, i18n, readAloud));
        Scene scene = new Scene(root, 1024, 768);
        scene.getStylesheets().add(QuizPracticeJourneysTest.class.getResource("/jaga/ui/theme/jaga.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void afterTheQuizTheChildGoesThroughExactlyTheQuestionsNotFullyRightByKeyboard() {
        LearnerRobot nurul = new LearnerRobot(this, module);
        // Partly right on the pick-all, one innocent message flagged, every true/false the wrong way.
        List<String> expectedPrompts = new ArrayList<>();
        Question.Multiple multiple = null;
        Question.SpotTheFlags flags = null;
        for (int asked = 0; asked < module.quiz().questions().size(); asked++) {
            nurul.waitFor("#questionPrompt");
            Question question = nurul.quizQuestion(nurul.text("#questionPrompt"));
            if (question instanceof Question.Multiple pickAll) {
                multiple = pickAll;
                nurul.press("#choice-" + pickAll.choices().stream().filter(Choice::correct).findFirst().orElseThrow().id());
                expectedPrompts.add(question.prompt().in("en"));
            } else if (question instanceof Question.SpotTheFlags thread) {
                flags = thread;
                nurul.answer(question);
                nurul.press("#flag-" + innocent(thread).id());
                expectedPrompts.add(question.prompt().in("en"));
            } else if (question instanceof Question.TrueFalse trueFalse) {
                nurul.press(trueFalse.answer() ? "#answer-false" : "#answer-true");
                expectedPrompts.add(question.prompt().in("en"));
            } else {
                nurul.answer(question);
            }
            nurul.press("#checkAnswer");
            nurul.waitFor("#verdict");
            if (question instanceof Question.Multiple pickAll) {
                // The partly right answer names the right choice that was missed, not just "partly right".
                List<String> missed = pickAll.choices().stream().filter(Choice::correct).skip(1)
                        .map(choice -> choice.text().in("en")).toList();
                assertThat(missed).isNotEmpty();
                assertThat(nurul.text("#verdict")).isEqualTo("Partly right.");
                assertThat(nurul.text("#feedbackMissed")).isEqualTo("Right answers you did not pick: " + String.join("; ", missed));
            }
            nurul.press("#nextQuestion");
        }
        nurul.waitFor("#resultScore");
        assertThat(multiple).isNotNull();
        assertThat(flags).isNotNull();

        LearnerRobot keyboard = new LearnerRobot(this, module).keyboardOnly();
        keyboard.press("#reviewMissed");
        keyboard.waitFor("#reviewPrompt");
        List<String> reviewed = new ArrayList<>();
        for (int page = 0; page < expectedPrompts.size(); page++) {
            assertThat(keyboard.text("#reviewOf")).startsWith("Question " + (page + 1) + " of " + expectedPrompts.size()
                    + " to look at again");
            String prompt = keyboard.text("#reviewPrompt");
            reviewed.add(prompt);
            Question question = keyboard.quizQuestion(prompt);
            assertThat(keyboard.showing("#verdict")).isTrue();
            if (question == flags) {
                // The saved answer is shown marked: the innocent message is "fine", with its own icon and words.
                FlagMessage fine = innocent(flags);
                assertThat(keyboard.text("#why-" + fine.id())).startsWith("You marked it, but this one was fine.");
                assertThat(((FontIcon) lookup("#flag-" + fine.id()).queryAs(ToggleButton.class).getGraphic())
                        .getIconLiteral()).isEqualTo("mdi2f-flag-remove-outline");
                assertThat(keyboard.text("#feedbackWronglyMarked")).contains(fine.text().in("en"));
            }
            if (question == multiple) {
                assertThat(lookup(".choice-missed").queryAll())
                        .hasSize((int) multiple.choices().stream().filter(Choice::correct).count() - 1);
                assertThat(keyboard.showing("#feedbackMissed")).isTrue();
            }
            if (page < expectedPrompts.size() - 1) {
                keyboard.press("#reviewNext");
            }
        }
        assertThat(reviewed).containsExactlyElementsOf(expectedPrompts);
        assertThat(lookup("#reviewNext").queryAs(Button.class).isDisabled()).as("no more to look at").isTrue();

        keyboard.press("#reviewPrevious");
        assertThat(keyboard.text("#reviewPrompt")).isEqualTo(expectedPrompts.get(expectedPrompts.size() - 2));
        // Switching language keeps the child on the same question, now in Bahasa Melayu.
        interact(() -> i18n.setLanguage("ms"));
        assertThat(keyboard.text("#reviewOf")).startsWith("Soalan " + (expectedPrompts.size() - 1) + " daripada "
                + expectedPrompts.size());
        assertThat(keyboard.text("#reviewPrompt"))
                .isEqualTo(keyboard.quizQuestion(expectedPrompts.get(expectedPrompts.size() - 2)).prompt().in("ms"));
        interact(() -> i18n.setLanguage("en"));
        keyboard.press("#reviewDone");
        keyboard.waitFor("#resultScore");
        assertThat(keyboard.showing("#quizReview")).isFalse();
    }

    @Test
    void matchingIsTapThenTapWithUndoByMouseAndTheSameByKeyboard() {
        LearnerRobot nurul = new LearnerRobot(this, module);
        Question.Matching matching = answerUntil(nurul, Question.Matching.class);
        List<Question.Pair> pairs = matching.pairs();
        Question.Pair first = pairs.get(0);
        Question.Pair second = pairs.get(1);
        assertThat(lookup("#checkAnswer").queryAs(Button.class).isDisabled()).isTrue();
        // Every item and match can be heard, and says what it is to a screen reader.
        for (Question.Pair pair : pairs) {
            assertThat(nurul.showing("#speak-left-" + pair.id())).isTrue();
            assertThat(nurul.showing("#speak-right-" + pair.id())).isTrue();
            assertThat(lookup("#left-" + pair.id()).query().getAccessibleText())
                    .isEqualTo(pair.left().in("en") + ", no match yet");
        }

        assertThat(lookup("#right-" + first.id()).query().getAccessibleText()).isEqualTo(first.right().in("en"));

        // By mouse: tap an item, then a wrong match; they show as connected cards.
        clickOn("#left-" + first.id());
        assertThat(lookup("#right-" + second.id()).query().getAccessibleText())
                .isEqualTo(second.right().in("en") + ". Pick to match with " + first.left().in("en"));
        clickOn("#right-" + second.id());
        assertThat(nurul.text("#paired-" + first.id())).isEqualTo(second.right().in("en"));
        assertThat(nurul.showing("#right-" + second.id())).as("a used match leaves the pool").isFalse();
        assertThat(lookup("#left-" + first.id()).query().getAccessibleText())
                .isEqualTo(first.left().in("en") + ", matched with " + second.right().in("en"));
        // Undo puts the match back.
        clickOn("#unpair-" + first.id());
        assertThat(nurul.showing("#paired-" + first.id())).isFalse();
        assertThat(nurul.showing("#right-" + second.id())).isTrue();
        // The other way round works too: the match, then its item.
        clickOn("#right-" + first.id());
        clickOn("#left-" + first.id());
        assertThat(nurul.text("#paired-" + first.id())).isEqualTo(first.right().in("en"));

        // By keyboard: Tab and Space to undo that pair, then every pair the right way, the last with Enter.
        LearnerRobot keyboard = new LearnerRobot(this, module).keyboardOnly();
        keyboard.press("#unpair-" + first.id());
        assertThat(keyboard.showing("#paired-" + first.id())).isFalse();
        for (Question.Pair pair : pairs.subList(0, pairs.size() - 1)) {
            keyboard.pick(pair);
        }
        Question.Pair last = pairs.get(pairs.size() - 1);
        keyboard.tabTo(lookup("#left-" + last.id()).query());
        type(KeyCode.ENTER);
        keyboard.tabTo(lookup("#right-" + last.id()).query());
        type(KeyCode.ENTER);
        assertThat(keyboard.text("#paired-" + last.id())).isEqualTo(last.right().in("en"));
        assertThat(lookup("#checkAnswer").queryAs(Button.class).isDisabled()).isFalse();
        keyboard.press("#checkAnswer");
        keyboard.waitFor("#verdict");
        assertThat(keyboard.text("#verdict")).isEqualTo("That's right!");
        assertThat(keyboard.showing("#unpair-" + first.id())).as("no undo after checking").isFalse();
    }

    @Test
    void aLessonFlagStepMarksAWronglyFlaggedMessageAsFineWithIconAndWords() {
        Step.SpotTheFlags step = module.lessons().stream().flatMap(lesson -> lesson.steps().stream())
                .filter(Step.SpotTheFlags.class::isInstance).map(Step.SpotTheFlags.class::cast).findFirst().orElseThrow();
        FlagMessage fine = step.messages().stream().filter(m -> !m.flag()).findFirst().orElseThrow();
        FlagMessage flag = step.messages().stream().filter(FlagMessage::flag).findFirst().orElseThrow();
        // The same input the lesson's flag step builds, checked the way the step checks it.
        FlagsInput input = new FlagsInput(step.participants(), step.messages(), i18n);
        interact(() -> root.getChildren().setAll(input.node()));
        clickOn("#flag-" + fine.id());
        interact(() -> input.reveal(new AnswerFeedback(0, List.of(), null)));

        assertThat(lookup("#why-" + fine.id()).queryAs(Labeled.class).getText())
                .startsWith("You marked it, but this one was fine.");
        Node mark = lookup("#flag-" + fine.id()).queryAs(ToggleButton.class).getGraphic();
        assertThat(((FontIcon) mark).getIconLiteral()).isEqualTo("mdi2f-flag-remove-outline");
        assertThat(lookup("#flag-" + fine.id()).query().getAccessibleText()).startsWith("You marked it, but this one was fine.");
        assertThat(lookup("#why-" + flag.id()).queryAs(Labeled.class).getText()).startsWith("Red flag you did not mark.");

        // Re-labelled in Bahasa Melayu, the marks stay, in words of the new language.
        interact(() -> {
            i18n.setLanguage("ms");
            input.relabel();
        });
        assertThat(lookup("#why-" + fine.id()).queryAs(Labeled.class).getText())
                .startsWith("Kamu menandanya, tetapi yang ini bukan tanda amaran.");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void atTwiceTheTextSizeEachMatchSitsUnderItsItem() {
        LearnerRobot nurul = new LearnerRobot(this, module);
        Question.Matching matching = answerUntil(nurul, Question.Matching.class);
        interact(() -> root.setStyle("-fx-font-size: 32px;"));
        WaitForAsyncUtils.waitForFxEvents();
        for (Question.Pair pair : matching.pairs()) {
            Node left = lookup("#left-" + pair.id()).query();
            Node slot = lookup("#slot-" + pair.id()).query();
            double leftBottom = left.localToScene(left.getBoundsInLocal()).getMaxY();
            assertThat(slot.localToScene(slot.getBoundsInLocal()).getMinY()).as(pair.id()).isGreaterThanOrEqualTo(leftBottom);
        }
        interact(() -> root.setStyle(""));
        Node left = lookup("#left-" + matching.pairs().get(0).id()).query();
        Node slot = lookup("#slot-" + matching.pairs().get(0).id()).query();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(slot.localToScene(slot.getBoundsInLocal()).getMinX()).as("side by side at 100%")
                .isGreaterThan(left.localToScene(left.getBoundsInLocal()).getMaxX());
    }

    private static FlagMessage innocent(Question.SpotTheFlags thread) {
        return thread.messages().stream().filter(m -> !m.flag()).findFirst().orElseThrow();
    }

    /** Answers rightly until a question of this type shows, and returns it unanswered. */
    private <Q extends Question> Q answerUntil(LearnerRobot robot, Class<Q> type) {
        for (int asked = 0; asked < module.quiz().questions().size(); asked++) {
            robot.waitFor("#questionPrompt");
            Question question = robot.quizQuestion(robot.text("#questionPrompt"));
            if (type.isInstance(question)) {
                return type.cast(question);
            }
            robot.answer(question);
            robot.press("#checkAnswer");
            robot.waitFor("#verdict");
            robot.press("#nextQuestion");
        }
        throw new AssertionError("no " + type.getSimpleName() + " question in " + MODULE);
    }
}
