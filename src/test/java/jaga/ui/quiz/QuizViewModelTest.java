package jaga.ui.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.ContentModule;
import jaga.learning.LearningService;
import jaga.learning.Response;
import jaga.model.Band;
import jaga.model.Language;
import jaga.progress.DataDirectory;
import jaga.progress.DataTransfer;
import jaga.progress.Database;
import jaga.progress.ProgressExport;
import jaga.testing.RealServices;
import jaga.ui.common.Background;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quiz screen's model on a real SQLite file, run in line (the synchronous executor, no stage):
 * each answer saved with the time the child took, a quiz taken up again, the result, what was
 * missed, and a save that fails told in the child's language.
 */
class QuizViewModelTest {
    @TempDir
    Path temp;

    private Database database;
    private LearningService learning;
    private ContentModule module;

    @BeforeEach
    void setUp() {
        RealServices services = RealServices.withModule(temp, "too-good");
        module = services.catalog.module("too-good").orElseThrow();
        database = services.database;
        learning = services.learning;
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void eachAnswerIsSavedWithTheTimeFromTheQuestionShownToTheAnswerChecked() {
        var aina = learning.addLearner("Aina", "cat", Band.AGES_7_9, Language.EN);
        AtomicLong now = new AtomicLong(50_000);
        QuizViewModel quiz = new QuizViewModel(learning.startQuiz(aina, module), Background.direct(), () -> { },
                () -> { }, now::get);

        now.addAndGet(4_200); // reading the first question
        quiz.check(Response.Choices.of("a"));
        now.addAndGet(9_000); // reading the feedback does not count towards the next question
        quiz.next();
        now.addAndGet(2_500);
        quiz.check(Response.Choices.of("a"));
        quiz.next();
        assertThat(quiz.resultProperty().get()).isNotNull();

        ProgressExport.AttemptData attempt = new DataTransfer(database).exportLearner(aina.id()).learners().get(0)
                .quizAttempts().get(0);
        assertThat(attempt.answers()).extracting(ProgressExport.AnswerData::questionId,
                ProgressExport.AnswerData::timeTakenMs).containsExactly(
                org.assertj.core.groups.Tuple.tuple("q1", 4_200L), org.assertj.core.groups.Tuple.tuple("q2", 2_500L));
    }

    private QuizViewModel quiz(jaga.model.Learner learner, Background background) {
        return new QuizViewModel(learning.startQuiz(learner, module), background, () -> { }, () -> { }, () -> 0L);
    }

    private int answersSaved(jaga.model.Learner learner) {
        return new DataTransfer(database).exportLearner(learner.id()).learners().get(0).quizAttempts().stream()
                .mapToInt(a -> a.answers().size()).sum();
    }

    @Test
    void checkingTwiceSavesOneAnswerAndTheFeedbackShowsOnceItIsSaved() {
        var ben = learning.addLearner("Ben", "owl", Band.AGES_7_9, Language.EN);
        QuizViewModel quiz = quiz(ben, Background.direct());

        quiz.check(Response.Choices.of("b"));
        quiz.check(Response.Choices.of("a")); // a second press before Next changes nothing

        assertThat(quiz.feedbackProperty().get()).isNotNull();
        assertThat(quiz.feedbackProperty().get().credit()).isZero();
        assertThat(quiz.savingProperty().get()).isFalse();
        assertThat(answersSaved(ben)).isEqualTo(1);
    }

    @Test
    void aQuizTakenUpAgainOpensAtTheFirstUnansweredQuestionAndTheResultCountsBoth() {
        var chitra = learning.addLearner("Chitra", "cat", Band.AGES_7_9, Language.MS);
        QuizViewModel first = quiz(chitra, Background.direct());
        first.check(Response.Choices.of("a"));
        // Jaga closed here; the next day:
        QuizViewModel again = quiz(chitra, Background.direct());
        assertThat(again.indexProperty().get()).isEqualTo(1);
        assertThat(again.questionBinding().get().id()).isEqualTo("q2");

        again.check(Response.Choices.of("a"));
        again.next();

        assertThat(again.resultProperty().get().fullyRight()).isEqualTo(1);
        assertThat(again.resultProperty().get().questions()).isEqualTo(2);
        List<String> missed = new java.util.ArrayList<>();
        again.loadMissed(list -> list.forEach(a -> missed.add(a.question().id())));
        assertThat(missed).containsExactly("q2");
    }

    @Test
    void everyQuestionAnsweredBeforeJagaClosedShowsTheResultStraightAway() {
        var dina = learning.addLearner("Dina", "fox", Band.AGES_7_9, Language.EN);
        QuizViewModel first = quiz(dina, Background.direct());
        first.check(Response.Choices.of("a"));
        first.next();
        first.check(Response.Choices.of("b"));
        // closed before "See my result"
        QuizViewModel again = quiz(dina, Background.direct());
        assertThat(again.resultProperty().get()).isNull();

        again.finishIfAllAnswered();

        assertThat(again.resultProperty().get().scorePercent()).isEqualTo(100);
        assertThat(again.resultProperty().get().passed()).isTrue();
    }

    @Test
    void aSaveThatFailsShowsNoFeedbackAndTellsAMalayLearnerInMalay() {
        var ejat = learning.addLearner("Ejat", "owl", Band.AGES_7_9, Language.MS);
        QuizViewModel quiz = quiz(ejat, Background.direct());
        database.close(); // the progress file went away under the quiz

        quiz.check(Response.Choices.of("a"));

        assertThat(quiz.feedbackProperty().get()).as("no feedback for an answer not saved").isNull();
        assertThat(quiz.savingProperty().get()).as("the child can press Check again").isFalse();
        Throwable problem = quiz.problemProperty().get();
        assertThat(problem).isNotNull();
        jaga.ui.common.I18n malay = new jaga.ui.common.I18n();
        malay.setLanguage("ms");
        jaga.ui.common.I18n english = new jaga.ui.common.I18n();
        String inMalay = jaga.ui.common.Problems.text(problem, malay);
        assertThat(inMalay).as("Malay, not the English of the page or of Java")
                .isNotEqualTo(jaga.ui.common.Problems.text(problem, english))
                .doesNotContain(temp.toString(), "jaga.db", "SQL", "Exception", "progress file");
        database = Database.open(DataDirectory.prepare(temp.resolve("data")), Clock.systemUTC()); // for tearDown
    }
}
