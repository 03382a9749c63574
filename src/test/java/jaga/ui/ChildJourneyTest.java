package jaga.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.ContentModule;
import org.junit.jupiter.api.Test;

/**
 * A new learner works through the whole grooming module for ages 10-12, lessons and quiz, then
 * Jaga is closed and opened again on the same data folder: the module shows as done.
 */
class ChildJourneyTest extends JourneyTestBase {
    private static final String MODULE = "grooming-10-12";

    @Test
    void aNewLearnerFinishesTheGroomingModuleAndItStaysDoneAfterRestart() throws Exception {
        ContentModule module = module(MODULE);
        LearnerRobot aina = new LearnerRobot(this, module);
        startApp();

        // First run: a parent sets the adult PIN and writes down the recovery code.
        setUpAdultPin(aina, "482913");
        assertThat(aina.text("#recoveryCode")).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        aina.press("#recoveryNoted");

        // Then, for a family's computer, adds Aina, who starts at once.
        aina.press("#firstUse-home");
        aina.waitFor("#learnerName");
        clickOn("#learnerName").write("Aina");
        clickOn("#avatar-owl");
        clickOn("#band-10-12");
        clickOn("#saveLearner");

        // My lessons: the grooming module is there and not started.
        aina.waitFor("#state-" + MODULE);
        assertThat(aina.text("#state-" + MODULE)).isEqualTo("Not started");
        aina.press("#open-" + MODULE);

        // Every lesson, with its chats and red-flag practice, then the quiz.
        aina.waitFor("#stepOf");
        assertThat(aina.text("#stepOf")).startsWith("Step 1 of ");
        aina.finishLessons();
        String result = aina.answerQuizCorrectly();
        assertThat(result).endsWith("right (100%).");
        assertThat(aina.showing("#badgeEarned")).as("a badge for passing").isTrue();
        aina.press("#backHome");
        aina.waitFor("#state-" + MODULE);
        assertThat(aina.text("#state-" + MODULE)).isEqualTo("Done \u00b7 100%");

        restartApp();

        aina.waitFor("#learner-1");
        aina.press("#learner-1");
        aina.waitFor("#state-" + MODULE);
        assertThat(aina.text("#state-" + MODULE)).isEqualTo("Done \u00b7 100%");
    }
}
