package jaga.learning.report;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.LocalizedText;
import jaga.model.Learner;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outside tester's case: a 30,000-character module title or a 100,000-character learner name
 * (an import took one in) made a PDF report run past 40 s, because fitting and wrapping measured
 * the text again for every character cut. Text is now cut to {@link PdfCanvas#MAX_TEXT} characters
 * before it is laid out, measured once, and a table cell keeps at most {@link PdfCanvas#MAX_CELL_LINES}
 * lines, so the report is short and quick whatever the names. The timeouts only guard against a
 * hang; speed is not asserted.
 */
class PathologicalTextPdfTest {
    private static final String LONG_NAME = "Aina ".repeat(20_000); // 100,000 characters, spaces to wrap at
    private static final String LONG_WORD = "X".repeat(30_000);     // a title with nowhere to break

    @TempDir
    Path temp;

    private ReportFixture jaga;
    private long classId;
    private Learner aina;
    private final ReportLabels english = ReportLabels.of("en", ZoneOffset.UTC);

    @BeforeEach
    void aClassThatTookQuizzes() {
        jaga = new ReportFixture(temp.resolve("data"));
        classId = jaga.classes.create("4 Cekal").id();
        aina = jaga.child("Aina", "7-9");
        Learner siti = jaga.child("Siti", "7-9");
        jaga.classes.addMember(classId, aina.id());
        jaga.classes.addMember(classId, siti.id());
        jaga.quiz(aina, "scams-7-9", 99);
        jaga.quiz(siti, "grooming-7-9", 1);
        jaga.quiz(siti, "grooming-7-9", 1);
    }

    @AfterEach
    void close() {
        jaga.close();
    }

    private static ReportLearner named(ReportLearner learner) {
        return new ReportLearner(learner.id(), LONG_NAME, learner.band(), learner.language());
    }

    private static ModuleInfo titled(ModuleInfo module) {
        return new ModuleInfo(module.id(), LocalizedText.of(LONG_WORD, LONG_NAME), module.topic(), module.band(),
                module.lessonsTotal(), module.retired());
    }

    private static ModuleRow titled(ModuleRow row) {
        return new ModuleRow(titled(row.module()), row.state(), row.inBand(), row.lessonsDone(), row.attempts(),
                row.bestScore(), row.lastScore(), row.passed(), row.lastActive());
    }

    private static MissedQuestionRow titled(MissedQuestionRow row) {
        return new MissedQuestionRow(titled(row.module()), row.questionId(), row.prompt(), row.answers(), row.missed(),
                row.wrongAnswers(), row.missedItems(), row.wronglyMarked());
    }

    private static int pages(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aClassReportWithEnormousNamesAndTitlesIsWrittenAndStaysShort() throws Exception {
        ClassReport real = jaga.reports.classReport(classId);
        Path plain = temp.resolve("plain.pdf");
        new PdfReports(english).writeClass(real, plain, ExportProgress.NONE);
        ClassReport pathological = new ClassReport(real.classId(), LONG_NAME, real.madeAt(),
                real.modules().stream().map(PathologicalTextPdfTest::titled).toList(),
                real.rows().stream().map(row -> new ClassReport.Row(named(row.learner()),
                        row.cells().stream().map(PathologicalTextPdfTest::titled).toList(), row.modulesPassed(),
                        row.averageBestScore(), row.lastActive())).toList(),
                real.mostMissed().stream().map(PathologicalTextPdfTest::titled).toList(), real.mastery(),
                real.needsHelp().stream().map(help -> new ClassReport.NeedsHelp(named(help.learner()),
                        help.reasons().stream().map(r -> new ClassReport.HelpReason(r.kind(),
                                r.module() == null ? null : titled(r.module()), r.topic(), r.masteryPercent(),
                                r.failedAttempts())).toList())).toList());
        Path file = temp.resolve("class.pdf");

        new PdfReports(english).writeClass(pathological, file, ExportProgress.NONE);

        assertThat(pages(file)).isLessThanOrEqualTo(pages(plain) + 30);
        assertThat(text(file)).contains("Aina Aina", "\u2026");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aLearnerReportAndACertificateWithEnormousTextAreWritten() throws Exception {
        LearnerReport real = jaga.reports.learnerReport(aina.id());
        LearnerReport pathological = new LearnerReport(named(real.learner()), real.madeAt(),
                real.modules().stream().map(PathologicalTextPdfTest::titled).toList(), real.mastery(), real.lastActive(),
                real.badges().stream().map(b -> new BadgeRow(titled(b.module()), b.earnedAt())).toList(),
                real.progress().stream().map(p -> new ScorePoint(titled(p.module()), p.finishedAt(), p.scorePercent(),
                        p.passed())).toList(),
                real.mostMissed().stream().map(PathologicalTextPdfTest::titled).toList(), real.talkAboutNext());
        Path report = temp.resolve("learner.pdf");
        new PdfReports(english).writeLearner(pathological, report, ExportProgress.NONE);
        assertThat(pages(report)).isLessThanOrEqualTo(40);

        List<Certificate> certificates = jaga.reports.certificates(aina.id());
        assertThat(certificates).isNotEmpty();
        Certificate certificate = certificates.get(0);
        Path pdf = temp.resolve("certificate.pdf");
        new PdfReports(english).writeCertificate(new Certificate(named(certificate.learner()),
                titled(certificate.module()), certificate.passedAt()), pdf);
        assertThat(pages(pdf)).isEqualTo(1);
        assertThat(text(pdf)).contains("Aina Aina", "XXXX", "\u2026");
    }

    @Test
    void fittingAndWrappingCutTheTextOnceAndKeepEveryLineWithinTheWidth() throws Exception {
        try (PdfCanvas canvas = new PdfCanvas(org.apache.pdfbox.pdmodel.common.PDRectangle.A4)) {
            String fitted = canvas.fit(canvas.regular, 8, LONG_WORD, 100);
            assertThat(fitted).endsWith("\u2026");
            assertThat(canvas.textWidth(canvas.regular, 8, fitted)).isLessThanOrEqualTo(100);
            assertThat(canvas.textWidth(canvas.regular, 8, fitted.substring(0, fitted.length() - 1) + "X\u2026"))
                    .isGreaterThan(100); // as much as fits, not less

            List<String> lines = canvas.wrap(canvas.regular, 8, "short words then " + LONG_WORD, 120);
            assertThat(lines).allSatisfy(line -> assertThat(canvas.textWidth(canvas.regular, 8, line)).isLessThanOrEqualTo(120));
            assertThat(String.join("", lines).replace(" ", "")).startsWith("shortwordsthen")
                    .hasSizeLessThanOrEqualTo(PdfCanvas.MAX_TEXT + 1);

            List<String> cell = canvas.wrap(canvas.regular, 8, LONG_NAME, 120, PdfCanvas.MAX_CELL_LINES);
            assertThat(cell).hasSize(PdfCanvas.MAX_CELL_LINES);
            assertThat(cell.get(cell.size() - 1)).endsWith("\u2026");
        }
    }
}
