package jaga.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** An adult who uses only the keyboard: into the adult area, between its sections, and out again. */
class AdultKeyboardJourneyTest extends JourneyTestBase {

    @Test
    void theAdultAreaWorksByKeyboardAlone() throws Exception {
        learnerAddedByAnAdult("Aina", "cat", "10-12", "en");
        startApp();
        LearnerRobot adult = new LearnerRobot(this, null).keyboardOnly();

        adult.waitFor("#learner-1");
        adult.press("#openAdultArea");
        adult.waitFor("#setUpPin-pin");
        write("482913");
        type(KeyCode.TAB);
        write("482913");
        type(KeyCode.ENTER);
        adult.waitFor("#recoveryNoted");
        type(KeyCode.SPACE); // the recovery code's button has the focus
        adult.waitFor("#child-1");

        // One Tab stop for the list of sections; the arrow keys move between them.
        Node progress = lookup("#adultSection-family").query();
        assertThat(progress.isFocused()).as("the open section has the focus").isTrue();
        type(KeyCode.DOWN);
        adult.waitFor("#importRoster");
        type(KeyCode.DOWN);
        adult.waitFor("#classList");
        type(KeyCode.DOWN);
        adult.waitFor("#saveWork");
        type(KeyCode.DOWN);
        adult.waitFor("#hubForm"); // School hub: this computer is not paired
        type(KeyCode.DOWN);
        adult.waitFor("#startProjector");
        type(KeyCode.DOWN);
        adult.waitFor("#conversationStarters");
        type(KeyCode.DOWN);
        adult.waitFor("#contentLoaded");
        WaitForAsyncUtils.waitForFxEvents();

        adult.press("#leaveAdultArea");
        adult.waitFor("#learner-1");
        assertThat(adult.showing("#openAdultArea")).isTrue();
    }
}
