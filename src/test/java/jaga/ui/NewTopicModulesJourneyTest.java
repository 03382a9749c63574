package jaga.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.ContentLoader;
import jaga.content.ContentModule;
import jaga.content.Question;
import jaga.content.Step;
import jaga.content.Topic;
import jaga.learning.ModuleState;
import jaga.learning.report.ExportProgress;
import jaga.learning.report.LearnerReport;
import jaga.learning.report.ModuleRow;
import jaga.learning.report.PdfReports;
import jaga.learning.report.ReportFixture;
import jaga.learning.report.ReportLabels;
import jaga.model.Learner;
import jaga.progress.LearnerRepository;
import jaga.testing.Modules;
import jaga.speech.FakeSpeechEngine;
import jaga.speech.SpeechText;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every learner module of the second edition's new topics (upsetting things seen online; games and
 * live streams), played through in the app by a child of its band: every lesson (each chat to an
 * ending, each red-flag thread, each check), the quiz with every question heard through read-aloud,
 * and then the learner's report, on screen data and as a PDF, counting the module as done.
 * The modules are picked from the catalog by topic, so a module added to either topic is played too.
 * (Projector mode for the same modules: {@code jaga.ui.projector.NewTopicProjectorTest}.)
 */
class NewTopicModulesJourneyTest extends JourneyTestBase {

    static final Set<Topic> NEW_TOPICS = EnumSet.of(Topic.UPSETTING, Topic.GAMES);

    /** The learner modules of the new topics in the bundled content; never empty (that would test nothing). */
    static Stream<String> newTopicLearnerModules() {
        List<String> ids = new ContentLoader().load(List.of(Modules.bundledContent())).modules().stream()
                .filter(ContentModule::forLearners).filter(module -> NEW_TOPICS.contains(module.topic()))
                .map(ContentModule::id).sorted().toList();
        assertThat(ids).as("learner modules of the topics " + NEW_TOPICS).isNotEmpty();
        return ids.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("newTopicLearnerModules")
    void aChildOfTheBandPlaysEveryLessonAndTheQuizHearsItReadAloudAndTheReportCountsIt(String id) throws Exception {
        FakeSpeechEngine engine = speaksWith(FakeSpeechEngine.bothLanguages());
        ContentModule module = module(id);
        learnerAddedByAnAdult("Hana", "cat", module.band().code(), "en");
        LearnerRobot hana = new LearnerRobot(this, module);
        startApp();

        hana.opensTheModule();
        hana.waitFor("#stepBody");

        // Read aloud: the speaker reads the first step, cleaned of markup, in English.
        Step first = module.lessons().get(0).steps().get(0);
        assertThat(first).as("the module opens with a text step").isInstanceOf(Step.Text.class);
        FakeSpeechEngine.Said firstStep = new FakeSpeechEngine.Said(
                SpeechText.clean(((Step.Text) first).text().in("en"), "en"), "en");
        int beforeStep = engine.said().size();
        hana.press("#speak-step");
        waitUntil("reading the first step", () -> engine.said().size() > beforeStep);
        assertThat(engine.said().get(engine.said().size() - 1)).isEqualTo(firstStep);

        // Every lesson: the robot plays each chat to a safe ending, marks each thread's flags, answers each check.
        hana.finishLessons();

        // The quiz: each question is heard, then answered right.
        String result = null;
        for (int guard = 0; guard < 20 && result == null; guard++) {
            hana.waitFor("#questionPrompt");
            Question question = hana.quizQuestion(hana.text("#questionPrompt"));
            int before = engine.said().size();
            hana.press("#speak-prompt");
            waitUntil("reading " + question.id(), () -> engine.said().size() > before);
            assertThat(engine.said().get(before)).as(question.id())
                    .isEqualTo(new FakeSpeechEngine.Said(SpeechText.clean(question.prompt().in("en"), "en"), "en"));
            hana.answer(question);
            hana.press("#checkAnswer");
            hana.waitFor("#verdict");
            assertThat(hana.text("#verdict")).as(question.id()).isEqualTo("That's right!");
            String next = hana.text("#nextQuestion");
            hana.press("#nextQuestion");
            if (next.equals("See my result")) {
                hana.waitFor("#resultScore");
                result = hana.text("#resultScore");
            }
        }
        assertThat(result).as("the quiz ended").isNotNull().endsWith("(100%).");
        hana.press("#backHome");
        hana.waitFor("#state-" + id);
        assertThat(hana.text("#state-" + id)).isEqualTo("Done \u00b7 100%");

        // The report, from the same progress file once Jaga is closed.
        closeApp();
        try (ReportFixture jaga = new ReportFixture(dataFolder)) {
            Learner learner = new LearnerRepository(jaga.database).active().get(0);
            LearnerReport report = jaga.reports.learnerReport(learner.id());
            ModuleRow row = report.modules().stream().filter(r -> r.module().id().equals(id)).findFirst().orElseThrow();
            assertThat(row.state()).isEqualTo(ModuleState.DONE);
            assertThat(row.bestScore()).isEqualTo(100);
            assertThat(row.lessonsDone()).isEqualTo(module.lessons().size());
            assertThat(report.badges()).anySatisfy(badge -> assertThat(badge.module().id()).isEqualTo(id));

            Path pdf = dataFolder.resolve("report.pdf");
            new PdfReports(ReportLabels.of("en", ZoneOffset.UTC)).writeLearner(report, pdf, ExportProgress.NONE);
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertThat(new PDFTextStripper().getText(document)).contains(module.title().in("en"));
            }
        }
    }
}
