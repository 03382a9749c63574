package jaga.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.ContentModule;
import jaga.content.Question;
import jaga.content.Step;
import jaga.model.Band;
import jaga.model.Language;
import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.progress.LearnerRepository;
import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;

/** The journeys children take, from the youngest to the oldest, as readable steps. */
class ChildExperienceJourneysTest extends JourneyTestBase {

    @Test
    void aSevenYearOldTapsTheirPicturePractisesInAChatAndPassesTheQuiz() throws Exception {
        ContentModule module = module("grooming-7-9");
        LearnerRobot nurul = startWithOneLearner("Nurul", "rabbit", "7-9", "en", module);

        nurul.waitFor("#learner-1");
        nurul.opensTheModule();
        nurul.finishLessons();
        assertThat(module.lessons().stream().flatMap(l -> l.steps().stream())).anyMatch(Step.Chat.class::isInstance);

        assertThat(nurul.answerQuizCorrectly()).endsWith("(100%).");
        nurul.press("#backHome");
        nurul.waitFor("#state-grooming-7-9");
        assertThat(nurul.text("#state-grooming-7-9")).isEqualTo("Done \u00b7 100%");
    }

    @Test
    void aTeenagerDoesEverythingByKeyboardIncludingSpotTheFlagsAndOrdering() throws Exception {
        learnerAddedByAnAdult("Arjun", "dog", "13-17", "en");
        ContentModule module = module("grooming-13-17");
        assertThat(module.lessons().stream().flatMap(l -> l.steps().stream())).anyMatch(Step.SpotTheFlags.class::isInstance);
        assertThat(module.quiz().questions()).anyMatch(Question.Ordering.class::isInstance);
        LearnerRobot arjun = new LearnerRobot(this, module).keyboardOnly();
        startApp();

        arjun.waitFor("#learner-1");
        arjun.opensTheModule();
        arjun.finishLessons();
        assertThat(arjun.answerQuizCorrectly()).endsWith("(100%).");
    }

    @Test
    void switchingToBahasaMelayuMidLessonRelabelsTheScreenInPlace() throws Exception {
        ContentModule module = module("grooming-10-12");
        LearnerRobot danial = startWithOneLearner("Danial", "owl", "10-12", "en", module);

        danial.opensTheModule();
        danial.waitFor("#stepOf");
        danial.press("#nextStep");
        assertThat(danial.text("#stepOf")).startsWith("Step 2 of");

        danial.press("#toggleLanguage");

        assertThat(danial.text("#stepOf")).startsWith("Langkah 2 daripada");
        assertThat(danial.text("#nextStep")).isEqualTo("Seterusnya");
        Node body = lookup("#stepBody").query();
        String malayStep = ((Step.Text) module.lessons().get(0).steps().get(1)).text().in("ms");
        assertThat(body.getAccessibleText()).isEqualTo(jaga.ui.common.Markup.plain(malayStep));
        assertThat(lookup(".screen-title").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains(module.lessons().get(0).title().in("ms"));
    }

    @Test
    void aChildWhoClosesJagaMidLessonContinuesAtTheSameStep() throws Exception {
        ContentModule module = module("grooming-10-12");
        LearnerRobot meiLing = startWithOneLearner("Mei Ling", "fish", "10-12", "en", module);

        meiLing.opensTheModule();
        meiLing.waitFor("#stepOf");
        meiLing.press("#nextStep");
        String stepBefore = meiLing.text("#stepOf");
        String bodyBefore = lookup("#stepBody").query().getAccessibleText();

        restartApp();

        meiLing.press("#learner-1");
        meiLing.waitFor("#state-grooming-10-12");
        assertThat(meiLing.text("#state-grooming-10-12")).isEqualTo("In progress");
        meiLing.press("#open-grooming-10-12");
        meiLing.waitFor("#stepOf");
        assertThat(meiLing.text("#stepOf")).isEqualTo(stepBefore);
        assertThat(lookup("#stepBody").query().getAccessibleText()).isEqualTo(bodyBefore);
    }

    @Test
    void addingALearnerAsksForTheAdultPinAndAWrongPinIsRefused() throws Exception {
        learnerAddedByAnAdult("Hafiz", "turtle", "13-17", "en");
        try (Database database = Database.open(DataDirectory.prepare(dataFolder), Clock.systemUTC())) {
            new jaga.learning.AdultPin(new jaga.progress.SettingsRepository(database), Clock.systemUTC()).setUp("482913");
        }
        startApp();
        LearnerRobot adult = new LearnerRobot(this, module("grooming-13-17"));

        adult.press("#addLearner");
        enterPin(adult, "111111");
        adult.waitFor("#enterPin-problem");
        assertThat(adult.text("#enterPin-problem")).isEqualTo("That PIN is not right. 4 tries left before a short wait.");
        assertThat(adult.showing("#learnerName")).isFalse();

        clickOn("#enterPin-pin").write("482913");
        adult.press("#enterPin-continue");
        adult.waitFor("#learnerName");
    }

    @Test
    void keyPointsLearnedBeforeComeBackForAShortDailyReview() throws Exception {
        ContentModule module = module("grooming-7-9");
        Step.KeyPoints points = module.lessons().stream().flatMap(l -> l.steps().stream())
                .filter(Step.KeyPoints.class::isInstance).map(Step.KeyPoints.class::cast).findFirst().orElseThrow();
        try (Database database = Database.open(DataDirectory.prepare(dataFolder), Clock.systemUTC())) {
            var learner = new LearnerRepository(database).create("Priya", "butterfly", Band.AGES_7_9, Language.EN);
            for (int i = 0; i < 2; i++) {
                new jaga.progress.ReviewRepository(database).schedule(learner.id(), module.id(),
                        "key:" + points.id() + ":" + i, 1, java.time.LocalDate.now());
            }
        }
        startApp();
        LearnerRobot priya = new LearnerRobot(this, module);

        priya.press("#learner-1");
        priya.waitFor("#dailyReview");
        assertThat(lookup(".review-point").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .containsExactly(points.points().get(0).in("en"), points.points().get(1).in("en"));

        priya.press("#remember-key-" + points.id() + "-0");
        priya.press("#again-key-" + points.id() + "-1");

        priya.waitFor("#reviewDone");
        assertThat(priya.text("#reviewDone")).isEqualTo("All done for today. Well done!");
    }

    @Test
    void getHelpOpensOverAnyScreenWithTalianKasihAndClosesWithEscape() throws Exception {
        learnerAddedByAnAdult("Siti", "cat", "10-12", "ms");
        startApp();
        LearnerRobot siti = new LearnerRobot(this, module("grooming-10-12"));

        siti.opensTheModule();
        siti.press("#getHelp");

        siti.waitFor("#contact-talian-kasih");
        assertThat(lookup("#contact-talian-kasih").query().getAccessibleText()).contains("15999", "WhatsApp 019-261 5999");
        assertThat(lookup("#contact-emergency-999").tryQuery()).isPresent();
        assertThat(lookup("#contact-stopncii").tryQuery()).as("adults-only contacts are not shown to children").isEmpty();
        type(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(siti.showing("#helpOverlay")).isFalse();
        assertThat(siti.showing("#stepBody")).as("the lesson is still there").isTrue();
    }
}
