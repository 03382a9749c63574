package jaga.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.progress.LearnerRepository;
import java.time.Clock;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a shared classroom computer a learner's profile can have a picture lock: after tapping their
 * face the child taps their three pictures. A wrong sequence only says "try again".
 */
class PictureLockJourneyTest extends JourneyTestBase {

    private void ainaWithALockAndDanialWithout() {
        learnerAddedByAnAdult("Aina", "owl", "10-12", "en");
        learnerAddedByAnAdult("Danial", "cat", "13-17", "en");
        try (Database database = Database.open(DataDirectory.prepare(dataFolder), Clock.systemUTC())) {
            new LearnerRepository(database).setPictureLock(1, List.of("moon", "apple", "moon"));
        }
    }

    @Test
    void aChildWithALockTapsTheirThreePicturesAfterAWrongTryByKeyboardAlone() throws Exception {
        ainaWithALockAndDanialWithout();
        LearnerRobot aina = new LearnerRobot(this, module("grooming-10-12")).keyboardOnly();
        startApp();

        aina.press("#learner-1");
        aina.waitFor("#lockPicture-sun");
        assertThat(aina.text("#pictureLock-title")).isEqualTo("Hello, Aina! Tap your three pictures");
        assertThat(lookup(".lock-picture").queryAllAs(Button.class)).hasSize(9)
                .extracting(Button::getAccessibleText).containsExactly("Sun", "Moon", "Star", "Tree", "Flower", "Apple",
                        "Ball", "Car", "Umbrella");
        assertThat(aina.showing("#state-grooming-10-12")).isFalse();

        // A wrong sequence: no lesson opens, the dots start over, nothing says which picture was wrong.
        aina.press("#lockPicture-star");
        assertThat(aina.text("#pictureLock-progress")).isEqualTo("1 of 3 pictures tapped");
        aina.press("#lockPicture-apple");
        aina.press("#lockPicture-moon");
        aina.waitFor("#pictureLock-tryAgain");
        assertThat(aina.text("#pictureLock-tryAgain"))
                .isEqualTo("That was not your lock. Try again from the first picture.");
        assertThat(aina.text("#pictureLock-progress")).isEqualTo("0 of 3 pictures tapped");
        assertThat(aina.showing("#state-grooming-10-12")).isFalse();

        aina.press("#lockPicture-moon");
        assertThat(aina.showing("#pictureLock-tryAgain")).as("the message goes at the next tap").isFalse();
        aina.press("#lockPicture-apple");
        aina.press("#lockPicture-moon");

        aina.waitFor("#state-grooming-10-12");
    }

    @Test
    void backLeavesTheLockAndALearnerWithoutALockGoesStraightIn() throws Exception {
        ainaWithALockAndDanialWithout();
        LearnerRobot child = new LearnerRobot(this, module("grooming-13-17"));
        startApp();

        child.press("#learner-1");
        child.waitFor("#lockPicture-sun");
        child.press("#lockPicture-moon");
        child.press("#pictureLock-back");
        child.waitFor("#learner-2");
        assertThat(child.showing("#lockPicture-sun")).isFalse();

        // Esc also goes back, and the lock starts empty next time.
        child.press("#learner-1");
        child.waitFor("#lockPicture-sun");
        assertThat(child.text("#pictureLock-progress")).isEqualTo("0 of 3 pictures tapped");
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        child.waitFor("#learner-2");

        child.press("#learner-2");
        child.waitFor("#state-grooming-13-17");
    }
}
