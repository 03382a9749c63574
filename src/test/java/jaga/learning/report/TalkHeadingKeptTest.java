package jaga.learning.report;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.model.Learner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "What to talk about next" is never left alone at the foot of a page: wherever on the page the
 * section starts, the page with the heading also has the first topic to talk about.
 */
class TalkHeadingKeptTest {
    @TempDir
    Path temp;

    @Test
    void theHeadingIsOnThePageOfItsFirstTopicWhereverTheSectionStartsInBothLanguages() throws IOException {
        try (ReportFixture jaga = new ReportFixture(temp.resolve("data"))) {
            Learner aina = jaga.child("Aina", "7-9");
            jaga.quiz(aina, "scams-7-9", 0);
            List<TalkAbout> talks = jaga.reports.learnerReport(aina.id()).talkAboutNext();
            assertThat(talks).isNotEmpty();

            for (String language : List.of("en", "ms")) {
                ReportLabels labels = ReportLabels.of(language, ZoneOffset.UTC);
                String heading = labels.get("section.talk");
                String firstTopic = labels.topic(talks.get(0).topic());
                // From just above the footer to well up the page, a point at a time.
                for (float room = 30; room <= 160; room += 1) {
                    List<String> pages = pagesOf(labels, talks, PdfCanvas.MARGIN + 24 + room);
                    for (String page : pages) {
                        if (page.contains(heading)) {
                            assertThat(page).as("%s, %s pt left: the heading's page has its first topic", language, room)
                                    .contains(firstTopic);
                        }
                    }
                    assertThat(String.join(" ", pages)).contains(heading);
                }
            }
        }
    }

    /** The section drawn with its top at {@code top} points from the page's foot; the text of each page. */
    private static List<String> pagesOf(ReportLabels labels, List<TalkAbout> talks, float top) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfCanvas canvas = new PdfCanvas(PDRectangle.A4)) {
            canvas.newPage();
            canvas.y = top;
            new LearnerPdf(labels).talkSection(canvas, talks);
            canvas.finishPlain(out, "");
        }
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new java.util.ArrayList<>();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(pdf).replaceAll("\\s+", " "));
            }
            return pages;
        }
    }
}
