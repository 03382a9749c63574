package jaga.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.ContentModule;
import jaga.content.FlagMessage;
import jaga.content.Lesson;
import jaga.content.Question;
import jaga.content.Step;
import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.progress.LessonProgressRepository;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Toggle;
import org.junit.jupiter.api.Test;

/**
 * Children interrupt: they close Jaga in the middle of the quiz, or switch language because they
 * did not understand the feedback. Nothing they did is lost: the quiz goes on at the question they
 * were at, and a finished chat, flags checked and an answered check are drawn again as they left them.
 */
class WorkKeptJourneysTest extends JourneyTestBase {

    @Test
    void aChildWhoClosesJagaAtQuizQuestionFiveContinuesThereWithTheFourAnswersKept() throws Exception {
        ContentModule module = module("grooming-10-12");
        LearnerRobot aina = startWithOneLearner("Aina", "cat", "10-12", "en", module);

        aina.opensTheModule();
        aina.finishLessons();
        int questions = module.quiz().questionsPerAttempt();
        assertThat(questions).isGreaterThan(5);
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            aina.waitFor("#questionPrompt");
            asked.add(aina.text("#questionPrompt"));
            aina.answer(aina.quizQuestion(aina.text("#questionPrompt")));
            aina.press("#checkAnswer");
            aina.waitFor("#verdict");
            aina.press("#nextQuestion");
        }
        aina.waitFor("#questionPrompt");
        assertThat(aina.text("#questionOf")).isEqualTo("Question 5 of " + questions);
        String fifth = aina.text("#questionPrompt");

        restartApp();

        aina.press("#learner-1");
        aina.waitFor("#state-grooming-10-12");
        aina.press("#open-grooming-10-12");
        aina.waitFor("#questionOf");
        assertThat(aina.text("#questionOf")).as("Continue opens the quiz where she was").isEqualTo("Question 5 of " + questions);
        assertThat(aina.text("#questionPrompt")).as("the same draw, in the same order").isEqualTo(fifth);
        // The four answers given before closing count: every answer right, 100%.
        assertThat(aina.answerQuizCorrectly()).isEqualTo("You got " + questions + " of " + questions + " right (100%).");
    }

    @Test
    void aChildWhoSwitchesLanguageAfterAChatAndAWrongCheckFindsBothAsTheyLeftThem() throws Exception {
        ContentModule module = module("scams-7-9");
        LearnerRobot danial = startWithOneLearner("Danial", "owl", "7-9", "en", module);

        danial.opensTheModule();
        Lesson first = module.lessons().get(0);
        for (int step = 0; step < 3; step++) {
            danial.press("#nextStep");
        }
        danial.playChat();
        danial.waitFor("#endingTitle");
        List<String> thread = threadTexts();
        String feedback = danial.text("#chatFeedback");

        danial.press("#toggleLanguage");

        danial.waitFor("#endingTitle");
        assertThat(threadTexts()).as("the same messages and replies, in Malay").hasSameSizeAs(thread).isNotEqualTo(thread);
        assertThat(danial.text("#chatFeedback")).isNotEqualTo(feedback);
        assertThat(lookup("#nextStep").queryButton().isDisabled()).as("the chat stays done").isFalse();
        danial.press("#toggleLanguage");
        danial.waitFor("#endingTitle");
        assertThat(threadTexts()).isEqualTo(thread);
        assertThat(danial.text("#chatFeedback")).isEqualTo(feedback);
        // Bigger text and high contrast change how it looks, not what is there.
        chooseInDisplayMenu("textSize-200");
        chooseInDisplayMenu("highContrast");
        danial.waitFor("#endingTitle");
        assertThat(threadTexts()).isEqualTo(thread);
        // Back to normal text, where the header shows the language button itself (at 200% it is in "Menu").
        chooseInDisplayMenu("textSize-100");

        // The check after the chat, answered wrongly, then the language switched.
        danial.press("#nextStep");
        Question.TrueFalse check = (Question.TrueFalse) ((Step.Check) first.steps().get(4)).question();
        danial.press(check.answer() ? "#answer-false" : "#answer-true");
        danial.press("#checkAnswer");
        danial.waitFor("#verdict");
        String verdict = danial.text("#verdict");

        danial.press("#toggleLanguage");

        danial.waitFor("#verdict");
        assertThat(danial.text("#verdict")).as("the feedback stays, in Malay").isNotEqualTo(verdict).isNotBlank();
        assertThat(((Toggle) lookup(check.answer() ? "#answer-false" : "#answer-true").query()).isSelected()).isTrue();
        assertThat(lookup("#nextStep").queryButton().isDisabled()).isFalse();

        // And the next day, after a restart, both are still there.
        restartApp();
        danial.opensTheModule();
        danial.waitFor("#verdict");
        assertThat(((Toggle) lookup(check.answer() ? "#answer-false" : "#answer-true").query()).isSelected()).isTrue();
        danial.press("#previousStep");
        danial.waitFor("#endingTitle");
        assertThat(threadTexts()).hasSameSizeAs(thread);

        // Trying the chat again does not undo having finished it, not even after a restart.
        danial.press("#chatAgain");
        danial.waitFor(".chat-reply");
        restartApp();
        danial.opensTheModule();
        danial.waitFor(".chat-reply");
        assertThat(lookup("#nextStep").queryButton().isDisabled()).isFalse();
    }

    @Test
    void checkedFlagsStayCheckedAfterALanguageSwitchAndARestart() throws Exception {
        learnerAddedByAnAdult("Mei Ling", "fish", "7-9", "en");
        ContentModule module = module("scams-7-9");
        Lesson third = module.lessons().get(2);
        try (Database database = Database.open(DataDirectory.prepare(dataFolder), java.time.Clock.systemUTC())) {
            LessonProgressRepository lessons = new LessonProgressRepository(database);
            for (Lesson done : module.lessons().subList(0, 2)) {
                lessons.completed(1, module.id(), done.id(), done.steps().size() - 1);
            }
            lessons.stepReached(1, module.id(), module.version(), third.id(), 2); // she had got as far as the flags
        }
        Step.SpotTheFlags flags = (Step.SpotTheFlags) third.steps().get(2);
        FlagMessage flag = flags.messages().stream().filter(FlagMessage::flag).findFirst().orElseThrow();
        FlagMessage fine = flags.messages().stream().filter(m -> !m.flag()).findFirst().orElseThrow();
        LearnerRobot meiLing = new LearnerRobot(this, module);
        startApp();

        meiLing.opensTheModule();
        meiLing.press("#flag-" + flag.id());
        meiLing.press("#flag-" + fine.id());
        meiLing.press("#checkFlags");
        meiLing.waitFor("#flagsResult");
        String result = meiLing.text("#flagsResult");

        meiLing.press("#toggleLanguage");

        meiLing.waitFor("#flagsResult");
        assertThat(meiLing.text("#flagsResult")).isNotEqualTo(result);
        assertFlagged(flags, flag, fine);
        assertThat(meiLing.showing("#why-" + flag.id())).as("each message says why").isTrue();

        restartApp();
        meiLing.opensTheModule();
        meiLing.waitFor("#flagsResult");
        assertThat(meiLing.text("#flagsResult")).as("after a restart, in the language she chose").isNotEqualTo(result);
        assertFlagged(flags, flag, fine);
        assertThat(lookup("#nextStep").queryButton().isDisabled()).isFalse();
    }

    private void assertFlagged(Step.SpotTheFlags flags, FlagMessage... marked) {
        List<String> ids = List.of(marked).stream().map(FlagMessage::id).toList();
        for (FlagMessage message : flags.messages()) {
            Node toggle = lookup("#flag-" + message.id()).query();
            assertThat(((Toggle) toggle).isSelected()).as(message.id()).isEqualTo(ids.contains(message.id()));
            assertThat(toggle.isDisabled()).as("checked: " + message.id()).isTrue();
        }
    }

    private void chooseInDisplayMenu(String id) {
        javafx.scene.control.MenuButton menu = lookup("#displayMenu").queryAs(javafx.scene.control.MenuButton.class);
        javafx.scene.control.MenuItem item = menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow();
        interact(() -> {
            if (item instanceof javafx.scene.control.CheckMenuItem check) {
                check.setSelected(!check.isSelected());
            }
            item.fire();
        });
    }

    private List<String> threadTexts() {
        return lookup("#chatThread .label").queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
    }

}
