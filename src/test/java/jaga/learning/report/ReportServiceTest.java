package jaga.learning.report;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.model.Band;
import jaga.content.LocalizedText;
import jaga.content.ParentGuide;
import jaga.content.Question;
import jaga.content.Topic;
import jaga.learning.ModuleState;
import jaga.model.Learner;
import jaga.progress.QuizRepository;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportServiceTest {

    @TempDir
    Path temp;

    private ReportFixture jaga;
    private Learner aina;
    private Learner danial;
    private Learner siti;
    private long classId;

    @BeforeEach
    void aClassOfThree() {
        jaga = new ReportFixture(temp.resolve("data"));
        aina = jaga.child("Aina", "7-9");
        danial = jaga.child("Danial", "7-9");
        siti = jaga.child("Siti", "7-9");
        classId = jaga.classes.create("3 Bestari").id();
        for (Learner learner : new Learner[] {aina, danial, siti}) {
            jaga.classes.addMember(classId, learner.id());
        }
        // Aina: passes scams after one failed try; Danial: fails grooming twice; Siti: nothing yet.
        jaga.lessons(aina, "scams-7-9");
        jaga.quiz(aina, "scams-7-9", 2);
        jaga.quiz(aina, "scams-7-9", 99);
        jaga.quiz(danial, "grooming-7-9", 1);
        jaga.quiz(danial, "grooming-7-9", 2);
    }

    @AfterEach
    void close() {
        jaga.close();
    }

    @Test
    void aLearnerReportHasEveryModuleOfTheBandWithScoresInOrder() {
        LearnerReport report = jaga.reports.learnerReport(aina.id());

        assertThat(report.modules()).hasSize(Topic.values().length).allSatisfy(row -> assertThat(row.inBand()).isTrue());
        assertThat(report.modules()).extracting(row -> row.module().topic().orElseThrow())
                .containsExactly(Topic.values());
        ModuleRow scams = report.modules().stream().filter(r -> r.module().id().equals("scams-7-9")).findFirst().orElseThrow();
        assertThat(scams.state()).isEqualTo(ModuleState.DONE);
        assertThat(scams.attempts()).isEqualTo(2);
        assertThat(scams.bestScore()).isEqualTo(100);
        assertThat(scams.lessonsDone()).isEqualTo(scams.module().lessonsTotal()).isPositive();
        assertThat(report.progress()).extracting(ScorePoint::passed).containsExactly(false, true);
        assertThat(report.progress().get(0).scorePercent()).isLessThan(report.progress().get(1).scorePercent());
        assertThat(report.badges()).singleElement().satisfies(b -> assertThat(b.module().id()).isEqualTo("scams-7-9"));
        assertThat(report.lastActive()).isNotNull();
        assertThat(report.mastery()).singleElement().satisfies(m -> assertThat(m.topic()).isEqualTo(Topic.SCAMS));
    }

    @Test
    void aFailedQuizNotPassedSinceSuggestsTheParentGuidesConversationStarters() {
        LearnerReport report = jaga.reports.learnerReport(danial.id());

        assertThat(report.talkAboutNext()).singleElement().satisfies(talk -> {
            assertThat(talk.topic()).isEqualTo(Topic.GROOMING);
            assertThat(talk.reasons()).contains(TalkAbout.Reason.FAILED_QUIZ, TalkAbout.Reason.LOW_MASTERY);
            // The guide's starters for this child's age (7-9), not those for teenagers.
            assertThat(talk.starters()).isNotEmpty()
                    .isSubsetOf(jaga.module("grooming-parents").guide().conversationStarters().stream()
                            .filter(starter -> starter.suits(Band.AGES_7_9)).map(ParentGuide.Starter::text).toList());
        });
        // Aina failed once but passed since: the failed quiz is no reason any more.
        assertThat(jaga.reports.learnerReport(aina.id()).talkAboutNext())
                .allSatisfy(talk -> assertThat(talk.reasons()).doesNotContain(TalkAbout.Reason.FAILED_QUIZ));
    }

    @Test
    void startersForAnotherAgeAreLeftOutAndThoseForAnyAgeKept() {
        List<ParentGuide.Starter> starters = List.of(starter(Band.AGES_7_9, "a"), starter(Band.AGES_10_12, "b"),
                starter(Band.AGES_10_12, "c"), starter(Band.AGES_13_17, "d"), starter(null, "e"));

        assertThat(ReportService.forBand(starters, Band.AGES_10_12)).extracting(s -> s.in("en")).containsExactly("b", "c", "e");
        // A guide with nothing for a band offers everything rather than nothing.
        assertThat(ReportService.forBand(starters.subList(0, 1), Band.AGES_13_17)).extracting(s -> s.in("en")).containsExactly("a");
    }

    private static ParentGuide.Starter starter(Band band, String text) {
        return new ParentGuide.Starter(band, LocalizedText.of(text, text));
    }

    @Test
    void theClassReportListsEveryLearnerAndWhoNeedsHelp() {
        ClassReport report = jaga.reports.classReport(classId);

        assertThat(report.className()).isEqualTo("3 Bestari");
        assertThat(report.rows()).extracting(row -> row.learner().name()).containsExactly("Aina", "Danial", "Siti");
        assertThat(report.rows()).allSatisfy(row -> assertThat(row.cells()).hasSameSizeAs(report.modules()));
        assertThat(report.rows().get(2).cells()).allSatisfy(cell -> assertThat(cell.state()).isEqualTo(ModuleState.NOT_STARTED));
        assertThat(report.rows().get(2).averageBestScore()).isNull();
        assertThat(report.needsHelp()).singleElement().satisfies(help -> {
            assertThat(help.learner().name()).isEqualTo("Danial");
            assertThat(help.reasons()).extracting(ClassReport.HelpReason::kind)
                    .contains(ClassReport.HelpReason.Kind.FAILED_TWICE);
        });
        assertThat(report.mastery()).extracting(TopicScore::topic).containsExactly(Topic.GROOMING, Topic.SCAMS);
        assertThat(report.mostMissed()).isNotEmpty().allSatisfy(missed -> {
            assertThat(missed.retired()).isFalse();
            assertThat(missed.wrongAnswers()).isNotEmpty()
                    .allSatisfy(wrong -> assertThat(wrong.words()).isPresent());
        });
    }

    @Test
    void wrongAnswersAreShownAsTheChoiceTextInTheAdultsLanguage() {
        ClassReport report = jaga.reports.classReport(classId);
        MissedQuestionRow missed = report.mostMissed().stream()
                .filter(m -> jaga.module(m.module().id()).quiz().questions().stream()
                        .anyMatch(q -> q.id().equals(m.questionId()) && q instanceof Question.Single))
                .findFirst().orElseThrow();
        Question.Single question = (Question.Single) jaga.module(missed.module().id()).quiz().questions().stream()
                .filter(q -> q.id().equals(missed.questionId())).findFirst().orElseThrow();
        MissedQuestionRow.WrongAnswer wrong = missed.wrongAnswers().get(0);
        var choice = question.choice(wrong.response()).orElseThrow();

        assertThat(wrong.words().orElseThrow().in("en")).isEqualTo(choice.text().in("en"));
        assertThat(wrong.words().orElseThrow().in("ms")).isEqualTo(choice.text().in("ms")).isNotEqualTo(choice.text().in("en"));
    }

    @Test
    void answersToRetiredQuestionsAndModulesStayInTheReportMarkedRetired() {
        QuizRepository quizzes = new QuizRepository(jaga.database);
        long attempt = quizzes.startAttempt(siti.id(), "scams-7-9", 0);
        quizzes.recordAnswer(attempt, "a-question-since-removed", "zz", 0.0);
        quizzes.finishAttempt(attempt, 0, false);
        long old = quizzes.startAttempt(siti.id(), "old-module", 1);
        quizzes.recordAnswer(old, "q1", "b", 0.0);
        quizzes.finishAttempt(old, 0, false);

        LearnerReport report = jaga.reports.learnerReport(siti.id());

        assertThat(report.mostMissed()).filteredOn(MissedQuestionRow::retired)
                .extracting(m -> m.module().id() + "/" + m.questionId())
                .containsExactlyInAnyOrder("scams-7-9/a-question-since-removed", "old-module/q1");
        assertThat(report.mostMissed()).filteredOn(MissedQuestionRow::retired)
                .flatExtracting(MissedQuestionRow::wrongAnswers).allSatisfy(w -> assertThat(w.words()).isEmpty());
        assertThat(report.modules()).filteredOn(r -> r.module().retired()).singleElement()
                .satisfies(r -> assertThat(r.module().title().in("ms")).isEqualTo("old-module"));
        assertThat(jaga.reports.classReport(classId).modules()).last()
                .satisfies(m -> assertThat(m.id()).isEqualTo("old-module"));
    }
}
