package jaga.learning.report;

import jaga.learning.ModuleState;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A class's report: mastery per topic, how many passed each module, who needs help, the learner ×
 * module grid (its header again on each page, so a class of 40 runs over pages), the numbered
 * module key and the most-missed questions.
 */
final class ClassPdf {
    private static final Color PASSED_CELL = new Color(0xe3, 0xf2, 0xe4);
    private static final float TINY = 6.5f;

    private final ReportLabels labels;
    private final PdfSections sections;
    private final PdfCharts charts;

    ClassPdf(ReportLabels labels) {
        this.labels = labels;
        this.sections = new PdfSections(labels);
        this.charts = new PdfCharts(labels);
    }

    void draw(PdfCanvas canvas, ClassReport report, ExportProgress progress) throws IOException {
        canvas.newPage();
        sections.title(canvas, labels.get("report.class.title", report.className()),
                labels.get("report.learners", report.rows().size()));
        canvas.heading(labels.get("section.mastery"));
        sections.note(canvas, labels.get("section.classMasteryNote"));
        charts.mastery(canvas, report.mastery());
        progress.step(0.1, labels.get("section.mastery"));

        canvas.heading(labels.get("section.passedChart"));
        passedChart(canvas, report);

        canvas.heading(labels.get("section.needsHelp"));
        sections.note(canvas, labels.get("section.needsHelpNote"));
        needsHelp(canvas, report.needsHelp());

        grid(canvas, report, progress);
        sections.missed(canvas, report.mostMissed(), "missed.count");
    }

    private void needsHelp(PdfCanvas canvas, List<ClassReport.NeedsHelp> needsHelp) throws IOException {
        if (needsHelp.isEmpty()) {
            sections.line(canvas, labels.get("help.nobody"));
        }
        for (ClassReport.NeedsHelp help : needsHelp) {
            // Grouped by kind, so a long list stays readable: "failed: A, B; mastery below 50%: C 31%".
            List<String> failed = help.reasons().stream().filter(r -> r.kind() == ClassReport.HelpReason.Kind.FAILED_TWICE)
                    .map(r -> r.module().title().in(labels.language()) + " (" + r.failedAttempts() + "\u00d7)").toList();
            List<String> low = help.reasons().stream().filter(r -> r.kind() == ClassReport.HelpReason.Kind.LOW_MASTERY)
                    .map(r -> labels.topic(r.topic()) + " " + r.masteryPercent() + "%").toList();
            List<String> parts = new ArrayList<>();
            if (!failed.isEmpty()) {
                parts.add(labels.get("help.failed", String.join(", ", failed)));
            }
            if (!low.isEmpty()) {
                parts.add(labels.get("help.low", String.join(", ", low)));
            }
            sections.line(canvas, "\u2022 " + help.learner().name() + ": " + String.join("; ", parts));
        }
    }

    private void grid(PdfCanvas canvas, ClassReport report, ExportProgress progress) throws IOException {
        canvas.heading(labels.get("section.grid"));
        sections.note(canvas, labels.get("section.gridLegend"));
        List<ModuleInfo> modules = report.modules();
        float nameWidth = Math.min(150, canvas.contentWidth() * 0.3f);
        float tail = 46;
        float cell = (canvas.contentWidth() - nameWidth - tail) / Math.max(1, modules.size());
        float rowHeight = 15;
        float small = PdfCanvas.SMALL;
        int done = 0;
        boolean header = true;
        for (ClassReport.Row row : report.rows()) {
            progress.step(0.2 + 0.6 * done++ / Math.max(1, report.rows().size()), row.learner().name());
            if (canvas.ensure(rowHeight * (header ? 2 : 1)) || header) {
                gridHeader(canvas, modules, nameWidth, cell, tail);
                header = false;
            }
            canvas.y -= rowHeight;
            float base = canvas.y + 4.5f;
            if (done % 2 == 0) {
                canvas.fill(canvas.left(), canvas.y, canvas.contentWidth(), rowHeight, PdfTable.STRIPE);
            }
            canvas.text(canvas.left() + 2, base, canvas.regular, small, PdfCanvas.INK,
                    canvas.fit(canvas.regular, small, row.learner().name(), nameWidth - 4));
            for (int i = 0; i < row.cells().size(); i++) {
                ModuleRow c = row.cells().get(i);
                float x = canvas.left() + nameWidth + i * cell;
                String mark;
                Color color = PdfCanvas.INK;
                if (c.state() == ModuleState.DONE) {
                    mark = "\u2713" + (c.bestScore() == null ? "" : c.bestScore());
                    color = PdfCanvas.GOOD;
                    canvas.fill(x + 1, canvas.y + 1, cell - 2, rowHeight - 2, PASSED_CELL);
                } else if (c.state() == ModuleState.IN_PROGRESS) {
                    mark = c.bestScore() == null ? "\u2026" : Integer.toString(c.bestScore());
                } else {
                    mark = c.inBand() ? "\u2013" : "";
                    color = PdfCanvas.MUTED;
                }
                canvas.centred(x + cell / 2, base, c.state() == ModuleState.DONE ? canvas.bold : canvas.regular,
                        cell < 24 ? TINY : small, color, mark);
            }
            canvas.text(canvas.left() + nameWidth + modules.size() * cell + 4, base, canvas.regular, small, PdfCanvas.INK,
                    PdfSections.percent(row.averageBestScore() == null ? null : (int) Math.round(row.averageBestScore())));
        }
        moduleKey(canvas, modules);
    }

    private void gridHeader(PdfCanvas canvas, List<ModuleInfo> modules, float nameWidth, float cell, float tail)
            throws IOException {
        canvas.y -= 16;
        float base = canvas.y + 4;
        canvas.fill(canvas.left(), canvas.y, canvas.contentWidth(), 16, PdfCanvas.ACCENT_LIGHT);
        canvas.text(canvas.left() + 2, base, canvas.bold, PdfCanvas.SMALL, PdfCanvas.INK, labels.get("col.learner"));
        for (int i = 0; i < modules.size(); i++) {
            canvas.centred(canvas.left() + nameWidth + i * cell + cell / 2, base, canvas.bold, PdfCanvas.SMALL, PdfCanvas.INK,
                    Integer.toString(i + 1));
        }
        canvas.text(canvas.left() + nameWidth + modules.size() * cell + 4, base, canvas.bold, TINY, PdfCanvas.INK,
                canvas.fit(canvas.bold, TINY, labels.get("col.averageShort"), tail - 4));
    }

    /** The key to the numbered module columns. */
    private void moduleKey(PdfCanvas canvas, List<ModuleInfo> modules) throws IOException {
        canvas.ensure(30);
        canvas.y -= 8;
        canvas.paragraph(canvas.left(), canvas.contentWidth(), canvas.bold, PdfCanvas.SMALL, PdfCanvas.INK,
                labels.get("section.moduleKey"));
        for (int i = 0; i < modules.size(); i++) {
            ModuleInfo module = modules.get(i);
            canvas.paragraph(canvas.left(), canvas.contentWidth(), canvas.regular, PdfCanvas.SMALL, PdfCanvas.INK,
                    (i + 1) + ". " + module.title().in(labels.language())
                            + module.band().map(b -> " (" + labels.band(b.code()) + ")").orElse(""));
        }
    }

    /** Per module, the share of the learners it is for (their band, or who opened it) who passed it. */
    private void passedChart(PdfCanvas canvas, ClassReport report) throws IOException {
        int learners = report.rows().size();
        List<PdfCharts.Bar> bars = new ArrayList<>();
        for (int i = 0; i < report.modules().size(); i++) {
            int column = i;
            long passed = report.rows().stream().filter(r -> r.cells().get(column).passed()).count();
            long inBand = report.rows().stream().filter(r -> r.cells().get(column).inBand() || r.cells().get(column).touched()).count();
            if (inBand == 0) {
                continue;
            }
            ModuleInfo module = report.modules().get(i);
            bars.add(new PdfCharts.Bar((i + 1) + ". " + module.title().in(labels.language()),
                    learners == 0 ? 0 : 100.0 * passed / inBand, passed + "/" + inBand));
        }
        charts.bars(canvas, bars, null);
    }
}
