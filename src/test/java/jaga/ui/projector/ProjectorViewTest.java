package jaga.ui.projector;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.ChatNode;
import jaga.content.ContentCatalog;
import jaga.content.ContentLoader;
import jaga.content.ContentModule;
import jaga.content.Step;
import jaga.testing.Modules;
import jaga.ui.common.DisplaySettings;
import jaga.ui.common.I18n;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A teacher runs projector mode on a real stage, by keyboard and clicker keys, on a real grooming module. */
@ExtendWith(ApplicationExtension.class)
class ProjectorViewTest {
    private static ContentCatalog catalog;

    @TempDir
    static Path dataFolder;

    private ProjectorView view;
    private ProjectorViewModel model;
    private I18n i18n;
    private Scene scene;
    private int exits;

    @BeforeAll
    static void loadContent() {
        catalog = new ContentLoader().load(List.of(Modules.bundledContent()));
    }

    @Start
    void start(Stage stage) {
        i18n = new I18n();
        model = new ProjectorViewModel(catalog);
        view = new ProjectorView(model, i18n, DisplaySettings.load(dataFolder), () -> exits++);
        scene = new Scene(view, 1024, 768);
        scene.getStylesheets().add(ProjectorViewTest.class.getResource("/jaga/ui/theme/jaga.css").toExternalForm());
        rootFont(16);
        stage.setScene(scene);
        stage.show();
    }

    private void rootFont(double pixels) {
        view.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", pixels));
    }

    // ---- the journey ----------------------------------------------------------------------------

    @Test
    void aTeacherRunsAGroomingChatWithTheClassByKeyboardAlone(FxRobot robot) {
        ContentModule module = catalog.module("grooming-10-12").orElseThrow();
        Step.Chat chat = (Step.Chat) module.lessons().get(0).steps().stream()
                .filter(Step.Chat.class::isInstance).findFirst().orElseThrow();
        ChatNode start = chat.nodes().stream().filter(n -> n.id().equals(chat.start())).findFirst().orElseThrow();

        // Choose the module: Tab to it, Space.
        tabTo(robot, "#projector-open-grooming-10-12");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#projectorLessonTitle")).contains(module.lessons().get(0).title().in("en"));
        assertThat(text(robot, "#projectorStepOf")).isEqualTo("Step 1 of " + module.lessons().get(0).steps().size());

        // A clicker's page-down, and the arrow keys, step on to the chat.
        while (!showing(robot, ".step-chat")) {
            press(robot, KeyCode.PAGE_DOWN);
        }
        assertThat(robot.lookup("#projectorThread").tryQuery()).isEmpty();
        press(robot, KeyCode.RIGHT);
        assertThat(messagesShown(robot)).containsExactly(start.messages().get(0).text().in("en"));
        press(robot, KeyCode.SPACE);
        assertThat(messagesShown(robot)).hasSize(2);

        // The replies, lettered; the class votes by show of hands and the teacher counts.
        assertThat(text(robot, "#optionText-A")).isEqualTo(start.choices().get(0).text().in("en"));
        assertThat(text(robot, "#projectorNext")).isEqualTo("Reveal");
        press(robot, KeyCode.DIGIT1);
        press(robot, KeyCode.DIGIT1);
        press(robot, KeyCode.DIGIT3);
        robot.press(KeyCode.SHIFT).type(KeyCode.DIGIT1).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#voteUp-B");
        assertThat(text(robot, "#votes-A")).isEqualTo("1");
        assertThat(text(robot, "#votes-B")).isEqualTo("1");
        assertThat(text(robot, "#votes-C")).isEqualTo("1");
        assertThat(robot.lookup("#optionFeedback-A").tryQuery()).isEmpty(); // nothing given away before the reveal

        // The notes: hidden, opened with N (with the answer key), hidden again.
        assertThat(showing(robot, "#projectorNotesPanel")).isFalse();
        press(robot, KeyCode.N);
        assertThat(showing(robot, "#notesAnswerKey")).isTrue();
        assertThat(robot.lookup("#notesPrompts").queryAs(Parent.class).getChildrenUnmodifiable()).isNotEmpty();
        press(robot, KeyCode.N);
        assertThat(showing(robot, "#projectorNotesPanel")).isFalse();

        // Reveal: the feedback on every reply, kind words and an icon, not colour alone.
        press(robot, KeyCode.R);
        assertThat(text(robot, "#optionVerdict-A")).isEqualTo("A safe reply");
        assertThat(text(robot, "#optionVerdict-C")).isEqualTo("Think again");
        assertThat(text(robot, "#optionFeedback-C")).isEqualTo(start.choices().get(2).feedback().in("en"));
        assertThat(robot.lookup("#projectorNext").queryButton().isDisabled()).isTrue(); // a tie: the teacher says which

        // The class chose C: the chat goes on down that branch.
        press(robot, KeyCode.C);
        assertThat(messagesShown(robot)).contains(start.choices().get(2).text().in("en"));
        assertThat(text(robot, "#chatFeedback")).isEqualTo(start.choices().get(2).feedback().in("en"));
        while (!showing(robot, "#option-A")) {
            press(robot, KeyCode.RIGHT);
        }
        press(robot, KeyCode.DIGIT1);
        press(robot, KeyCode.R);
        assertThat(text(robot, "#projectorNext")).isEqualTo("Continue with A");
        press(robot, KeyCode.PAGE_DOWN); // the most votes: A, "stop replying, show Mum"

        // The ending, explained.
        assertThat(text(robot, "#projectorEndingTitle")).isEqualTo("Aina told her mum");
        assertThat(text(robot, "#projectorEndingExplanation")).contains("Aina is not in trouble");

        // Try another path: back at the last choice, feedback still showing.
        press(robot, KeyCode.T);
        assertThat(robot.lookup("#projectorEnding").tryQuery()).isEmpty();
        assertThat(text(robot, "#optionVerdict-B")).isEqualTo("Think again");
        press(robot, KeyCode.B);
        assertThat(text(robot, "#projectorEndingTitle")).isEqualTo("It is not too late");

        // Esc leaves projector mode, with nothing to save.
        press(robot, KeyCode.ESCAPE);
        assertThat(exits).isEqualTo(1);
    }

    @Test
    void switchingToBahasaMelayuRelabelsTheSlideInPlace(FxRobot robot) {
        robot.interact(() -> {
            model.open(catalog.module("grooming-10-12").orElseThrow());
            while (!model.slide().atChatChoice()) {
                model.next();
            }
            model.reveal();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Step.Chat chat = (Step.Chat) model.slide().step();
        ChatNode.ChatChoice first = chat.nodes().get(0).choices().get(0);

        robot.interact(() -> i18n.setLanguage("ms"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#optionText-A")).isEqualTo(first.text().in("ms"));
        assertThat(text(robot, "#optionVerdict-A")).isEqualTo("Balasan yang selamat");
        assertThat(text(robot, "#projectorStepOf")).startsWith("Langkah ");
        assertThat(text(robot, "#projectorNotesToggle")).isEqualTo("Nota guru");
        assertThat(model.slide().revealed()).isTrue(); // the same place, only the words changed
    }

    @Test
    void theNotesWindowFollowsTheStepAndItsOwnNextStepsTheProjector(FxRobot robot) throws Exception {
        robot.interact(() -> model.open(catalog.module("grooming-7-9").orElseThrow()));
        robot.interact(view::openNotesWindow);
        WaitForAsyncUtils.waitForFxEvents();
        Stage notes = view.notesStage();
        assertThat(notes.isShowing()).isTrue();
        assertThat(notesText(notes, "#notesNow")).startsWith("Lesson 1 of 3, step 1 of");

        robot.interact(model::next);
        assertThat(notesText(notes, "#notesNow")).startsWith("Lesson 1 of 3, step 2 of");
        robot.interact(() -> ((javafx.scene.control.Button) notes.getScene().lookup("#notesNext")).fire());
        assertThat(model.slide().stepIndex()).isEqualTo(2);
        assertThat(notesText(notes, "#notesNow")).startsWith("Lesson 1 of 3, step 3 of");
        assertThat(notes.getScene().lookup("#notesDisclosure")).isNotNull();

        robot.interact(view::leave); // leaving projector mode closes the notes too
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !notes.isShowing());
    }

    /**
     * On a 1024x768 projector at the 200% text setting, with the notes panel open, every step of a
     * module (each chat played to its end) wraps and scrolls: no label is cut short, and lesson
     * text is twice a child's. (It found bubble names and phone numbers cut to "St..." and "159...".)
     */
    @Test
    void everyStepFitsAt1024x768And200PercentTextWithNothingCutShort(FxRobot robot) {
        double root = DisplaySettings.BASE_FONT_PX * 2;
        robot.interact(() -> {
            rootFont(root);
            model.open(catalog.module("grooming-10-12").orElseThrow());
            model.toggleNotes();
        });
        List<String> cut = new ArrayList<>();
        int steps = 0;
        for (int guard = 0; guard < 400 && model.slide().nextAction() != Slide.NextAction.END; guard++) {
            WaitForAsyncUtils.waitForFxEvents();
            steps++;
            cut.addAll(cutShort(view, model.slide()));
            robot.interact(() -> {
                if (model.slide().nextAction() == Slide.NextAction.PICK_A_REPLY) {
                    model.choose(model.slide().options().get(0).id());
                } else {
                    model.next();
                }
            });
        }
        assertThat(model.slide().nextAction()).isEqualTo(Slide.NextAction.END);
        assertThat(steps).isGreaterThan(20);
        assertThat(cut).isEmpty();

        robot.interact(() -> {
            model.open(catalog.module("grooming-10-12").orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
        Text lessonText = robot.lookup("#projectorText .markup-text").queryAs(Text.class);
        // A child's lesson text is 1.2em of the root; the projector's is at least twice that.
        assertThat(lessonText.getFont().getSize()).isGreaterThanOrEqualTo(2 * 1.2 * root - 0.5);
    }

    /**
     * A class moves from one lesson to the next together: projector mode never shows the child's
     * "Lesson 1 of 3 done!" moment (nor its animation and chime), whatever the display settings.
     */
    @Test
    void theClassGoesFromOneLessonToTheNextWithNoLessonDoneMoment(FxRobot robot) {
        robot.interact(() -> model.open(catalog.module("grooming-10-12").orElseThrow()));
        for (int guard = 0; guard < 200 && model.slide().lessonIndex() == 0; guard++) {
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#lessonDone").tryQuery()).isEmpty();
            robot.interact(() -> {
                if (model.slide().nextAction() == Slide.NextAction.PICK_A_REPLY) {
                    model.choose(model.slide().options().get(0).id());
                } else {
                    model.next();
                }
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.slide().lessonIndex()).isEqualTo(1);
        assertThat(model.slide().stepIndex()).isZero();
        assertThat(robot.lookup("#lessonDone").tryQuery()).isEmpty();
        assertThat(robot.lookup(".lesson-done").tryQuery()).isEmpty();
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** Labels whose text is shortened with an ellipsis: words the room would not see. */
    static List<String> cutShort(Parent parent, Slide slide) {
        List<String> cut = new ArrayList<>();
        for (Node node : parent.getChildrenUnmodifiable()) {
            if (!node.isVisible()) {
                continue;
            }
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
                Node drawn = labeled.lookup(".text");
                if (drawn instanceof Text text && !text.getText().equals(labeled.getText())) {
                    cut.add("lesson " + slide.lessonIndex() + " step " + slide.stepIndex() + ": '" + labeled.getText()
                            + "' drawn as '" + text.getText() + "'");
                }
            }
            if (node instanceof Parent child) {
                cut.addAll(cutShort(child, slide));
            }
        }
        return cut;
    }

    private static String notesText(Stage notes, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return ((Labeled) notes.getScene().lookup(query)).getText();
    }

    private static List<String> messagesShown(FxRobot robot) {
        return robot.lookup("#projectorThread .bubble-text").queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
    }

    private static void press(FxRobot robot, KeyCode key) {
        robot.type(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static boolean showing(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).queryAll().stream().anyMatch(node -> {
            for (Node current = node; current != null; current = current.getParent()) {
                if (!current.isVisible()) {
                    return false;
                }
            }
            return node.getScene() != null;
        });
    }

    private static void tabTo(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        Node target = robot.lookup(query).query();
        for (int presses = 0; presses < 80; presses++) {
            if (target.getScene().getFocusOwner() == target) {
                return;
            }
            press(robot, KeyCode.TAB);
        }
        throw new AssertionError("Tab never reached " + query);
    }
}
