package jaga.progress;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.model.Band;
import jaga.model.Language;
import jaga.progress.DashboardRepository.LearnerSummary;
import jaga.progress.DashboardRepository.MissedQuestion;
import jaga.progress.DashboardRepository.ModuleAggregate;
import jaga.progress.DashboardRepository.ModuleProgress;
import jaga.progress.DashboardRepository.WrongResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import jaga.testing.TestClock;
import org.junit.jupiter.api.io.TempDir;

class DashboardRepositoryTest {

    @TempDir
    Path folder;

    private Database database;
    private DashboardRepository dashboards;
    private long aina;
    private long danial;
    private long mei;
    private long bestari;

    @BeforeEach
    void aClass() {
        database = Database.open(DataDirectory.prepare(folder), TestClock.ticking());
        dashboards = new DashboardRepository(database);
        LearnerRepository learners = new LearnerRepository(database);
        aina = learners.create("Aina", "owl", Band.AGES_10_12, Language.MS).id();
        danial = learners.create("Danial", "cat", Band.AGES_10_12, Language.EN).id();
        mei = learners.create("Mei Ling", "fish", Band.AGES_10_12, Language.EN).id(); // not in the class
        ClassRepository classes = new ClassRepository(database);
        bestari = classes.create("5 Bestari").id();
        classes.addMember(bestari, aina);
        classes.addMember(bestari, danial);
        QuizRepository quizzes = new QuizRepository(database);

        // Aina: two tries at grooming, passes the second; reads the scams lesson.
        long first = quizzes.startAttempt(aina, "grooming", 1);
        quizzes.recordAnswer(first, "q1", "b", 0.0, 4_000L);
        quizzes.recordAnswer(first, "q2", "a", 1.0, 2_000L);
        quizzes.finishAttempt(first, 50, false);
        long second = quizzes.startAttempt(aina, "grooming", 2);
        quizzes.recordAnswer(second, "q1", "c", 0.0, 3_000L);
        quizzes.recordAnswer(second, "q2", "a", 1.0, 1_000L);
        quizzes.recordAnswer(second, "q3", "a", 1.0, 1_000L);
        quizzes.finishAttempt(second, 67, true);
        new LessonProgressRepository(database).stepReached(aina, "scams", 1, "intro", 2);

        // Danial: one unfinished try at grooming.
        long danials = quizzes.startAttempt(danial, "grooming", 2);
        quizzes.recordAnswer(danials, "q1", "b", 0.0, 6_000L);

        // Mei Ling misses q1 too, but she is not in the class.
        long meis = quizzes.startAttempt(mei, "grooming", 2);
        quizzes.recordAnswer(meis, "q1", "d", 0.0, 1_000L);
        quizzes.finishAttempt(meis, 0, false);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aLearnersModulesShowAttemptsScoresTimeAndLastActivity() {
        List<ModuleProgress> modules = dashboards.moduleProgress(aina);

        assertThat(modules).extracting(ModuleProgress::moduleId).containsExactly("grooming", "scams");
        ModuleProgress grooming = modules.get(0);
        assertThat(grooming.attempts()).isEqualTo(2);
        assertThat(grooming.finishedAttempts()).isEqualTo(2);
        assertThat(grooming.passed()).isTrue();
        assertThat(grooming.bestScore()).isEqualTo(67);
        assertThat(grooming.lastScore()).isEqualTo(67);
        assertThat(grooming.answers()).isEqualTo(5);
        assertThat(grooming.creditEarned()).isEqualTo(3.0);
        assertThat(grooming.timeSpentMs()).isEqualTo(11_000L);
        assertThat(grooming.latestContentVersion()).isEqualTo(2);
        ModuleProgress scams = modules.get(1);
        assertThat(scams.attempts()).isZero();
        assertThat(scams.lessonsStarted()).isEqualTo(1);
        assertThat(scams.passed()).isFalse();
        assertThat(scams.lastActive()).isGreaterThan(grooming.lastActive());
    }

    @Test
    void aClassSummaryHasEveryMemberAndOnlyThem() {
        List<LearnerSummary> summaries = dashboards.classSummary(bestari);

        assertThat(summaries).extracting(LearnerSummary::displayName).containsExactly("Aina", "Danial");
        LearnerSummary ainas = summaries.get(0);
        assertThat(ainas.modulesStarted()).isEqualTo(2);
        assertThat(ainas.modulesFinished()).isEqualTo(1);
        assertThat(ainas.averageBestScore()).isEqualTo(67.0);
        assertThat(ainas.timeSpentMs()).isEqualTo(11_000L);
        assertThat(ainas).isEqualTo(dashboards.learnerSummary(aina));
        LearnerSummary danials = summaries.get(1);
        assertThat(danials.modulesStarted()).isEqualTo(1);
        assertThat(danials.modulesFinished()).isZero();
        assertThat(danials.averageBestScore()).isNull();
        assertThat(danials.lastActive()).isNotNull();
    }

    @Test
    void classModulesAggregateAcrossTheClassForMastery() {
        List<ModuleAggregate> modules = dashboards.classModules(bestari);

        assertThat(modules).extracting(ModuleAggregate::moduleId).containsExactly("grooming", "scams");
        ModuleAggregate grooming = modules.get(0);
        assertThat(grooming.learnersStarted()).isEqualTo(2);
        assertThat(grooming.learnersPassed()).isEqualTo(1);
        assertThat(grooming.answers()).isEqualTo(6);
        assertThat(grooming.creditShare()).isEqualTo(0.5);
        assertThat(modules.get(1).creditShare()).isNull();
    }

    @Test
    void mostMissedQuestionsComeWithTheWrongAnswersChosen() {
        List<MissedQuestion> missed = dashboards.mostMissedByClass(bestari, 10);

        assertThat(missed).singleElement().satisfies(q1 -> {
            assertThat(q1.moduleId()).isEqualTo("grooming");
            assertThat(q1.questionId()).isEqualTo("q1");
            // One vote per learner, by their latest finished quiz: Aina's "c" (not her first
            // "b"); Danial's unfinished try does not count; Mei Ling's "d" is not counted either:
            // she is not in the class.
            assertThat(q1.answers()).isEqualTo(1);
            assertThat(q1.missed()).isEqualTo(1);
            assertThat(q1.wrongResponses()).containsExactly(new WrongResponse("c", 1));
        });
        assertThat(dashboards.mostMissedByLearner(mei, 10)).singleElement()
                .satisfies(q -> assertThat(q.wrongResponses()).containsExactly(new WrongResponse("d", 1)));
    }

    @Test
    void theWholeClassDashboardAgreesWithItsParts() {
        DashboardRepository.ClassDashboard dashboard = dashboards.classDashboard(bestari, 10);

        assertThat(dashboard.learners()).isEqualTo(dashboards.classSummary(bestari));
        assertThat(dashboard.modules()).isEqualTo(dashboards.classModules(bestari));
        assertThat(dashboard.mostMissed()).isEqualTo(dashboards.mostMissedByClass(bestari, 10));
    }

    @Test
    void anEmptyClassHasNoRowsRatherThanAnError() {
        long empty = new ClassRepository(database).create("6 Cemerlang").id();
        assertThat(dashboards.classSummary(empty)).isEmpty();
        assertThat(dashboards.classModules(empty)).isEmpty();
        assertThat(dashboards.mostMissedByClass(empty, 5)).isEmpty();
    }
}
