package jaga.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.learning.AdultPin;
import jaga.model.Band;
import jaga.model.Language;
import jaga.progress.ClassRepository;
import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.progress.LearnerRepository;
import jaga.progress.SettingsRepository;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 200% text in a lab's 1024x768 window (1008x688 inside its frame) every word is on screen:
 * the adults' learner list and class grid wrap rather than end in "...", the learner form never
 * scrolls sideways, and a child sees the picture lock's "try again" where their focus is.
 */
class TwoHundredPercentJourneyTest extends JourneyTestBase {
    private static final String LONG_NAME = "Nur Aisyah Humaira binti Mohd Khairul Anuar";

    private void atTwoHundredPercent() throws Exception {
        Files.writeString(dataFolder.resolve("display.properties"), "instantMessages=true\ntextSize=200\n");
    }

    private void startInALabWindow() throws Exception {
        startApp();
        Stage stage = (Stage) listWindows().get(0);
        interact(() -> {
            stage.setWidth(1008);
            stage.setHeight(688);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void learnersInAClassWithAPin(String language) {
        try (Database database = Database.open(DataDirectory.prepare(dataFolder), Clock.systemUTC())) {
            new AdultPin(new SettingsRepository(database), Clock.systemUTC()).setUp("482913");
            LearnerRepository learners = new LearnerRepository(database);
            ClassRepository classes = new ClassRepository(database);
            long group = classes.create("5 Bestari Cemerlang").id();
            for (String name : List.of(LONG_NAME, "Siti", "Muhammad Amirul Hakimi bin Abdul Rahman")) {
                classes.addMember(group, learners.create(name, "cat", Band.AGES_10_12, Language.parse(language)).id());
            }
        }
    }

    private void openAdultArea(LearnerRobot adult) {
        adult.press("#headerMenu");
        clickOn("#openAdultArea-compact");
        adult.waitFor("#enterPin-pin");
        clickOn("#enterPin-pin").write("482913");
        adult.press("#enterPin-continue");
        adult.waitFor("#adultSection-learners");
    }

    /** What a label really draws: its text, or the text cut short with "..." when it has no room. */
    private static String drawn(Labeled label) {
        return label.lookupAll(".text").stream().filter(Text.class::isInstance).map(node -> ((Text) node).getText())
                .filter(text -> !text.isEmpty()).findFirst().orElse("");
    }

    @Test
    void theLearnerListShowsEveryFactOfEveryRowInBahasaMelayu() throws Exception {
        atTwoHundredPercent();
        learnersInAClassWithAPin("ms");
        LearnerRobot adult = new LearnerRobot(this, module("grooming-10-12"));
        startInALabWindow();
        adult.press("#headerMenu");
        clickOn("#toggleLanguage-compact");
        openAdultArea(adult);
        adult.press("#adultSection-learners");
        adult.waitFor(".learner-row-facts");

        List<Labeled> texts = new java.util.ArrayList<>();
        for (String query : List.of("#learnerList .learner-row-name", "#learnerList .learner-row-facts")) {
            lookup(query).queryAllAs(Labeled.class).stream().filter(LearnerRobot::onScreen).forEach(texts::add);
        }
        assertThat(texts).hasSizeGreaterThanOrEqualTo(2);
        assertThat(texts.stream().map(Labeled::getText).toList()).anySatisfy(text -> assertThat(text).contains("Kelas"));
        for (Labeled text : texts) {
            assertThat(drawn(text)).as("shown whole, not cut short").isEqualTo(text.getText());
            assertThat(text.getHeight()).as("tall enough for its lines: " + text.getText())
                    .isGreaterThanOrEqualTo(text.prefHeight(text.getWidth()) - 1);
        }
        assertThat(lookup("#learnerList .scroll-bar").queryAllAs(javafx.scene.control.ScrollBar.class))
                .filteredOn(bar -> bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL)
                .as("the list does not scroll sideways").noneMatch(javafx.scene.control.ScrollBar::isVisible);
    }

    @Test
    void theLearnerFormWithItsOwnModulesOpenDoesNotScrollSideways() throws Exception {
        atTwoHundredPercent();
        learnersInAClassWithAPin("en");
        LearnerRobot adult = new LearnerRobot(this, module("grooming-10-12"));
        startInALabWindow();
        openAdultArea(adult);
        adult.press("#adultSection-learners");
        adult.press("#addLearnerAdult");
        adult.waitFor("#learnerFormName");
        ScrollPane page = scrollPaneAround(lookup("#learnerFormName").query());
        assertThat(page.getContent().getLayoutBounds().getWidth()).as("the form is no wider than its page")
                .isLessThanOrEqualTo(page.getViewportBounds().getWidth() + 0.5);

        Labeled fold = lookup("#learnerModulesToggle").queryAs(Labeled.class);
        assertThat(drawn(fold)).as("the fold-out's title whole").isEqualTo(fold.getText());
        adult.press("#learnerModulesToggle");
        adult.waitFor(".module-choice-row");
        assertThat(page.getContent().getLayoutBounds().getWidth()).as("open, the form is no wider than its page")
                .isLessThanOrEqualTo(page.getViewportBounds().getWidth() + 0.5);
        List<Labeled> choices = lookup(".module-choice-row .combo-box .list-cell").queryAllAs(Labeled.class).stream()
                .filter(cell -> cell.getText() != null).map(Labeled.class::cast).toList();
        assertThat(choices).extracting(Labeled::getText).contains("As their classes decide");
        for (Labeled choice : choices) {
            assertThat(drawn(choice)).as("a module's choice in full").isEqualTo(choice.getText());
        }
    }

    private static ScrollPane scrollPaneAround(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        throw new AssertionError("no scroll pane around " + node.getId());
    }

    @Test
    void theClassGridShowsTheWholeOfALongNameAndItsPageNeverScrollsSidewaysInBahasaMelayu() throws Exception {
        atTwoHundredPercent();
        learnersInAClassWithAPin("ms");
        LearnerRobot adult = new LearnerRobot(this, module("grooming-10-12"));
        startInALabWindow();
        adult.press("#headerMenu");
        clickOn("#toggleLanguage-compact");
        openAdultArea(adult);
        adult.press("#adultSection-family");
        adult.waitFor("#classGrid");
        ScrollPane page = scrollPaneAround(lookup("#classGrid").query());
        assertThat(page.getContent().getLayoutBounds().getWidth())
                .as("the page (its save buttons too) no wider than the window has room for")
                .isLessThanOrEqualTo(page.getViewportBounds().getWidth() + 0.5);

        List<Hyperlink> names = lookup("#classGrid .learner-link").queryAllAs(Hyperlink.class).stream().toList();
        assertThat(names).extracting(Hyperlink::getText).contains(LONG_NAME);
        for (Hyperlink name : names) {
            assertThat(drawn(name)).as("the whole name drawn").isEqualTo(name.getText());
            assertThat(name.getHeight()).as("tall enough for all its lines: " + name.getText())
                    .isGreaterThanOrEqualTo(name.prefHeight(name.getWidth()) - 1);
            Bounds box = name.localToScene(name.getLayoutBounds());
            Bounds cell = name.getParent().localToScene(name.getParent().getLayoutBounds());
            assertThat(box.getMaxY()).as("inside its own row: " + name.getText()).isLessThanOrEqualTo(cell.getMaxY() + 0.5);
            assertThat(box.getMaxX()).as("inside its own cell").isLessThanOrEqualTo(cell.getMaxX() + 0.5);
        }
        // Each name's row of cells as tall as the name beside it.
        List<Node> nameCells = lookup("#classGrid .class-grid-name").queryAll().stream().toList();
        List<Node> rows = lookup("#classGrid .class-grid-row").queryAll().stream().toList();
        assertThat(rows).hasSameSizeAs(nameCells);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).getLayoutBounds().getHeight()).as("row " + i + " as tall as its name")
                    .isCloseTo(nameCells.get(i).getLayoutBounds().getHeight(), org.assertj.core.data.Offset.offset(1.0));
            assertThat(rows.get(i).getLayoutY()).as("row " + i + " level with its name")
                    .isCloseTo(nameCells.get(i).getLayoutY(), org.assertj.core.data.Offset.offset(1.0));
        }
    }

    @Test
    void aWrongPictureLockSaysTryAgainWhereTheChildCanSeeIt() throws Exception {
        atTwoHundredPercent();
        learnerAddedByAnAdult("Aina", "owl", "7-9", "en");
        try (Database database = Database.open(DataDirectory.prepare(dataFolder), Clock.systemUTC())) {
            new LearnerRepository(database).setPictureLock(1, List.of("moon", "apple", "moon"));
        }
        LearnerRobot aina = new LearnerRobot(this, module("grooming-7-9")).keyboardOnly();
        startInALabWindow();

        aina.press("#learner-1");
        aina.waitFor("#lockPicture-sun");
        aina.press("#lockPicture-star");
        aina.press("#lockPicture-star");
        aina.press("#lockPicture-star");
        aina.waitFor("#pictureLock-tryAgain");
        WaitForAsyncUtils.waitForFxEvents();

        Node tryAgain = lookup("#pictureLock-tryAgain").query();
        Node focused = tryAgain.getScene().getFocusOwner();
        assertThat(focused.getId()).isEqualTo("lockPicture-sun");
        ScrollPane page = scrollPaneAround(tryAgain);
        Bounds view = page.localToScene(page.getLayoutBounds());
        for (Node seen : List.of(tryAgain, focused)) {
            Bounds box = seen.localToScene(seen.getLayoutBounds());
            assertThat(box.getMinY()).as(seen.getId() + " not above the view").isGreaterThanOrEqualTo(view.getMinY() - 0.5);
            assertThat(box.getMaxY()).as(seen.getId() + " not below the fold").isLessThanOrEqualTo(view.getMaxY() + 0.5);
        }
        assertThat(((Labeled) tryAgain).getText()).isEqualTo("That was not your lock. Try again from the first picture.");
        assertThat(focused.getAccessibleHelp()).as("said with the focused picture")
                .isEqualTo("That was not your lock. Try again from the first picture.");
    }
}
