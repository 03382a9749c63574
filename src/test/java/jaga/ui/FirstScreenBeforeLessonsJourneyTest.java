package jaga.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Who is learning?" opens from the progress file alone, before the lessons are loaded (issue 21).
 * Here the lessons are held back, as on a slow computer: the child's picture is there at once; a
 * child who taps it waits on "Loading" and then finds their lessons; help opened meanwhile offers a
 * grown-up they trust, and the helplines as soon as they arrive.
 */
class FirstScreenBeforeLessonsJourneyTest extends JourneyTestBase {

    /** Let go by each journey when it wants the lessons to arrive. */
    private final CompletableFuture<Void> lessons = new CompletableFuture<>();

    /** One learner on a computer whose lessons are held back; Jaga started and their picture shown. */
    private LearnerRobot withLessonsHeld(String name, String avatar, String band, String language) throws Exception {
        learnerAddedByAnAdult(name, avatar, band, language);
        lessonsAfter = lessons;
        startApp();
        LearnerRobot robot = new LearnerRobot(this, null);
        robot.waitFor("#learner-1");
        return robot;
    }

    @Test
    void aChildWhoTapsTheirPictureBeforeTheLessonsAreLoadedWaitsAndThenFindsThem() throws Exception {
        LearnerRobot aina = withLessonsHeld("Aina", "owl", "7-9", "ms");

        assertThat(lookup("#learner-1").query().getAccessibleText()).isEqualTo("Aina");
        aina.press("#learner-1");
        aina.waitFor("#lessonsLoading");
        assertThat(aina.showing("#badges")).as("no lessons yet").isFalse();

        lessons.complete(null);
        aina.waitFor("#badges");
        assertThat(aina.showing("#lessonsLoading")).isFalse();
        assertThat(lookup(".current-learner-name").queryAs(Labeled.class).getText()).isEqualTo("Aina");
    }

    @Test
    void helpOpenedBeforeTheContactsArriveOffersAGrownUpAndThenTheHelplines() throws Exception {
        LearnerRobot ben = withLessonsHeld("Ben", "cat", "10-12", "en");

        type(KeyCode.F1);
        ben.waitFor("#helpOverlay");
        assertThat(ben.showing("#contact-trusted-adult")).isTrue();
        assertThat(ben.showing("#contact-talian-kasih")).isFalse();

        lessons.complete(null);
        ben.waitFor("#contact-talian-kasih");
        assertThat(ben.showing("#contact-emergency-999")).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = lookup("#helpOverlay").query().getScene().getFocusOwner();
        assertThat(focused).as("focus stays inside help").isNotNull();
        assertThat(isInside(focused, lookup("#helpOverlay").query())).isTrue();
    }

    @Test
    void whenTheLessonsCannotBeLoadedTheAdultIsToldWhyInsteadOfWaiting() throws Exception {
        LearnerRobot adult = withLessonsHeld("Chitra", "fox", "13-17", "en");

        lessons.completeExceptionally(new IllegalStateException("the lessons could not be read"));
        adult.waitFor("#startupError");
        adult.press("#openAdultArea");
        adult.waitFor("#errorMessage");
        assertThat(adult.showing("#lessonsLoading")).as("not left waiting").isFalse();
    }

    @Test
    void closingJagaWhileTheLessonsLoadLetsGoOfTheProgressFileAtOnce() throws Exception {
        withLessonsHeld("Dina", "owl", "7-9", "en");

        closeApp(); // a child closes the window in Jaga's first second
        try (jaga.progress.Database again = jaga.progress.Database.open(
                jaga.progress.DataDirectory.prepare(dataFolder), java.time.Clock.systemUTC())) {
            assertThat(new jaga.progress.LearnerRepository(again).active()).extracting(l -> l.displayName())
                    .containsExactly("Dina");
            lessons.complete(null); // lessons arriving after the close change nothing
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static boolean isInside(Node node, Node parent) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == parent) {
                return true;
            }
        }
        return false;
    }
}
