package jaga.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.ContentModule;
import java.lang.ref.WeakReference;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A lesson screen a child has left is freed, with its read-aloud buttons' tooltips: nothing that
 * lives longer (the language, read-aloud, display settings, the session) may hold on to it, or every
 * lesson played would add to Jaga's memory until it is closed.
 */
class ScreensAreFreedJourneyTest extends JourneyTestBase {
    private static final String MODULE = "grooming-10-12";
    /** Full collections to ask for before giving up; one is normally enough. */
    private static final int COLLECTIONS = 20;

    @Test
    void aLessonScreenIsFreedAfterTheChildGoesBackToMyLessons() throws Exception {
        ContentModule module = module(MODULE);
        LearnerRobot dara = startWithOneLearner("Dara", "owl", "10-12", "en", module);
        // TestFX keeps every event fired on its registered stage (for its failure messages), and each event
        // holds the node it hit: that alone would keep the lesson reachable. Un-registering ends the recording.
        FxToolkit.toolkitContext().setRegisteredStage(null);

        dara.waitFor("#learner-1");
        dara.opensTheModule();
        dara.waitFor("#stepOf");
        Node lesson = lookup(".lesson-screen").query();
        Button speaker = lookup(".speaker-button").queryButton();
        assertThat(speaker.getTooltip()).as("the read-aloud button has a tooltip").isNotNull();
        WeakReference<Node> lessonRef = new WeakReference<>(lesson);
        WeakReference<Tooltip> tooltipRef = new WeakReference<>(speaker.getTooltip());
        lesson = null;
        speaker = null;

        dara.press("#exitLesson");
        dara.waitFor("#open-" + MODULE);
        // The scene remembers the last mouse event (the tap on "exit", inside the lesson): a move on
        // My lessons replaces it, as it would for any child.
        moveTo("#open-" + MODULE);

        assertThat(freedAfterCollections(lessonRef)).as("the lesson screen left behind is freed").isTrue();
        assertThat(freedAfterCollections(tooltipRef)).as("its read-aloud tooltip is freed").isTrue();
    }

    private static boolean freedAfterCollections(WeakReference<?> reference) {
        for (int attempt = 0; attempt < COLLECTIONS && reference.get() != null; attempt++) {
            WaitForAsyncUtils.waitForFxEvents(); // lets queued runLater work that still names the screen finish
            System.gc();
        }
        return reference.get() == null;
    }
}
