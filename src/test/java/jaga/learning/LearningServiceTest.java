package jaga.learning;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.ContentModule;
import jaga.content.Question;
import jaga.model.Band;
import jaga.model.Language;
import jaga.progress.Database;
import jaga.model.Learner;
import jaga.progress.QuizRepository;
import jaga.testing.RealServices;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearningServiceTest {

    @TempDir
    Path temp;

    private Database database;
    private LearningService learning;
    private ContentModule module;
    private Learner aina;

    @BeforeEach
    void setUp() {
        RealServices services = RealServices.withModule(temp, "too-good");
        module = services.catalog.module("too-good").orElseThrow();
        database = services.database;
        learning = services.learning;
        aina = learning.addLearner("Aina", "cat", Band.AGES_7_9, Language.MS);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void aModuleNobodyTouchedIsNotStarted() {
        assertThat(learning.modulesFor(aina)).singleElement()
                .isEqualTo(new ModuleOverview(module, ModuleState.NOT_STARTED, OptionalInt.empty()));
    }

    @Test
    void reachingAStepMarksTheModuleInProgressAndIsWhereItReopens() {
        learning.stepReached(aina, module, module.lessons().get(0), 1);

        assertThat(learning.modulesFor(aina).get(0).state()).isEqualTo(ModuleState.IN_PROGRESS);
        assertThat(learning.resumePosition(aina, module)).isEqualTo(new LessonPosition(0, 1));
    }

    @Test
    void aFinishedLessonOpensFromTheStartForReview() {
        learning.lessonFinished(aina, module, module.lessons().get(0));

        assertThat(learning.resumePosition(aina, module)).isEqualTo(LessonPosition.START);
    }

    @Test
    void passingTheQuizMarksTheModuleDoneWithTheScore() {
        QuizSession quiz = learning.startQuiz(aina, module);
        List<Question> questions = quiz.questions();

        AnswerFeedback first = quiz.answer(questions.get(0), Response.Choices.of("a"));
        AnswerFeedback second = quiz.answer(questions.get(1), Response.Choices.of("a"));
        QuizResult result = quiz.finish();

        assertThat(first.correct()).isTrue();
        assertThat(second.correct()).isFalse();
        assertThat(second.feedback()).extracting(text -> text.in("en")).containsExactly("Keep it to yourself.");
        assertThat(result).isEqualTo(new QuizResult(1, 2, 50, 50, true, true));
        assertThat(learning.badges(aina)).containsExactly(module);
        assertThat(learning.modulesFor(aina)).singleElement()
                .isEqualTo(new ModuleOverview(module, ModuleState.DONE, OptionalInt.of(50)));
    }

    @Test
    void passingAgainEarnsNoSecondBadge() {
        for (int attempt = 0; attempt < 2; attempt++) {
            QuizSession quiz = learning.startQuiz(aina, module);
            quiz.answer(quiz.questions().get(0), Response.Choices.of("a"));
            quiz.answer(quiz.questions().get(1), Response.Choices.of("b"));
            assertThat(quiz.finish().badgeEarned()).isEqualTo(attempt == 0);
        }
        assertThat(learning.badges(aina)).containsExactly(module);
    }

    @Test
    void theRecommendedModuleIsOneStartedElseTheFirstNotStarted() {
        ModuleOverview started = new ModuleOverview(module, ModuleState.IN_PROGRESS, OptionalInt.empty());
        ModuleOverview fresh = new ModuleOverview(module, ModuleState.NOT_STARTED, OptionalInt.empty());
        ModuleOverview done = new ModuleOverview(module, ModuleState.DONE, OptionalInt.of(90));

        assertThat(learning.recommended(List.of(done, fresh, started))).contains(started);
        assertThat(learning.recommended(List.of(done, fresh))).contains(fresh);
        assertThat(learning.recommended(List.of(done))).isEmpty();
    }

    @Test
    void failingTheQuizLeavesTheModuleInProgressWithTheBestScoreSoFar() {
        QuizSession quiz = learning.startQuiz(aina, module);
        quiz.answer(quiz.questions().get(0), Response.Choices.of("b"));
        quiz.answer(quiz.questions().get(1), Response.Choices.of("a"));

        assertThat(quiz.finish().passed()).isFalse();
        assertThat(learning.modulesFor(aina)).singleElement()
                .isEqualTo(new ModuleOverview(module, ModuleState.IN_PROGRESS, OptionalInt.of(0)));
    }

    @Test
    void aQuizLeftHalfwayKeepsItsAnswers() {
        QuizSession quiz = learning.startQuiz(aina, module);
        quiz.answer(quiz.questions().get(0), Response.Choices.of("a"));

        // No finish(): the child closed the app. The answer is already saved.
        assertThat(new QuizRepository(database).answers(quiz.attemptId()))
                .containsExactly(new QuizRepository.RecordedAnswer("q1", "a", 1.0));
        assertThat(learning.modulesFor(aina).get(0).state()).isEqualTo(ModuleState.IN_PROGRESS);
    }

    @Test
    void theLanguageIsRememberedPerLearner() {
        learning.rememberLanguage(aina, Language.EN);

        assertThat(learning.learners()).singleElement().extracting(Learner::language).isEqualTo(Language.EN);
    }

    @Test
    void scoresRoundToTheNearestWholePercent() {
        assertThat(QuizResult.of(2, 2, 3, 70)).isEqualTo(new QuizResult(2, 3, 67, 70, false, false));
        assertThat(QuizResult.of(7, 7, 10, 70).passed()).isTrue();
        assertThat(QuizResult.of(2.5, 2, 4, 60)).isEqualTo(new QuizResult(2, 4, 63, 60, true, false)); // partial credit counts
        assertThat(QuizResult.of(0, 0, 0, 70).scorePercent()).isZero();
    }

    @Test
    void anUnfinishedQuizIsTakenUpAgainAtItsFirstUnansweredQuestionWithTheSameDraw() {
        QuizSession first = learning.startQuiz(aina, module);
        first.answer(first.questions().get(0), ScriptedSession.rightAnswer(first.questions().get(0)));

        QuizSession again = learning.startQuiz(aina, module);

        assertThat(again.attemptId()).isEqualTo(first.attemptId());
        assertThat(again.questions()).isEqualTo(first.questions());
        assertThat(again.firstUnanswered()).isEqualTo(1);
        assertThat(again.answered()).as("the saved answer counts").isEqualTo(1);
        for (Question question : again.questions().subList(1, again.questions().size())) {
            again.answer(question, ScriptedSession.rightAnswer(question));
        }
        assertThat(again.finish().scorePercent()).isEqualTo(100);
        assertThat(learning.startQuiz(aina, module).attemptId()).as("a finished quiz starts anew").isNotEqualTo(first.attemptId());
    }

    @Test
    void onlyAQuizLeftWithAnswersInItAndNotYetPassedTakesOverContinue() {
        module.lessons().forEach(lesson -> learning.lessonFinished(aina, module, lesson));
        QuizSession failed = learning.startQuiz(aina, module);
        failed.questions().forEach(question -> failed.answer(question, ScriptedSession.wrongAnswer(question)));
        failed.finish();

        // "Try again", then straight out: no answer given, so the lessons open as the result advised.
        learning.startQuiz(aina, module);
        assertThat(learning.quizWaiting(aina, module)).isFalse();

        // One answer given, then Jaga closed: Continue goes back to the quiz.
        QuizSession again = learning.startQuiz(aina, module);
        again.answer(again.questions().get(0), ScriptedSession.rightAnswer(again.questions().get(0)));
        assertThat(learning.quizWaiting(aina, module)).isTrue();

        // Passed since: "Do it again" opens the lessons even with a retry left half done.
        QuizSession pass = learning.startQuiz(aina, module);
        pass.questions().stream().skip(pass.firstUnanswered())
                .forEach(question -> pass.answer(question, ScriptedSession.rightAnswer(question)));
        assertThat(pass.finish().passed()).isTrue();
        QuizSession retry = learning.startQuiz(aina, module);
        retry.answer(retry.questions().get(0), ScriptedSession.rightAnswer(retry.questions().get(0)));
        assertThat(learning.quizWaiting(aina, module)).isFalse();
    }
}
