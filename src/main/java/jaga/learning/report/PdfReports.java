package jaga.learning.report;

import jaga.content.LocalizedText;
import jaga.content.Topic;
import jaga.learning.ModuleState;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Learner, family and class reports as PDF (A4, with charts drawn in the PDF), and certificates
 * for passed modules (landscape A4). Labels come in the adult's language; lesson texts in the
 * same language through {@link LocalizedText#in(String)}.
 */
public final class PdfReports {
    private static final float BODY = 9.5f;
    private static final float SMALL = 8f;

    private final ReportLabels labels;

    public PdfReports(ReportLabels labels) {
        this.labels = labels;
    }

    // ------------------------------------------------------------------ learners

    public void writeLearner(LearnerReport report, Path target, ExportProgress progress) {
        write(target, labels.get("report.learner.title", report.learner().name()), report.madeAt(), canvas -> {
            progress.step(0, report.learner().name());
            learner(canvas, report);
            progress.step(1, "");
        });
    }

    /** Every child, each starting on a new page. */
    public void writeFamily(FamilyOverview family, Path target, ExportProgress progress) {
        write(target, labels.get("report.family.title"), family.madeAt(), canvas -> {
            int done = 0;
            for (LearnerReport child : family.children()) {
                progress.step((double) done++ / Math.max(1, family.children().size()), child.learner().name());
                learner(canvas, child);
            }
            if (family.children().isEmpty()) {
                canvas.newPage();
                title(canvas, labels.get("report.family.title"), labels.get("report.none"));
            }
            progress.step(1, "");
        });
    }

    private void learner(PdfCanvas canvas, LearnerReport report) throws IOException {
        canvas.newPage();
        title(canvas, labels.get("report.learner.title", report.learner().name()),
                labels.get("report.summary", report.modulesPassed(), report.modules().stream().filter(ModuleRow::inBand).count(),
                        labels.band(report.learner().band())) + "  " + labels.get("report.lastActive", labels.date(report.lastActive())));

        canvas.heading(labels.get("section.mastery"));
        note(canvas, labels.get("section.masteryNote"));
        masteryChart(canvas, report.mastery());

        canvas.heading(labels.get("section.progress"));
        note(canvas, labels.get("section.progressNote"));
        scoreChart(canvas, report.progress());

        canvas.heading(labels.get("section.modules"));
        String lang = labels.language();
        List<Column> columns = List.of(new Column(labels.get("col.module"), 0.31f, false),
                new Column(labels.get("col.topic"), 0.16f, false), new Column(labels.get("col.lessons"), 0.1f, true),
                new Column(labels.get("col.attempts"), 0.08f, true), new Column(labels.get("col.best"), 0.09f, true),
                new Column(labels.get("col.last"), 0.1f, true), new Column(labels.get("col.state"), 0.16f, false));
        List<List<String>> rows = report.modules().stream().map(row -> List.of(
                row.module().title().in(lang),
                row.module().topic().map(labels::topic).orElse(""),
                row.module().retired() ? Integer.toString(row.lessonsDone()) : row.lessonsDone() + "/" + row.module().lessonsTotal(),
                Integer.toString(row.attempts()), percent(row.bestScore()), percent(row.lastScore()),
                (row.passed() ? "\u2713 " : "") + labels.state(row.state()))).toList();
        table(canvas, columns, rows);

        canvas.heading(labels.get("section.talk"));
        note(canvas, labels.get("section.talkNote"));
        if (report.talkAboutNext().isEmpty()) {
            canvas.paragraph(canvas.left(), canvas.contentWidth(), canvas.regular, BODY, PdfCanvas.INK, labels.get("talk.nothing"));
        }
        for (TalkAbout talk : report.talkAboutNext()) {
            String why = talk.reasons().stream().sorted().map(reason -> switch (reason) {
                case LOW_MASTERY -> talk.masteryPercent() == null ? labels.get("talk.reason.LOW_MASTERY.unknown")
                        : labels.get("talk.reason.LOW_MASTERY", talk.masteryPercent());
                case FAILED_QUIZ, MISSED_AGAIN -> labels.get("talk.reason." + reason.name());
            }).collect(Collectors.joining(", "));
            canvas.ensure(40);
            canvas.paragraph(canvas.left(), canvas.contentWidth(), canvas.bold, BODY, PdfCanvas.INK,
                    labels.topic(talk.topic()) + " (" + why + ")");
            for (LocalizedText question : talk.missedAgain()) {
                canvas.paragraph(canvas.left() + 12, canvas.contentWidth() - 12, canvas.regular, BODY, PdfCanvas.INK,
                        "\u2717 " + labels.get("talk.missedAgain", question.in(lang)));
            }
            for (LocalizedText starter : talk.starters()) {
                canvas.paragraph(canvas.left() + 12, canvas.contentWidth() - 12, canvas.regular, BODY, PdfCanvas.INK,
                        "\u2022 " + starter.in(lang));
            }
        }

        missed(canvas, report.mostMissed(), "missed.countTries");

        canvas.heading(labels.get("section.badges"));
        if (report.badges().isEmpty()) {
            canvas.paragraph(canvas.left(), canvas.contentWidth(), canvas.regular, BODY, PdfCanvas.INK, labels.get("report.none"));
        }
        for (BadgeRow badge : report.badges()) {
            canvas.paragraph(canvas.left(), canvas.contentWidth(), canvas.regular, BODY, PdfCanvas.INK,
                    "\u2605 " + badge.module().title().in(lang) + " \u2013 " + labels.date(badge.earnedAt()));
        }
    }

    // ------------------------------------------------------------------ a class

    public void writeClass(ClassReport report, Path target, ExportProgress progress) {
        write(target, labels.get("report.class.title", report.className()), report.madeAt(), canvas -> {
            canvas.newPage();
            title(canvas, labels.get("report.class.title", report.className()),
                    labels.get("report.learners", report.rows().size()));
            canvas.heading(labels.get("section.mastery"));
            note(canvas, labels.get("section.classMasteryNote"));
            masteryChart(canvas, report.mastery());
            progress.step(0.1, labels.get("section.mastery"));

            canvas.heading(labels.get("section.passedChart"));
            passedChart(canvas, report);

            canvas.heading(labels.get("section.needsHelp"));
            note(canvas, labels.get("section.needsHelpNote"));
            if (report.needsHelp().isEmpty()) {
                canvas.paragraph(canvas.left(), canvas.contentWidth(), canvas.regular, BODY, PdfCanvas.INK, labels.get("help.nobody"));
            }
            for (ClassReport.NeedsHelp help : report.needsHelp()) {
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
                String reasons = String.join("; ", parts);
                canvas.paragraph(canvas.left(), canvas.contentWidth(), canvas.regular, BODY, PdfCanvas.INK,
                        "\u2022 " + help.learner().name() + ": " + reasons);
            }

            grid(canvas, report, progress);
            missed(canvas, report.mostMissed(), "missed.count");
            progress.step(1, "");
        });
    }

    private void grid(PdfCanvas canvas, ClassReport report, ExportProgress progress) throws IOException {
        canvas.heading(labels.get("section.grid"));
        note(canvas, labels.get("section.gridLegend"));
        List<ModuleInfo> modules = report.modules();
        float nameWidth = Math.min(150, canvas.contentWidth() * 0.3f);
        float tail = 46;
        float cell = (canvas.contentWidth() - nameWidth - tail) / Math.max(1, modules.size());
        float rowHeight = 15;
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
                canvas.fill(canvas.left(), canvas.y, canvas.contentWidth(), rowHeight, new Color(0xf3, 0xf5, 0xf7));
            }
            canvas.text(canvas.left() + 2, base, canvas.regular, SMALL, PdfCanvas.INK,
                    canvas.fit(canvas.regular, SMALL, row.learner().name(), nameWidth - 4));
            for (int i = 0; i < row.cells().size(); i++) {
                ModuleRow c = row.cells().get(i);
                float x = canvas.left() + nameWidth + i * cell;
                String mark;
                Color color = PdfCanvas.INK;
                if (c.state() == ModuleState.DONE) {
                    mark = "\u2713" + (c.bestScore() == null ? "" : c.bestScore());
                    color = PdfCanvas.GOOD;
                    canvas.fill(x + 1, canvas.y + 1, cell - 2, rowHeight - 2, new Color(0xe3, 0xf2, 0xe4));
                } else if (c.state() == ModuleState.IN_PROGRESS) {
                    mark = c.bestScore() == null ? "\u2026" : Integer.toString(c.bestScore());
                } else {
                    mark = c.inBand() ? "\u2013" : "";
                    color = PdfCanvas.MUTED;
                }
                canvas.centred(x + cell / 2, base, c.state() == ModuleState.DONE ? canvas.bold : canvas.regular,
                        cell < 24 ? 6.5f : SMALL, color, mark);
            }
            canvas.text(canvas.left() + nameWidth + modules.size() * cell + 4, base, canvas.regular, SMALL, PdfCanvas.INK,
                    percent(row.averageBestScore() == null ? null : (int) Math.round(row.averageBestScore())));
        }
        // The key to the numbered module columns.
        canvas.ensure(30);
        canvas.y -= 8;
        canvas.paragraph(canvas.left(), canvas.contentWidth(), canvas.bold, SMALL, PdfCanvas.INK, labels.get("section.moduleKey"));
        for (int i = 0; i < modules.size(); i++) {
            ModuleInfo module = modules.get(i);
            canvas.paragraph(canvas.left(), canvas.contentWidth(), canvas.regular, SMALL, PdfCanvas.INK,
                    (i + 1) + ". " + module.title().in(labels.language())
                            + module.band().map(b -> " (" + labels.band(b.code()) + ")").orElse(""));
        }
    }

    private void gridHeader(PdfCanvas canvas, List<ModuleInfo> modules, float nameWidth, float cell, float tail)
            throws IOException {
        canvas.y -= 16;
        float base = canvas.y + 4;
        canvas.fill(canvas.left(), canvas.y, canvas.contentWidth(), 16, PdfCanvas.ACCENT_LIGHT);
        canvas.text(canvas.left() + 2, base, canvas.bold, SMALL, PdfCanvas.INK, labels.get("col.learner"));
        for (int i = 0; i < modules.size(); i++) {
            canvas.centred(canvas.left() + nameWidth + i * cell + cell / 2, base, canvas.bold, SMALL, PdfCanvas.INK,
                    Integer.toString(i + 1));
        }
        canvas.text(canvas.left() + nameWidth + modules.size() * cell + 4, base, canvas.bold, 6.5f, PdfCanvas.INK,
                canvas.fit(canvas.bold, 6.5f, labels.get("col.averageShort"), tail - 4));
    }

    private void passedChart(PdfCanvas canvas, ClassReport report) throws IOException {
        int learners = report.rows().size();
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < report.modules().size(); i++) {
            int column = i;
            long passed = report.rows().stream().filter(r -> r.cells().get(column).passed()).count();
            long inBand = report.rows().stream().filter(r -> r.cells().get(column).inBand() || r.cells().get(column).touched()).count();
            if (inBand == 0) {
                continue;
            }
            ModuleInfo module = report.modules().get(i);
            bars.add(new Bar((i + 1) + ". " + module.title().in(labels.language()),
                    learners == 0 ? 0 : 100.0 * passed / inBand, passed + "/" + inBand));
        }
        barChart(canvas, bars, null);
    }

    // ------------------------------------------------------------------ shared sections

    private void title(PdfCanvas canvas, String title, String subtitle) throws IOException {
        canvas.fill(0, canvas.height() - 8, canvas.width(), 8, PdfCanvas.ACCENT);
        canvas.paragraph(canvas.left(), canvas.contentWidth(), canvas.bold, 18, PdfCanvas.INK, title);
        canvas.paragraph(canvas.left(), canvas.contentWidth(), canvas.regular, BODY, PdfCanvas.MUTED, subtitle);
        canvas.y -= 4;
    }

    private static void note(PdfCanvas canvas, String text) throws IOException {
        canvas.paragraph(canvas.left(), canvas.contentWidth(), canvas.regular, SMALL, PdfCanvas.MUTED, text);
        canvas.y -= 4;
    }

    /** {@code countKey}: "missed.count" (a class: learners) or "missed.countTries" (one child: finished quizzes). */
    private void missed(PdfCanvas canvas, List<MissedQuestionRow> missed, String countKey) throws IOException {
        canvas.heading(labels.get("section.missed"));
        if (missed.isEmpty()) {
            canvas.paragraph(canvas.left(), canvas.contentWidth(), canvas.regular, BODY, PdfCanvas.INK, labels.get("report.none"));
        }
        String lang = labels.language();
        int number = 1;
        for (MissedQuestionRow question : missed) {
            canvas.ensure(48);
            canvas.y -= 3;
            String prompt = question.prompt().map(p -> p.in(lang))
                    .orElse(labels.get("missed.retired", question.questionId()));
            canvas.paragraph(canvas.left(), canvas.contentWidth(), canvas.bold, BODY, PdfCanvas.INK, number++ + ". " + prompt);
            canvas.paragraph(canvas.left() + 12, canvas.contentWidth() - 12, canvas.regular, SMALL, PdfCanvas.MUTED,
                    question.module().title().in(lang) + " \u2013 " + labels.get(countKey, question.missed(), question.answers()));
            if (question.byItem()) {
                itemLine(canvas, "missed.items", question.missedItems());
                itemLine(canvas, "missed.wrongly", question.wronglyMarked());
                continue;
            }
            for (MissedQuestionRow.WrongAnswer wrong : question.wrongAnswers()) {
                String words = wrong.words().map(w -> w.in(lang)).orElse("[" + wrong.response() + "]");
                canvas.paragraph(canvas.left() + 12, canvas.contentWidth() - 12, canvas.regular, SMALL, PdfCanvas.INK,
                        "\u2717 " + labels.get("missed.chosen", wrong.count(), words));
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
        canvas.paragraph(canvas.left() + 12, canvas.contentWidth() - 12, canvas.regular, SMALL, PdfCanvas.INK,
                "\u2717 " + labels.get(key, text));
    }

    private void masteryChart(PdfCanvas canvas, List<TopicScore> mastery) throws IOException {
        Map<Topic, TopicScore> byTopic = mastery.stream().collect(Collectors.toMap(TopicScore::topic, Function.identity()));
        List<Bar> bars = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            TopicScore score = byTopic.get(topic);
            bars.add(new Bar(labels.topic(topic), score == null ? null : score.share() * 100,
                    score == null ? "\u2013" : score.percent() + "%"));
        }
        barChart(canvas, bars, 70.0);
    }

    private record Bar(String label, Double value, String text) {}

    /** Horizontal bars from 0 to 100, each with its value written beside it; an optional dashed mark. */
    private void barChart(PdfCanvas canvas, List<Bar> bars, Double mark) throws IOException {
        float labelWidth = canvas.contentWidth() * 0.36f;
        float chartWidth = canvas.contentWidth() - labelWidth - 44;
        float barHeight = 11;
        float gap = 5;
        canvas.ensure(bars.size() * (barHeight + gap) + 20);
        float top = canvas.y - 4;
        float x0 = canvas.left() + labelWidth;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            float bottom = top - (i + 1) * (barHeight + gap);
            canvas.text(canvas.left(), bottom + 2.5f, canvas.regular, SMALL, PdfCanvas.INK,
                    canvas.fit(canvas.regular, SMALL, bar.label(), labelWidth - 6));
            canvas.fill(x0, bottom, chartWidth, barHeight, new Color(0xee, 0xf0, 0xf2));
            if (bar.value() != null) {
                Color color = mark != null && bar.value() < mark ? new Color(0xe0, 0x8a, 0x2e) : PdfCanvas.ACCENT;
                canvas.fill(x0, bottom, (float) (chartWidth * Math.max(0, Math.min(100, bar.value())) / 100), barHeight, color);
            }
            canvas.text(x0 + chartWidth + 4, bottom + 2.5f, canvas.bold, SMALL, PdfCanvas.INK, bar.text());
        }
        float bottom = top - bars.size() * (barHeight + gap);
        if (mark != null) {
            float mx = (float) (x0 + chartWidth * mark / 100);
            canvas.content().setLineDashPattern(new float[] {2, 2}, 0);
            canvas.line(mx, bottom - 2, mx, top + 2, PdfCanvas.INK, 0.8f);
            canvas.content().setLineDashPattern(new float[] {}, 0);
        }
        for (int tick = 0; tick <= 100; tick += 25) {
            float tx = x0 + chartWidth * tick / 100f;
            canvas.centred(tx, bottom - 9, canvas.regular, 6.5f, PdfCanvas.MUTED, tick + "%");
        }
        canvas.y = bottom - 16;
    }

    /** Scores of finished quizzes in order: a line with a dot per quiz, filled when passed. */
    private void scoreChart(PdfCanvas canvas, List<ScorePoint> points) throws IOException {
        if (points.isEmpty()) {
            canvas.paragraph(canvas.left(), canvas.contentWidth(), canvas.regular, BODY, PdfCanvas.INK, labels.get("report.none"));
            return;
        }
        float chartHeight = 110;
        canvas.ensure(chartHeight + 30);
        float x0 = canvas.left() + 30;
        float width = canvas.contentWidth() - 40;
        float bottom = canvas.y - chartHeight - 6;
        for (int tick = 0; tick <= 100; tick += 25) {
            float ty = bottom + chartHeight * tick / 100f;
            canvas.line(x0, ty, x0 + width, ty, tick == 0 ? PdfCanvas.MUTED : PdfCanvas.RULE, tick == 0 ? 0.8f : 0.4f);
            canvas.text(canvas.left(), ty - 2.5f, canvas.regular, 6.5f, PdfCanvas.MUTED, tick + "%");
        }
        int n = points.size();
        float step = n == 1 ? 0 : width / (n - 1);
        float[] xs = new float[n];
        float[] ys = new float[n];
        for (int i = 0; i < n; i++) {
            xs[i] = n == 1 ? x0 + width / 2 : x0 + i * step;
            ys[i] = bottom + chartHeight * points.get(i).scorePercent() / 100f;
        }
        canvas.content().setStrokingColor(PdfCanvas.ACCENT);
        canvas.content().setLineWidth(1.4f);
        canvas.content().moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) {
            canvas.content().lineTo(xs[i], ys[i]);
        }
        canvas.content().stroke();
        int labelEvery = Math.max(1, (int) Math.ceil(n / (width / 36)));
        for (int i = 0; i < n; i++) {
            ScorePoint point = points.get(i);
            canvas.circle(xs[i], ys[i], 3.2f, point.passed() ? PdfCanvas.GOOD : PdfCanvas.WARN, point.passed());
            if (i % labelEvery == 0 || i == n - 1) {
                canvas.centred(xs[i], bottom - 9, canvas.regular, 6.5f, PdfCanvas.MUTED, labels.shortDate(point.finishedAt()));
            }
        }
        canvas.y = bottom - 16;
    }

    private record Column(String title, float share, boolean numeric) {}

    /** A table with a header row, wrapped cells, and the header again on each new page. */
    private static void table(PdfCanvas canvas, List<Column> columns, List<List<String>> rows) throws IOException {
        float width = canvas.contentWidth();
        boolean header = true;
        int index = 0;
        for (List<String> row : rows) {
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (int i = 0; i < columns.size(); i++) {
                List<String> wrapped = canvas.wrap(canvas.regular, SMALL, row.get(i), columns.get(i).share() * width - 6,
                        PdfCanvas.MAX_CELL_LINES);
                cells.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            float height = lines * SMALL * 1.3f + 5;
            if (canvas.ensure(height + (header ? 16 : 0)) || header) {
                canvas.y -= 16;
                canvas.fill(canvas.left(), canvas.y, width, 16, PdfCanvas.ACCENT_LIGHT);
                float x = canvas.left();
                for (Column column : columns) {
                    canvas.text(x + 3, canvas.y + 5, canvas.bold, SMALL, PdfCanvas.INK,
                            canvas.fit(canvas.bold, SMALL, column.title(), column.share() * width - 6));
                    x += column.share() * width;
                }
                header = false;
            }
            canvas.y -= height;
            if (index++ % 2 == 1) {
                canvas.fill(canvas.left(), canvas.y, width, height, new Color(0xf3, 0xf5, 0xf7));
            }
            float x = canvas.left();
            for (int i = 0; i < columns.size(); i++) {
                float lineY = canvas.y + height - SMALL - 2;
                for (String line : cells.get(i)) {
                    float tx = columns.get(i).numeric()
                            ? x + columns.get(i).share() * width - 4 - canvas.textWidth(canvas.regular, SMALL, line) : x + 3;
                    canvas.text(tx, lineY, canvas.regular, SMALL, PdfCanvas.INK, line);
                    lineY -= SMALL * 1.3f;
                }
                x += columns.get(i).share() * width;
            }
        }
    }

    private static String percent(Integer value) {
        return value == null ? "\u2013" : value + "%";
    }

    // ------------------------------------------------------------------ certificates

    /**
     * A certificate for a passed module: the child's name, the module title in English and
     * Bahasa Melayu, the date, and a border, on landscape A4.
     */
    public void writeCertificate(Certificate certificate, Path target) {
        ReportLearner learner = certificate.learner();
        ModuleInfo module = certificate.module();
        String passedAt = certificate.passedAt();
        ReportLabels english = ReportLabels.of("en", labels.zone());
        ReportLabels malay = ReportLabels.of("ms", labels.zone());
        ReportFiles.write(target, out -> {
            try (PdfCanvas canvas = new PdfCanvas(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()))) {
                canvas.newPage();
                float w = canvas.width();
                float h = canvas.height();
                canvas.fill(0, 0, w, h, new Color(0xfb, 0xf8, 0xef));
                canvas.stroke(22, 22, w - 44, h - 44, PdfCanvas.ACCENT, 5);
                canvas.stroke(32, 32, w - 64, h - 64, new Color(0xd4, 0xa0, 0x17), 1.5f);
                for (float[] corner : new float[][] {{48, 48}, {w - 48, 48}, {48, h - 48}, {w - 48, h - 48}}) {
                    star(canvas, corner[0], corner[1], 11, new Color(0xd4, 0xa0, 0x17));
                }
                float cx = w / 2;
                canvas.centred(cx, h - 105, canvas.serifBold, 34, PdfCanvas.ACCENT, english.get("certificate.title"));
                canvas.centred(cx, h - 135, canvas.serifBold, 20, PdfCanvas.ACCENT, malay.get("certificate.title"));
                canvas.centred(cx, h - 175, canvas.regular, 12, PdfCanvas.MUTED,
                        english.get("certificate.awarded") + "  /  " + malay.get("certificate.awarded"));
                String name = canvas.fit(canvas.serifBold, 36, learner.name(), w - 160);
                canvas.centred(cx, h - 228, canvas.serifBold, 36, PdfCanvas.INK, name);
                canvas.line(cx - 220, h - 240, cx + 220, h - 240, new Color(0xd4, 0xa0, 0x17), 1.2f);
                canvas.centred(cx, h - 272, canvas.regular, 12, PdfCanvas.MUTED,
                        english.get("certificate.for") + "  /  " + malay.get("certificate.for"));
                canvas.centred(cx, h - 305, canvas.bold, 20, PdfCanvas.INK, canvas.fit(canvas.bold, 20, module.title().in("en"), w - 160));
                canvas.centred(cx, h - 332, canvas.bold, 16, PdfCanvas.ACCENT, canvas.fit(canvas.bold, 16, module.title().in("ms"), w - 160));
                String topic = module.topic().map(t -> english.topic(t) + " / " + malay.topic(t)).orElse("");
                canvas.centred(cx, h - 356, canvas.regular, 10, PdfCanvas.MUTED, topic);
                for (int i = -2; i <= 2; i++) {
                    star(canvas, cx + i * 30, h - 392, i == 0 ? 12 : 8, new Color(0xd4, 0xa0, 0x17));
                }
                float lineY = 110;
                canvas.line(120, lineY, 330, lineY, PdfCanvas.MUTED, 0.8f);
                canvas.centred(225, lineY + 8, canvas.bold, 12, PdfCanvas.INK, english.date(passedAt));
                canvas.centred(225, lineY - 14, canvas.regular, 9, PdfCanvas.MUTED,
                        english.get("certificate.date") + " / " + malay.get("certificate.date") + ": " + malay.date(passedAt));
                canvas.line(w - 330, lineY, w - 120, lineY, PdfCanvas.MUTED, 0.8f);
                canvas.centred(w - 225, lineY - 14, canvas.regular, 9, PdfCanvas.MUTED,
                        english.get("certificate.signed") + " / " + malay.get("certificate.signed"));
                canvas.centred(cx, 56, canvas.regular, 8, PdfCanvas.MUTED, "Jaga");
                canvas.finishPlain(out, english.get("report.fontNote", PdfCanvas.MISSING));
            }
        });
    }

    private static void star(PdfCanvas canvas, float cx, float cy, float r, Color color) throws IOException {
        for (int i = 0; i < 10; i++) {
            double angle = Math.PI / 2 + i * Math.PI / 5;
            float radius = i % 2 == 0 ? r : r * 0.45f;
            float x = (float) (cx + radius * Math.cos(angle));
            float y = (float) (cy + radius * Math.sin(angle));
            if (i == 0) {
                canvas.content().moveTo(x, y);
            } else {
                canvas.content().lineTo(x, y);
            }
        }
        canvas.content().closePath();
        canvas.content().setNonStrokingColor(color);
        canvas.content().fill();
    }

    // ------------------------------------------------------------------ writing

    @FunctionalInterface
    private interface Drawing {
        void draw(PdfCanvas canvas) throws IOException;
    }

    private void write(Path target, String title, String madeAt, Drawing drawing) {
        ReportFiles.write(target, out -> {
            try (PdfCanvas canvas = new PdfCanvas(PDRectangle.A4)) {
                canvas.document.getDocumentInformation().setTitle(title);
                canvas.document.getDocumentInformation().setCreator("Jaga");
                drawing.draw(canvas);
                canvas.finish(title + " \u2013 " + labels.get("report.made", labels.date(madeAt)),
                        page -> labels.get("report.page", page, "{total}"),
                        labels.get("report.fontNote", PdfCanvas.MISSING), out);
            }
        });
    }
}
