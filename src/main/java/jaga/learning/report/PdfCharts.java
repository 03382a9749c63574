package jaga.learning.report;

import jaga.content.Topic;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The charts of the reports, drawn at the cursor of a {@link PdfCanvas}: bars from 0 to 100% and a line of quiz scores. */
final class PdfCharts {
    private static final float TICK = 6.5f;
    private static final Color TRACK = new Color(0xee, 0xf0, 0xf2);
    private static final Color BELOW_MARK = new Color(0xe0, 0x8a, 0x2e);

    /** One bar: its label, its value from 0 to 100 (null: no bar) and the text written beside it. */
    record Bar(String label, Double value, String text) {}

    private final ReportLabels labels;

    PdfCharts(ReportLabels labels) {
        this.labels = labels;
    }

    /** Mastery per topic, every topic in curriculum order ("–" for none yet), with the 70% line. */
    void mastery(PdfCanvas canvas, List<TopicScore> mastery) throws IOException {
        Map<Topic, TopicScore> byTopic = mastery.stream().collect(Collectors.toMap(TopicScore::topic, Function.identity()));
        List<Bar> bars = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            TopicScore score = byTopic.get(topic);
            bars.add(new Bar(labels.topic(topic), score == null ? null : score.share() * 100,
                    score == null ? "\u2013" : score.percent() + "%"));
        }
        bars(canvas, bars, 70.0);
    }

    /** Horizontal bars from 0 to 100, each with its value written beside it; an optional dashed mark (bars below it orange). */
    void bars(PdfCanvas canvas, List<Bar> bars, Double mark) throws IOException {
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
            canvas.text(canvas.left(), bottom + 2.5f, canvas.regular, PdfCanvas.SMALL, PdfCanvas.INK,
                    canvas.fit(canvas.regular, PdfCanvas.SMALL, bar.label(), labelWidth - 6));
            canvas.fill(x0, bottom, chartWidth, barHeight, TRACK);
            if (bar.value() != null) {
                Color color = mark != null && bar.value() < mark ? BELOW_MARK : PdfCanvas.ACCENT;
                canvas.fill(x0, bottom, (float) (chartWidth * Math.max(0, Math.min(100, bar.value())) / 100), barHeight, color);
            }
            canvas.text(x0 + chartWidth + 4, bottom + 2.5f, canvas.bold, PdfCanvas.SMALL, PdfCanvas.INK, bar.text());
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
            canvas.centred(tx, bottom - 9, canvas.regular, TICK, PdfCanvas.MUTED, tick + "%");
        }
        canvas.y = bottom - 16;
    }

    /** Scores of finished quizzes in order: a line with a dot per quiz, filled when passed. */
    void scores(PdfCanvas canvas, List<ScorePoint> points) throws IOException {
        if (points.isEmpty()) {
            canvas.paragraph(canvas.left(), canvas.contentWidth(), canvas.regular, PdfCanvas.BODY, PdfCanvas.INK,
                    labels.get("report.none"));
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
            canvas.text(canvas.left(), ty - 2.5f, canvas.regular, TICK, PdfCanvas.MUTED, tick + "%");
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
                canvas.centred(xs[i], bottom - 9, canvas.regular, TICK, PdfCanvas.MUTED, labels.shortDate(point.finishedAt()));
            }
        }
        canvas.y = bottom - 16;
    }
}
