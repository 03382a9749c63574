package jaga;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.learning.report.ReportFixture;
import jaga.model.Learner;
import jaga.testing.Modules;
import jaga.testing.Samples;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `jaga report` and `jaga certificate` on a data folder, as IT staff or a script would run them.
 * With -Djaga.reportSamples=DIR the files made are copied there, to look at by hand (see Samples).
 */
class ReportCommandsTest {

    @TempDir
    Path temp;

    private Path data;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void aClassWithActivityAndAChildWhoNeverStarted() {
        data = temp.resolve("data");
        try (ReportFixture jaga = new ReportFixture(data)) {
            long classId = jaga.classes.create("5 Amanah").id();
            Learner aina = jaga.child("Aina", "10-12");
            Learner wei = jaga.child("Tan, Wei \"Ming\"", "10-12");
            Learner never = jaga.child("Nur Iman", "10-12");
            for (Learner learner : new Learner[] {aina, wei, never}) {
                jaga.classes.addMember(classId, learner.id());
            }
            // Aina over a fortnight: scams failed then passed, grooming and privacy not passed yet.
            jaga.lessons(aina, "scams-10-12");
            jaga.quiz(aina, "scams-10-12", 3);
            jaga.clock.advance(Duration.ofDays(2));
            jaga.quiz(aina, "scams-10-12", 99);
            jaga.clock.advance(Duration.ofDays(3));
            jaga.quiz(aina, "grooming-10-12", 2);
            jaga.clock.advance(Duration.ofDays(4));
            jaga.quiz(aina, "privacy-10-12", 4);
            jaga.clock.advance(Duration.ofDays(5));
            jaga.quiz(aina, "privacy-10-12", 6);
            jaga.quiz(wei, "privacy-10-12", 99);
        }
    }

    private int jaga(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CommandRuns.onData(data, out, err, args);
    }

    @Test
    void aClassCsvHasEveryLearnerIncludingOneWhoNeverStarted() throws IOException {
        Path file = temp.resolve("class.csv");
        assertThat(jaga("report", "--class", "5 Amanah", "--format", "csv", "--out", file.toString())).isZero();

        assertThat(out.toString()).contains("Wrote the report for class 5 Amanah (3 learner(s)) to " + file);
        String csv = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        assertThat(csv).contains("5 Amanah,3,Nur Iman,Ages 10-12,").contains("\"Tan, Wei \"\"Ming\"\"\"");
        Samples.keep(file, "class-en.csv");
    }

    @Test
    void aClassCsvWithOneRowPerPupil() throws IOException {
        Path file = temp.resolve("pupils.csv");
        assertThat(jaga("report", "--class", "5 Amanah", "--format", "csv", "--one-row-per-pupil",
                "--out", file.toString())).isZero();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).startsWith(jaga.learning.report.CsvReports.BOM
                + "class,learner_number,learner_name,band,modules_passed,average_best_score_percent,last_active,");
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).startsWith("5 Amanah,"));
        Samples.keep(file, "5-amanah-pupils.csv");
        assertThat(jaga("report", "--class", "5 Amanah", "--format", "pdf", "--one-row-per-pupil",
                "--out", temp.resolve("x.pdf").toString())).isEqualTo(2);
    }

    @Test
    void aLearnerPdfInMalayHasTheLearnersResults() throws IOException {
        Path file = temp.resolve("aina.pdf");
        assertThat(jaga("report", "--learner", "aina", "--format", "pdf", "--language", "ms", "--out", file.toString()))
                .isZero();

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Laporan kemajuan: Aina", "Penguasaan mengikut topik", "Halaman 1 daripada");
        }
        Samples.keep(file, "learner-ms.pdf");
        jaga("report", "--learner", "aina", "--format", "pdf", "--out", temp.resolve("aina-en.pdf").toString());
        Samples.keep(temp.resolve("aina-en.pdf"), "learner-en.pdf");
        jaga("report", "--class", "5 Amanah", "--format", "pdf", "--language", "ms", "--out", temp.resolve("c.pdf").toString());
        Samples.keep(temp.resolve("c.pdf"), "class-ms.pdf");
    }

    @Test
    void everyLearnerCanBeReportedAtOnce() throws IOException {
        Path file = temp.resolve("all.pdf");
        assertThat(jaga("report", "--all", "--format", "pdf", "--out", file.toString())).isZero();
        assertThat(out.toString()).contains("3 learner(s)");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Progress report: Aina", "Progress report: Nur Iman");
        }
    }

    @Test
    void anUnknownClassOrLearnerIsAProblemWithAMessage() {
        Path file = temp.resolve("x.csv");
        assertThat(jaga("report", "--class", "6 Bestari", "--format", "csv", "--out", file.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("jaga: No class is called \"6 Bestari\". The classes are: 5 Amanah.");
        assertThat(jaga("report", "--learner", "Siti", "--format", "csv", "--out", file.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("jaga: No learner is called \"Siti\". `jaga learners` lists them.");
        assertThat(file).doesNotExist();
    }

    @Test
    void anOutputFolderThatDoesNotExistIsUnusableAndNothingIsWritten() {
        Path file = temp.resolve("no-such-folder").resolve("class.pdf");
        assertThat(jaga("report", "--class", "5 Amanah", "--format", "pdf", "--out", file.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("jaga: Cannot write " + file + ": the folder "
                + file.getParent() + " does not exist.");
    }

    @Test
    void wrongUsageIsExitTwo() {
        assertThat(jaga("report", "--class", "5 Amanah", "--learner", "Aina", "--format", "csv", "--out", "x.csv"))
                .isEqualTo(2);
        assertThat(jaga("report", "--all", "--format", "docx", "--out", "x.docx")).isEqualTo(2);
        assertThat(jaga("report", "--all", "--format", "csv", "--language", "fr", "--out", "x.csv")).isEqualTo(2);
    }

    @Test
    void aCertificateForAPassedModuleHasTheNameAndBothTitles() throws IOException {
        Path file = temp.resolve("cert.pdf");
        assertThat(jaga("certificate", "--learner", "Aina", "--module", "scams-10-12", "--out", file.toString())).isZero();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isOne();
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isGreaterThan(pdf.getPage(0).getMediaBox().getHeight());
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Aina", "Certificate of Achievement", "Sijil Pencapaian");
        }
        Samples.keep(file, "certificate.pdf");

        assertThat(jaga("certificate", "--learner", "Aina", "--module", "grooming-10-12", "--out", file.toString()))
                .isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("jaga: Aina has not passed grooming-10-12 yet. Modules passed: scams-10-12.");
    }
}
