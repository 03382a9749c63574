package jaga.learning.report;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.model.Learner;
import jaga.progress.QuizRepository;
import jaga.testing.Samples;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The most-missed questions counted the way teachers read them: finished quizzes only, one vote
 * per learner (their latest answer), learners as the denominator; flags and pick-all questions
 * split into what was missed and what was wrongly marked.
 */
class ReportCountingTest {
    private static final String MODULE = "scams-7-9";
    private static final String SINGLE = "free-skins-pop-up";   // right: stop-ask
    private static final String FLAGS = "gem-fairy-flags";      // flags: free-gems, password, secret; not: nice-house

    @TempDir
    Path temp;

    private ReportFixture jaga;
    private QuizRepository quizzes;
    private long classId;
    private Learner ali;
    private Learner bala;

    @BeforeEach
    void aClass() {
        jaga = new ReportFixture(temp.resolve("data"));
        quizzes = new QuizRepository(jaga.database);
        classId = jaga.classes.create("5 Amanah").id();
        ali = jaga.child("Ali", "7-9");
        bala = jaga.child("Bala", "7-9");
        Learner chen = jaga.child("陈伟明", "7-9");
        Learner devi = jaga.child("Devi", "7-9");
        for (Learner learner : new Learner[] {ali, bala, chen, devi}) {
            jaga.classes.addMember(classId, learner.id());
        }
        // Ali retried five times: wrong four times ("tap-fast"), right the fifth; on the flags he
        // marked the harmless message every time and none of the red flags.
        for (int i = 1; i <= 5; i++) {
            long attempt = quizzes.startAttempt(ali.id(), MODULE, 1);
            quizzes.recordAnswer(attempt, SINGLE, i < 5 ? "tap-fast" : "stop-ask", i < 5 ? 0 : 1);
            quizzes.recordAnswer(attempt, FLAGS, "nice-house", 0);
            quizzes.finishAttempt(attempt, i < 5 ? 40 : 60, false);
        }
        // Bala left a quiz half done, with wrong answers: it counts nowhere in the most missed.
        long half = quizzes.startAttempt(bala.id(), MODULE, 1);
        quizzes.recordAnswer(half, SINGLE, "share-it", 0);
        quizzes.recordAnswer(half, FLAGS, "nice-house", 0);
        // Chen: "share-it", and one red flag of three found.
        long chens = quizzes.startAttempt(chen.id(), MODULE, 1);
        quizzes.recordAnswer(chens, SINGLE, "share-it", 0);
        quizzes.recordAnswer(chens, FLAGS, "free-gems", 1.0 / 3);
        quizzes.finishAttempt(chens, 50, false);
        // Devi: everything right.
        long devis = quizzes.startAttempt(devi.id(), MODULE, 1);
        quizzes.recordAnswer(devis, SINGLE, "stop-ask", 1);
        quizzes.recordAnswer(devis, FLAGS, "free-gems,password,secret", 1);
        quizzes.finishAttempt(devis, 100, true);
    }

    @AfterEach
    void close() {
        jaga.close();
    }

    private MissedQuestionRow question(java.util.List<MissedQuestionRow> rows, String id) {
        return rows.stream().filter(r -> r.questionId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aClassCountsEachLearnerOnceByTheirLatestFinishedQuiz() {
        ClassReport report = jaga.reports.classReport(classId);

        // Ali, Chen and Devi finished; Bala did not. Only Chen's latest answer is wrong: Ali's four
        // wrong tries before his right one do not outweigh the class.
        MissedQuestionRow single = question(report.mostMissed(), SINGLE);
        assertThat(single.answers()).isEqualTo(3);
        assertThat(single.missed()).isEqualTo(1);
        assertThat(single.wrongAnswers()).singleElement().satisfies(wrong -> {
            assertThat(wrong.response()).isEqualTo("share-it");
            assertThat(wrong.count()).isEqualTo(1);
        });
        assertThat(single.byItem()).isFalse();
        // The flags question: Ali and Chen missed it (2 of 3 learners) and comes first.
        assertThat(report.mostMissed()).extracting(MissedQuestionRow::questionId).containsExactly(FLAGS, SINGLE);
    }

    @Test
    void aFlagsQuestionListsTheFlagsMissedAndTheMessagesWronglyMarkedApart() {
        MissedQuestionRow flags = question(jaga.reports.classReport(classId).mostMissed(), FLAGS);

        assertThat(flags.answers()).isEqualTo(3);
        assertThat(flags.missed()).isEqualTo(2);
        // Ali missed all three flags, Chen two of them; only Ali marked the harmless message.
        assertThat(flags.missedItems()).extracting(MissedQuestionRow.ItemCount::id, MissedQuestionRow.ItemCount::learners)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("password", 2),
                        org.assertj.core.groups.Tuple.tuple("secret", 2),
                        org.assertj.core.groups.Tuple.tuple("free-gems", 1));
        assertThat(flags.wronglyMarked()).extracting(MissedQuestionRow.ItemCount::id, MissedQuestionRow.ItemCount::learners)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("nice-house", 1));
        assertThat(flags.missedItems()).allSatisfy(item -> assertThat(item.words().in("en")).startsWith("\u201c"));
    }

    @Test
    void theClassPdfSaysMissedAndWronglyMarkedWithLearnersAsTheDenominator() throws IOException {
        Path file = temp.resolve("class.pdf");
        new PdfReports(ReportLabels.of("en", ZoneOffset.UTC)).writeClass(jaga.reports.classReport(classId), file,
                ExportProgress.NONE);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Wrong for 2 of 3 learners", "Wrong for 1 of 3 learners",
                    "Missed: ", "Wrongly marked: ", "(\u00d72)");
            // A real red flag is never listed as if it had been wrongly chosen.
            int wronglyMarked = text.indexOf("Wrongly marked: ");
            assertThat(text.substring(wronglyMarked, text.indexOf(")", wronglyMarked) + 1)).doesNotContain("gem");
        }
        Samples.keep(file, "class-counting-en.pdf");
    }

    @Test
    void aLearnerReportCountsTheChildsFinishedQuizzes() {
        LearnerReport report = jaga.reports.learnerReport(ali.id());

        MissedQuestionRow single = question(report.mostMissed(), SINGLE);
        assertThat(single.answers()).isEqualTo(5);
        assertThat(single.missed()).isEqualTo(4);
        assertThat(single.wrongAnswers()).singleElement().satisfies(w -> assertThat(w.count()).isEqualTo(4));
        MissedQuestionRow flags = question(report.mostMissed(), FLAGS);
        assertThat(flags.missed()).isEqualTo(5);
        assertThat(flags.wronglyMarked()).singleElement().satisfies(w -> assertThat(w.learners()).isEqualTo(5));
    }

    @Test
    void topicMasteryCountsEachLearnersLatestFinishedAnswersWithOneVotePerLearner() {
        // Ali's latest: single right, flags wrong (1/2); Chen's: 0 and 1/3 (1/6); Devi's: 2/2;
        // Bala finished nothing. Counting every answer row would give 3.33/16 = 21%.
        TopicScore scams = jaga.reports.classReport(classId).mastery().stream().findFirst().orElseThrow();
        assertThat(scams.share()).isCloseTo((0.5 + 1.0 / 6 + 1.0) / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(scams.percent()).isEqualTo(56);
        assertThat(scams.answers()).isEqualTo(6);

        TopicScore alis = jaga.reports.learnerReport(ali.id()).mastery().stream().findFirst().orElseThrow();
        assertThat(alis.share()).isEqualTo(0.5);
        assertThat(alis.answers()).isEqualTo(2);
    }

    @Test
    void aQuestionMissedInTwoQuizzesAndNotRightSinceIsWorthTalkingAboutEvenWhenTheFiguresLookFine() {
        // Eli passed the quiz but chose the same wrong answer in it and again in a quiz left half done.
        Learner eli = jaga.child("Eli", "7-9");
        long first = quizzes.startAttempt(eli.id(), MODULE, 1);
        quizzes.recordAnswer(first, SINGLE, "tap-fast", 0);
        quizzes.recordAnswer(first, FLAGS, "free-gems,password,secret", 1);
        quizzes.finishAttempt(first, 80, true);
        long again = quizzes.startAttempt(eli.id(), MODULE, 1);
        quizzes.recordAnswer(again, SINGLE, "tap-fast", 0);

        TalkAbout talk = jaga.reports.learnerReport(eli.id()).talkAboutNext().stream().findFirst().orElseThrow();
        assertThat(talk.reasons()).containsExactly(TalkAbout.Reason.MISSED_AGAIN);
        assertThat(talk.missedAgain()).singleElement().satisfies(q -> assertThat(q.in("en")).isNotBlank());

        // Ali got the single question right in the end: only the flags, missed every time, stay.
        TalkAbout alis = jaga.reports.learnerReport(ali.id()).talkAboutNext().stream().findFirst().orElseThrow();
        assertThat(alis.missedAgain()).hasSize(1);
        assertThat(alis.reasons()).contains(TalkAbout.Reason.MISSED_AGAIN, TalkAbout.Reason.FAILED_QUIZ);
        // Bala's one half-done quiz is not "again".
        assertThat(jaga.reports.learnerReport(bala.id()).talkAboutNext())
                .noneMatch(t -> t.reasons().contains(TalkAbout.Reason.MISSED_AGAIN));
    }
}
