package jaga.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.ContentModule;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A parent at home: sets the PIN, adds two children, one child finishes a module, and the parent
 * opens the adult area, sees that child's results and saves a PDF report to print.
 */
class ParentJourneyTest extends JourneyTestBase {
    private static final String MODULE = "grooming-7-9";

    @Test
    void aParentSeesAChildsResultsAndSavesAPdfReport() throws Exception {
        ContentModule module = module(MODULE);
        LearnerRobot parent = new LearnerRobot(this, module);
        startApp();

        // First run: the PIN, the recovery code, "my children, at home", then the first child.
        pinSetUpAndRecoveryCodeNoted(parent, "482913");
        parent.press("#firstUse-home");
        addChild(parent, "Aina", "#band-7-9");
        parent.waitFor("#state-" + MODULE);
        parent.press("#switchLearner");

        // The second child: adding a learner asks for the PIN again.
        parent.press("#addLearner");
        enterPin(parent, "482913");
        addChild(parent, "Ben", "#band-10-12");
        parent.waitFor("#state-grooming-10-12");
        parent.press("#switchLearner");

        // Aina works through the module and its quiz.
        parent.opensTheModule();
        parent.finishLessons();
        assertThat(parent.answerQuizCorrectly()).endsWith("(100%).");
        parent.press("#backHome");
        parent.press("#switchLearner");

        // The parent opens the adult area with the PIN and finds Aina's results.
        parent.press("#openAdultArea");
        enterPin(parent, "482913");
        parent.waitFor("#child-1");
        assertThat(parent.text("#child-1 .card-summary")).contains("1 of 8 modules passed");
        assertThat(parent.showing("#child-2")).as("Ben is listed too").isTrue();
        parent.press("#learnerDetails-1");
        parent.waitFor("#learnerName");
        assertThat(parent.text("#learnerName")).isEqualTo("Aina");
        // One quiz: the axis counts whole quizzes, never 0.5 or 1.5.
        javafx.scene.chart.LineChart<?, ?> overTime = lookup("#scoresOverTime .chart").queryAs(javafx.scene.chart.LineChart.class);
        javafx.scene.chart.NumberAxis quizzes = (javafx.scene.chart.NumberAxis) overTime.getXAxis();
        assertThat(quizzes.getTickMarks()).extracting(mark -> quizzes.getTickLabelFormatter().toString((Number) mark.getValue()))
                .containsOnly("", "1").contains("1");
        // Every topic has its bar and its figure, as in the PDF; those not reached yet say so.
        javafx.scene.chart.BarChart<?, ?> mastery = lookup("#learnerMastery .chart").queryAs(javafx.scene.chart.BarChart.class);
        assertThat(((javafx.scene.chart.CategoryAxis) mastery.getYAxis()).getCategories())
                .hasSize(jaga.content.Topic.values().length)
                .contains("Grooming  100%", "Scams  \u2013");
        parent.press("#scoresOverTime-table");
        assertThat(lookup("#scoresOverTime-rows .number-table-cell").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText).contains("100%");

        // A report to print.
        Path pdf = dataFolder.resolve("aina-report.pdf");
        files.willChoose(pdf);
        parent.press("#exportLearnerPdf");
        parent.waitFor("#exportStatus");
        assertThat(parent.text("#exportStatus")).isEqualTo("Saved: " + pdf);
        assertThat(files.asked()).containsExactly("aina.pdf");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Aina").contains("100");
        }

        // Her certificate: the dialog says what is being saved.
        Path certificate = dataFolder.resolve("aina-certificate.pdf");
        files.willChoose(certificate);
        parent.press("#certificates");
        parent.waitFor(".menu-item");
        clickOn(lookup(".menu-item .label").queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(label -> label.getText().equals(module.title().in("en"))).findFirst().orElseThrow());
        parent.waitFor("#exportStatus");
        WaitForAsyncUtils.waitFor(15, java.util.concurrent.TimeUnit.SECONDS, () -> Files.exists(certificate));
        assertThat(files.titles()).containsExactly("Save a report", "Save a certificate");

        // Leaving locks the area: the children's screen is back, and the PIN is asked again.
        parent.press("#leaveAdultArea");
        parent.waitFor("#learner-1");
        parent.press("#openAdultArea");
        parent.waitFor("#enterPin-pin");
    }

    private void addChild(LearnerRobot parent, String name, String band) {
        parent.waitFor("#learnerName");
        clickOn("#learnerName").write(name);
        clickOn(band);
        parent.press("#saveLearner");
    }
}
