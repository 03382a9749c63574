package jaga.learning.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jaga.model.Learner;
import jaga.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV and PDF files themselves, from a class on a real progress file. */
class ReportExportsTest {
    private static final String HEADER = "class,learner_number,learner_name,band,module_id,module_title,topic,module_band,"
            + "state,lessons_done,lessons_total,quiz_tries,best_score_percent,last_score_percent,passed,last_active\r\n";
    private static final String AWKWARD = "Tan, Wei \"Ming\"\nthe 2nd";

    @TempDir
    Path temp;

    private ReportFixture jaga;
    private long classId;
    private final ReportLabels english = ReportLabels.of("en", ZoneOffset.UTC);

    @BeforeEach
    void aClass() {
        jaga = new ReportFixture(temp.resolve("data"));
        classId = jaga.classes.create("4 Cekal").id();
        Learner aina = jaga.child("Aina", "7-9");
        Learner awkward = jaga.child(AWKWARD, "7-9");
        Learner formula = jaga.child("=HYPERLINK(\"http://x\")", "7-9");
        Learner idle = jaga.child("Nur Iman", "7-9");
        for (Learner learner : new Learner[] {aina, awkward, formula, idle}) {
            jaga.classes.addMember(classId, learner.id());
        }
        jaga.quiz(aina, "scams-7-9", 99);
        jaga.quiz(awkward, "grooming-7-9", 1);
    }

    @AfterEach
    void close() {
        jaga.close();
    }

    private List<List<String>> classCsv() throws IOException {
        Path file = temp.resolve("class.csv");
        new CsvReports(english).writeClass(jaga.reports.classReport(classId), file, ExportProgress.NONE);
        return parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).substring(1));
    }

    @Test
    void theCsvStartsWithTheBomAndTheDocumentedHeader() throws IOException {
        Path file = temp.resolve("class.csv");
        new CsvReports(english).writeClass(jaga.reports.classReport(classId), file, ExportProgress.NONE);
        byte[] start = new byte[3 + HEADER.length()];
        System.arraycopy(Files.readAllBytes(file), 0, start, 0, start.length);

        assertThat(start).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(start, 3, HEADER.length(), StandardCharsets.UTF_8)).isEqualTo(HEADER);
    }

    @Test
    void numbersAreWrittenBareAndTheIdleLearnerHasARowPerModule() throws IOException {
        Path file = temp.resolve("class.csv");
        new CsvReports(english).writeClass(jaga.reports.classReport(classId), file, ExportProgress.NONE);
        String text = Files.readString(file);

        // Times are local date-times a spreadsheet reads as dates (UTC in this test's labels).
        assertThat(text).containsPattern(",Free\\? Stop and ask!,Scams,Ages 7-9,Done,0,3,1,100,100,1,2026-11-22 08:\\d\\d:\\d\\d\r\n");
        assertThat(text).doesNotContain("\"100\"").doesNotContain("%");
        List<List<String>> rows = classCsv();
        assertThat(rows.subList(1, rows.size())).filteredOn(row -> row.get(2).equals("Nur Iman")).hasSize(8)
                .allSatisfy(row -> {
                    assertThat(row.get(8)).isEqualTo("Not started");
                    assertThat(row.get(12)).isEmpty();
                    assertThat(row.get(14)).isEqualTo("0");
                });
    }

    @Test
    void theOneRowPerPupilCsvHasABestScoreAndAPassedColumnPerModuleAndLocalTimes() throws IOException {
        Path file = temp.resolve("pupils.csv");
        ReportLabels kualaLumpur = ReportLabels.of("ms", java.time.ZoneId.of("Asia/Kuala_Lumpur"));
        ClassReport report = jaga.reports.classReport(classId);
        new CsvReports(kualaLumpur).writeClassPupils(report, file, ExportProgress.NONE);
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        assertThat(text).startsWith(CsvReports.BOM + "class,learner_number,learner_name,band,modules_passed,"
                + "average_best_score_percent,last_active,grooming-7-9 best,grooming-7-9 passed,scams-7-9 best,"
                + "scams-7-9 passed,");
        List<List<String>> rows = parse(text.substring(1));

        assertThat(rows).hasSize(1 + 4).allSatisfy(row -> assertThat(row).hasSize(7 + 2 * report.modules().size()));
        List<String> header = rows.get(0);
        List<String> aina = rows.stream().filter(r -> r.get(2).equals("Aina")).findFirst().orElseThrow();
        assertThat(aina.subList(0, 6)).containsExactly("4 Cekal", Long.toString(report.rows().get(0).learner().id()),
                "Aina", "Umur 7-9", "1", "100");
        // 08:0x UTC is 16:0x in Kuala Lumpur: written as a date-time, not UTC text.
        assertThat(aina.get(6)).matches("2026-11-22 16:\\d\\d:\\d\\d");
        assertThat(aina.get(header.indexOf("scams-7-9 best"))).isEqualTo("100");
        assertThat(aina.get(header.indexOf("scams-7-9 passed"))).isEqualTo("1");
        assertThat(aina.get(header.indexOf("grooming-7-9 best"))).isEmpty();
        assertThat(aina.get(header.indexOf("grooming-7-9 passed"))).isEqualTo("0");
        List<String> idle = rows.stream().filter(r -> r.get(2).equals("Nur Iman")).findFirst().orElseThrow();
        assertThat(idle.subList(4, 7)).containsExactly("0", "", "");
        assertThat(text).doesNotContain("\"100\"").doesNotContain("%");
        Samples.keep(file, "class-pupils-ms.csv");
    }

    @Test
    void aNameWithACommaQuotesAndANewLineComesBackWhole() throws IOException {
        List<List<String>> rows = classCsv();
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(16));
        assertThat(rows).filteredOn(row -> row.get(2).equals(AWKWARD)).hasSize(8);
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsNeutralised() throws IOException {
        assertThat(classCsv()).extracting(row -> row.get(2)).contains("'=HYPERLINK(\"http://x\")")
                .noneMatch(name -> name.startsWith("="));
        assertThat(CsvReports.cell("+1")).isEqualTo("'+1");
        assertThat(CsvReports.cell("-2")).isEqualTo("'-2");
        assertThat(CsvReports.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvReports.cell("\tx")).isEqualTo("'\tx");
        assertThat(CsvReports.cell(-2)).isEqualTo("-2");
    }

    @Test
    void aPdfHasTheReportsTextAndAFortyLearnerClassRunsOntoMorePages() throws IOException {
        Path small = temp.resolve("small.pdf");
        new PdfReports(english).writeClass(jaga.reports.classReport(classId), small, ExportProgress.NONE);
        int smallPages;
        try (PDDocument pdf = Loader.loadPDF(small.toFile())) {
            smallPages = pdf.getNumberOfPages();
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Class report: 4 Cekal", "Mastery per topic", "Learners and modules", "Nur Iman",
                    "Most-missed questions", "Page 1 of " + smallPages);
        }
        for (int i = 1; i <= 36; i++) {
            jaga.classes.addMember(classId, jaga.child("Learner " + i, "7-9").id());
        }
        Path big = temp.resolve("big.pdf");
        new PdfReports(english).writeClass(jaga.reports.classReport(classId), big, ExportProgress.NONE);
        try (PDDocument pdf = Loader.loadPDF(big.toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(smallPages);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Learner 1 ", "Learner 36 ", "Page " + pdf.getNumberOfPages() + " of " + pdf.getNumberOfPages());
        }
        Samples.keep(big, "class-40-en.pdf");
    }

    private static final String[] SCRIPT_NAMES = {"陈伟明", "林美玲", "陳偉明", "பிரியா கணேசன்", "முருகன் a/l Raju",
        "Priya a/p Ganesan 李美玲"};

    @Test
    void chineseAndTamilNamesArePrintedWithEmbeddedSubsetFonts() throws IOException {
        for (String name : SCRIPT_NAMES) {
            jaga.classes.addMember(classId, jaga.child(name, "7-9").id());
        }
        Path file = temp.resolve("scripts.pdf");
        long start = System.nanoTime();
        new PdfReports(english).writeClass(jaga.reports.classReport(classId), file, ExportProgress.NONE);
        long millis = (System.nanoTime() - start) / 1_000_000;

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(SCRIPT_NAMES).doesNotContain(PdfCanvas.MISSING)
                    .doesNotContain("Some letters in names cannot be drawn");
            assertThat(embeddedFonts(pdf)).anyMatch(f -> f.matches("[A-Z]{6}\\+NotoSansCJKsc-Regular"))
                    .anyMatch(f -> f.matches("[A-Z]{6}\\+NotoSansTamil-Regular"))
                    .allMatch(f -> f.matches("[A-Z]{6}\\+.*"));
        }
        // Subsets: the 5 MB Chinese font adds a few kilobytes per name, not megabytes.
        assertThat(Files.size(file)).isLessThan(200_000);
        System.out.printf("class PDF with Chinese and Tamil names: %d bytes in %d ms%n", Files.size(file), millis);
        Samples.keep(file, "class-scripts-en.pdf");
        Path malay = temp.resolve("scripts-ms.csv");
        new CsvReports(ReportLabels.of("ms", ZoneOffset.UTC)).writeClass(jaga.reports.classReport(classId), malay,
                ExportProgress.NONE);
        Samples.keep(malay, "class-scripts-ms.csv");
    }

    @Test
    void aCertificateCarriesAChineseOrTamilNameWhole() throws IOException {
        for (String name : new String[] {"陳偉明", "பிரியா கணேசன்"}) {
            Learner child = jaga.child(name, "7-9");
            jaga.quiz(child, "scams-7-9", 99);
            Path file = temp.resolve(child.id() + "-certificate.pdf");
            new PdfReports(english).writeCertificate(jaga.reports.certificates(child.id()).get(0), file);
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                assertThat(new PDFTextStripper().getText(pdf)).contains(name).doesNotContain(PdfCanvas.MISSING);
            }
            Samples.keep(file, "certificate-" + (name.startsWith("陳") ? "chinese" : "tamil") + ".pdf");
        }
    }

    @Test
    void aLetterNoFontHasIsMarkedAndExplained() throws IOException {
        // U+2000B, a rare character outside the everyday Chinese sets the shipped font covers.
        jaga.classes.addMember(classId, jaga.child("\uD840\uDC0B美玲 Mei Ling", "7-9").id());
        Path file = temp.resolve("rare.pdf");
        new PdfReports(english).writeClass(jaga.reports.classReport(classId), file, ExportProgress.NONE);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(PdfCanvas.MISSING + "美玲 Mei Ling")
                    .contains("Some letters in names cannot be drawn in this PDF");
        }
    }

    private static List<String> embeddedFonts(PDDocument pdf) throws IOException {
        List<String> names = new ArrayList<>();
        for (org.apache.pdfbox.pdmodel.PDPage page : pdf.getPages()) {
            for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                names.add(page.getResources().getFont(name).getName());
            }
        }
        return names;
    }

    @Test
    void progressIsReportedAndACancelledExportLeavesTheOldFileAsItWas() throws IOException {
        List<Double> fractions = new ArrayList<>();
        Path file = temp.resolve("class.pdf");
        new PdfReports(english).writeClass(jaga.reports.classReport(classId), file, (fraction, doing) -> fractions.add(fraction));
        assertThat(fractions).isSorted().last().isEqualTo(1.0);

        Files.writeString(file, "last week's report");
        ExportProgress cancelling = new ExportProgress() {
            @Override
            public void update(double fraction, String doing) { }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> new CsvReports(english).writeClass(jaga.reports.classReport(classId), file, cancelling))
                .isInstanceOf(ExportCancelled.class);
        assertThat(Files.readString(file)).isEqualTo("last week's report");
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void everyLabelHasAMalayTranslation() throws IOException {
        java.util.Properties en = new java.util.Properties();
        java.util.Properties ms = new java.util.Properties();
        try (var a = ReportLabels.class.getResourceAsStream("ReportLabels.properties");
             var b = ReportLabels.class.getResourceAsStream("ReportLabels_ms.properties")) {
            en.load(new java.io.InputStreamReader(a, StandardCharsets.UTF_8));
            ms.load(new java.io.InputStreamReader(b, StandardCharsets.UTF_8));
        }
        assertThat(ms.keySet()).isEqualTo(en.keySet());
        assertThat(ReportLabels.of("ms", ZoneOffset.UTC).get("report.page", 1, 2)).isEqualTo("Halaman 1 daripada 2");
    }

    @Test
    void theColumnsDocumentedInDocsReportsAreTheColumnsWritten() throws IOException {
        String docs = Files.readString(Path.of("docs/reports.md"));
        int pupils = docs.indexOf("### One-row-per-pupil CSV");
        assertThat(columns(docs.substring(0, pupils))).isEqualTo(CsvReports.COLUMNS);
        assertThat(columns(docs.substring(pupils))).isEqualTo(CsvReports.PUPIL_COLUMNS);
    }

    private static List<String> columns(String markdown) {
        return markdown.lines().filter(line -> line.matches("\\| `[a-z_]+` \\|.*"))
                .map(line -> line.substring(3, line.indexOf('`', 3))).toList();
    }

    /** An RFC 4180 reader, as a spreadsheet reads the file. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
