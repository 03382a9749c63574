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

    @Test
    void aChildWhoTapsTheirPictureBeforeTheLessonsAreLoadedWaitsAndThenFindsThem() throws Exception {
        learnerAddedByAnAdult("Aina", "owl", "7-9", "ms");
        CompletableFuture<Void> lessons = new CompletableFuture<>();
        lessonsAfter = lessons;
        startApp();
        LearnerRobot aina = new LearnerRobot(this, null);

        aina.waitFor("#learner-1");
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
        learnerAddedByAnAdult("Ben", "cat", "10-12", "en");
        CompletableFuture<Void> lessons = new CompletableFuture<>();
        lessonsAfter = lessons;
        startApp();
        LearnerRobot ben = new LearnerRobot(this, null);
        ben.waitFor("#learner-1");

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
        learnerAddedByAnAdult("Chitra", "fox", "13-17", "en");
        CompletableFuture<Void> lessons = new CompletableFuture<>();
        lessonsAfter = lessons;
        startApp();
        LearnerRobot adult = new LearnerRobot(this, null);
        adult.waitFor("#learner-1");

        lessons.completeExceptionally(new IllegalStateException("the lessons could not be read"));
        adult.waitFor("#startupError");
        adult.press("#openAdultArea");
        adult.waitFor("#errorMessage");
        assertThat(adult.showing("#lessonsLoading")).as("not left waiting").isFalse();
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
