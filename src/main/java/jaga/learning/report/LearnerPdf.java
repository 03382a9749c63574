package jaga.learning.report;

import jaga.content.LocalizedText;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One child's report, starting on a new page: summary, mastery chart, quiz scores, modules table,
 * what to talk about next, most-missed questions and badges. A family report is one after another.
 */
final class LearnerPdf {
    private final ReportLabels labels;
    private final PdfSections sections;
    private final PdfCharts charts;

    LearnerPdf(ReportLabels labels) {
        this.labels = labels;
        this.sections = new PdfSections(labels);
        this.charts = new PdfCharts(labels);
    }

    void draw(PdfCanvas canvas, LearnerReport report) throws IOException {
        canvas.newPage();
        sections.title(canvas, labels.get("report.learner.title", report.learner().name()),
                labels.get("report.summary", report.modulesPassed(), report.modules().stream().filter(ModuleRow::inBand).count(),
                        labels.band(report.learner().band())) + "  " + labels.get("report.lastActive", labels.date(report.lastActive())));

        canvas.heading(labels.get("section.mastery"));
        sections.note(canvas, labels.get("section.masteryNote"));
        charts.mastery(canvas, report.mastery());

        canvas.heading(labels.get("section.progress"));
        sections.note(canvas, labels.get("section.progressNote"));
        charts.scores(canvas, report.progress());

        canvas.heading(labels.get("section.modules"));
        modules(canvas, report);

        talkSection(canvas, report.talkAboutNext());

        sections.missed(canvas, report.mostMissed(), "missed.countTries");

        canvas.heading(labels.get("section.badges"));
        if (report.badges().isEmpty()) {
            sections.line(canvas, labels.get("report.none"));
        }
        for (BadgeRow badge : report.badges()) {
            sections.line(canvas, "\u2605 " + badge.module().title().in(labels.language()) + " \u2013 " + labels.date(badge.earnedAt()));
        }
    }

    private void modules(PdfCanvas canvas, LearnerReport report) throws IOException {
        String lang = labels.language();
        List<PdfTable.Column> columns = List.of(new PdfTable.Column(labels.get("col.module"), 0.31f, false),
                new PdfTable.Column(labels.get("col.topic"), 0.16f, false), new PdfTable.Column(labels.get("col.lessons"), 0.1f, true),
                new PdfTable.Column(labels.get("col.attempts"), 0.08f, true), new PdfTable.Column(labels.get("col.best"), 0.09f, true),
                new PdfTable.Column(labels.get("col.last"), 0.1f, true), new PdfTable.Column(labels.get("col.state"), 0.16f, false));
        List<List<String>> rows = report.modules().stream().map(row -> List.of(
                row.module().title().in(lang),
                row.module().topic().map(labels::topic).orElse(""),
                row.module().retired() ? Integer.toString(row.lessonsDone()) : row.lessonsDone() + "/" + row.module().lessonsTotal(),
                Integer.toString(row.attempts()), PdfSections.percent(row.bestScore()), PdfSections.percent(row.lastScore()),
                (row.passed() ? "\u2713 " : "") + labels.state(row.state()))).toList();
        PdfTable.draw(canvas, columns, rows);
    }

    /**
     * "What to talk about next": the heading stays with its note and the first topic's first lines
     * (on the next page when they do not fit), never alone at the foot of a page.
     */
    void talkSection(PdfCanvas canvas, List<TalkAbout> talks) throws IOException {
        String note = labels.get("section.talkNote");
        float firstLines = talks.isEmpty() ? PdfCanvas.BODY * 1.35f : FIRST_TOPIC;
        canvas.heading(labels.get("section.talk"), sections.noteHeight(canvas, note) + firstLines);
        sections.note(canvas, note);
        talkAboutNext(canvas, talks);
    }

    /** Room for a topic's line and the first line under it: a topic starts a page rather than end one. */
    private static final float FIRST_TOPIC = 40;

    /** Each topic the child struggled with, why, the questions missed again and the parent guide's starters. */
    private void talkAboutNext(PdfCanvas canvas, List<TalkAbout> talks) throws IOException {
        String lang = labels.language();
        if (talks.isEmpty()) {
            sections.line(canvas, labels.get("talk.nothing"));
        }
        for (TalkAbout talk : talks) {
            String why = talk.reasons().stream().sorted().map(reason -> switch (reason) {
                case LOW_MASTERY -> talk.masteryPercent() == null ? labels.get("talk.reason.LOW_MASTERY.unknown")
                        : labels.get("talk.reason.LOW_MASTERY", talk.masteryPercent());
                case FAILED_QUIZ, MISSED_AGAIN -> labels.get("talk.reason." + reason.name());
            }).collect(Collectors.joining(", "));
            canvas.ensure(FIRST_TOPIC);
            canvas.paragraph(canvas.left(), canvas.contentWidth(), canvas.bold, PdfCanvas.BODY, PdfCanvas.INK,
                    labels.topic(talk.topic()) + " (" + why + ")");
            for (LocalizedText question : talk.missedAgain()) {
                sections.indented(canvas, PdfCanvas.BODY, "\u2717 " + labels.get("talk.missedAgain", question.in(lang)));
            }
            for (LocalizedText starter : talk.starters()) {
                sections.indented(canvas, PdfCanvas.BODY, "\u2022 " + starter.in(lang));
            }
        }
    }
}
