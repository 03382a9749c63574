package jaga.learning.report;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/** Sections that learner and class reports share: the title block, a note, plain lines and the most-missed questions. */
final class PdfSections {
    private final ReportLabels labels;

    PdfSections(ReportLabels labels) {
        this.labels = labels;
    }

    /** The coloured band at the top of the page, the title and a line under it. */
    void title(PdfCanvas canvas, String title, String subtitle) throws IOException {
        canvas.fill(0, canvas.height() - 8, canvas.width(), 8, PdfCanvas.ACCENT);
        canvas.paragraph(canvas.left(), canvas.contentWidth(), canvas.bold, 18, PdfCanvas.INK, title);
        canvas.paragraph(canvas.left(), canvas.contentWidth(), canvas.regular, PdfCanvas.BODY, PdfCanvas.MUTED, subtitle);
        canvas.y -= 4;
    }

    /** How tall {@link #note} draws this text. */
    float noteHeight(PdfCanvas canvas, String text) {
        return canvas.paragraphHeight(canvas.contentWidth(), canvas.regular, PdfCanvas.SMALL, text) + 4;
    }

    /** Small grey text under a heading, saying how to read what follows. */
    void note(PdfCanvas canvas, String text) throws IOException {
        canvas.paragraph(canvas.left(), canvas.contentWidth(), canvas.regular, PdfCanvas.SMALL, PdfCanvas.MUTED, text);
        canvas.y -= 4;
    }

    /** A line of body text across the page. */
    void line(PdfCanvas canvas, String text) throws IOException {
        canvas.paragraph(canvas.left(), canvas.contentWidth(), canvas.regular, PdfCanvas.BODY, PdfCanvas.INK, text);
    }

    /** A line of body text set in under the one before. */
    void indented(PdfCanvas canvas, float size, String text) throws IOException {
        canvas.paragraph(canvas.left() + 12, canvas.contentWidth() - 12, canvas.regular, size, PdfCanvas.INK, text);
    }

    /** {@code countKey}: "missed.count" (a class: learners) or "missed.countTries" (one child: finished quizzes). */
    void missed(PdfCanvas canvas, List<MissedQuestionRow> missed, String countKey) throws IOException {
        canvas.heading(labels.get("section.missed"));
        if (missed.isEmpty()) {
            line(canvas, labels.get("report.none"));
        }
        String lang = labels.language();
        int number = 1;
        for (MissedQuestionRow question : missed) {
            canvas.ensure(48);
            canvas.y -= 3;
            String prompt = question.prompt().map(p -> p.in(lang))
                    .orElse(labels.get("missed.retired", question.questionId()));
            canvas.paragraph(canvas.left(), canvas.contentWidth(), canvas.bold, PdfCanvas.BODY, PdfCanvas.INK, number++ + ". " + prompt);
            canvas.paragraph(canvas.left() + 12, canvas.contentWidth() - 12, canvas.regular, PdfCanvas.SMALL, PdfCanvas.MUTED,
                    question.module().title().in(lang) + " \u2013 " + labels.get(countKey, question.missed(), question.answers()));
            if (question.byItem()) {
                itemLine(canvas, "missed.items", question.missedItems());
                itemLine(canvas, "missed.wrongly", question.wronglyMarked());
                continue;
            }
            for (MissedQuestionRow.WrongAnswer wrong : question.wrongAnswers()) {
                String words = wrong.words().map(w -> w.in(lang)).orElse("[" + wrong.response() + "]");
                indented(canvas, PdfCanvas.SMALL, "\u2717 " + labels.get("missed.chosen", wrong.count(), words));
            }
        }
    }

    /** "Missed: ..." or "Wrongly marked: ...", each item with how many learners; nothing when none. */
    private void itemLine(PdfCanvas canvas, String key, List<MissedQuestionRow.ItemCount> items) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        String text = items.stream().map(i -> labels.get("missed.item", i.words().in(labels.language()), i.learners()))
                .collect(Collectors.joining("; "));
        indented(canvas, PdfCanvas.SMALL, "\u2717 " + labels.get(key, text));
    }

    /** "42%", or "–" for none yet. */
    static String percent(Integer value) {
        return value == null ? "\u2013" : value + "%";
    }
}
