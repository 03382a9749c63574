package jaga.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.ContentModule;
import jaga.progress.BadgeRepository;
import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.progress.LessonProgressRepository;
import jaga.ui.path.LessonDone;
import jaga.speech.FakeSpeechEngine;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The path through a module (on the home card and in the lesson), the "Lesson 1 of 3 done!"
 * moment between lessons, the badge shelf, and the certificate a grown-up can print.
 */
class PathAndCelebrationsJourneyTest extends JourneyTestBase {
    private static final String MODULE = "grooming-7-9";

    /**
     * Nurul (7-9), added by an adult, with lesson 1 finished and lesson 2 opened at its last step, as
     * a child who stopped there yesterday; then Jaga starts.
     */
    private LearnerRobot nurulStoppedAtTheEndOfLessonTwo() throws Exception {
        learnerAddedByAnAdult("Nurul", "rabbit", "7-9", "en");
        ContentModule module = module(MODULE);
        try (Database database = Database.open(DataDirectory.prepare(dataFolder), Clock.systemUTC())) {
            LessonProgressRepository lessons = new LessonProgressRepository(database);
            var first = module.lessons().get(0);
            lessons.completed(1, MODULE, first.id(), first.steps().size() - 1);
            var second = module.lessons().get(1);
            lessons.stepReached(1, MODULE, second.id(), second.steps().size() - 1);
        }
        LearnerRobot nurul = new LearnerRobot(this, module);
        startApp();
        return nurul;
    }

    /** The child opens the module where they stopped, on a lesson's last step, and Next shows the moment. */
    private void reachesTheMomentFromTheLessonsLastStep(LearnerRobot nurul) {
        nurul.opensTheModule();
        nurul.waitFor("#stepBody");
        nurul.press("#nextStep");
        nurul.waitFor("#lessonDone");
    }

    private String accessible(String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(query).query().getAccessibleText();
    }

    @Test
    void theHomeCardAndTheLessonShowThePathWithDoneNowAndNextInWords() throws Exception {
        LearnerRobot nurul = nurulStoppedAtTheEndOfLessonTwo();

        nurul.press("#learner-1");
        nurul.waitFor("#path-" + MODULE + "-1");
        assertThat(accessible("#path-" + MODULE + "-1")).isEqualTo("Lesson 1: done");
        assertThat(accessible("#path-" + MODULE + "-2")).isEqualTo("Lesson 2: you are here");
        assertThat(accessible("#path-" + MODULE + "-3")).isEqualTo("Lesson 3: next");
        assertThat(accessible("#path-" + MODULE + "-quiz")).isEqualTo("Quiz: next");
        // Marked by an icon as well as a word: the done stop has a tick, the current one a marker.
        assertThat(lookup("#path-" + MODULE + "-1 .path-icon").queryAs(org.kordamp.ikonli.javafx.FontIcon.class)
                .getIconCode().getDescription()).isEqualTo("mdi2c-check-circle");
        assertThat(lookup("#path-" + MODULE + "-2 .path-icon").queryAs(org.kordamp.ikonli.javafx.FontIcon.class)
                .getIconCode().getDescription()).isEqualTo("mdi2m-map-marker");

        nurul.press("#toggleLanguage");
        assertThat(accessible("#path-" + MODULE + "-2")).isEqualTo("Pelajaran 2: kamu di sini");
        nurul.press("#toggleLanguage");

        nurul.press("#open-" + MODULE);
        nurul.waitFor("#lessonPath-2");
        assertThat(accessible("#lessonPath-1")).isEqualTo("Lesson 1: done");
        assertThat(accessible("#lessonPath-2")).isEqualTo("Lesson 2: you are here");
        assertThat(accessible("#lessonPath-quiz")).isEqualTo("Quiz: next");
    }

    @Test
    void afterALessonsLastStepTheMomentShowsWithAnAnimationAChimeAndIsReadAloudThenNextGoesOn() throws Exception {
        LearnerRobot nurul = nurulStoppedAtTheEndOfLessonTwo();
        ContentModule module = module(MODULE);

        nurul.opensTheModule();
        nurul.waitFor("#stepBody");
        assertThat(nurul.showing("#lessonDone")).isFalse();
        nurul.press("#nextStep");

        nurul.waitFor("#lessonDone");
        assertThat(nurul.text("#lessonDoneTitle")).isEqualTo("Lesson 2 of 3 done!");
        assertThat(nurul.text("#lessonDoneNext")).isEqualTo("Well done. Next: lesson 3.");
        assertThat(accessible("#lessonDonePath-2")).isEqualTo("Lesson 2: done");
        assertThat(accessible("#lessonDonePath-3")).isEqualTo("Lesson 3: you are here");
        assertThat(nurul.showing("#stepBody")).as("the moment takes the step's place").isFalse();
        assertThat(nurul.text("#nextStep")).isEqualTo("Next lesson");
        LessonDone moment = (LessonDone) lookup("#lessonDone").query().getUserData();
        assertThat(moment.animations()).isEqualTo(1);
        assertThat(moment.chime().played()).isEqualTo(1);
        // Auto-read is on for 7-9: the words are read aloud in the child's language.
        FakeSpeechEngine speech = (FakeSpeechEngine) speechEngine;
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> speech.said().stream()
                .anyMatch(said -> said.text().startsWith("Lesson 2 of 3 done!") && said.language().equals("en")));

        // In Bahasa Melayu too, in place.
        nurul.press("#toggleLanguage");
        assertThat(nurul.text("#lessonDoneTitle")).isEqualTo("Pelajaran 2 daripada 3 selesai!");
        nurul.press("#toggleLanguage");

        nurul.press("#nextStep");
        nurul.waitFor("#stepBody");
        assertThat(nurul.showing("#lessonDone")).isFalse();
        assertThat(nurul.text("#stepOf")).isEqualTo("Step 1 of " + module.lessons().get(2).steps().size());
        assertThat(accessible("#lessonPath-3")).isEqualTo("Lesson 3: you are here");
        assertThat(accessible("#lessonPath-2")).isEqualTo("Lesson 2: done");
    }

    @Test
    void withReducedMotionTheMomentStaysStillAndSilentButStillSaysWellDone() throws Exception {
        displaySettingsBeforeStart("reducedMotion=true");
        LearnerRobot nurul = nurulStoppedAtTheEndOfLessonTwo();

        reachesTheMomentFromTheLessonsLastStep(nurul);
        assertThat(nurul.text("#lessonDoneTitle")).isEqualTo("Lesson 2 of 3 done!");
        LessonDone moment = (LessonDone) lookup("#lessonDone").query().getUserData();
        assertThat(moment.animations()).as("no animation with reduced motion").isZero();
        assertThat(moment.chime().played()).as("no sound with reduced motion").isZero();

        // The setting is in the Display menu and can be turned off again there.
        clickOn("#displayMenu");
        clickOn("#reducedMotion");
        assertThat(savedDisplaySettings()).contains("reducedMotion=false");
    }

    @Test
    void aLessonIsSavedAsDoneWhenItsMomentShowsSoClosingJagaThereLosesNothing() throws Exception {
        displaySettingsBeforeStart("reducedMotion=true");
        LearnerRobot nurul = nurulStoppedAtTheEndOfLessonTwo();
        reachesTheMomentFromTheLessonsLastStep(nurul);
        assertThat(nurul.showing("#exitLesson")).as("the way home stays during the moment").isTrue();

        // The PC is switched off on the moment, before Next: lesson 2 is kept as done.
        restartApp();
        nurul.press("#learner-1");
        nurul.waitFor("#path-" + MODULE + "-2");
        assertThat(accessible("#path-" + MODULE + "-2")).isEqualTo("Lesson 2: done");
        assertThat(accessible("#path-" + MODULE + "-3")).isEqualTo("Lesson 3: you are here");
    }

    @Test
    void backFromTheMomentReturnsToTheLastStepAndTheLastLessonsMomentLeadsToTheQuiz() throws Exception {
        learnerAddedByAnAdult("Nurul", "rabbit", "7-9", "en");
        ContentModule module = module(MODULE);
        try (Database database = Database.open(DataDirectory.prepare(dataFolder), Clock.systemUTC())) {
            LessonProgressRepository lessons = new LessonProgressRepository(database);
            for (int i = 0; i < 2; i++) {
                lessons.completed(1, MODULE, module.lessons().get(i).id(), module.lessons().get(i).steps().size() - 1);
            }
            var last = module.lessons().get(2);
            lessons.stepReached(1, MODULE, last.id(), last.steps().size() - 1);
        }
        LearnerRobot nurul = new LearnerRobot(this, module);
        startApp();

        reachesTheMomentFromTheLessonsLastStep(nurul);
        assertThat(nurul.text("#lessonDoneNext")).isEqualTo("Well done. Next: the quiz.");
        assertThat(nurul.text("#nextStep")).isEqualTo("Start the quiz");

        nurul.press("#previousStep");
        nurul.waitFor("#stepBody");
        assertThat(nurul.showing("#lessonDone")).isFalse();
        int steps = module.lessons().get(2).steps().size();
        assertThat(nurul.text("#stepOf")).isEqualTo("Step " + steps + " of " + steps);

        nurul.press("#nextStep");
        nurul.waitFor("#lessonDone");
        nurul.press("#nextStep");
        nurul.waitFor("#questionOf");
    }

    @Test
    void aChildWhoPassesIsToldAboutTheCertificateAndFindsTheNamedBadgeOnTheShelfByKeyboard() throws Exception {
        learnerAddedByAnAdult("Nurul", "rabbit", "7-9", "en");
        ContentModule module = module(MODULE);
        try (Database database = Database.open(DataDirectory.prepare(dataFolder), Clock.systemUTC())) {
            LessonProgressRepository lessons = new LessonProgressRepository(database);
            for (var lesson : module.lessons()) {
                lessons.completed(1, MODULE, lesson.id(), lesson.steps().size() - 1);
            }
        }
        LearnerRobot nurul = new LearnerRobot(this, module);
        startApp();

        nurul.press("#learner-1");
        assertThat(nurul.text("#openBadges")).isEqualTo("Badges: 0");
        nurul.press("#open-" + MODULE);
        nurul.waitFor("#stepBody");
        // Every lesson is finished: the quiz is where the path says the child is.
        assertThat(accessible("#lessonPath-quiz")).isEqualTo("Quiz: next");
        nurul.finishLessons();
        nurul.answerQuizCorrectly();
        nurul.waitFor("#certificateNote");
        assertThat(nurul.text("#certificateNote")).isEqualTo(
                "A grown-up can print your certificate for this module: they will find it under For adults.");
        nurul.press("#backHome");

        nurul.waitFor("#openBadges");
        assertThat(accessible("#path-" + MODULE + "-quiz")).isEqualTo("Quiz: done");
        assertThat(nurul.text("#openBadges")).isEqualTo("Badges: 1");
        LearnerRobot keyboard = new LearnerRobot(this, module).keyboardOnly();
        keyboard.press("#openBadges");
        keyboard.waitFor("#badgesOverlay");
        assertThat(nurul.text("#badgeName-" + MODULE)).isEqualTo("Safe Chatter");
        assertThat(lookup("#badge-" + MODULE).query().getAccessibleText()).contains("Safe Chatter", "Earned!");
        // The badges still to earn are there too, with a lock and words, not a blank.
        List<Node> toEarn = List.copyOf(lookup(".badge-tile-locked").queryAll());
        assertThat(toEarn).isNotEmpty().allSatisfy(tile -> assertThat(tile.getAccessibleText())
                .contains("Not earned yet: pass the quiz to earn it"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#badge-" + MODULE).query().isFocused()).as("focus starts on the first badge").isTrue();
        type(KeyCode.ESCAPE);
        assertThat(nurul.showing("#badgesOverlay")).isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#openBadges").query().isFocused()).isTrue();

        // In Bahasa Melayu, the badge has its Malay name.
        nurul.press("#toggleLanguage");
        nurul.press("#openBadges");
        assertThat(nurul.text("#badgeName-" + MODULE)).isEqualTo("Penyembang Selamat");
        nurul.press("#closeBadges");
        assertThat(nurul.showing("#badgesOverlay")).isFalse();
    }

    @Test
    void aBadgeEarnedBeforeIsOnTheShelfWithTheOthersStillToEarn() throws Exception {
        learnerAddedByAnAdult("Arjun", "dog", "13-17", "ms");
        try (Database database = Database.open(DataDirectory.prepare(dataFolder), Clock.systemUTC())) {
            new BadgeRepository(database).award(1, "badge-scams-13-17", "scams-13-17");
        }
        LearnerRobot arjun = new LearnerRobot(this, module("scams-13-17"));
        startApp();

        arjun.press("#learner-1");
        arjun.waitFor("#openBadges");
        assertThat(arjun.text("#openBadges")).isEqualTo("Lencana: 1");
        arjun.press("#openBadges");
        assertThat(arjun.text("#badgeName-scams-13-17")).isEqualTo("Pengesan Penipuan");
        Parent shelf = lookup("#badgeShelf").queryAs(Parent.class);
        assertThat(shelf.getChildrenUnmodifiable().get(0).getId()).isEqualTo("badge-scams-13-17");
        assertThat(shelf.getChildrenUnmodifiable().stream().skip(1).map(Node::getId))
                .allMatch(id -> id.startsWith("badgeToEarn-"));
        assertThat(((Labeled) lookup("#badgesIntro").query()).getText()).contains("1");
    }
}
